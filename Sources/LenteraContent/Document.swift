import Foundation
import LenteraDiagnostics
import Yams

/// One content file read from disk: its fields (front matter, or the whole JSON/YAML
/// file) and, for Markdown, the text below the front matter.
struct Document {
    let context: FileContext
    let root: Node
    /// The Markdown body of a `.md` file; nil for JSON and YAML files.
    let body: String?

    enum Format { case markdown, json, yaml }

    static func format(of path: String) -> Format? {
        switch (path as NSString).pathExtension.lowercased() {
        case "md", "markdown": .markdown
        case "json": .json
        case "yaml", "yml": .yaml
        default: nil
        }
    }

    /// Parses a file's text. Problems are reported to the returned context; the document
    /// is nil when nothing usable could be read.
    /// The format is the file name's (YAML when it has none) unless `format` is given.
    static func parse(text rawText: String, displayPath: String, format given: Format? = nil) -> (Document?, FileContext) {
        var text = rawText
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
        let format = given ?? Self.format(of: displayPath) ?? .yaml

        switch format {
        case .markdown:
            guard let split = FrontMatter.split(text) else {
                let context = FileContext(file: displayPath)
                context.add(.error("frontmatter.missing", at: SourceLocation(file: displayPath, line: 1, column: 1),
                                   "the file does not start with a front matter block",
                                   hint: "begin the file with a line `---`, the fields (`nama: ...`), and another line `---`; the Markdown text follows"))
                return (nil, context)
            }
            let context = FileContext(file: displayPath, lineOffset: split.firstLine - 1)
            guard let root = compose(split.yaml, context: context, isJSON: false) else { return (nil, context) }
            return (Document(context: context, root: root, body: split.body), context)
        case .json, .yaml:
            let context = FileContext(file: displayPath)
            guard let root = compose(text, context: context, isJSON: format == .json) else { return (nil, context) }
            return (Document(context: context, root: root, body: nil), context)
        }
    }

    /// YAML is a superset of JSON, so one parser reads both and gives line and column for
    /// every value of either.
    private static func compose(_ yaml: String, context: FileContext, isJSON: Bool) -> Node? {
        let code = isJSON ? "json.syntax" : "yaml.syntax"
        let hint = isJSON
            ? "check for a missing comma, quote or bracket near this place"
            : "check the indentation, and put text that contains `: ` or starts with a special character (`*`, `&`, `!`, `[`, `{`, `@`) in quotes"
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                context.add(.error("content.empty", at: context.location(line: 1), "the file has no fields", hint: "add the fields documented in docs/content.md"))
                return nil
            }
            return node
        } catch YamlError.duplicatedKeysInMapping(let keys, let yamsContext) {
            // Yams refuses a repeated key before `Fields` sees it, with a message quoting the
            // whole file; report it as `Fields` would: at the second occurrence.
            for key in keys {
                let (first, second) = RepeatedKey.occurrences(of: key, in: yaml, near: yamsContext.mark)
                let firstLine = context.location(line: first.line).line ?? first.line
                context.add(.error("content.duplicate-key", at: context.location(line: second.line, column: second.column),
                                   "the field `\(key)` is given twice (first on line \(firstLine))", hint: "keep one of them"))
            }
            return nil
        } catch let error as YamlError {
            let (problem, mark) = describe(error)
            let location = mark.map { context.location(line: $0.line, column: $0.column) } ?? context.location(line: 1)
            context.add(.error(code, at: location, "the file cannot be read: \(problem)", hint: hint))
            return nil
        } catch {
            context.add(.error(code, at: context.location(line: 1), "the file cannot be read: \(error)", hint: hint))
            return nil
        }
    }

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if let context { return ("\(problem) (\(context.text))", mark) }
            return (problem, mark)
        case .reader(let problem, _, _, _):
            return (problem, nil)
        default:
            return ("\(error)", nil)
        }
    }
}

/// Where a key that Yams found repeated is written: Yams gives only the first
/// occurrence of one of the repeated keys, so the lines are searched for a key written
/// at the same column (`key:`, `"key":`, `- key:`).
enum RepeatedKey {
    typealias Position = (line: Int, column: Int)

    static func occurrences(of key: String, in yaml: String, near mark: Mark) -> (first: Position, second: Position) {
        var found: [Position] = []
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            var column = 1
            while let first = rest.first, first == " " || first == "-" {
                rest.removeFirst()
                column += 1
            }
            if ["\(key):", "\"\(key)\":", "'\(key)':", "\(key) :", "\"\(key)\" :"].contains(where: { rest.hasPrefix($0) }) {
                found.append((index + 1, column))
            }
        }
        // The pair Yams pointed at, else the first two written at the same column.
        let columns = found.filter { $0.line >= mark.line && $0.column == mark.column }
        if columns.count >= 2 { return (columns[0], columns[1]) }
        for (index, first) in found.enumerated() {
            if let second = found[(index + 1)...].first(where: { $0.column == first.column }) { return (first, second) }
        }
        return ((mark.line, mark.column), (mark.line, mark.column))
    }
}

/// Splits a Markdown file into its YAML front matter and its body.
enum FrontMatter {
    struct Split {
        let yaml: String
        /// The line of the file on which the YAML text starts (1-based).
        let firstLine: Int
        let body: String
    }

    /// Nil when the text does not open with a `---` line closed by another `---` line.
    static func split(_ text: String) -> Split? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" || $0 == "..." }) else { return nil }
        let yaml = lines[..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return Split(yaml: yaml, firstLine: 2, body: body.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
