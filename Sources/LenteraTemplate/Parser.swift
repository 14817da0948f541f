/// Compiles Mustache source into a `Program`, applying the standalone-line rules of the
/// specification as it goes.
struct Parser {
    private let source: [UInt8]
    private var open: [UInt8] = [UInt8(ascii: "{"), UInt8(ascii: "{")]
    private var close: [UInt8] = [UInt8(ascii: "}"), UInt8(ascii: "}")]
    private var ops: [Op] = []
    private var bytes: [UInt8] = []
    private var partials: [String] = []
    private var partialSlots: [String: Int] = [:]
    /// Where each of `partials` is first included.
    private var partialPositions: [TemplatePosition] = []
    private var keys: [String] = []
    private var hasDynamicPartials = false
    /// Open sections, innermost last: the trimmed name, the index of its instruction, the
    /// byte offset of its tag.
    private var sections: [(name: String, op: Int, offset: Int)] = []
    /// Instructions before this index belong to a closed section; text must not be merged
    /// into them.
    private var boundary = 0

    init(_ text: String) {
        source = Array(text.utf8)
        bytes.reserveCapacity(source.count)
    }

    mutating func parse() throws(TemplateSyntaxError) -> Program {
        let count = source.count
        // Offsets are 32-bit; static bytes (text and partial indentation) are at most twice the source.
        guard count < Int(Int32.max) / 2 else { throw TemplateSyntaxError(.templateTooLarge, line: 1, column: 1) }
        var textStart = 0
        while let tagStart = find(open, from: textStart) {
            var contentStart = tagStart + open.count
            let sigil: UInt8 = contentStart < count ? source[contentStart] : 0
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "/"), UInt8(ascii: "!"), UInt8(ascii: ">"),
                 UInt8(ascii: "&"), UInt8(ascii: "{"), UInt8(ascii: "="), UInt8(ascii: "$"), UInt8(ascii: "<"):
                contentStart += 1
            default:
                break
            }
            // Where the content ends and where the tag ends.
            let contentEnd: Int
            let tagEnd: Int
            switch sigil {
            case UInt8(ascii: "{"), UInt8(ascii: "="):
                let terminator = sigil == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "=")
                guard let end = find([terminator] + close, from: contentStart) else { throw error(.unfinishedTag, at: tagStart) }
                contentEnd = end
                tagEnd = end + 1 + close.count
            default:
                guard let end = find(close, from: contentStart) else { throw error(.unfinishedTag, at: tagStart) }
                contentEnd = end
                tagEnd = end + close.count
            }
            let content = trimmed(contentStart, contentEnd)

            // Standalone: only whitespace before the tag on its line, and only whitespace up to
            // the end of the line after it. The line then disappears from the output.
            var lineStart = tagStart
            var after = tagEnd
            var standalone = false
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "/"), UInt8(ascii: "!"), UInt8(ascii: ">"), UInt8(ascii: "="):
                while lineStart > 0, isBlank(source[lineStart - 1]) { lineStart -= 1 }
                if lineStart == 0 || source[lineStart - 1] == UInt8(ascii: "\n") {
                    var next = tagEnd
                    while next < count, isBlank(source[next]) { next += 1 }
                    if next == count {
                        standalone = true
                        after = count
                    } else if source[next] == UInt8(ascii: "\n") {
                        standalone = true
                        after = next + 1
                    } else if source[next] == UInt8(ascii: "\r"), next + 1 < count, source[next + 1] == UInt8(ascii: "\n") {
                        standalone = true
                        after = next + 2
                    }
                }
            default:
                break
            }
            if standalone {
                appendText(textStart, lineStart)
            } else {
                appendText(textStart, tagStart)
                lineStart = tagStart
                after = tagEnd
            }
            textStart = after

            switch sigil {
            case UInt8(ascii: "!"):
                break
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let name = try parseName(content, at: tagStart)
                sections.append((string(content), ops.count, tagStart))
                ops.append(sigil == UInt8(ascii: "#") ? .section(name, end: -1) : .inverted(name, end: -1))
            case UInt8(ascii: "/"):
                let closed = string(content)
                guard let innermost = sections.popLast() else { throw error(.unexpectedClose(closed), at: tagStart) }
                guard innermost.name == closed else {
                    throw error(.closedWithOtherName(opened: innermost.name, closed: closed), at: tagStart)
                }
                switch ops[innermost.op] {
                case .section(let name, _): ops[innermost.op] = .section(name, end: Int32(ops.count))
                case .inverted(let name, _): ops[innermost.op] = .inverted(name, end: Int32(ops.count))
                default: preconditionFailure("an open section points at a section instruction")
                }
                boundary = ops.count
            case UInt8(ascii: ">"):
                // The indentation is kept among the static bytes.
                let indentStart = Int32(bytes.count)
                if standalone { bytes.append(contentsOf: source[lineStart..<tagStart]) }
                let indentEnd = Int32(bytes.count)
                if content.lowerBound < content.upperBound, source[content.lowerBound] == UInt8(ascii: "*") {
                    let name = try parseName(trimmed(content.lowerBound + 1, content.upperBound), at: tagStart)
                    hasDynamicPartials = true
                    ops.append(.dynamicPartial(name, indentStart: indentStart, indentEnd: indentEnd, standalone: standalone))
                } else {
                    guard !content.isEmpty else { throw error(.emptyName, at: tagStart) }
                    let name = string(content)
                    let slot: Int
                    if let known = partialSlots[name] {
                        slot = known
                    } else {
                        slot = partials.count
                        partials.append(name)
                        partialSlots[name] = slot
                        partialPositions.append(position(of: tagStart))
                    }
                    ops.append(.partial(slot: Int32(slot), indentStart: indentStart, indentEnd: indentEnd, standalone: standalone))
                }
            case UInt8(ascii: "="):
                try setDelimiters(content, at: tagStart)
            case UInt8(ascii: "$"), UInt8(ascii: "<"):
                throw error(.unsupportedTag(String(decoding: source[tagStart..<tagEnd], as: UTF8.self)), at: tagStart)
            default:
                let name = try parseName(content, at: tagStart)
                let escaped = sigil != UInt8(ascii: "&") && sigil != UInt8(ascii: "{")
                ops.append(.variable(name, escaped: escaped))
            }
        }
        appendText(textStart, count)
        if let unclosed = sections.last { throw error(.unclosedSection(unclosed.name), at: unclosed.offset) }
        return Program(ops: ops, bytes: bytes, keys: keys, partials: partials, partialPositions: partialPositions,
                       hasDynamicPartials: hasDynamicPartials)
    }

    // MARK: - Pieces

    private mutating func appendText(_ start: Int, _ end: Int) {
        guard start < end else { return }
        if ops.count > boundary, case .text(let s, let e)? = ops.last, Int(e) == bytes.count {
            ops[ops.count - 1] = .text(start: s, end: e + Int32(end - start))
        } else {
            ops.append(.text(start: Int32(bytes.count), end: Int32(bytes.count + (end - start))))
        }
        bytes.append(contentsOf: source[start..<end])
    }

    private mutating func parseName(_ range: Range<Int>, at offset: Int) throws(TemplateSyntaxError) -> Name {
        guard !range.isEmpty else { throw error(.emptyName, at: offset) }
        let text = string(range)
        if text == "." { return Name(first: 0, count: 0) }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !parts.contains(where: \.isEmpty) else { throw error(.invalidName(text), at: offset) }
        let name = Name(first: Int32(keys.count), count: Int32(parts.count))
        keys.append(contentsOf: parts)
        return name
    }

    private mutating func setDelimiters(_ range: Range<Int>, at offset: Int) throws(TemplateSyntaxError) {
        var parts: [[UInt8]] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if isSpace(source[index]) { index += 1; continue }
            var end = index
            while end < range.upperBound, !isSpace(source[end]) { end += 1 }
            parts.append(Array(source[index..<end]))
            index = end
        }
        guard parts.count == 2, !parts.joined().contains(UInt8(ascii: "=")) else { throw error(.malformedSetDelimiter, at: offset) }
        open = parts[0]
        close = parts[1]
    }

    /// The first occurrence of `needle` at or after `start`.
    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        let first = needle[0]
        let last = source.count - needle.count
        var index = start
        while index <= last {
            if source[index] == first {
                var matched = true
                var k = 1
                while k < needle.count {
                    if source[index + k] != needle[k] { matched = false; break }
                    k += 1
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    private func trimmed(_ start: Int, _ end: Int) -> Range<Int> {
        var lower = start
        var upper = end
        while lower < upper, isSpace(source[lower]) { lower += 1 }
        while upper > lower, isSpace(source[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private func string(_ range: Range<Int>) -> String { String(decoding: source[range], as: UTF8.self) }

    private func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// The error with the position of `offset`.
    private func error(_ reason: TemplateSyntaxError.Reason, at offset: Int) -> TemplateSyntaxError {
        let position = position(of: offset)
        return TemplateSyntaxError(reason, line: position.line, column: position.column)
    }

    /// The 1-based line and column (in Unicode scalars) of the byte at `offset`.
    private func position(of offset: Int) -> TemplatePosition {
        var line = 1
        var column = 1
        for byte in source[..<offset] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return TemplatePosition(line: line, column: column)
    }
}
