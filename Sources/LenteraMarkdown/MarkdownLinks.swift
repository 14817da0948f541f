import CCmark

/// A link or image destination written in a Markdown text, where it is written.
public struct MarkdownLink: Sendable, Equatable {
    /// The destination as cmark reads it (`../dasbor/`, `foto.jpg`, `https://…`).
    public var destination: String
    /// Whether it is an image (`![…](…)`) rather than a link.
    public var isImage: Bool
    /// The line of the text it is written on (1-based).
    public var line: Int
    /// The column of the destination on that line (1-based, in characters), when found.
    public var column: Int?
    /// The link's text, or an image's alternative text, as plain text.
    public var text: String

    public init(destination: String, isImage: Bool, line: Int, column: Int? = nil, text: String = "") {
        self.destination = destination
        self.isImage = isImage
        self.line = line
        self.column = column
        self.text = text
    }
}

extension MarkdownRenderer {
    /// Every link and image of a Markdown text, in order. Reference links (`[x][ref]`,
    /// `[ref]: url`) are given at the line of their use, as cmark resolves them.
    public static func links(in markdown: String) -> [MarkdownLink] {
        guard let document = markdown.withCString({ cmark_parse_document($0, strlen($0), CMARK_OPT_VALIDATE_UTF8) }) else { return [] }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var links: [MarkdownLink] = []
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) else { continue }
            let destination = String(cString: url)
            // cmark gives inline nodes no reliable position: the enclosing block's first
            // line, then the first line from there that holds the destination as written.
            var block: OpaquePointer? = node
            while let current = block, cmark_node_get_start_line(current) == 0 { block = cmark_node_parent(current) }
            let first = max(Int(block.map(cmark_node_get_start_line) ?? 1), 1)
            let last = min(max(Int(block.map(cmark_node_get_end_line) ?? 1), first), lines.count)
            var line = first
            var column: Int?
            if !destination.isEmpty, first <= last,
               let found = (first - 1..<last).first(where: { lines[$0].contains(destination) }) {
                line = found + 1
                let text = lines[found]
                if let start = text.indices.first(where: { text[$0...].hasPrefix(destination) }) {
                    column = text.distance(from: text.startIndex, to: start) + 1
                }
            }
            links.append(MarkdownLink(destination: destination, isImage: type == CMARK_NODE_IMAGE, line: line, column: column,
                                      text: MarkdownRenderer.plainText(of: node)))
        }
        return links
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
