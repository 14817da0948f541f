import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension MarkdownRenderer {
    /// The words of a Markdown text's first paragraphs, as a reader sees them: emphasis,
    /// links and code reduced to their words, line breaks to spaces, runs of spaces to one.
    /// Paragraphs (list items' included, headings and code blocks not) are taken until the
    /// text holds `enough` characters, so that "We declare:" is followed by what is declared.
    /// Nil when the text has no paragraph with words. Read from cmark's tree rather than by
    /// stripping characters, so that what counts as syntax is what CommonMark says it is
    /// (`a*b` and `2 * 3` keep their stars). A paragraph that opens with `|` (a pipe table)
    /// is passed over.
    public static func leadText(_ markdown: String, enough: Int = 160) -> String? {
        guard let document = markdown.withCString({ text in
            cmark_parse_document(text, strlen(text), CMARK_OPT_VALIDATE_UTF8)
        }) else { return nil }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return nil }
        defer { cmark_iter_free(iterator) }
        var text = ""
        var lead = ""
        var inParagraph = false
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            let node = cmark_iter_get_node(iterator)
            let entering = cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH:
                if entering {
                    inParagraph = true
                } else {
                    let words = Self.collapsingSpaces(text)
                    // A pipe table is a paragraph to CommonMark: its cells are no lead.
                    if !words.isEmpty && !words.hasPrefix("|") { lead += lead.isEmpty ? words : " " + words }
                    if lead.count >= enough { return lead }
                    inParagraph = false
                    text = ""
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if inParagraph, let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if inParagraph { text += " " }
            default:
                break
            }
        }
        return lead.isEmpty ? nil : lead
    }

    static func collapsingSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }
}
