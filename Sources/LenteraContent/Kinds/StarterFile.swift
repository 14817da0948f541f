import Foundation

/// A new content file, pre-filled and commented, for `lentera init` and `lentera new`.
/// Each field's comment is its Indonesian title and description from the table of content
/// kinds, so the comments say what `check` and the schema say.
public struct StarterFile: Sendable {
    /// The path relative to the content folder.
    public let path: String
    public let text: String
}

/// One field of a starter file: its key and its value as YAML, written after `key:` —
/// either on the same line (`" Gratis"`) or as indented lines (`"\n  - KTP\n  - KK"`).
/// With `note`, lines of comment written between the field's explanation and the field;
/// with `example`, the field is written as a commented example only (`#   alamat: …`), so
/// nothing invented is published until the officer writes the real value.
struct StarterField {
    let key: String
    let yaml: String
    var note: String?
    var example = false

    init(_ key: String, _ yaml: String, note: String? = nil) {
        self.key = key
        self.yaml = yaml
        self.note = note
    }

    /// A field left out, shown as a commented example to copy.
    static func example(_ key: String, _ yaml: String) -> StarterField {
        var field = StarterField(key, yaml)
        field.example = true
        return field
    }
}

enum StarterWriter {
    /// The fields as YAML, each after its comment; `set` declares them (a key it does not
    /// hold is a defect of the starter, caught by the tests).
    static func yaml(_ fields: [StarterField], set: FieldSet) -> String {
        var text = ""
        for field in fields {
            guard let spec = set[field.key] else { preconditionFailure("the starter writes `\(field.key)`, which the table does not declare") }
            var comment = "\(spec.title) (\(label(spec))): \(spec.description)"
            if case .choice(let values) = spec.shape { comment += " Pilihan: \(values.joined(separator: ", "))." }
            text += "# \(comment)\n"
            if let note = field.note { text += StarterWriter.comment(note) }
            if field.example {
                text += "# Contoh (hapus tanda # di awal baris bila dipakai):\n"
                text += StarterWriter.comment("\(field.key):\(field.yaml)").replacingOccurrences(of: "# ", with: "#   ")
            } else {
                text += "\(field.key):\(field.yaml)\n"
            }
        }
        return text
    }

    /// Whether a field must be there: required by the file format, expected by the
    /// regulation (a service component: without it the standard is shown incomplete), or free.
    static func label(_ spec: FieldSpec) -> String {
        if spec.required { return "wajib" }
        if spec.expectedByRegulation { return "wajib menurut PermenPANRB 15/2014; bila dihapus, standar ditandai belum lengkap" }
        return "boleh dihapus"
    }

    /// A Markdown file: the fields as front matter between `---` lines, then the text.
    static func markdown(_ header: String, _ fields: [StarterField], set: FieldSet, body: String) -> String {
        "---\n" + comment(header) + yaml(fields, set: set) + "---\n\n" + body + "\n"
    }

    /// A YAML file: a comment on the file, then the fields.
    static func yamlFile(_ header: String, _ fields: [StarterField], set: FieldSet) -> String {
        comment(header) + "\n" + yaml(fields, set: set)
    }

    /// A text as a YAML value: as it is when YAML reads it back as the same text, otherwise
    /// in double quotes (`Layanan: KTP`, `#1`, `- a`, `ya`, `123`).
    static func scalar(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || " .,()/'–-&".unicodeScalars.contains($0) }
        let first = text.unicodeScalars.first
        let looksLikeOther = Double(text) != nil || ["true", "false", "yes", "no", "ya", "null", "~", "on", "off"].contains(text.lowercased())
        if plain, let first, first.properties.isAlphabetic, !looksLikeOther, text == text.trimmingCharacters(in: .whitespaces) {
            return text
        }
        var quoted = "\""
        for character in text.unicodeScalars {
            switch character {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default:
                if character.value < 0x20 || character.value == 0x7F {
                    quoted += "\\x" + String(character.value, radix: 16).leftPadded(to: 2)
                } else {
                    quoted.unicodeScalars.append(character)
                }
            }
        }
        return quoted + "\""
    }

    static func comment(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "#\n" : "# \($0)\n" }.joined()
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
