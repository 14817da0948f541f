import Foundation
import LenteraContent

/// How the canonical writer writes a text in YAML: plain where YAML reads it back as the
/// same text, else in double quotes; lines of a multi-line text as a `|` block.
///
/// Written here rather than taken from a YAML library: Yams' emitter chooses its own styles
/// (folded lines, flow lists, quotes it does not need), while the canonical form is the
/// project's own, and each rule below is tested (`YAMLTextTests`) and read back by the
/// loader's readers in the round-trip tests.
enum YAMLText {
    /// Single-line texts without white space around them; multi-line texts with `\n` line
    /// ends, no blank lines at their end and one line end after their last line.
    static func normalised(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "\r\n", with: "\n")
        if !text.contains("\n") { return text.trimmingCharacters(in: .whitespaces) }
        while let last = text.last, last.isWhitespace || last.isNewline { text.removeLast() }
        if !text.contains("\n") { return text.trimmingCharacters(in: .whitespaces) }
        return text + "\n"
    }

    /// A multi-line text as a block: its header (`|`) and lines, unindented. Nil when the
    /// text is on one line, or holds what a block cannot (control characters, line breaks
    /// YAML knows besides `\n`, a first line starting with a space, which would set the
    /// indentation, a line that would end a front matter).
    static func block(_ text: String) -> (header: String, lines: [String])? {
        guard text.contains("\n"), let first = text.first, first != " ", first != "\t",
              !text.unicodeScalars.contains(where: { needsEscape($0) && $0 != "\n" && $0 != "\t" }) else { return nil }
        // A line `---` or `...` would end a Markdown file's front matter, indented or not
        // (`FrontMatter.split` trims it): such a text is quoted instead.
        if text.split(separator: "\n").contains(where: { ["---", "..."].contains($0.trimmingCharacters(in: .whitespaces)) }) { return nil }
        var body = Substring(text)
        let header: String
        if body.hasSuffix("\n") {
            body.removeLast()
            header = "|"
        } else {
            header = "|-"
        }
        return (header, body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    /// A text on the line of its key or dash: plain when it reads back as itself, else
    /// double-quoted. `textual`: the reader takes it as text, so a text YAML would read as
    /// a number, a truth value or nothing (`123`, `yes`, `null`) is quoted too (editors that
    /// check against the JSON Schemas read YAML so).
    static func scalar(_ text: String, textual: Bool) -> String {
        plainIsSafe(text, textual: textual) ? text : quoted(text)
    }

    static func plainIsSafe(_ text: String, textual: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first.properties.isWhitespace || last.properties.isWhitespace { return false }
        if text.unicodeScalars.contains(where: needsEscape) { return false }
        let scalars = Array(text.unicodeScalars)
        // Indicators that open something else than a plain text.
        if "[]{},#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if "-?:".unicodeScalars.contains(first) && (scalars.count == 1 || scalars[1] == " ") { return false }
        if text.hasPrefix("---") || text.hasPrefix("...") { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        if textual && readsAsOther(text) { return false }
        return true
    }

    /// What a YAML reader (the 1.2 core schema, and 1.1's truth words) takes for a null, a
    /// truth value or a number.
    static func readsAsOther(_ text: String) -> Bool {
        let words: Set<String> = ["~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
                                  "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
                                  ".inf", ".Inf", ".INF", "-.inf", "+.inf", "-.Inf", "+.Inf", ".nan", ".NaN", ".NAN"]
        if words.contains(text) { return true }
        var rest = Substring(text)
        if rest.hasPrefix("0x") || rest.hasPrefix("0o") {
            let digits = rest.dropFirst(2)
            return !digits.isEmpty && digits.allSatisfy { $0.isHexDigit }
        }
        if rest.first == "-" || rest.first == "+" { rest.removeFirst() }
        // [0-9]+ (. [0-9]*)? ([eE] [-+]? [0-9]+)? or . [0-9]+ …
        var digitsBefore = 0, digitsAfter = 0
        while let c = rest.first, c.isASCII, c.isNumber { rest.removeFirst(); digitsBefore += 1 }
        if rest.first == "." {
            rest.removeFirst()
            while let c = rest.first, c.isASCII, c.isNumber { rest.removeFirst(); digitsAfter += 1 }
        }
        guard digitsBefore + digitsAfter > 0 else { return false }
        if rest.first == "e" || rest.first == "E" {
            rest.removeFirst()
            if rest.first == "-" || rest.first == "+" { rest.removeFirst() }
            var exponent = 0
            while let c = rest.first, c.isASCII, c.isNumber { rest.removeFirst(); exponent += 1 }
            if exponent == 0 { return false }
        }
        return rest.isEmpty
    }

    /// Characters a plain or block text cannot hold as they are: controls (but tab and line
    /// feed, which blocks hold), DEL, C1 controls, and the line breaks YAML knows besides
    /// `\n` (NEL, line and paragraph separators), and the byte-order mark.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF: true
        default: false
        }
    }

    /// In double quotes, with YAML's escapes.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\u{85}": result += "\\N"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                if needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += scalar.value <= 0xFF ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                        : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

/// How the canonical writer writes a value in JSON: numbers and truth values bare where the
/// field takes one and the text is one, every other value a string.
enum JSONText {
    static func value(_ text: String, shape: FieldShape?) -> String {
        guard let shape, !shape.isTextual else { return string(text) }
        if shape.takesTruth, text == "true" || text == "false" { return text }
        if shape.takesNumber, isNumber(text) {
            // An amount in Rupiah is whole: `5.000` stays a text (Indonesian thousands).
            if case .rupiah = shape, !text.allSatisfy({ $0.isASCII && $0.isNumber }) { return string(text) }
            return text
        }
        return string(text)
    }

    /// JSON's number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
    static func isNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "-" { rest.removeFirst() }
        guard let first = rest.first, first.isASCII, first.isNumber else { return false }
        if first == "0" {
            rest.removeFirst()
        } else {
            while let c = rest.first, c.isASCII, c.isNumber { rest.removeFirst() }
        }
        if rest.first == "." {
            rest.removeFirst()
            var count = 0
            while let c = rest.first, c.isASCII, c.isNumber { rest.removeFirst(); count += 1 }
            if count == 0 { return false }
        }
        if rest.first == "e" || rest.first == "E" {
            rest.removeFirst()
            if rest.first == "-" || rest.first == "+" { rest.removeFirst() }
            var count = 0
            while let c = rest.first, c.isASCII, c.isNumber { rest.removeFirst(); count += 1 }
            if count == 0 { return false }
        }
        return rest.isEmpty
    }

    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

extension FieldShape {
    var takesNumber: Bool {
        switch self {
        case .wholeNumber, .number, .rupiah: true
        case .either(let shapes): shapes.contains(where: \.takesNumber)
        default: false
        }
    }

    var takesTruth: Bool {
        switch self {
        case .boolean: true
        case .either(let shapes): shapes.contains(where: \.takesTruth)
        default: false
        }
    }
}
