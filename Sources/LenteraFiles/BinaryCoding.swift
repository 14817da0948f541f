import LenteraDiagnostics

/// Bytes written for the build's own files in the state folder (`BuildRecord`, the cache of
/// decoded services): numbers as LEB128 (seven bits a byte, low first: a small number is one
/// byte), hashes as eight bytes (`word`), texts as their length and UTF-8 bytes — or, when
/// `interning`, a text already written as its number in the order of first appearance (a
/// national portal's cache names each unit, decree and file path many times). Read back by
/// `BinaryReader`, which refuses anything short or malformed rather than trust it.
public struct BinaryWriter {
    public private(set) var bytes: [UInt8] = []
    /// Whether a text written before is written again as its number.
    public let interning: Bool
    private var texts: [String: UInt64] = [:]

    public init(interning: Bool = false) {
        self.interning = interning
    }

    /// Reserves room for `count` more bytes.
    public mutating func reserve(_ count: Int) { bytes.reserveCapacity(bytes.count + count) }

    public mutating func number(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// A hash or digest: eight bytes, little-endian (as many as LEB128 would take, or fewer).
    public mutating func word(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func number(_ value: Int) { number(UInt64(bitPattern: Int64(value))) }

    public mutating func number(_ value: Int64) { number(UInt64(bitPattern: value)) }

    /// A `Double` by its bits: read back exactly.
    public mutating func number(_ value: Double) { number(value.bitPattern) }

    public mutating func flag(_ value: Bool) { number(value ? 1 : 0) }

    public mutating func text(_ value: String) {
        guard interning else {
            number(value.utf8.count)
            bytes.append(contentsOf: value.utf8)
            return
        }
        // Odd: the number of a text written before; even: twice the length of a new one.
        if let known = texts[value] {
            number(known << 1 | 1)
            return
        }
        texts[value] = UInt64(texts.count)
        number(UInt64(value.utf8.count) << 1)
        bytes.append(contentsOf: value.utf8)
    }

    public mutating func optional<Value>(_ value: Value?, _ write: (inout BinaryWriter, Value) -> Void) {
        if let value {
            number(1)
            write(&self, value)
        } else {
            number(0)
        }
    }

    /// Appends the hash of the bytes so far to them (as `sealed()` does, without a copy).
    public mutating func seal() {
        let hash = ContentHasher.hash(bytes)
        withUnsafeBytes(of: hash.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// The bytes written since the last call, handed over and forgotten; the texts interned
    /// so far stay known. What `SealedFile` writes piece by piece.
    public mutating func drain() -> [UInt8] {
        let taken = bytes
        bytes = []
        return taken
    }

    /// The bytes, with the hash of all of them after them: a file cut short or damaged is
    /// then told from a whole one (`BinaryReader.checked`).
    public func sealed() -> [UInt8] {
        var sealed = bytes
        withUnsafeBytes(of: ContentHasher.hash(bytes).littleEndian) { sealed.append(contentsOf: $0) }
        return sealed
    }
}

/// Reads what `BinaryWriter` wrote; every read fails (nil) past the end or on a value out of
/// place.
public struct BinaryReader {
    public struct Malformed: Error { public init() {} }
    private let bytes: [UInt8]
    private let end: Int
    private var offset = 0
    /// Whether texts were written `interning` (`BinaryWriter`), and those read so far.
    public var interning = false
    private var texts: [String] = []

    /// The reader of sealed bytes whose hash holds; nil for bytes cut short or changed.
    public static func checked(_ sealed: [UInt8]) -> BinaryReader? {
        guard sealed.count >= 8 else { return nil }
        let end = sealed.count - 8
        var stored: UInt64 = 0
        for index in 0..<8 { stored |= UInt64(sealed[end + index]) << (8 * UInt64(index)) }
        guard sealed.withUnsafeBytes({ ContentHasher.hash(UnsafeRawBufferPointer(rebasing: $0[..<end])) }) == stored else { return nil }
        return BinaryReader(bytes: sealed, end: end)
    }

    /// The bytes end at `end` (the seal follows).
    private init(bytes: [UInt8], end: Int) {
        self.bytes = bytes
        self.end = end
    }

    public var atEnd: Bool { offset == end }

    public mutating func number() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < end, shift < 64 else { throw Malformed() }
            let byte = bytes[offset]
            offset += 1
            // The tenth byte holds the top bit alone.
            guard shift < 63 || byte <= 1 else { throw Malformed() }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// What `BinaryWriter.word` wrote.
    public mutating func word() throws -> UInt64 {
        guard end - offset >= 8 else { throw Malformed() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        offset += 8
        return value
    }

    public mutating func integer() throws -> Int { Int(Int64(bitPattern: try number())) }

    public mutating func double() throws -> Double { Double(bitPattern: try number()) }

    public mutating func flag() throws -> Bool {
        switch try number() {
        case 0: return false
        case 1: return true
        default: throw Malformed()
        }
    }

    public mutating func count(atMost limit: Int = 100_000_000) throws -> Int {
        let value = try number()
        guard value <= UInt64(limit) else { throw Malformed() }
        return Int(value)
    }

    public mutating func text() throws -> String {
        guard interning else { return try newText(length: try count(atMost: end - offset)) }
        let number = try self.number()
        if number & 1 == 1 {
            let index = number >> 1
            guard index < UInt64(texts.count) else { throw Malformed() }
            return texts[Int(index)]
        }
        guard number >> 1 <= UInt64(end - offset) else { throw Malformed() }
        let text = try newText(length: Int(number >> 1))
        texts.append(text)
        return text
    }

    private mutating func newText(length: Int) throws -> String {
        guard let text = String(validating: bytes[offset..<(offset + length)], as: UTF8.self) else { throw Malformed() }
        offset += length
        return text
    }

    public mutating func optional<Value>(_ read: (inout BinaryReader) throws -> Value) throws -> Value? {
        switch try number() {
        case 0: return nil
        case 1: return try read(&self)
        default: throw Malformed()
        }
    }
}

/// Diagnostics kept from one build to the next (`BuildRecord`): their severity, code, place
/// and messages as catalogue keys and values, so that they are shown in the reader's
/// language when shown again.
extension BinaryWriter {
    public mutating func diagnostic(_ diagnostic: Diagnostic) {
        number(diagnostic.severity == .error ? 1 : 0)
        text(diagnostic.code)
        optional(diagnostic.location) { writer, location in
            writer.text(location.file)
            writer.optional(location.line) { $0.number($1) }
            writer.optional(location.column) { $0.number($1) }
        }
        message(diagnostic.summary)
        optional(diagnostic.advice) { $0.message($1) }
    }

    public mutating func message(_ message: Message) {
        optional(message.untranslated) { $0.text($1) }
        text(message.key)
        number(message.arguments.count)
        for (name, argument) in message.arguments.sorted(by: { $0.key < $1.key }) {
            text(name)
            switch argument {
            case .text(let value):
                number(0)
                text(value)
            case .message(let inner):
                number(1)
                self.message(inner)
            }
        }
    }
}

extension BinaryReader {
    public mutating func diagnostic() throws -> Diagnostic {
        let severity: Severity = try number() == 1 ? .error : .warning
        let code = try text()
        let location = try optional { reader in
            SourceLocation(file: try reader.text(), line: try reader.optional { try $0.integer() }, column: try reader.optional { try $0.integer() })
        }
        let summary = try message(depth: 0)
        let advice = try optional { try $0.message(depth: 0) }
        return Diagnostic(severity, code, at: location, summary, advice: advice)
    }

    public mutating func message(depth: Int) throws -> Message {
        guard depth < 16 else { throw Malformed() }
        if let untranslated = try optional({ try $0.text() }) {
            _ = try text()
            _ = try count()
            return Message(untranslated: untranslated)
        }
        let key = try text()
        var arguments: [String: Message.Argument] = [:]
        for _ in 0..<(try count(atMost: 1_000)) {
            let name = try text()
            switch try number() {
            case 0: arguments[name] = .text(try text())
            case 1: arguments[name] = .message(try message(depth: depth + 1))
            default: throw Malformed()
            }
        }
        return Message(key, arguments)
    }
}
