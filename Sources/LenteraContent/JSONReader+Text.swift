import LenteraDiagnostics
import Yams

private let quote: UInt8 = 0x22, backslash: UInt8 = 0x5C, newline: UInt8 = 0x0A

/// A place in the text: its offset and the line it is on.
struct JSONPosition {
    let offset: Int
    let line: Int
    let lineStart: Int
}

extension JSONReader {
    // MARK: Strings

    /// The text of the string at `offset` (its opening quote), escapes resolved.
    mutating func string() throws(Failure) -> String {
        let open = position()
        offset += 1
        let start = offset
        // Most strings have no escape: their bytes are the text.
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == quote {
                offset += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset - 1]), as: UTF8.self)
            }
            if byte == backslash || byte < 0x20 { break }
            offset += 1
        }
        var out = Array(bytes[start..<offset])
        while true {
            guard offset < bytes.count else { throw unterminated(open) }
            let byte = bytes[offset]
            switch byte {
            case quote:
                offset += 1
                return String(decoding: out, as: UTF8.self)
            case backslash:
                try escape(into: &out, open: open)
            case newline:
                throw unterminated(open)
            case 0x09:
                throw failure(Message("json.tab-in-text"), hint: Message("json.tab-in-text.hint"))
            case ..<0x20:
                let code = "\\u00" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                throw failure(Message("json.control-in-text", ["code": .text(code)]), hint: Message("json.control-in-text.hint", ["code": .text(code)]))
            default:
                out.append(byte)
                offset += 1
            }
        }
    }

    /// Resolves the escape at `offset` (its backslash) into `out`.
    mutating func escape(into out: inout [UInt8], open: JSONPosition) throws(Failure) {
        guard offset + 1 < bytes.count else { throw unterminated(open) }
        let code = bytes[offset + 1]
        let simple: UInt8? = switch code {
        case quote, backslash, 0x2F: code
        case 0x62: 0x08
        case 0x66: 0x0C
        case 0x6E: 0x0A
        case 0x72: 0x0D
        case 0x74: 0x09
        default: nil
        }
        if let simple {
            out.append(simple)
            offset += 2
            return
        }
        guard code == 0x75 else {
            let shown = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<min(bytes.count, offset + 1 + scalarLength(at: offset + 1))]), as: UTF8.self)
            throw failure(Message("json.invalid-escape", ["escape": .text(shown)]), hint: Failure.escapeHint)
        }
        guard let first = hex4(at: offset + 2) else {
            let end = min(bytes.count, offset + 6)
            var shownEnd = offset + 2
            while shownEnd < end, bytes[shownEnd] >= 0x20, bytes[shownEnd] < 0x80, bytes[shownEnd] != quote { shownEnd += 1 }
            let shown = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<shownEnd]), as: UTF8.self)
            throw failure(Message("json.invalid-escape.unicode", ["escape": .text(shown)]), hint: Failure.escapeHint)
        }
        var scalar = first
        var length = 6
        if (0xD800...0xDBFF).contains(first), offset + 7 < bytes.count, bytes[offset + 6] == backslash, bytes[offset + 7] == 0x75,
           let second = hex4(at: offset + 8), (0xDC00...0xDFFF).contains(second) {
            scalar = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            length = 12
        }
        guard let character = Unicode.Scalar(scalar) else {
            let shown = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + 6]), as: UTF8.self)
            throw failure(Message("json.lone-surrogate", ["escape": .text(shown)]), hint: Message("json.lone-surrogate.hint"))
        }
        out.append(contentsOf: String(character).utf8)
        offset += length
    }

    /// The value of four hexadecimal digits at `at`; nil when there are not four.
    func hex4(at start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for index in start..<start + 4 {
            guard let digit = HexDigit.value(bytes[index]) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    /// How many bytes the UTF-8 sequence starting at `at` takes (at least 1).
    func scalarLength(at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        let byte = bytes[index]
        return byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
    }

    // MARK: Places and failures

    func position() -> JSONPosition {
        JSONPosition(offset: offset, line: line, lineStart: lineStart)
    }

    /// The 1-based column, in characters, of a place.
    func column(of place: JSONPosition) -> Int {
        var column = 1
        for index in place.lineStart..<place.offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// The column of `offset`; marks are made in increasing order, so this counts only the
    /// bytes since the last one on the line.
    mutating func columnHere() -> Int {
        if counted < lineStart {
            counted = lineStart
            countedColumns = 0
        }
        while counted < offset {
            if bytes[counted] & 0xC0 != 0x80 { countedColumns += 1 }
            counted += 1
        }
        return countedColumns + 1
    }

    /// Nil when Yams' `Mark` cannot be made (`FastYAML.marksCanBeMade`): the tree is then
    /// only a check, and Yams composes the text again with its own marks.
    mutating func markHere() -> Mark? {
        FastYAML.marksCanBeMade ? FastYAML.mark(line: line, column: columnHere()) : nil
    }

    func failure(_ message: Message, hint: Message) -> Failure {
        let place = position()
        return Failure(line: place.line, column: column(of: place), message: message, hint: hint)
    }

    func unterminated(_ open: JSONPosition) -> Failure {
        Failure(line: open.line, column: column(of: open), message: Message("json.unterminated-text"), hint: Message("json.unterminated-text.hint"))
    }

    func unclosed(_ open: JSONPosition) -> Failure {
        let bracket = bytes[open.offset] == 0x7B ? "{" : "["
        return Failure(line: open.line, column: column(of: open), message: Message("json.unclosed", ["bracket": .text(bracket)]),
                       hint: Message("json.unclosed.hint", ["bracket": .text(bracket == "{" ? "}" : "]")]))
    }

    func tooDeep() -> Failure {
        failure(Message("json.too-deep", ["depth": .text(String(StrictJSON.maximumDepth))]), hint: Message("json.too-deep.hint"))
    }

    /// An unexpected character where `expected` should be, named as the reader sees it.
    func unexpected(_ expected: Message, hint: Message) -> Failure {
        let byte = bytes[offset]
        if byte == 0x2F { return failure(Message("json.comment"), hint: Failure.commentHint) }
        if byte == 0x27 { return failure(Message("json.single-quoted-text"), hint: Failure.quoteHint) }
        let found: Message
        if byte < 0x20 || byte == 0x7F {
            found = Message("json.found.control", ["code": .text("U+00" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2))])
        } else {
            found = Message("content.quoted", ["value": .text(String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<min(bytes.count, offset + scalarLength(at: offset))]), as: UTF8.self))])
        }
        return failure(Message("json.unexpected", ["expected": .message(expected), "found": .message(found)]), hint: hint)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
