import Foundation

/// What the scanner found wrong with the XML of a workbook part.
struct XMLScanError: Error, Equatable {
    enum Reason: Equatable {
        /// A tag, comment or text run longer than the scanner holds (`maximumToken`).
        case tokenTooLong
        /// `<` not followed by a tag, an attribute without a quoted value, an unknown entity.
        case malformed(String)
        /// A document type declaration: workbooks have none, and entities it declares are
        /// how XML bombs are made.
        case doctype
        /// The part ended inside a tag.
        case truncated
    }

    var reason: Reason
}

/// Receives what `XMLStreamScanner` finds, in document order.
protocol XMLEventHandler {
    /// A start tag: its local name (without a prefix) and its attributes. A tag that closes
    /// itself (`<c/>`) is followed by `end` at once.
    mutating func start(_ name: XMLName, _ attributes: XMLAttributes) throws
    mutating func end(_ name: XMLName) throws
    /// Character data (entities not yet resolved: see `XMLText.decode`), in one piece or
    /// several. Only text between tags: comments and processing instructions are skipped.
    mutating func text(_ raw: UnsafeRawBufferPointer, cdata: Bool) throws
}

/// A tag's local name, as bytes valid during the call.
struct XMLName {
    let bytes: UnsafeRawBufferPointer

    /// Whether the name is `name` (ASCII).
    @inline(__always) func `is`(_ name: StaticString) -> Bool {
        guard bytes.count == name.utf8CodeUnitCount else { return false }
        return memcmp(bytes.baseAddress!, name.utf8Start, bytes.count) == 0
    }
}

/// A tag's attributes, as bytes valid during the call.
struct XMLAttributes {
    /// (local name, raw value) ranges into `tag`.
    fileprivate var ranges: [(name: Range<Int>, value: Range<Int>)]
    fileprivate let tag: UnsafeRawBufferPointer

    /// The raw value of the attribute whose local name is `name` (entities not resolved).
    func raw(_ name: StaticString) -> UnsafeRawBufferPointer? {
        for (nameRange, valueRange) in ranges where nameRange.count == name.utf8CodeUnitCount {
            if memcmp(tag.baseAddress! + nameRange.lowerBound, name.utf8Start, nameRange.count) == 0 {
                return UnsafeRawBufferPointer(rebasing: tag[valueRange])
            }
        }
        return nil
    }

    /// The value as text, entities resolved.
    func string(_ name: StaticString) throws -> String? {
        guard let raw = raw(name) else { return nil }
        return try XMLText.decode(raw)
    }

    var rangesForTests: [(name: Range<Int>, value: Range<Int>)] { ranges }
    var tagForTests: UnsafeRawBufferPointer { tag }
    func valueForTests(_ name: Range<Int>) throws -> String? {
        guard let pair = ranges.first(where: { $0.name == name }) else { return nil }
        return try XMLText.decode(UnsafeRawBufferPointer(rebasing: tag[pair.value]))
    }

    /// The value as a whole number, when it is one (digits only, at most 18).
    func integer(_ name: StaticString) -> Int? {
        guard let raw = raw(name) else { return nil }
        return XMLText.integer(raw)
    }
}

enum XMLText {
    /// Text with its entities resolved: the five of XML and character references.
    static func decode(_ raw: UnsafeRawBufferPointer) throws -> String {
        guard raw.contains(0x26) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        try append(raw, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `raw` with its entities resolved to `out`.
    static func append(_ raw: UnsafeRawBufferPointer, to out: inout [UInt8]) throws {
        var index = 0
        let count = raw.count
        while index < count {
            let byte = raw[index]
            guard byte == 0x26 else {
                out.append(byte)
                index += 1
                continue
            }
            var end = index + 1
            while end < count, raw[end] != 0x3B, end - index < 12 { end += 1 }
            guard end < count, raw[end] == 0x3B else { throw XMLScanError(reason: .malformed("&")) }
            let name = String(decoding: UnsafeRawBufferPointer(rebasing: raw[(index + 1)..<end]), as: UTF8.self)
            switch name {
            case "lt": out.append(0x3C)
            case "gt": out.append(0x3E)
            case "amp": out.append(0x26)
            case "quot": out.append(0x22)
            case "apos": out.append(0x27)
            default:
                var scalar: UInt32?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    scalar = UInt32(name.dropFirst(2), radix: 16)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst(), radix: 10)
                }
                guard let scalar, let character = Unicode.Scalar(scalar) else { throw XMLScanError(reason: .malformed("&\(name.prefix(10));")) }
                out.append(contentsOf: Array(String(character).utf8))
            }
            index = end + 1
        }
    }

