import LenteraDiagnostics
import Yams

/// The usual YAML mistakes, named in plain words with their fix, instead of the parser's
/// own sentence ("found character that cannot start any token"): a tab used for
/// indentation, `: ` inside an unquoted value, a quote not closed, a line indented out of
/// line with its siblings. Each has its own code; anything else stays `yaml.syntax`.
///
/// Only a text Yams refused is judged here, and the parser's mark (where it gave up) is
/// where the search ends: the mistake is on that line or above it.
enum YAMLMistake {
    /// The diagnostic for a text Yams refused with `problem` at `mark` (1-based, in the
    /// YAML text; nil when Yams gave none).
    static func diagnose(_ yaml: String, problem: String, mark: Mark?, context: FileContext) -> Diagnostic {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let last = min(mark?.line ?? lines.count, lines.count)
        let searched = lines.prefix(max(last, 0))

        // A tab before the text of a line: YAML indents with spaces only.
        for (index, line) in searched.enumerated() {
            let lead = line.prefix { $0 == " " || $0 == "\t" }
            if let tab = lead.firstIndex(of: "\t") {
                let column = line.distance(from: line.startIndex, to: tab) + 1
                return .error("yaml.tab", at: context.location(line: index + 1, column: column),
                              Message("yaml.tab"), advice: Message("yaml.tab.hint"))
            }
        }
        // A value that opens a quote and does not close it on its line: the parser reads on
        // into the lines below and gives up somewhere else.
        for (index, line) in searched.enumerated() {
            if let (column, quote) = unclosedQuote(in: line) {
                return .error("yaml.unclosed-quote", at: context.location(line: index + 1, column: column),
                              Message("yaml.unclosed-quote", ["quote": .text(String(quote))]),
                              advice: Message("yaml.unclosed-quote.hint", ["quote": .text(String(quote))]))
            }
        }
        if let mark, mark.line >= 1, mark.line <= lines.count {
            let line = lines[mark.line - 1]
            let indent = line.prefix { $0 == " " }.count
            if problem.hasPrefix("mapping values are not allowed") {
                // `ringkasan: Catatan: bawa KTP`: a second `: ` after the field's own.
                if let field = fieldAndValue(in: line), field.colonColumn < mark.column {
                    // A list item (`- Kartu: asli: fotokopi`) is text: the whole of it in quotes.
                    let isItem = !field.prefix.isEmpty
                    let fixed = isItem ? field.prefix + quoted(field.key + ": " + field.value) : field.key + ": " + quoted(field.value)
                    return .error("yaml.colon-in-value", at: context.location(line: mark.line, column: mark.column),
                                  isItem ? Message("yaml.colon-in-value.item") : Message("yaml.colon-in-value", ["field": .text(field.key)]),
                                  advice: Message("yaml.colon-in-value.hint", ["fixed": .text(fixed)]))
                }
                return indentation(line: mark.line, indent: indent, context: context)
            }
            if ["did not find expected key", "did not find expected '-' indicator", "block sequence entries are not allowed",
                "block mapping entries are not allowed"].contains(where: problem.hasPrefix) {
                return indentation(line: mark.line, indent: indent, context: context)
            }
        }
        let location = mark.map { context.location(line: $0.line, column: $0.column) } ?? context.location(line: 1)
        return .error("yaml.syntax", at: location, Message("yaml.syntax", ["problem": .text(problem)]), advice: Message("yaml.syntax.hint"))
    }

    static func indentation(line: Int, indent: Int, context: FileContext) -> Diagnostic {
        .error("yaml.indentation", at: context.location(line: line, column: indent + 1),
               Message("yaml.indentation", ["spaces": .text(String(indent))]), advice: Message("yaml.indentation.hint"))
    }

    /// `- key: value` split: the part before the key (indentation and dashes), the key, the
    /// column (1-based) of its colon and the value. Nil for a line that is no `key: value`.
    static func fieldAndValue(in line: String) -> (prefix: String, key: String, colonColumn: Int, value: String)? {
        let characters = Array(line)
        var start = 0
        while start < characters.count {
            if characters[start] == " " { start += 1; continue }
            if characters[start] == "-", start + 1 < characters.count, characters[start + 1] == " " { start += 2; continue }
            break
        }
        guard start < characters.count, !"\"'#[{".contains(characters[start]) else { return nil }
        var index = start
        while index + 1 < characters.count, !(characters[index] == ":" && characters[index + 1] == " ") { index += 1 }
        guard index + 1 < characters.count else { return nil }
        let value = String(characters[(index + 2)...]).trimmingSpaces()
        guard !value.isEmpty else { return nil }
        let dashes = String(characters[..<start].drop { $0 == " " })
        return (dashes, String(characters[start..<index]), index + 1, value)
    }

    /// The value in double quotes, its backslashes and quotes escaped.
    static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The column (1-based) and character of a quote that opens a line's value (after
    /// `key: ` or `- `) and is not closed on the line.
    static func unclosedQuote(in line: String) -> (Int, Character)? {
        let characters = Array(line)
        var start = 0
        while start < characters.count, characters[start] == " " || (characters[start] == "-" && start + 1 < characters.count && characters[start + 1] == " ") {
            start += 1
        }
        // A comment says nothing about quotes.
        if start < characters.count, characters[start] == "#" { return nil }
        var valueStart = start
        if start < characters.count, characters[start] != "\"", characters[start] != "'" {
            // `key: "value`: the value after the first `: `.
            var index = start
            while index + 1 < characters.count, !(characters[index] == ":" && characters[index + 1] == " ") { index += 1 }
            guard index + 1 < characters.count else { return nil }
            valueStart = index + 2
            while valueStart < characters.count, characters[valueStart] == " " { valueStart += 1 }
        }
        guard valueStart < characters.count, characters[valueStart] == "\"" || characters[valueStart] == "'" else { return nil }
        let quote = characters[valueStart]
        var index = valueStart + 1
        while index < characters.count {
            if quote == "\"", characters[index] == "\\" { index += 2; continue }
            if characters[index] == quote {
                // `''` inside single quotes is one quote.
                if quote == "'", index + 1 < characters.count, characters[index + 1] == "'" { index += 2; continue }
                return nil
            }
            index += 1
        }
        return (valueStart + 1, quote)
    }
}

private extension String {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
