import Yams

/// A reader for the YAML that content files are actually written in, straight from the
/// UTF-8 bytes into the `Node` tree Yams composes with the basic resolver: the same
/// values, tags, scalar styles and marks (line and column of every node, keys included).
///
/// It knows a small subset and declines (returns nil) on anything else, so the caller
/// can hand the text to Yams, which then reads it (or reports what is wrong with it)
/// exactly as before. Read here:
/// - block mappings with one-line keys, plain or quoted; block sequences (`- item`,
///   `- - item`, `- key: value` with further keys below, a sequence under a key at the
///   key's column);
/// - plain scalars, also over several lines (folded as YAML folds them);
/// - single- and double-quoted scalars on one line, with the escapes of YAML 1.1;
/// - literal `|` and folded `>` block scalars, with `-` or `+` chomping;
/// - flow sequences and mappings on one line (`[a, "b"]`, `{ a: 1, b: [c] }`);
/// - comments, blank lines, empty values.
///
/// Declined: an empty text, a bare scalar as the whole document, tabs, carriage returns,
/// control characters and the characters libyaml counts as line breaks or refuses,
/// anchors, aliases, tags, `?` keys, directives, document markers, repeated keys, quoted
/// scalars and flow collections over several lines, flow collections with pairs in a
/// sequence, empty items or values, or a trailing comma, indentation indicators on block
/// scalars, whitespace-only lines inside block scalars that are indented further than
/// their text, nesting deeper than 64 levels, and every kind of syntax error.
///
/// `Tests/LenteraContentTests/FastYAMLTests.swift` compares it with Yams, node by node.
enum FastYAML {
    /// The tree Yams' `compose(yaml:, .basic, .default, .utf8)` gives for `text`, or nil
    /// when the text uses YAML this reader leaves to Yams.
    static func compose(_ text: String) -> Node? {
        guard marksCanBeMade else { return nil }
        var text = text
        return text.withUTF8 { bytes -> Node? in
            guard bytes.count > 0, let lines = Reader.lines(of: bytes) else { return nil }
            var reader = Reader(bytes: bytes, lines: lines)
            return reader.document()
        }
    }

    /// Yams gives `Mark` no public initialiser. It is two `Int`s (line, column), so one is
    /// made from a pair of `Int`s; checked once, and the reader is not used if the layout
    /// ever differs.
    @inline(__always)
    static func mark(line: Int, column: Int) -> Mark {
        unsafeBitCast((line, column), to: Mark.self)
    }

    static let marksCanBeMade: Bool = {
        guard MemoryLayout<Mark>.size == MemoryLayout<(Int, Int)>.size,
              MemoryLayout<Mark>.stride == MemoryLayout<(Int, Int)>.stride else { return false }
        let probe = mark(line: 12_345, column: 678)
        return probe.line == 12_345 && probe.column == 678
    }()

    /// The constructor every tag refers to. `Constructor.default` makes a new one (with
    /// its tables) on every call; it is immutable, so one serves all documents.
    nonisolated(unsafe) static let constructor = Constructor.default

    /// The tag Yams gives quoted and block scalars, and every mapping key (resolved when
    /// Yams checks keys for repeats). A tag named other than `implicit` is never changed
    /// by Yams, so one instance serves every node.
    nonisolated(unsafe) static let stringTag = Tag(.str, .basic, constructor)

    /// Plain scalars, mappings and sequences get an implicit tag, resolved (and so
    /// changed) when first asked for: one instance each, like Yams.
    @inline(__always)
    static func implicitTag() -> Tag { Tag(.implicit, .basic, constructor) }
}

private let space: UInt8 = 0x20
private let newline: UInt8 = 0x0A
private let hash: UInt8 = 0x23
private let colon: UInt8 = 0x3A
private let dash: UInt8 = 0x2D
private let singleQuote: UInt8 = 0x27
private let doubleQuote: UInt8 = 0x22
private let backslash: UInt8 = 0x5C
private let pipe: UInt8 = 0x7C
private let greaterThan: UInt8 = 0x3E
private let openBracket: UInt8 = 0x5B
private let closeBracket: UInt8 = 0x5D
private let comma: UInt8 = 0x2C
private let openBrace: UInt8 = 0x7B
private let closeBrace: UInt8 = 0x7D