    static func integer(_ raw: UnsafeRawBufferPointer) -> Int? {
        guard !raw.isEmpty, raw.count <= 18 else { return nil }
        var value = 0
        for byte in raw {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}

/// Scans XML that arrives in pieces (a ZIP entry as it inflates) and hands tags and text
/// to a handler, holding no more than the piece and an unfinished token.
///
/// Narrow on purpose: the parts of a workbook are machine-written, UTF-8, without a
/// document type. It knows tags with quoted attributes, character data, CDATA sections,
/// comments and processing instructions (skipped), and the five entities and character
/// references (`XMLText`); anything else is an error, never a guess. Namespaces are not
/// resolved: names are compared without their prefix (`table:table-cell` is `table-cell`).
/// Written for speed over Foundation's `XMLParser`, which makes a `String` of every name
/// and a dictionary of every tag's attributes (docs/performance.md, "Workbooks");
/// `XMLStreamScannerTests` compares the two on the same documents.
struct XMLStreamScanner {
    /// The longest tag, comment or run of text held while it is unfinished.
    static let maximumToken = 4 << 20

    private var carry: [UInt8] = []
    /// How far an unfinished tag at the start of `carry` was looked through, and whether
    /// it stopped inside quotes: the next piece goes on from there, so a long tag is looked
    /// through once, not once per piece.
    private var pendingScanned = 0
    private var pendingQuote: UInt8 = 0
    private var attributeRanges: [(name: Range<Int>, value: Range<Int>)] = []

    init() {
        attributeRanges.reserveCapacity(16)
    }

    /// Scans `chunk` after what was left of the last one.
    mutating func feed<Handler: XMLEventHandler>(_ chunk: UnsafeRawBufferPointer, to handler: inout Handler) throws {
        if carry.isEmpty {
            let used = try scan(chunk, to: &handler, final: false)
            if used < chunk.count { carry.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[used...])) }
        } else {
            carry.append(contentsOf: chunk)
            let used = try carry.withUnsafeBytes { try scan($0, to: &handler, final: false) }
            carry.removeFirst(used)
        }
        if carry.count > Self.maximumToken { throw XMLScanError(reason: .tokenTooLong) }
    }

    /// The end of the part: text left over is given; an unfinished tag is an error.
    mutating func finish<Handler: XMLEventHandler>(to handler: inout Handler) throws {
        guard !carry.isEmpty else { return }
        let used = try carry.withUnsafeBytes { try scan($0, to: &handler, final: true) }
        guard used == carry.count else { throw XMLScanError(reason: .truncated) }
        carry.removeAll()
    }

