import CCmark

/// Renders CommonMark to HTML through libcmark.
///
/// This file and `MarkdownLinks.swift` are the only ones that import the C module. Every C object it creates is freed
/// before a function returns; callers only ever see Swift strings.
public struct MarkdownRenderer: Sendable {
    /// Whether raw HTML inside Markdown is passed through. Off by default: content comes
    /// from many editors, and raw HTML could break the page or inject scripts.
    public var allowsRawHTML: Bool
    /// Added to every heading level (an `#` heading becomes `<h2>` with 1), so that
    /// headings inside a text nest under the page's own `<h1>`. Levels stop at 6.
    public var headingOffset: Int
    /// The smallest level a heading gets (1 for `<h1>`): a text under an `<h4>` title
    /// sets 5, so that even its `#` headings nest below the title.
    public var minimumHeadingLevel: Int

    public init(allowsRawHTML: Bool = false, headingOffset: Int = 1, minimumHeadingLevel: Int = 1) {
        self.allowsRawHTML = allowsRawHTML
        self.headingOffset = headingOffset
        self.minimumHeadingLevel = minimumHeadingLevel
    }

    private var options: Int32 {
        var options = CMARK_OPT_VALIDATE_UTF8
        if allowsRawHTML { options |= CMARK_OPT_UNSAFE }
        return options
    }

    /// Renders a whole Markdown text (block level).
    public func html(_ markdown: String) -> String {
        render(markdown, inlineOnly: false)
    }

    /// Renders a short text meant to stand inside an element (a list item, a table cell):
    /// when the text is a single paragraph, the `<p>` around it is left out.
    public func inlineHTML(_ markdown: String) -> String {
        Self.plainInline(markdown) ?? render(markdown, inlineOnly: true)
    }

    /// `inlineHTML` always through cmark (for the tests of the plain-text path).
    func inlineHTMLByCmark(_ markdown: String) -> String {
        render(markdown, inlineOnly: true)
    }

    /// The HTML of a one-line text in which Markdown can see nothing but text, without
    /// asking cmark: the text itself with `"` escaped, as cmark writes it. Nil when the text
    /// has any character Markdown could read as syntax (emphasis, links, code, entities,
    /// HTML, escapes), control characters or line breaks, space at either end (indented
    /// code, trimming), or opens like a block (heading, quote, list item, thematic break):
    /// then cmark renders it. Most list items of a standard are plain text; a test compares
    /// this with cmark on many texts.
    static func plainInline(_ text: String) -> String? {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return nil }
        // Block openings: `-`, `+`, `=`, `#`, `>` anywhere would be excluded below or here.
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=") { return nil }
        var quotes = 0
        var leadingDigits = 0
        var inLeadingDigits = true
        for byte in bytes {
            if inLeadingDigits {
                if byte >= 0x30 && byte <= 0x39 {
                    leadingDigits += 1
                } else {
                    // `1.` or `1)` opens an ordered list.
                    if leadingDigits > 0 && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")) { return nil }
                    inLeadingDigits = false
                }
            }
            switch byte {
            case 0..<0x20, 0x7F: return nil
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "~"),
                 UInt8(ascii: "!"):
                return nil
            case UInt8(ascii: "\""): quotes += 1
            default: break
            }
        }
        guard quotes > 0 else { return text }
        var escaped = ""
        escaped.reserveCapacity(bytes.count + quotes * 5)
        for character in text.unicodeScalars {
            if character == "\"" { escaped += "&quot;" } else { escaped.unicodeScalars.append(character) }
        }
        return escaped
    }

    private func render(_ markdown: String, inlineOnly: Bool) -> String {
        let options = self.options
        guard let document = markdown.withCString({ text in
            cmark_parse_document(text, strlen(text), options)
        }) else { return "" }
        defer { cmark_node_free(document) }

        if headingOffset != 0 || minimumHeadingLevel > 1 { shiftHeadings(in: document) }

        if inlineOnly,
           let first = cmark_node_first_child(document),
           cmark_node_next(first) == nil,
           cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH {
            // The paragraph rendered once, without its `<p>` and `</p>\n`.
            let html = take(cmark_render_html(first, options))
            guard html.hasPrefix("<p>"), html.hasSuffix("</p>\n") else { return html }
            return String(html.utf8.dropFirst(3).dropLast(5))!
        }
        return take(cmark_render_html(document, options))
    }

    private func shiftHeadings(in document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            let node = cmark_iter_get_node(iterator)
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                  cmark_node_get_type(node) == CMARK_NODE_HEADING else { continue }
            let level = Int(cmark_node_get_heading_level(node)) + headingOffset
            cmark_node_set_heading_level(node, Int32(min(max(level, minimumHeadingLevel, 1), 6)))
        }
    }

    /// Copies a string malloc'ed by cmark into Swift and frees it.
    private func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
