#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a `CSVRecordReader` gets its bytes.
protocol ByteSource {
    /// Fills the front of `buffer`; returns how many bytes were read, 0 at the end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVReadError) -> Int
}

/// A file read with `read(2)`, closed when the last copy goes.
final class FileByteSource: ByteSource {
    let descriptor: Int32

    /// Nil when the file cannot be opened.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVReadError) -> Int {
        while true {
            #if canImport(Glibc)
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            #else
            let count = Darwin.read(descriptor, buffer.baseAddress, buffer.count)
            #endif
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw .readFailed(String(cString: strerror(errno)))
        }
    }
}

/// Bytes in memory (for tests).
struct MemoryByteSource: ByteSource {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVReadError) -> Int {
        let count = min(buffer.count, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: count) }
        offset += count
        return count
    }
}

/// Why the records of a file could not be read.
enum CSVReadError: Error, Equatable {
    /// A quoted field opened on `line` is still open at the end of the file.
    case unterminatedQuote(line: Int)
    /// The record starting on `line` is not valid UTF-8.
    case notUTF8(line: Int)
    /// The record starting on `line` is longer than the reader holds.
    case recordTooLong(line: Int, limit: Int)
    case readFailed(String)
}

/// Reads CSV records from bytes, a large chunk at a time, without making a `String` of
/// any field it is not asked for.
///
/// - UTF-8 byte order marks at the start are skipped, however many there are.
/// - Records end at LF, CRLF or a lone CR, or at the end of the file.
/// - A field that starts with `"` is quoted: it may hold separators and line breaks, and a
///   quote in it is written twice. A quote in a quoted field that is followed by neither a
///   quote, the separator nor a line break is kept as it is.
/// - `line` is the physical line the current record starts on (the first is 1); line
///   breaks inside quoted fields count.
/// - Every record is checked to be UTF-8, so a file in another encoding is refused at the
///   first record that is not.
///
/// A record is held whole in the buffer while it is read: memory is the chunk size, or the
/// longest record when that is longer, up to `maximumRecordSize`.
struct CSVRecordReader<Source: ByteSource>: ~Copyable {
    struct Field {
        var start: Int
        var end: Int
        /// Holds quotes written twice, to be made single before it is read.
        var escaped: Bool
    }

    private var source: Source
    private let separator: [UInt8]
    private let separatorByte: UInt8
    private let chunkSize: Int
    private let maximumRecordSize: Int

    private var storage: UnsafeMutableRawBufferPointer
    /// The bytes read and not yet consumed are `storage[start..<end]`.
    private var start = 0
    private var end = 0
    private var atEnd = false
    private var checkedBOM = false
    private var nextLine = 1

    private var fields: [Field] = []
    /// The line the current record starts on.
    private(set) var line = 0
    /// How many bytes `scan` has looked at, counting a record again each time it is scanned
    /// anew (for the test that a long record is not scanned over and over).
    private(set) var scannedBytes = 0

    /// `separator` is one Unicode scalar in UTF-8 (not a quote or a line break).
    init(source: Source, separator: [UInt8], chunkSize: Int = 1 << 20, maximumRecordSize: Int = 64 << 20) {
        precondition(!separator.isEmpty && chunkSize > 0)
        self.source = source
        self.separator = separator
        self.separatorByte = separator[0]
        self.chunkSize = chunkSize
        self.maximumRecordSize = max(maximumRecordSize, chunkSize)
        self.storage = .allocate(byteCount: chunkSize, alignment: 8)
        fields.reserveCapacity(64)
    }

    deinit { storage.deallocate() }

    var fieldCount: Int { fields.count }

