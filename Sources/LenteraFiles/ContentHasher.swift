/// A 64-bit hash of bytes, eight at a time: with the size it tells whether a file changed
/// (not a cryptographic hash: nobody chooses the files to collide). The output manifest hashes
/// pages with it, the build cache content files and fingerprints.
///
/// Bytes may be given in pieces of any size: the hash is the same as of them all at once.
/// The size is mixed in at the end (manifest version 2; version 1 mixed it in
/// first, which needs the size before the first byte).
public struct ContentHasher: Sendable {
    private var state: UInt64 = 0xCBF2_9CE4_8422_2325
    /// The bytes after the last whole word (0–7), first byte lowest.
    private var pending: UInt64 = 0
    private var pendingCount = 0
    /// Bytes hashed so far.
    public private(set) var count = 0

    public init() {}

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        count += bytes.count
        var index = 0
        if pendingCount > 0 {
            while pendingCount < 8 && index < bytes.count {
                pending |= UInt64(bytes[index]) << (8 * pendingCount)
                pendingCount += 1
                index += 1
            }
            guard pendingCount == 8 else { return }
            mix(pending)
            pending = 0
            pendingCount = 0
        }
        while index + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        while index < bytes.count {
            pending |= UInt64(bytes[index]) << (8 * pendingCount)
            pendingCount += 1
            index += 1
        }
    }

    @inline(__always) private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
        state ^= state >> 29
    }

    public func finalize() -> UInt64 {
        var hash = state
        for index in 0..<pendingCount {
            hash = (hash ^ ((pending >> (8 * UInt64(index))) & 0xFF)) &* 0x0000_0100_0000_01B3
        }
        hash = (hash ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
        return hash ^ (hash >> 29)
    }
}

extension ContentHasher {
    /// The hash of `bytes` at once.
    public static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hasher = ContentHasher()
        hasher.update(bytes)
        return hasher.finalize()
    }

    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { hash($0) }
    }

    /// Mixes in a number (as its eight bytes, little-endian).
    public mutating func combine(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { update($0) }
    }

    /// Mixes in a text: its length first, so that ("ab", "c") and ("a", "bc") differ.
    public mutating func combine(_ text: String) {
        var text = text
        combine(UInt64(text.utf8.count))
        text.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }
}
