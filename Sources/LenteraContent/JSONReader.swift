import LenteraDiagnostics
import Yams

private let quote: UInt8 = 0x22, backslash: UInt8 = 0x5C, comma: UInt8 = 0x2C, colon: UInt8 = 0x3A
private let openBrace: UInt8 = 0x7B, closeBrace: UInt8 = 0x7D, openBracket: UInt8 = 0x5B, closeBracket: UInt8 = 0x5D
private let newline: UInt8 = 0x0A

/// The reader behind `StrictJSON`: one pass over the bytes, recursive descent bounded by
/// `StrictJSON.maximumDepth`.
struct JSONReader {
    typealias Failure = StrictJSON.Failure
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0
    /// The current line (1-based) and the offset of its first byte.
    var line = 1
    var lineStart = 0
    /// Characters between `lineStart` and `counted`: marks are made in increasing order, so
    /// a column costs the bytes since the last mark, not the whole line (a minified file
    /// is one long line).
    var counted = 0
    var countedColumns = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func document() throws(Failure) -> Node? {
        skipSpace()
        guard offset < bytes.count else { return nil }
        let node = try value(depth: 0)
        skipSpace()
        if offset < bytes.count {
            if bytes[offset] == 0x2F { throw failure(Message("json.comment"), hint: Failure.commentHint) }
            throw failure(Message("json.trailing-text"), hint: Message("json.trailing-text.hint", ["object": "{...}"]))
        }
        return node
    }

    // MARK: Values

    mutating func value(depth: Int) throws(Failure) -> Node {
        skipSpace()
        guard offset < bytes.count else { throw failure(Message("json.end-of-file"), hint: Failure.valueHint) }
        switch bytes[offset] {
        case openBrace: return try object(depth: depth + 1)
        case openBracket: return try array(depth: depth + 1)
        case quote:
            let mark = markHere()
            return .scalar(Node.Scalar(try string(), FastYAML.stringTag, .doubleQuoted, mark))
        case 0x2D, 0x2B, 0x2E, 0x30...0x39: return try number()
        case 0x61...0x7A, 0x41...0x5A: return try literal()
        default: throw unexpected(Message("json.expected.value"), hint: Failure.valueHint)
        }
    }

    mutating func object(depth: Int) throws(Failure) -> Node {
        let open = position(), mark = markHere()
        guard depth <= StrictJSON.maximumDepth else { throw tooDeep() }
        offset += 1
        var pairs: [(Node, Node)] = []
        var keys: [String: Int] = [:]
        skipSpace()
        if offset < bytes.count, bytes[offset] == closeBrace {
            offset += 1
            return .mapping(Node.Mapping(pairs, FastYAML.implicitTag(), .any, mark))
        }
        while true {
            skipSpace()
            guard offset < bytes.count else { throw unclosed(open) }
            guard bytes[offset] == quote else {
                if bytes[offset] == 0x27 { throw failure(Message("json.single-quoted-name"), hint: Failure.quoteHint) }
                if isWordByte(bytes[offset]) {
                    throw failure(Message("json.unquoted-name", ["name": .text("\"\(word())\"")]), hint: Failure.quoteHint)
                }
                throw unexpected(Message("json.expected.name"), hint: Failure.quoteHint)
            }
            let keyLine = line, keyColumn = columnHere(), keyMark = markHere()
            let name = try string()
            if let first = keys.updateValue(keyLine, forKey: name) {
                throw Failure(code: "content.duplicate-key", line: keyLine, column: keyColumn,
                              message: Message("content.duplicate-key", ["field": .text(name), "line": .text(String(first))]), hint: Message("content.duplicate-key.hint"))
            }
            skipSpace()
            guard offset < bytes.count, bytes[offset] == colon else {
                if offset >= bytes.count { throw unclosed(open) }
                throw unexpected(Message("json.expected.colon"), hint: Message("json.expected.colon.hint"))
            }
            offset += 1
            let item = try value(depth: depth)
            pairs.append((.scalar(Node.Scalar(name, FastYAML.stringTag, .doubleQuoted, keyMark)), item))
            skipSpace()
            guard offset < bytes.count else { throw unclosed(open) }
            switch bytes[offset] {
            case closeBrace:
                offset += 1
                return .mapping(Node.Mapping(pairs, FastYAML.implicitTag(), .any, mark))
            case comma:
                try skipComma(before: closeBrace, what: Message("json.trailing-comma.field"))
            case quote:
                throw failure(Message("json.missing-comma"), hint: Failure.commaHint)
            default:
                throw unexpected(Message("json.expected.comma-or-brace", ["brace": "}"]), hint: Failure.commaHint)
            }
        }
    }

    mutating func array(depth: Int) throws(Failure) -> Node {
        let open = position(), mark = markHere()
        guard depth <= StrictJSON.maximumDepth else { throw tooDeep() }
        offset += 1
        var items: [Node] = []
        skipSpace()
        if offset < bytes.count, bytes[offset] == closeBracket {
            offset += 1
            return .sequence(Node.Sequence(items, FastYAML.implicitTag(), .any, mark))
        }
        while true {
            skipSpace()
            guard offset < bytes.count else { throw unclosed(open) }
            items.append(try value(depth: depth))
            skipSpace()
            guard offset < bytes.count else { throw unclosed(open) }
            switch bytes[offset] {
            case closeBracket:
                offset += 1
                return .sequence(Node.Sequence(items, FastYAML.implicitTag(), .any, mark))
            case comma:
                try skipComma(before: closeBracket, what: Message("json.trailing-comma.item"))
            default:
                throw unexpected(Message("json.expected.comma-or-bracket"), hint: Failure.commaHint)
            }
        }
    }

    /// Steps over a comma; an error when the collection closes right after it.
    mutating func skipComma(before close: UInt8, what: Message) throws(Failure) {
        let at = position()
        offset += 1
        skipSpace()
        if offset < bytes.count, bytes[offset] == close {
            throw Failure(line: at.line, column: column(of: at), message: what, hint: Message("json.trailing-comma.hint"))
        }
    }

    mutating func number() throws(Failure) -> Node {
        let mark = markHere(), start = offset
        let token = word()
        guard JSONNumber.isValid(token.utf8) else {
            offset = start
            throw failure(Message("json.invalid-number", ["token": .text(token)]), hint: Message("json.invalid-number.hint"))
        }
        return .scalar(Node.Scalar(token, FastYAML.implicitTag(), .plain, mark))
    }

    mutating func literal() throws(Failure) -> Node {
        let mark = markHere(), start = offset
        let token = word()
        guard token == "true" || token == "false" || token == "null" else {
            offset = start
            throw failure(Message("json.invalid-literal", ["token": .text(token)]), hint: Message("json.invalid-literal.hint", ["quoted": .text("\"\(token)\"")]))
        }
        return .scalar(Node.Scalar(token, FastYAML.implicitTag(), .plain, mark))
    }

    // MARK: Bytes

    func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2B, 0x2D, 0x2E, 0x5F: true
        default: false
        }
    }

    /// The letters, digits and `+-._` from here (ASCII: no line break in them).
    mutating func word() -> String {
        let start = offset
        while offset < bytes.count, isWordByte(bytes[offset]) { offset += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    }

    /// Skips JSON whitespace (space, tab, line feed, carriage return), counting lines.
    mutating func skipSpace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0D: offset += 1
            case newline:
                offset += 1
                line += 1
                lineStart = offset
            default: return
            }
        }
    }
}
