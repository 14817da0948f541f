#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CCmark

/// Where a link or image written in a text leads once published: a file beside the content
/// (`berkas/sk.pdf`, rewritten to its address from the page the text is shown on), with an
/// image's size.
public struct ResolvedDestination: Sendable, Equatable {
    /// The address to write, relative to the page (`../../berkas/sk.pdf`).
    public var href: String
    /// An image's width and height in CSS pixels, when known.
    public var width: Int?
    public var height: Int?

    public init(href: String, width: Int? = nil, height: Int? = nil) {
        self.href = href
        self.width = width
        self.height = height
    }
}

/// Maps a destination as written (`berkas/sk.pdf`) to where it leads; nil leaves it as written.
public typealias DestinationResolver = (_ destination: String, _ isImage: Bool) -> ResolvedDestination?

/// Renders CommonMark to HTML through libcmark, with GitHub's pipe tables (`PipeTable`).
///
/// The files of this module are the only ones that import the C module. Every C object it
/// creates is freed before a function returns; callers only ever see Swift strings.
public struct MarkdownRenderer: Sendable {
    /// Whether raw HTML inside Markdown is passed through. Off by default: content comes
    /// from many editors, and raw HTML could break the page or inject scripts.
    public var allowsRawHTML: Bool
    /// The level of the heading a text stands under (1: the page's `<h1>`). The text's own
    /// headings start one level below it, whatever level they are written at, and keep
    /// their order without gaps (`HeadingLevels`); levels stop at 6.
    public var headingBase: Int

    public init(allowsRawHTML: Bool = false, headingBase: Int = 1) {
        self.allowsRawHTML = allowsRawHTML
        self.headingBase = headingBase
    }

    /// This renderer for a text under a heading of `level` (a unit's profile under its `<h2>`).
    public func under(_ level: Int) -> MarkdownRenderer {
        var renderer = self
        renderer.headingBase = level
        return renderer
    }

    var options: Int32 {
        var options = CMARK_OPT_VALIDATE_UTF8
        if allowsRawHTML { options |= CMARK_OPT_UNSAFE }
        return options
    }

    /// Renders a whole Markdown text (block level). `resolve` rewrites links and images to
    /// files beside the content.
    public func html(_ markdown: String, resolve: DestinationResolver? = nil) -> String {
        var images = 0
        return render(markdown, inlineOnly: false, resolve: resolve, images: &images)
    }

    /// Renders a short text meant to stand inside an element (a list item, a table cell):
    /// when the text is a single paragraph, the `<p>` around it is left out.
    public func inlineHTML(_ markdown: String, resolve: DestinationResolver? = nil) -> String {
        var images = 0
        return Self.plainInline(markdown) ?? render(markdown, inlineOnly: true, resolve: resolve, images: &images)
    }

    /// `inlineHTML` always through cmark (for the tests of the plain-text path).
    func inlineHTMLByCmark(_ markdown: String) -> String {
        var images = 0
        return render(markdown, inlineOnly: true, resolve: nil, images: &images)
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

    /// `images` counts the images rendered so far on the text: the first is loaded at once,
    /// the others lazily.
    func render(_ markdown: String, inlineOnly: Bool, resolve: DestinationResolver?, images: inout Int) -> String {
        let options = self.options
        guard let document = markdown.withCString({ text in
            cmark_parse_document(text, strlen(text), options)
        }) else { return "" }
        defer { cmark_node_free(document) }

        if !inlineOnly { HeadingLevels.apply(to: document, base: headingBase) }
        PipeTable.replaceTables(in: document, source: markdown, renderer: self, resolve: resolve, images: &images)
        if let resolve { rewriteDestinations(in: document, resolve: resolve, images: &images) }

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

    /// Links to files beside the content get their published address; images of such files
    /// become an `<img>` with the file's width and height (cmark writes neither), lazily
    /// loaded but for the first.
    private func rewriteDestinations(in document: OpaquePointer, resolve: DestinationResolver, images: inout Int) {
        var found: [(node: OpaquePointer, isImage: Bool)] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE { found.append((node, type == CMARK_NODE_IMAGE)) }
        }
        cmark_iter_free(iterator)
        for (node, isImage) in found {
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            guard let resolved = resolve(destination, isImage) else {
                if isImage { images += 1 }
                continue
            }
            guard isImage else {
                cmark_node_set_url(node, resolved.href)
                continue
            }
            var tag = "<img src=\"\(HTMLText.escape(resolved.href))\" alt=\"\(HTMLText.escape(Self.plainText(of: node)))\""
            if let title = cmark_node_get_title(node).map({ String(cString: $0) }), !title.isEmpty {
                tag += " title=\"\(HTMLText.escape(title))\""
            }
            if let width = resolved.width, let height = resolved.height { tag += " width=\"\(width)\" height=\"\(height)\"" }
            if images > 0 { tag += " loading=\"lazy\"" }
            tag += " />"
            images += 1
            guard let replacement = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
            cmark_node_set_on_enter(replacement, tag)
            cmark_node_set_on_exit(replacement, "")
            cmark_node_insert_before(node, replacement)
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// The text of a node's inlines (an image's alt text), as cmark writes it in `alt`.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                text += cmark_node_get_literal(current).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                text += plainText(of: current)
            }
            child = cmark_node_next(current)
        }
        return text
    }

    /// Copies a string malloc'ed by cmark into Swift and frees it.
    func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

/// HTML escaping as cmark does it for text and attributes.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
