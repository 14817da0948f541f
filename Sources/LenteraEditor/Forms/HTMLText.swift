import LenteraContent

/// Text put into the form's HTML. Written here rather than taken from LenteraRender (which
/// the editor does not depend on): five replacements, tested with hostile values.
enum HTMLText {
    /// Escaped for element content and double-quoted attribute values, scalar by scalar: a
    /// quote followed by a combining mark is one `Character` unequal to `"`, and would pass
    /// a character-by-character escape unchanged and end the attribute.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A message of the catalogues, escaped, its quoted parts (between backticks: a field,
    /// a value) shown as `<code>`, as `check` marks them on a terminal and the preview's bar
    /// in the browser; a lone backtick stays as it is.
    static func withCode(_ text: String) -> String {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        var html = ""
        for (index, part) in parts.enumerated() {
            if index % 2 == 0 {
                html += escape(String(part))
            } else if index == parts.count - 1 {
                html += "`" + escape(String(part))
            } else {
                html += "<code>" + escape(String(part)) + "</code>"
            }
        }
        return html
    }

    /// An element id for a form path, with a one-letter prefix (`f.` input, `g.` group,
    /// `k.` key of a map row, `u.` upload): ASCII letters, digits, `_`, `.` and `-` kept,
    /// every other byte written `~XX`, so two paths never share an id.
    static func id(_ prefix: String, _ path: FieldPath) -> String {
        var result = prefix + "."
        for byte in path.description.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"):
                result.append(Character(Unicode.Scalar(byte)))
            default:
                result += "~" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