private struct Line {
    /// Offsets of the first byte and of the line break (or the end of the text).
    let start: Int
    let end: Int
    /// Leading spaces.
    let indent: Int
    /// Whether a line break ends the line (every line but possibly the last).
    let hasBreak: Bool

    var isBlank: Bool { start + indent == end }
}

private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let lines: [Line]
    /// The next line not yet read.
    var current = 0
    /// Block collections open around the one being read (deeper nesting is left to Yams).
    var depth = 0
    /// The keys of the mappings being read, innermost last, to find repeated ones; each
    /// with its length and first and last bytes, compared before the text.
    var keys: [(fingerprint: Int, name: String)] = []

    init(bytes: UnsafeBufferPointer<UInt8>, lines: [Line]) {
        self.bytes = bytes
        self.lines = lines
        keys.reserveCapacity(64)
    }

    /// Records `name` as a key of the mapping whose keys start at `base` in `keys`; false
    /// when the mapping already has it (Yams compares keys as nodes: text and resolved
    /// tag, which is `str` for every key). Small mappings are searched; from 32 keys on,
    /// `set` holds them.
    mutating func isNewKey(_ name: String, base: Int, set: inout Set<String>?) -> Bool {
        if set != nil { return set!.insert(name).inserted }
        let utf8 = name.utf8
        let fingerprint = utf8.count << 16 | Int(utf8.first ?? 0) << 8 | Int(utf8.last ?? 0)
        var index = base
        while index < keys.count {
            if keys[index].fingerprint == fingerprint, keys[index].name == name { return false }
            index += 1
        }
        keys.append((fingerprint, name))
        if keys.count - base >= 32 { set = Set(keys[base...].map(\.name)) }
        return true
    }

    /// How many entries (`- ` lines) or keys the collection at `column` that starts on
    /// `first` probably has: the lines at its column up to one indented less. A capacity,
    /// so that its array is allocated once.
    func countHint(from first: Int, column: Int, entries: Bool) -> Int {
        var count = 1
        var index = first + 1
        while index < lines.count {
            let line = lines[index]
            if !line.isBlank {
                if line.indent < column { break }
                if line.indent == column {
                    if isEntry(line.start + column, end: line.end) == entries {
                        count += 1
                    } else if entries {
                        break
                    }
                }
            }
            index += 1
        }
        return count
    }

    // MARK: Lines

    /// The lines of the text, or nil when a byte or a line start is outside the subset.
    static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> [Line]? {
        var lines: [Line] = []
        lines.reserveCapacity(bytes.count / 24 + 1)
        let count = bytes.count
        var index = 0
        while index < count {
            let start = index
            var indent = 0
            while index < count, bytes[index] == space {
                index += 1
                indent += 1
            }
            if indent == 0, index < count {
                let first = bytes[index]
                // Directives and document markers (also `----`, `....`: plain, but rare).
                if first == 0x25 { return nil }
                if index + 2 < count, (first == dash || first == 0x2E), bytes[index + 1] == first, bytes[index + 2] == first {
                    return nil
                }
            }
            while index < count {
                // Eight bytes at a time, to the first that is not printable ASCII.
                if index &+ 8 <= count {
                    let unusual = Self.unusualBytes(Self.word(bytes, index))
                    if unusual == 0 {
                        index &+= 8
                        continue
                    }
                    index &+= unusual.trailingZeroBitCount >> 3
                }
                let byte = bytes[index]
                if byte == newline { break }
                if byte < 0x20 || byte == 0x7F { return nil }
                if byte >= 0x80 {
                    // C1 controls (NEL among them), LS and PS, a byte order mark, U+FFFE/FFFF.
                    if byte == 0xC2, index + 1 < count, bytes[index + 1] < 0xA0 { return nil }
                    if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
                       bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return nil }
                    if byte == 0xEF, index + 2 < count,
                       (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF)
                        || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE) { return nil }
                }
                index += 1
            }
            let hasBreak = index < count
            lines.append(Line(start: start, end: index, indent: indent, hasBreak: hasBreak))
            if hasBreak { index += 1 }
        }
        return lines
    }

    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    /// A flag (high bit) for the bytes of `word` outside 0x20...0x7E; the lowest flag
    /// marks the first such byte exactly (flags above it may be false).
    @inline(__always)
    static func unusualBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let below = (word &- 0x20 &* ones) & ~word & highs   // a byte < 0x20
        let above = ((word &+ ones) | word) & highs           // a byte > 0x7E
        return below | above
    }

    /// The offset of the first `:` or `#` in `offset..<end`, or `end`.
    @inline(__always)
    func nextColonOrHash(from offset: Int, end: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var index = offset
        while index &+ 8 <= end {
            let word = Self.word(bytes, index)
            let colons = word ^ (0x3A &* ones), hashes = word ^ (0x23 &* ones)
            let found = (((colons &- ones) & ~colons) | ((hashes &- ones) & ~hashes)) & highs
            if found != 0 {
                // The lowest flag marks the first match (flags above it may be false).
                return index &+ found.trailingZeroBitCount >> 3
            }
            index &+= 8
        }
        while index < end {
            let byte = bytes[index]
            if byte == colon || byte == hash { return index }
            index &+= 1
        }
        return end
    }

    /// Plain text from `offset` to the end of its line: where a `: ` (or a `:` at the
    /// end) makes it a key, else where the text ends (trailing spaces dropped) and
    /// whether a comment follows.
    struct PlainScan {
        var colon: Int?
        var textEnd: Int
        var commented: Bool
    }

    func scanPlain(from offset: Int, end: Int) -> PlainScan {
        var index = offset
        while true {
            index = nextColonOrHash(from: index, end: end)
            if index == end { return PlainScan(colon: nil, textEnd: trimmedEnd(offset, end), commented: false) }
            if bytes[index] == colon {
                if index + 1 == end || bytes[index + 1] == space { return PlainScan(colon: index, textEnd: index, commented: false) }
            } else if index > offset, bytes[index - 1] == space {
                return PlainScan(colon: nil, textEnd: trimmedEnd(offset, index), commented: true)
            }
            index += 1
        }
    }

    func trimmedEnd(_ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, bytes[end - 1] == space { end -= 1 }
        return end
    }

    func isKeyStart(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x5F || byte >= 0x80
    }

    /// Moves past blank and comment lines; the index of the next line with content.
    mutating func nextContentLine() -> Int? {
        while current < lines.count {
            let line = lines[current]
            let first = line.start + line.indent
            if first < line.end, bytes[first] != hash { return current }
            current += 1
        }
        return nil
    }

    /// The column (0-based, in Unicode scalars, as libyaml counts) of `offset` on `line`.
    func characterColumn(of offset: Int, on line: Int) -> Int {
        var column = 0
        var index = lines[line].start
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }

    func mark(_ line: Int, _ column: Int) -> Mark {
        FastYAML.mark(line: line + 1, column: column + 1)
    }

    func text(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }

    /// Whether the rest of the line from `offset` is spaces, then possibly a comment.
    func restIsEmpty(from offset: Int, end: Int) -> Bool {
        var index = offset
        while index < end, bytes[index] == space { index += 1 }
        return index == end || (bytes[index] == hash && index > offset)
    }

    func isEntry(_ offset: Int, end: Int) -> Bool {
        bytes[offset] == dash && (offset + 1 == end || bytes[offset + 1] == space)
    }

    // MARK: Structure

    mutating func document() -> Node? {
        guard let first = nextContentLine() else { return nil }
        let line = lines[first]
        let start = line.start + line.indent
        let node: Node?
        if isEntry(start, end: line.end) {
            node = sequence(line: first, at: start)
        } else if key(line: first, at: start) != nil {
            node = mapping(line: first, at: start)
        } else {
            return nil
        }
        guard let node, nextContentLine() == nil else { return nil }
        return node
    }

    /// Any node that starts at `offset` on `line` (a line's first text, or after `- `).
    /// `parent` is the column of the collection it belongs to.
    mutating func node(line: Int, at offset: Int, parent: Int) -> Node? {
        let end = lines[line].end
        if isEntry(offset, end: end) { return sequence(line: line, at: offset) }
        let first = bytes[offset]
        if isKeyStart(first) {
            // One scan tells a key from plain text.
            let scan = scanPlain(from: offset, end: end)
            if scan.colon != nil { return mapping(line: line, at: offset) }
            return plain(line: line, at: offset, parent: parent, scan: scan)
        }
        if first == singleQuote || first == doubleQuote {
            // A quoted key (read again by `mapping`), or a quoted scalar.
            guard let (string, close) = quotedText(line: line, at: offset) else { return nil }
            if isColonAfterQuote(close, end: end) { return mapping(line: line, at: offset) }
            return quoted(line: line, at: offset, string: string, close: close)
        }
        return scalar(line: line, at: offset, parent: parent)
    }

    /// The offset of the `:` ending a key (plain, or quoted on one line) that starts at
    /// `offset`, or nil.
    func key(line: Int, at offset: Int) -> Int? {
        let first = bytes[offset]
        if first == singleQuote || first == doubleQuote {
            let end = lines[line].end
            guard let close = quoteEnd(at: offset, end: end), isColonAfterQuote(close, end: end) else { return nil }
            let colonOffset = skipSpaces(close + 1, end)
            return colonOffset - offset <= 1000 ? colonOffset : nil
        }
        guard isKeyStart(first), let colonOffset = scanPlain(from: offset, end: lines[line].end).colon else { return nil }
        // libyaml allows a simple key of at most 1024 characters.
        return colonOffset - offset <= 1000 ? colonOffset : nil
    }

    /// The block sequence whose first `-` is at `offset` on `line`.
    mutating func sequence(line first: Int, at offset: Int) -> Node? {
        depth += 1
        defer { depth -= 1 }
        guard depth < 64 else { return nil }
        // Only spaces and `- ` come before: the column is the byte offset.
        let column = offset - lines[first].start
        var items: [Node] = []
        items.reserveCapacity(countHint(from: first, column: column, entries: true))
        var lineIndex = first
        var entry = offset
        while true {
            let end = lines[lineIndex].end
            var content = entry + 1
            while content < end, bytes[content] == space { content += 1 }
            let item: Node?
            if content == end || bytes[content] == hash {
                current = lineIndex + 1
                if let next = nextContentLine(), lines[next].indent > column {
                    item = node(line: next, at: lines[next].start + lines[next].indent, parent: column)
                } else {
                    item = emptyScalar(mark(lineIndex, column + 1))
                }
            } else {
                current = lineIndex
                item = node(line: lineIndex, at: content, parent: column)
            }
            guard let item else { return nil }
            items.append(item)
            guard let next = nextContentLine() else { break }
            let line = lines[next]
            if line.indent > column { return nil }
            if line.indent < column || !isEntry(line.start + column, end: line.end) { break }
            lineIndex = next
            entry = line.start + column
        }
        return .sequence(Node.Sequence(items, FastYAML.implicitTag(), .any, mark(first, column)))
    }

    /// The block mapping whose first key starts at `offset` on `line`.
    mutating func mapping(line first: Int, at offset: Int) -> Node? {
        depth += 1
        defer { depth -= 1 }
        guard depth < 64 else { return nil }
        let column = offset - lines[first].start
        var pairs: [(Node, Node)] = []
        pairs.reserveCapacity(countHint(from: first, column: column, entries: false))
        let keysBase = keys.count
        var keySet: Set<String>? = nil
        var lineIndex = first
        var keyStart = offset
        while true {
            guard let colonOffset = key(line: lineIndex, at: keyStart) else { return nil }
            let name: String
            let style: Node.Scalar.Style
            switch bytes[keyStart] {
            case singleQuote, doubleQuote:
                guard let (quotedName, _) = quotedText(line: lineIndex, at: keyStart) else { return nil }
                name = quotedName
                style = bytes[keyStart] == singleQuote ? .singleQuoted : .doubleQuoted
            default:
                var keyEnd = colonOffset
                while bytes[keyEnd - 1] == space { keyEnd -= 1 }
                name = text(keyStart, keyEnd)
                style = .plain
            }
            guard isNewKey(name, base: keysBase, set: &keySet) else { return nil }
            let keyNode = Node.scalar(Node.Scalar(name, FastYAML.stringTag, style, mark(lineIndex, column)))

            let end = lines[lineIndex].end
            var content = colonOffset + 1
            while content < end, bytes[content] == space { content += 1 }
            let value: Node?
            if content == end || bytes[content] == hash {
                current = lineIndex + 1
                if let next = nextContentLine(),
                   lines[next].indent > column
                    || (lines[next].indent == column && isEntry(lines[next].start + column, end: lines[next].end)) {
                    value = node(line: next, at: lines[next].start + lines[next].indent, parent: column)
                } else {
                    value = emptyScalar(mark(lineIndex, characterColumn(of: colonOffset + 1, on: lineIndex)))
                }
            } else {
                current = lineIndex
                value = self.value(line: lineIndex, at: content, parent: column)
            }
            guard let value else { return nil }
            pairs.append((keyNode, value))
            guard let next = nextContentLine() else { break }
            let line = lines[next]
            if line.indent > column { return nil }
            if line.indent < column { break }
            if isEntry(line.start + column, end: line.end) {
                // A sequence at the column of a mapping's keys belongs to a key with an
                // empty value; anywhere else it is an error.
                return nil
            }
            lineIndex = next
            keyStart = line.start + column
        }
        keys.removeSubrange(keysBase...)
        return .mapping(Node.Mapping(pairs, FastYAML.implicitTag(), .any, mark(first, column)))
    }

    /// A value written on its key's line: a scalar only.
    mutating func value(line: Int, at offset: Int, parent: Int) -> Node? {
        let first = bytes[offset]
        if first == dash, isEntry(offset, end: lines[line].end) { return nil }
        if first == singleQuote || first == doubleQuote {
            // A quoted key here is an error.
            guard let (string, close) = quotedText(line: line, at: offset), !isColonAfterQuote(close, end: lines[line].end) else { return nil }
            return quoted(line: line, at: offset, string: string, close: close)
        }
        // A plain key here is refused by `plain`.
        return scalar(line: line, at: offset, parent: parent)
    }

    // MARK: Scalars

    func emptyScalar(_ mark: Mark) -> Node {
        .scalar(Node.Scalar("", FastYAML.implicitTag(), .plain, mark))
    }

    mutating func scalar(line: Int, at offset: Int, parent: Int) -> Node? {
        switch bytes[offset] {
        case singleQuote, doubleQuote: return quoted(line: line, at: offset)
        case pipe, greaterThan: return blockScalar(line: line, at: offset, parent: parent)
        case openBracket, openBrace: return flowCollection(line: line, at: offset)
        // Indicators: a stray bracket or comma, comment, anchor, alias, tag, directive, reserved,
        // and `?`/`:` (plain when followed by text, but left to Yams).
        case comma, closeBracket, closeBrace, hash, 0x26, 0x2A, 0x21, 0x25, 0x40, 0x60, 0x3F, colon:
            return nil
        case dash where isEntry(offset, end: lines[line].end):
            return nil
        default:
            return plain(line: line, at: offset, parent: parent)
        }
    }

    /// Plain text starting at `offset`, with any lines that continue it; nil when it
    /// holds `: ` (a key where none may be). `scan` is the first line's, when known.
    mutating func plain(line: Int, at offset: Int, parent: Int, scan known: PlainScan? = nil) -> Node? {
        let end = lines[line].end
        let scan = known ?? scanPlain(from: offset, end: end)
        guard scan.colon == nil else { return nil }
        let firstEnd = scan.textEnd, firstCommented = scan.commented
        let nodeMark = mark(line, characterColumn(of: offset, on: line))
        current = line + 1
        var folded: [UInt8]? = nil
        if !firstCommented {
            // Lines indented further than the parent collection continue the scalar.
            var breaks = 0
            var index = current
            while index < lines.count {
                let next = lines[index]
                if next.isBlank {
                    breaks += 1
                    index += 1
                    continue
                }
                let start = next.start + next.indent
                if bytes[start] == hash || next.indent <= parent { break }
                let scan = scanPlain(from: start, end: next.end)
                guard scan.colon == nil else { return nil }
                let textEnd = scan.textEnd, commented = scan.commented
                if folded == nil { folded = Array(UnsafeBufferPointer(rebasing: bytes[offset..<firstEnd])) }
                if breaks == 0 {
                    folded!.append(space)
                } else {
                    folded!.append(contentsOf: repeatElement(newline, count: breaks))
                }
                folded!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<textEnd]))
                breaks = 0
                index += 1
                current = index
                if commented { break }
            }
        }
        let string = folded.map { String(decoding: $0, as: UTF8.self) } ?? text(offset, firstEnd)
        return .scalar(Node.Scalar(string, FastYAML.implicitTag(), .plain, nodeMark))
    }

    /// Whether a key's `: ` (or `:` at the end) follows the closing quote at `close`.
    func isColonAfterQuote(_ close: Int, end: Int) -> Bool {
        let index = skipSpaces(close + 1, end)
        return index < end && bytes[index] == colon && (index + 1 == end || bytes[index + 1] == space)
    }

    /// A quoted scalar closed on its own line, followed by nothing but a comment; its
    /// text and closing quote when already read.
    mutating func quoted(line: Int, at offset: Int, string known: String? = nil, close knownClose: Int = 0) -> Node? {
        var string = known ?? ""
        var close = knownClose
        if known == nil {
            guard let (text, end) = quotedText(line: line, at: offset) else { return nil }
            string = text
            close = end
        }
        guard restIsEmpty(from: close + 1, end: lines[line].end) else { return nil }
        current = line + 1
        return .scalar(Node.Scalar(string, FastYAML.stringTag, bytes[offset] == singleQuote ? .singleQuoted : .doubleQuoted,
                                   mark(line, characterColumn(of: offset, on: line))))
    }

    /// The offset of the quote closing the quoted scalar that opens at `offset`, if it
    /// closes on this line.
    func quoteEnd(at offset: Int, end: Int) -> Int? {
        let quote = bytes[offset]
        var index = offset + 1
        while index < end {
            let byte = bytes[index]
            if byte == quote {
                if quote == singleQuote, index + 1 < end, bytes[index + 1] == singleQuote {
                    index += 2
                    continue
                }
                return index
            }
            index += quote == doubleQuote && byte == backslash ? 2 : 1
        }
        return nil
    }

    /// The text of the quoted scalar that opens at `offset` and the offset of its closing
    /// quote; nil when it does not close on this line or holds an escape libyaml refuses.
    func quotedText(line: Int, at offset: Int) -> (String, Int)? {
        let end = lines[line].end
        let single = bytes[offset] == singleQuote
        var index = offset + 1
        var escaped: [UInt8]? = nil
        if single {
            while index < end {
                if bytes[index] == singleQuote {
                    if index + 1 < end, bytes[index + 1] == singleQuote {
                        if escaped == nil { escaped = Array(UnsafeBufferPointer(rebasing: bytes[(offset + 1)..<index])) }
                        escaped!.append(singleQuote)
                        index += 2
                        continue
                    }
                    break
                }
                escaped?.append(bytes[index])
                index += 1
            }
        } else {
            while index < end {
                let byte = bytes[index]
                if byte == doubleQuote { break }
                if byte == backslash {
                    if escaped == nil { escaped = Array(UnsafeBufferPointer(rebasing: bytes[(offset + 1)..<index])) }
                    guard let next = unescape(at: index, end: end, into: &escaped!) else { return nil }
                    index = next
                    continue
                }
                escaped?.append(byte)
                index += 1
            }
        }
        guard index < end else { return nil }
        let string = escaped.map { String(decoding: $0, as: UTF8.self) } ?? text(offset + 1, index)
        return (string, index)
    }

    /// A flow collection (`[a, b]`, `{ a: 1, "b": [c] }`, `[]`, `{}`) that closes on its
    /// line, followed by nothing but a comment.
    mutating func flowCollection(line: Int, at offset: Int) -> Node? {
        guard let (node, after) = flowCollection(line: line, at: offset, depth: 0),
              restIsEmpty(from: after, end: lines[line].end) else { return nil }
        current = line + 1
        return node
    }

    /// The flow collection opening at `offset`, and the offset after its closing bracket.
    /// Items are scalars (plain or quoted) and further flow collections; pairs in a
    /// sequence, empty items and values, and a comma before the closing bracket are
    /// left to Yams.
    mutating func flowCollection(line: Int, at offset: Int, depth: Int) -> (Node, Int)? {
        guard depth < 32 else { return nil }
        let end = lines[line].end
        let isSequence = bytes[offset] == openBracket
        let closer = isSequence ? closeBracket : closeBrace
        let nodeMark = mark(line, characterColumn(of: offset, on: line))
        var items: [Node] = []
        var pairs: [(Node, Node)] = []
        let keysBase = keys.count
        var keySet: Set<String>? = nil
        var index = skipSpaces(offset + 1, end)
        if index < end, bytes[index] == closer {
            // Empty.
        } else {
            while true {
                if !isSequence {
                    guard let (key, name, afterKey) = flowKey(line: line, at: index) else { return nil }
                    guard isNewKey(name, base: keysBase, set: &keySet) else { return nil }
                    guard let (value, afterValue) = flowItem(line: line, at: skipSpaces(afterKey, end), closer: closer, depth: depth) else { return nil }
                    pairs.append((key, value))
                    index = afterValue
                } else {
                    guard let (item, afterItem) = flowItem(line: line, at: index, closer: closer, depth: depth) else { return nil }
                    items.append(item)
                    index = afterItem
                }
                // `,` and the next item, or the closing bracket.
                index = skipSpaces(index, end)
                guard index < end else { return nil }
                if bytes[index] == closer { break }
                guard bytes[index] == comma else { return nil }
                index = skipSpaces(index + 1, end)
                guard index < end, bytes[index] != closer else { return nil }
            }
        }
        keys.removeSubrange(keysBase...)
        let node: Node = isSequence
            ? .sequence(Node.Sequence(items, FastYAML.implicitTag(), .any, nodeMark))
            : .mapping(Node.Mapping(pairs, FastYAML.implicitTag(), .any, nodeMark))
        return (node, index + 1)
    }

    /// A key in a flow mapping (plain or quoted), its text, and the offset after its `: `.
    func flowKey(line: Int, at offset: Int) -> (Node, String, Int)? {
        let end = lines[line].end
        guard offset < end else { return nil }
        let keyMark = mark(line, characterColumn(of: offset, on: line))
        let first = bytes[offset]
        let key: Node
        let name: String
        var next: Int
        if first == singleQuote || first == doubleQuote {
            guard let (quotedName, close) = quotedText(line: line, at: offset) else { return nil }
            name = quotedName
            key = .scalar(Node.Scalar(name, FastYAML.stringTag, first == singleQuote ? .singleQuoted : .doubleQuoted, keyMark))
            next = skipSpaces(close + 1, end)
        } else {
            guard isFlowPlainStart(offset, end: end) else { return nil }
            var scan = offset
            var textEnd = offset
            while scan < end {
                let byte = bytes[scan]
                if byte == colon, scan + 1 < end, bytes[scan + 1] == space { break }
                if isFlowStop(byte) { return nil }
                if byte != space { textEnd = scan + 1 }
                scan += 1
            }
            name = text(offset, textEnd)
            key = .scalar(Node.Scalar(name, FastYAML.stringTag, .plain, keyMark))
            next = scan
        }
        guard next + 1 < end, bytes[next] == colon, bytes[next + 1] == space else { return nil }
        return (key, name, next + 1)
    }

    func skipSpaces(_ offset: Int, _ end: Int) -> Int {
        var index = offset
        while index < end, bytes[index] == space { index += 1 }
        return index
    }

    /// Bytes that end or complicate a plain scalar inside a flow collection.
    func isFlowStop(_ byte: UInt8) -> Bool {
        byte == comma || byte == openBracket || byte == closeBracket || byte == openBrace || byte == closeBrace
            || byte == colon || byte == hash
    }

    func isFlowPlainStart(_ offset: Int, end: Int) -> Bool {
        switch bytes[offset] {
        case comma, openBracket, closeBracket, openBrace, closeBrace, hash, 0x26, 0x2A, 0x21, 0x25, 0x40, 0x60, 0x3F,
             colon, pipe, greaterThan, singleQuote, doubleQuote, space:
            return false
        case dash:
            return offset + 1 < end && !isFlowStop(bytes[offset + 1]) && bytes[offset + 1] != space
        default:
            return true
        }
    }

    /// An item of a flow collection (a scalar or a nested collection), and the offset after it.
    mutating func flowItem(line: Int, at offset: Int, closer: UInt8, depth: Int) -> (Node, Int)? {
        let end = lines[line].end
        guard offset < end else { return nil }
        let first = bytes[offset]
        if first == openBracket || first == openBrace { return flowCollection(line: line, at: offset, depth: depth + 1) }
        let nodeMark = mark(line, characterColumn(of: offset, on: line))
        if first == singleQuote || first == doubleQuote {
            guard let (string, close) = quotedText(line: line, at: offset) else { return nil }
            return (.scalar(Node.Scalar(string, FastYAML.stringTag, first == singleQuote ? .singleQuoted : .doubleQuoted, nodeMark)), close + 1)
        }
        guard isFlowPlainStart(offset, end: end) else { return nil }
        var scan = offset
        var textEnd = offset
        while scan < end {
            let byte = bytes[scan]
            if byte == comma || byte == closer { break }
            // Pairs, comments, stray brackets: left to Yams.
            if isFlowStop(byte) { return nil }
            if byte != space { textEnd = scan + 1 }
            scan += 1
        }
        return (.scalar(Node.Scalar(text(offset, textEnd), FastYAML.implicitTag(), .plain, nodeMark)), scan)
    }

    /// Appends the character of the escape at `offset` (a backslash); the offset after
    /// it, or nil for an escape libyaml refuses or one that ends the line.
    func unescape(at offset: Int, end: Int, into out: inout [UInt8]) -> Int? {
        guard offset + 1 < end else { return nil }
        var length = 0
        switch bytes[offset + 1] {
        case 0x30: out.append(0x00)                      // 0
        case 0x61: out.append(0x07)                      // a
        case 0x62: out.append(0x08)                      // b
        case 0x74: out.append(0x09)                      // t
        case 0x6E: out.append(0x0A)                      // n
        case 0x76: out.append(0x0B)                      // v
        case 0x66: out.append(0x0C)                      // f
        case 0x72: out.append(0x0D)                      // r
        case 0x65: out.append(0x1B)                      // e
        case space: out.append(space)
        case doubleQuote: out.append(doubleQuote)
        case 0x2F: out.append(0x2F)                      // /
        case backslash: out.append(backslash)
        case 0x4E: out.append(contentsOf: [0xC2, 0x85])  // N
        case 0x5F: out.append(contentsOf: [0xC2, 0xA0])  // _
        case 0x4C: out.append(contentsOf: [0xE2, 0x80, 0xA8]) // L
        case 0x50: out.append(contentsOf: [0xE2, 0x80, 0xA9]) // P
        case 0x78: length = 2                            // x
        case 0x75: length = 4                            // u
        case 0x55: length = 8                            // U
        default: return nil
        }
        guard length > 0 else { return offset + 2 }
        guard offset + 2 + length <= end else { return nil }
        var value: UInt32 = 0
        for index in (offset + 2)..<(offset + 2 + length) {
            guard let digit = HexDigit.value(bytes[index]) else { return nil }
            value = value << 4 | digit
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        out.append(contentsOf: UTF8.encode(scalar)!)
        return offset + 2 + length
    }

    /// A literal (`|`) or folded (`>`) block scalar whose indicator is at `offset`.
    mutating func blockScalar(line: Int, at offset: Int, parent: Int) -> Node? {
        let end = lines[line].end
        let literal = bytes[offset] == pipe
        var index = offset + 1
        var chomping = 0
        if index < end, bytes[index] == 0x2B || bytes[index] == dash {
            chomping = bytes[index] == 0x2B ? 1 : -1
            index += 1
        }
        // An indentation indicator, or anything but a comment after a space, is left to Yams.
        guard index == end || bytes[index] == space, restIsEmpty(from: index, end: end) else { return nil }
        let nodeMark = mark(line, characterColumn(of: offset, on: line))

        var next = line + 1
        var widestLeadingBlank = 0
        var breaks = 0
        while next < lines.count, lines[next].isBlank {
            widestLeadingBlank = max(widestLeadingBlank, lines[next].indent)
            if lines[next].hasBreak { breaks += 1 }
            next += 1
        }
        // No text at all: left to Yams.
        guard next < lines.count else { return nil }
        let indent = lines[next].indent
        guard indent > parent, indent >= 1, widestLeadingBlank <= indent else { return nil }

        var out: [UInt8] = []
        var leadingBreak = false
        var leadingBlank = false
        while next < lines.count {
            let row = lines[next]
            if row.isBlank {
                if row.indent > indent { return nil }
                if row.hasBreak { breaks += 1 }
                next += 1
                continue
            }
            if row.indent < indent { break }
            let start = row.start + indent
            let trailingBlank = row.indent > indent
            if !literal, leadingBreak, !leadingBlank, !trailingBlank {
                if breaks == 0 { out.append(space) }
            } else if leadingBreak {
                out.append(newline)
            }
            if breaks > 0 { out.append(contentsOf: repeatElement(newline, count: breaks)) }
            breaks = 0
            leadingBlank = trailingBlank
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<row.end]))
            leadingBreak = row.hasBreak
            next += 1
        }
        if chomping != -1, leadingBreak { out.append(newline) }
        if chomping == 1, breaks > 0 { out.append(contentsOf: repeatElement(newline, count: breaks)) }
        current = next
        return .scalar(Node.Scalar(String(decoding: out, as: UTF8.self), FastYAML.stringTag,
                                   literal ? .literal : .folded, nodeMark))
    }
}
