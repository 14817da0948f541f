/// A JSON value written as compact text with sorted keys, the way the pages print
/// structured data. Foundation's `JSONSerialization` wrote the same text at about a
/// thousand times the cost (measured on service pages: the largest single item of a page's
/// render).
enum JSONText: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByDictionaryLiteral {
    case text(String)
    case int(Int)
    case array([JSONText])
    case object([String: JSONText])

    init(stringLiteral value: String) { self = .text(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(dictionaryLiteral elements: (String, JSONText)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { $1 }))
    }

    var serialised: String {
        var out = ""
        write(into: &out)
        return out
    }

    func write(into out: inout String) {
        switch self {
        case .text(let text): Self.quote(text, into: &out)
        case .int(let number): out += String(number)
        case .array(let values):
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                value.write(into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                Self.quote(key, into: &out)
                out += ":"
                members[key]!.write(into: &out)
            }
            out += "}"
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, and `<` written
    /// `\u003c` so that the text can stand inside `<script>` ("</" would end the element
    /// early, "<!--" would change how the rest is parsed); `/` and every other character
    /// as it is.
    static func quote(_ text: String, into out: inout String) {
        out += "\""
        // Most texts need no escape at all: copied whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
