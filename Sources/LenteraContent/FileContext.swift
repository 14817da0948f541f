import LenteraDiagnostics
import Yams

/// The diagnostics of one content file, and how to turn a YAML node's position into a
/// location in that file.
final class FileContext {
    /// The path shown to users, e.g. `content/units/x/unit.md`.
    let file: String
    /// Lines of the file before the YAML text starts (1 for front matter, after `---`).
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    func location(_ node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    func location(line: Int, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line + lineOffset, column: column)
    }

    var fileLocation: SourceLocation { SourceLocation(file: file) }

    func error(_ code: String, _ node: Node?, _ summary: Message, advice: Message? = nil) {
        diagnostics.append(.error(code, at: location(node), summary, advice: advice))
    }

    func warning(_ code: String, _ node: Node?, _ summary: Message, advice: Message? = nil) {
        diagnostics.append(.warning(code, at: location(node), summary, advice: advice))
    }

    func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
}
