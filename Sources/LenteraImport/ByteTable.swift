/// What a column's answers were found to mean, by their bytes: a column holds few distinct
/// answers, so each is worked out once (as text) and then found again without making a
/// `String` or allocating. Holds at most `limit` answers; past it, callers work the answer
/// out each time, so memory stays bounded whatever the file holds.
struct ByteTable<Value> {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var value: Value
    }

    private var keys: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing: an index into `entries`, or -1.
    private var slots = [Int32](repeating: -1, count: 16)
    let limit: Int

    init(limit: Int = 4096) {
        self.limit = limit
    }

    var isFull: Bool { entries.count >= limit }

    /// FNV-1a: answers are short.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }

    func value(for bytes: UnsafeRawBufferPointer, hash: UInt64) -> Value? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            let entry = entries[index]
            if entry.hash == hash, entry.count == bytes.count, equal(entry, bytes) { return entry.value }
            slot = (slot + 1) & mask
        }
    }

    /// Adds an answer not in the table yet; does nothing once the table is full.
    mutating func insert(_ bytes: UnsafeRawBufferPointer, hash: UInt64, value: Value) {
        guard !isFull else { return }
        if (entries.count + 1) * 2 > slots.count { grow() }
        entries.append(Entry(hash: hash, start: keys.count, count: bytes.count, value: value))
        keys.append(contentsOf: bytes)
        place(entries.count - 1)
    }

    private func equal(_ entry: Entry, _ bytes: UnsafeRawBufferPointer) -> Bool {
        keys.withUnsafeBufferPointer { stored in
            for offset in 0..<entry.count where stored[entry.start + offset] != bytes[offset] { return false }
            return true
        }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for index in entries.indices { place(index) }
    }
}
