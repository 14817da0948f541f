import Foundation
import LenteraDiagnostics

/// `lentera check --format json`: one JSON object per diagnostic and line, for editors and
/// CI — `severity` (`error`, `warning`), `code`, `file`, `line`, `column` (null when not
/// known), `message` and `hint` (null when there is none) in the chosen language.
struct DiagnosticJSON {
    let severity: String
    let code: String
    let file: String?
    let line: Int?
    let column: Int?
    let message: String
    let hint: String?

    init(_ diagnostic: Diagnostic, in language: Language = .current) {
        severity = diagnostic.severity.rawValue
        code = diagnostic.code
        file = diagnostic.location?.file
        line = diagnostic.location?.line
        column = diagnostic.location?.column
        message = diagnostic.summary.text(in: language)
        hint = diagnostic.advice?.text(in: language)
    }

    /// The object on one line, its keys in the documented order (Foundation's encoders
    /// order keys by hash or alphabetically): JSON escapes every line break and control
    /// character, so one diagnostic is always one line.
    func jsonLine() -> String {
        let fields: [(String, String)] = [
            ("severity", Self.string(severity)), ("code", Self.string(code)), ("file", file.map(Self.string) ?? "null"),
            ("line", line.map(String.init) ?? "null"), ("column", column.map(String.init) ?? "null"),
            ("message", Self.string(message)), ("hint", hint.map(Self.string) ?? "null"),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    /// A JSON string (RFC 8259, section 7): quote, backslash and control characters escaped.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
