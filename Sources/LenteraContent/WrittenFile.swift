import LenteraDiagnostics
import Yams

/// A value of a content file as written: every scalar as its text (a plain `null`, `~` or
/// nothing is the empty text, as the decoders read it: absent), lists and sets of fields in
/// the order written.
public indirect enum WrittenValue: Sendable, Equatable {
    case text(String)
    case list([WrittenValue])
    case fields([WrittenField])
}

/// One `key: value` of a set of fields, as written.
public struct WrittenField: Sendable, Equatable {
    public let key: String
    public let value: WrittenValue
}

/// A content file read as the loader reads it (the text normalised, the front matter split
/// from the body, YAML through `FastYAML` or Yams, JSON through `StrictJSON`), for the
/// browser editor, which keeps values as text and lets the decoders judge them.
public struct WrittenFile: Sendable {
    /// The fields: the front matter of a Markdown file, the whole of a JSON or YAML file;
    /// nil when the file could not be read (`diagnostics` says why).
    public let root: WrittenValue?
    /// The text below a Markdown file's front matter (trimmed, as the loader reads it).
    public let body: String?
    /// Why nothing could be read: the loader's own diagnostics.
    public let diagnostics: [Diagnostic]
    /// Whether the YAML (a Markdown file's front matter) holds a comment.
    public let hasComments: Bool

    /// Reads `bytes` as the file `name` (relative to the content folder: its extension
    /// chooses the format).
    public static func read(_ bytes: [UInt8], name: String) -> WrittenFile {
        let text: String
        switch UTF8Text.text(of: bytes, display: name) {
        case .failure(let problem): return WrittenFile(root: nil, body: nil, diagnostics: [problem.diagnostic], hasComments: false)
        case .success(let read): text = read
        }
        let normalised = TextNormalisation.normalised(text)
        let format = Document.format(of: name) ?? .yaml
        let yaml: String? = switch format {
        case .json: nil
        case .yaml: normalised
        case .markdown: FrontMatter.split(normalised)?.yaml
        }
        let comments = yaml.map(YAMLComments.present) ?? false
        let (document, context) = Document.parse(text: text, displayPath: name)
        guard let document else { return WrittenFile(root: nil, body: nil, diagnostics: context.diagnostics, hasComments: comments) }
        return WrittenFile(root: value(document.root), body: document.body, diagnostics: [], hasComments: comments)
    }

    static func value(_ node: Node) -> WrittenValue {
        switch node {
        case .scalar(let scalar): return .text(node.isNull ? "" : scalar.string)
        case .sequence(let sequence): return .list(sequence.map(value))
        case .mapping(let mapping):
            return .fields(mapping.map { WrittenField(key: $0.key.scalar?.string ?? "", value: value($0.value)) })
        case .alias: return .text("")
        }
    }
}

/// Whether a YAML text holds a comment: a `#` at the start of a line or after a space or a
/// tab, outside quoted texts and block texts (`|`, `>`). Yams keeps no comments, so the
/// text is scanned: line by line, with the state of a quoted text that goes on over lines
/// and of a block text (lines indented deeper than the line that opened it).
enum YAMLComments {
    static func present(in yaml: String) -> Bool {
        var quote: Character?
        var blockIndent: Int?
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            let characters = Array(line)
            let indent = characters.prefix { $0 == " " }.count
            if let parent = blockIndent {
                if indent == characters.count || indent > parent { continue }
                blockIndent = nil
            }
            var index = 0
            // Whether a value may start here: a quote then opens a quoted text.
            var valueStart = true
            var previous: Character = " "
            while index < characters.count {
                let character = characters[index]
                if let open = quote {
                    if open == "'" && character == "'" {
                        if index + 1 < characters.count && characters[index + 1] == "'" { index += 2; continue }
                        quote = nil
                    } else if open == "\"" && character == "\\" {
                        index += 2
                        continue
                    } else if open == "\"" && character == "\"" {
                        quote = nil
                    }
                    previous = character
                    index += 1
                    continue
                }
                if character == "#" && (previous == " " || previous == "\t") { return true }
                if character == " " || character == "\t" {
                    previous = character
                    index += 1
                    continue
                }
                if valueStart && (character == "\"" || character == "'") {
                    quote = character
                } else if valueStart && (character == "|" || character == ">") {
                    // A block text's header; its lines follow, deeper than this line.
                    blockIndent = indent
                    let rest = characters[(index + 1)...]
                    if let hash = rest.firstIndex(of: "#"), hash > index + 1, characters[hash - 1] == " " || characters[hash - 1] == "\t" { return true }
                    break
                } else if valueStart && character == "-" && (index + 1 == characters.count || characters[index + 1] == " ") {
                    // A list item: a value starts after it.
                    previous = character
                    index += 1
                    continue
                } else if character == "[" || character == "{" || character == "," {
                    valueStart = true
                    previous = character
                    index += 1
                    continue
                } else if character == ":" && (index + 1 == characters.count || characters[index + 1] == " " || characters[index + 1] == "\t") {
                    valueStart = true
                    previous = character
                    index += 1
                    continue
                }
                valueStart = false
                previous = character
                index += 1
            }
        }
        return false
    }
}