    /// Scans whole tokens of `bytes`; returns how many bytes it used.
    private mutating func scan<Handler: XMLEventHandler>(_ bytes: UnsafeRawBufferPointer, to handler: inout Handler, final: Bool) throws -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let count = bytes.count
        var position = 0
        while position < count {
            // Text up to the next tag.
            guard let found = memchr(base + position, 0x3C, count - position) else {
                // Text that may go on in the next piece is kept, unless the part ends here.
                if final {
                    try handler.text(UnsafeRawBufferPointer(rebasing: bytes[position..<count]), cdata: false)
                    return count
                }
                return position
            }
            let open = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if open > position { try handler.text(UnsafeRawBufferPointer(rebasing: bytes[position..<open]), cdata: false) }
            position = open
            guard let next = try token(bytes, at: open, to: &handler) else { return position }
            position = next
        }
        return position
    }

    /// The token that starts with `<` at `start`: the index after it, or nil when it is not
    /// all in `bytes`.
    private mutating func token<Handler: XMLEventHandler>(_ bytes: UnsafeRawBufferPointer, at start: Int, to handler: inout Handler) throws -> Int? {
        let count = bytes.count
        guard start + 1 < count else { return nil }
        let second = bytes[start + 1]
        if second == 0x21 {   // <!
            if matches(bytes, at: start, "<!--") {
                guard let end = find(bytes, "-->", from: start + 4) else { return nil }
                return end + 3
            }
            if matches(bytes, at: start, "<![CDATA[") {
                guard let end = find(bytes, "]]>", from: start + 9) else { return nil }
                try handler.text(UnsafeRawBufferPointer(rebasing: bytes[(start + 9)..<end]), cdata: true)
                return end + 3
            }
            guard count - start >= 9 else { return nil }
            if matches(bytes, at: start, "<!DOCTYPE") { throw XMLScanError(reason: .doctype) }
            throw XMLScanError(reason: .malformed("<!"))
        }
        if second == 0x3F {   // <?
            guard let end = find(bytes, "?>", from: start + 2) else { return nil }
            return end + 2
        }
        // A tag: its end is the first `>` outside quotes.
        var index = start + 1
        var quote: UInt8 = 0
        if start == 0, pendingScanned > 0 {
            index = pendingScanned
            quote = pendingQuote
        }
        while index < count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                break
            }
            index += 1
        }
        guard index < count else {
            // Kept in `carry` from `start` on: its first byte will be at 0.
            pendingScanned = index - start
            pendingQuote = quote
            return nil
        }
        pendingScanned = 0
        pendingQuote = 0
        let tag = UnsafeRawBufferPointer(rebasing: bytes[start..<(index + 1)])
        try emit(tag, to: &handler)
        return index + 1
    }

    /// One whole tag, `<…>`.
    private mutating func emit<Handler: XMLEventHandler>(_ tag: UnsafeRawBufferPointer, to handler: inout Handler) throws {
        var index = 1
        let last = tag.count - 1   // the `>`
        let closing = tag[1] == 0x2F
        if closing { index = 2 }
        let nameStart = index
        while index < last, !Self.isSpace(tag[index]), tag[index] != 0x2F { index += 1 }
        guard index > nameStart else { throw XMLScanError(reason: .malformed("<")) }
        let name = XMLName(bytes: Self.localName(UnsafeRawBufferPointer(rebasing: tag[nameStart..<index])))
        if closing {
            try handler.end(name)
            return
        }
        attributeRanges.removeAll(keepingCapacity: true)
        var selfClosing = false
        while index < last {
            let byte = tag[index]
            if Self.isSpace(byte) { index += 1; continue }
            if byte == 0x2F { selfClosing = true; index += 1; continue }
            let attributeStart = index
            while index < last, tag[index] != 0x3D, !Self.isSpace(tag[index]) { index += 1 }
            let attributeEnd = index
            while index < last, Self.isSpace(tag[index]) { index += 1 }
            guard index < last, tag[index] == 0x3D else { throw XMLScanError(reason: .malformed("attribute")) }
            index += 1
            while index < last, Self.isSpace(tag[index]) { index += 1 }
            guard index < last, tag[index] == 0x22 || tag[index] == 0x27 else { throw XMLScanError(reason: .malformed("attribute")) }
            let quote = tag[index]
            let valueStart = index + 1
            index = valueStart
            while index < last, tag[index] != quote { index += 1 }
            guard index < last else { throw XMLScanError(reason: .malformed("attribute")) }
            index += 1
            // Namespace declarations are not attributes.
            if attributeEnd - attributeStart >= 5, memcmp(tag.baseAddress! + attributeStart, "xmlns", 5) == 0,
               attributeEnd - attributeStart == 5 || tag[attributeStart + 5] == 0x3A {
                continue
            }
            var localStart = attributeStart
            for position in attributeStart..<attributeEnd where tag[position] == 0x3A { localStart = position + 1 }
            attributeRanges.append((localStart..<attributeEnd, valueStart..<(index - 1)))
        }
        try handler.start(name, XMLAttributes(ranges: attributeRanges, tag: tag))
        if selfClosing { try handler.end(name) }
    }

    @inline(__always) private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func localName(_ name: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        guard let colon = name.lastIndex(of: 0x3A) else { return name }
        return UnsafeRawBufferPointer(rebasing: name[(colon + 1)...])
    }

    private func matches(_ bytes: UnsafeRawBufferPointer, at start: Int, _ text: StaticString) -> Bool {
        let length = text.utf8CodeUnitCount
        guard bytes.count - start >= length else { return false }
        return memcmp(bytes.baseAddress! + start, text.utf8Start, length) == 0
    }

    private func find(_ bytes: UnsafeRawBufferPointer, _ text: StaticString, from start: Int) -> Int? {
        let length = text.utf8CodeUnitCount
        guard bytes.count - start >= length else { return nil }
        return ByteSearch.find(text.utf8Start, length, in: bytes, from: start)
    }
}

/// `memmem`, which Swift's Glibc module does not offer: the first byte found by `memchr`,
/// the rest compared.
enum ByteSearch {
    static func find(_ needle: UnsafePointer<UInt8>, _ length: Int, in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, length > 0 else { return nil }
        var position = start
        let last = bytes.count - length
        while position <= last {
            guard let found = memchr(base + position, Int32(needle[0]), last - position + 1) else { return nil }
            let index = UnsafeRawPointer(found) - base
            if memcmp(base + index, needle, length) == 0 { return index }
            position = index + 1
        }
        return nil
    }
}
