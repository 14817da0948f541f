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
    /// The folder of the file, relative to the content folder (`units/dinas-a/layanan`):
    /// links to files beside the content start from it.
    public var folder: String = ""

    /// Whether the text holds `](` or `]:`: one pass over its bytes.
    static func mayLink(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "]"), byte == UInt8(ascii: "(") || byte == UInt8(ascii: ":") { return true }
            previous = byte
        }
        return false
    }
}

extension LoadRun {
    /// Keeps a document's Markdown body, and (`values`) its text values, that may hold links.
    /// `folder`: the folder of the document's file, relative to the content folder.
    mutating func recordMarkdown(_ document: Document, page: MarkdownSource.Page, folder: String, values: Bool = false) {
        guard document.mayLink else { return }
        if let body = document.body, MarkdownSource.mayLink(body) {
            markdownSources.append(MarkdownSource(file: document.context.file, line: document.bodyLine, linesMatch: true, column: nil, text: body, page: page,
                                                  folder: folder))
        }
        guard values else { return }
        recordValues(document.root, context: document.context, page: page, folder: folder)
    }

    private mutating func recordValues(_ node: Node, context: FileContext, page: MarkdownSource.Page, folder: String) {
        switch node {
        case .scalar(let scalar):
            guard MarkdownSource.mayLink(scalar.string) else { return }
            let location = context.location(node)
            markdownSources.append(MarkdownSource(file: location.file, line: location.line ?? 1, linesMatch: false, column: location.column,
                                                  text: scalar.string, page: page, folder: folder))
        case .mapping(let mapping):
            for pair in mapping { recordValues(pair.value, context: context, page: page, folder: folder) }
        case .sequence(let sequence):
            for item in sequence { recordValues(item, context: context, page: page, folder: folder) }
        case .alias:
            break
        }
    }
}