    /// The bytes of field `index` of the current record, valid until the next call to `next()`.
    mutating func field(_ index: Int) -> UnsafeRawBufferPointer {
        var field = fields[index]
        if field.escaped {
            field.end = unescape(field)
            field.escaped = false
            fields[index] = field
        }
        return UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(storage)[field.start..<field.end])
    }

    /// A field as text (the record is known to be UTF-8).
    mutating func string(_ index: Int) -> String {
        String(decoding: field(index), as: UTF8.self)
    }

    /// Moves to the next record; false at the end of the file.
    mutating func next() throws(CSVReadError) -> Bool {
        // Every mark at the start: a file saved again by a tool that took the first mark for
        // text has two, and the first header would not be found.
        while !checkedBOM {
            while end - start < 3, !atEnd { try fill() }
            let bytes = UnsafeRawBufferPointer(storage)
            if end - start >= 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF {
                start += 3
            } else {
                checkedBOM = true
            }
        }
        while true {
            if start == end {
                if atEnd { return false }
                try fill()
                continue
            }
            if let consumed = try scan() {
                scannedBytes &+= consumed - start
                start = consumed
                return true
            }
            scannedBytes &+= end - start
            try fill()
        }
    }

    /// Reads more bytes after the unconsumed ones, moving them to the front of the buffer
    /// first, and growing it when they fill it.
    ///
    /// It reads until the buffer is full (or the file ends): `scan` starts a record again
    /// from its first byte, so a record longer than the buffer is scanned again only each
    /// time the buffer has doubled — a few passes over it in all. Reading one chunk per
    /// scan made a record of n chunks cost n scans of it, quadratic in its length.
    private mutating func fill() throws(CSVReadError) {
        if start > 0 {
            if end > start { storage.baseAddress!.copyMemory(from: storage.baseAddress! + start, byteCount: end - start) }
            end -= start
            start = 0
        }
        if end == storage.count {
            guard storage.count < maximumRecordSize else { throw .recordTooLong(line: nextLine, limit: maximumRecordSize) }
            let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: min(storage.count * 2, maximumRecordSize), alignment: 8)
            larger.baseAddress!.copyMemory(from: storage.baseAddress!, byteCount: end)
            storage.deallocate()
            storage = larger
        }
        repeat {
            let free = UnsafeMutableRawBufferPointer(rebasing: storage[end..<min(storage.count, end + chunkSize)])
            let count = try source.read(into: free)
            if count == 0 {
                atEnd = true
                break
            }
            end += count
        } while end < storage.count
    }

    /// Reads the record at `start` into `fields`; returns where the next one starts, or nil
    /// when the buffer ends first and more bytes may come.
    private mutating func scan() throws(CSVReadError) -> Int? {
        let quote: UInt8 = 0x22, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        let bytes = UnsafeRawBufferPointer(storage)
        let end = self.end, atEnd = self.atEnd
        let separator = self.separator, separatorByte = self.separatorByte, separatorLength = separator.count
        var breaks = 0
        var ascii = separatorByte < 0x80   // a separator of several bytes: check every record
        var position = start
        fields.removeAll(keepingCapacity: true)

        /// Whether the separator starts at `at` (nil: the buffer ends inside it).
        func isSeparator(_ at: Int) -> Bool? {
            if separatorLength == 1 { return true }
            if at + separatorLength > end { return atEnd ? false : nil }
            for offset in 1..<separatorLength where bytes[at + offset] != separator[offset] { return false }
            return true
        }

        fieldLoop: while true {
            if position < end, bytes[position] == quote {
                let openLine = nextLine + breaks
                let contentStart = position + 1
                var escaped = false
                position = contentStart
                while true {
                    guard position < end else {
                        if atEnd { throw .unterminatedQuote(line: openLine) }
                        return nil
                    }
                    let byte = bytes[position]
                    if byte == quote {
                        guard position + 1 < end else {
                            if !atEnd { return nil }
                            fields.append(Field(start: contentStart, end: position, escaped: escaped))
                            position += 1
                            break fieldLoop
                        }
                        let following = bytes[position + 1]
                        if following == quote {
                            escaped = true
                            position += 2
                            continue
                        }
                        if following == separatorByte {
                            guard let matched = isSeparator(position + 1) else { return nil }
                            if matched {
                                fields.append(Field(start: contentStart, end: position, escaped: escaped))
                                position += 1 + separatorLength
                                continue fieldLoop
                            }
                        } else if following == cr || following == lf {
                            fields.append(Field(start: contentStart, end: position, escaped: escaped))
                            position += 1
                            break fieldLoop
                        }
                        escaped = true   // a lone quote, kept as it is
                        position += 1
                    } else {
                        if byte == lf {
                            if position == contentStart || bytes[position - 1] != cr { breaks += 1 }
                        } else if byte == cr {
                            breaks += 1
                        } else if byte >= 0x80 {
                            ascii = false
                        }
                        position += 1
                    }
                }
            } else {
                let fieldStart = position
                while position < end {
                    let byte = bytes[position]
                    if byte == separatorByte {
                        guard let matched = isSeparator(position) else { return nil }
                        if matched {
                            fields.append(Field(start: fieldStart, end: position, escaped: false))
                            position += separatorLength
                            continue fieldLoop
                        }
                    } else if byte == cr || byte == lf {
                        fields.append(Field(start: fieldStart, end: position, escaped: false))
                        break fieldLoop
                    } else if byte >= 0x80 {
                        ascii = false
                    }
                    position += 1
                }
                if !atEnd { return nil }
                fields.append(Field(start: fieldStart, end: position, escaped: false))
                break fieldLoop
            }
        }
        // `position` is at the record's line break, or at the end of the file.
        if position < end {
            if bytes[position] == cr {
                guard position + 1 < end || atEnd else { return nil }   // is it CR LF?
                position += 1
                if position < end, bytes[position] == lf { position += 1 }
            } else {
                position += 1
            }
            breaks += 1
        }
        if !ascii, !UTF8Check.isValid(UnsafeRawBufferPointer(rebasing: bytes[start..<position])) {
            throw .notUTF8(line: nextLine)
        }
        line = nextLine
        nextLine += breaks
        return position
    }

    /// Makes the quotes written twice in `field` single, in place; returns the new end.
    private func unescape(_ field: Field) -> Int {
        let bytes = storage
        var read = field.start, write = field.start
        while read < field.end {
            let byte = bytes[read]
            bytes[write] = byte
            write += 1
            read += byte == 0x22 && read + 1 < field.end && bytes[read + 1] == 0x22 ? 2 : 1
        }
        return write
    }
}

/// UTF-8 as the Unicode standard defines it (table 3-7): no overlong forms, no surrogates,
/// nothing above U+10FFFF.
enum UTF8Check {
    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard index + length <= count else { return false }
            let second = bytes[index + 1]
            guard second >= low, second <= high else { return false }
            for offset in 2..<max(length, 2) where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}
