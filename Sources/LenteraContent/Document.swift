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
    /// The line of the file on which `body` starts (1-based).
    var bodyLine = 1
    /// Whether the text holds `](` or `]:` anywhere (`MarkdownSource.mayLinkAnywhere`): a file
    /// without is not searched for links. Found while the file is prepared, on every core.
    var mayLink = true

    enum Format { case markdown, json, yaml }

    static func format(of path: String) -> Format? {
        switch PathText.pathExtension(path).lowercased() {
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
        let text = TextNormalisation.normalised(rawText)
        let format = given ?? Self.format(of: displayPath) ?? .yaml

        switch format {
        case .markdown:
            guard let split = FrontMatter.split(text) else {
                let context = FileContext(file: displayPath)
                context.add(.error("frontmatter.missing", at: SourceLocation(file: displayPath, line: 1, column: 1),
                                   Message("frontmatter.missing"), advice: Message("frontmatter.missing.hint")))
                return (nil, context)
            }
            let context = FileContext(file: displayPath, lineOffset: split.firstLine - 1)
            guard let root = compose(split.yaml, context: context) else { return (nil, context) }
            var document = Document(context: context, root: root, body: split.body)
            document.bodyLine = split.bodyLine
            document.mayLink = MarkdownSource.mayLinkAnywhere(text)
            return (document, context)
        case .json:
            let context = FileContext(file: displayPath)
            guard let root = composeJSON(text, context: context) else { return (nil, context) }
            var document = Document(context: context, root: root, body: nil)
            document.mayLink = MarkdownSource.mayLinkAnywhere(text)
            return (document, context)
        case .yaml:
            let context = FileContext(file: displayPath)
            guard let root = compose(text, context: context) else { return (nil, context) }
            var document = Document(context: context, root: root, body: nil)
            document.mayLink = MarkdownSource.mayLinkAnywhere(text)
            return (document, context)
        }
    }

    /// JSON is read strictly (RFC 8259) by `StrictJSON`, into the same nodes, with the same
    /// marks, as YAML: the decoders read both alike.
    private static func composeJSON(_ text: String, context: FileContext) -> Node? {
        switch StrictJSON.compose(text) {
        case .failure(let failure):
            let message = failure.code == "json.syntax" ? Message("json.syntax", ["problem": .message(failure.message)]) : failure.message
            context.add(.error(failure.code, at: context.location(line: failure.line, column: failure.column), message, advice: failure.hint))
            return nil
        case .success(nil):
            context.add(.error("content.empty", at: context.location(line: 1), Message("content.empty"), advice: Message("content.empty.hint")))
            return nil
        case .success(let node?):
            // Without marks (see `FastYAML.marksCanBeMade`) the text, now known to be JSON, is
            // composed by Yams, which gives them.
            return FastYAML.marksCanBeMade ? node : compose(text, context: context)
        }
    }

    /// YAML: the common subset read by `FastYAML`, anything else by Yams.
    private static func compose(_ yaml: String, context: FileContext) -> Node? {
        // Most content files are read by Lentera's own reader (a sixth of the instructions
        // Yams spends on them); it declines anything outside the common subset, and Yams reads
        // that, with its messages for broken files.
        if let node = FastYAML.compose(yaml) {
            #if DEBUG
            FastYAML.audit(yaml, node)
            #endif
            FoldedListItem.check(yaml, node, context: context)
            return node
        }
        do {
            // The basic resolver: every scalar stays text (the decoders read numbers, dates and
            // booleans themselves, with their own messages), and no regular expression runs
            // per scalar.
            guard let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else {
                context.add(.error("content.empty", at: context.location(line: 1), Message("content.empty"), advice: Message("content.empty.hint")))
                return nil
            }
            if let alias = AnchorCheck.firstAlias(in: node) {
                context.error("yaml.anchor", alias, Message("yaml.anchor"), advice: Message("yaml.anchor.hint"))
                return nil
            }
            FoldedListItem.check(yaml, node, context: context)
            return node
        } catch YamlError.duplicatedKeysInMapping(let keys, let yamsContext) {
            // Yams refuses a repeated key before `Fields` sees it, with a message quoting the
            // whole file; report it as `Fields` would: at the second occurrence.
            for key in keys {
                let (first, second) = RepeatedKey.occurrences(of: key, in: yaml, near: yamsContext.mark)
                let firstLine = context.location(line: first.line).line ?? first.line
                context.add(.error("content.duplicate-key", at: context.location(line: second.line, column: second.column),
                                   Message("content.duplicate-key", ["field": .text(key), "line": .text(String(firstLine))]),
                                   advice: Message("content.duplicate-key.hint")))
            }
            return nil
        } catch let error as YamlError {
            let (problem, mark) = describe(error)
            context.add(YAMLMistake.diagnose(yaml, problem: problem, mark: mark, context: context))
            return nil
        } catch {
            context.add(YAMLMistake.diagnose(yaml, problem: "\(error)", mark: nil, context: context))
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

/// A file's text without a byte-order mark and with `\n` line ends, made in one pass
/// over the bytes (and no copy at all for the usual file, which has neither).
enum TextNormalisation {
    static func normalised(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            let start = bytes.count >= 3 && bytes[0] == bom[0] && bytes[1] == bom[1] && bytes[2] == bom[2] ? 3 : 0
            guard start > 0 || bytes.contains(13) else { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var index = start
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                    index += 1
                    continue
                }
                out.append(byte)
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}

/// Splits a Markdown file into its YAML front matter and its body.
enum FrontMatter {
    struct Split {
        let yaml: String
        /// The line of the file on which the YAML text starts (1-based).
        let firstLine: Int
        let body: String
        /// The line of the file on which `body` starts (1-based).
        var bodyLine = 1
    }

    /// Nil when the text does not open with a `---` line closed by another `---` line (or
    /// `...`). Works on the UTF-8 bytes: the markers are ASCII.
    static func split(_ text: String) -> Split? {
        var text = text
        return text.withUTF8 { bytes -> Split? in
            // Line `[start, end)` without its `\n`.
            func lineEnd(from start: Int) -> Int {
                var index = start
                while index < bytes.count, bytes[index] != 10 { index += 1 }
                return index
            }
            func isBlank(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 }
            func trimmed(_ start: Int, _ end: Int) -> (Int, Int) {
                var start = start, end = end
                while start < end, isBlank(bytes[start]) { start += 1 }
                while end > start, isBlank(bytes[end - 1]) { end -= 1 }
                return (start, end)
            }
            func isDashes(_ start: Int, _ end: Int) -> Bool {
                let (start, end) = trimmed(start, end)
                return end - start == 3 && bytes[start] == 45 && bytes[start + 1] == 45 && bytes[start + 2] == 45
            }
            let firstEnd = lineEnd(from: 0)
            guard isDashes(0, firstEnd), firstEnd < bytes.count else { return nil }
            let yamlStart = firstEnd + 1
            var lineStart = yamlStart
            while lineStart <= bytes.count {
                let end = lineEnd(from: lineStart)
                let isDots = end - lineStart == 3 && bytes[lineStart] == 46 && bytes[lineStart + 1] == 46 && bytes[lineStart + 2] == 46
                if isDashes(lineStart, end) || isDots {
                    // The YAML is the lines in between, without the `\n` before the marker.
                    let yamlEnd = max(yamlStart, lineStart - 1)
                    let yaml = String(decoding: UnsafeBufferPointer(rebasing: bytes[yamlStart..<yamlEnd]), as: UTF8.self)
                    var bodyStart = min(end + 1, bytes.count), bodyEnd = bytes.count
                    func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 11 || byte == 12 || byte == 13 }
                    while bodyStart < bodyEnd, isSpace(bytes[bodyStart]) { bodyStart += 1 }
                    while bodyEnd > bodyStart, isSpace(bytes[bodyEnd - 1]) { bodyEnd -= 1 }
                    var body = String(decoding: UnsafeBufferPointer(rebasing: bytes[bodyStart..<bodyEnd]), as: UTF8.self)
                    // Unicode spaces around the body (rare) are trimmed as before.
                    let edges = [body.unicodeScalars.first, body.unicodeScalars.last].compactMap { $0 }
                    if edges.contains(where: { $0.value > 127 && $0.properties.isWhitespace }) {
                        body = body.trimmed()
                    }
                    var split = Split(yaml: yaml, firstLine: 2, body: body)
                    split.bodyLine = 1 + bytes[0..<bodyStart].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
                    return split
                }
                if end >= bytes.count { break }
                lineStart = end + 1
            }
            return nil
        }
    }
}
