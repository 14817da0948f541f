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

    /// Whether the text holds `](` or `]:` anywhere: one pass over its bytes. For a file's
    /// raw text, whose escapes (YAML's `\x2F`) are not yet read: a file without either is
    /// not searched for links.
    static func mayLinkAnywhere(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "]"), byte == UInt8(ascii: "(") || byte == UInt8(ascii: ":") { return true }
            previous = byte
        }
        return false
    }

    /// Whether the text may hold a link or image the link check reads: an image (`![`), a
    /// reference definition (`]:`), or an inline link (`](`) whose destination does not
    /// start with a scheme (`https:`, `mailto:`: never checked, as `LinkCheck.resolve` and
    /// `AttachmentLinks.contentPath` skip a destination with a colon before any `/`, `?` or
    /// `#`). One pass over the bytes of a text as read. Every standard of a national portal
    /// names SP4N-LAPOR! with a link to lapor.go.id: such texts are not kept.
    static func mayLink(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(mayLink(bytes:)) ?? mayLink(bytes: Array(text.utf8))
    }

    static func mayLink<Bytes: RandomAccessCollection>(bytes: Bytes) -> Bool where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = bytes.startIndex + 1
        while index < bytes.endIndex {
            let previous = bytes[index - 1], byte = bytes[index]
            index += 1
            if previous == UInt8(ascii: "!"), byte == UInt8(ascii: "[") { return true }
            guard previous == UInt8(ascii: "]") else { continue }
            if byte == UInt8(ascii: ":") { return true }
            if byte == UInt8(ascii: "("), !startsWithScheme(bytes, at: index) { return true }
        }
        return false
    }

    /// Whether the link destination starting at `index` (after blanks and an opening `<`)
    /// is an address with a scheme: a letter, then letters, digits, `+`, `-` or `.`, then a
    /// colon (RFC 3986). Anything else — an escape or an entity among them — may be a local
    /// link, and is kept.
    static func startsWithScheme<Bytes: RandomAccessCollection>(_ bytes: Bytes, at index: Int) -> Bool where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = index
        while index < bytes.endIndex, isBlank(bytes[index]) { index += 1 }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "<") { index += 1 }
        guard index < bytes.endIndex, isLetter(bytes[index]) else { return false }
        index += 1
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") { return true }
            guard isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else { return false }
            index += 1
        }
        return false
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
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
