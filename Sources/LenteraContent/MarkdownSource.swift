import LenteraDiagnostics
import Yams

/// A Markdown text of the content, where it is written and the page it is shown on: what
/// the link check of the site reads. Only texts that can hold a local link or image are
/// kept (`](` or a reference `]:`), so a large portal's texts are not all held.
public struct MarkdownSource: Sendable, Equatable {
    /// The page a text is rendered on, which its relative links start from.
    public enum Page: Sendable, Equatable {
        case unit(String)
        case maklumat(unit: String)
        case service(unit: String, slug: String)
        case page(String)
    }

    /// The file, as diagnostics name it.
    public var file: String
    /// The line of the file on which the text starts.
    public var line: Int
    /// Whether the text's lines are the file's lines from `line` on (a Markdown body); a
    /// YAML value is located at its own line and column.
    public var linesMatch: Bool
    public var column: Int?
    public var text: String
    public var page: Page

    static func mayLink(_ text: String) -> Bool { text.contains("](") || text.contains("]:") }
}

extension LoadRun {
    /// Keeps a document's Markdown body, and (`values`) its text values, that may hold links.
    mutating func recordMarkdown(_ document: Document, page: MarkdownSource.Page, values: Bool = false) {
        if let body = document.body, MarkdownSource.mayLink(body) {
            markdownSources.append(MarkdownSource(file: document.context.file, line: document.bodyLine, linesMatch: true, column: nil, text: body, page: page))
        }
        guard values else { return }
        var stack = [document.root]
        while let node = stack.popLast() {
            switch node {
            case .scalar(let scalar) where MarkdownSource.mayLink(scalar.string):
                let location = document.context.location(node)
                markdownSources.append(MarkdownSource(file: location.file, line: location.line ?? 1, linesMatch: false, column: location.column,
                                                      text: scalar.string, page: page))
            case .mapping(let mapping): stack += mapping.map(\.value).reversed()
            case .sequence(let sequence): stack += sequence.reversed()
            default: break
            }
        }
    }
}
