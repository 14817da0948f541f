import CCmark

/// GitHub's pipe tables on top of CommonMark.
///
/// libcmark (CommonMark itself) has no tables: it reads a table as a paragraph of `|` text.
/// Rather than change the engine (to cmark-gfm), the paragraphs cmark found are looked at
/// again in the source: a paragraph whose line is a header row and whose next line is a
/// delimiter row (`| --- | :-: |`) with as many cells is a table, its remaining lines the
/// rows, as GitHub's specification reads them. Each cell is split on the pipes not escaped
/// (`\|` is a pipe inside a cell, code spans included), then rendered as inline Markdown by
/// cmark with the renderer's own options (raw HTML still off, unsafe links still dropped).
/// The table is written into the tree as one custom block, so it stands wherever the
/// paragraph stood (in a list item, a block quote).
///
/// The HTML is accessible: `<th scope="col">` for the header cells, alignment as a class
/// (`text-center`, `text-right`; the `align` attribute is obsolete in HTML5); the theme's
/// stylesheet lets long cells wrap so that a table fits a phone.
///
/// Limits (cmark decides what a paragraph is): a delimiter row must not open another block
/// (`- | -` is a list item to CommonMark: write `-- | --` or start with `|`), and reference
/// links defined elsewhere in the text are not resolved inside cells.
enum PipeTable {
    enum Alignment: Equatable { case none, left, center, right }

    /// A table read from lines: what stood before it in the paragraph, its header, the
    /// alignments and the rows, cells still Markdown.
    struct Parsed: Equatable {
        var leading: [String]
        var header: [String]
        var alignments: [Alignment]
        var rows: [[String]]
    }

    /// The table in a paragraph's lines (container markers removed), if it holds one.
    static func parse(_ lines: [String]) -> Parsed? {
        guard lines.count >= 2 else { return nil }
        for index in 1..<lines.count {
            guard let alignments = delimiterRow(lines[index]) else { continue }
            let header = cells(of: lines[index - 1])
            guard header.count == alignments.count else { continue }
            let rows = lines[(index + 1)...].map { line -> [String] in
                var row = cells(of: line)
                if row.count > header.count { row.removeLast(row.count - header.count) }
                while row.count < header.count { row.append("") }
                return row
            }
            return Parsed(leading: Array(lines[..<(index - 1)]), header: header, alignments: alignments, rows: rows)
        }
        return nil
    }

    /// The alignments of a delimiter row (`| :--- | ---: |`), nil when the line is not one.
    static func delimiterRow(_ line: String) -> [Alignment]? {
        // One cell without a pipe (`---`) is a thematic break or a setext underline.
        guard line.contains("|") else { return nil }
        let parts = cells(of: line)
        var alignments: [Alignment] = []
        for part in parts {
            var body = Substring(part)
            let left = body.hasPrefix(":")
            if left { body = body.dropFirst() }
            let right = body.hasSuffix(":")
            if right { body = body.dropLast() }
            guard !body.isEmpty, body.allSatisfy({ $0 == "-" }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return alignments
    }

    /// The cells of a row: split on the pipes not escaped, a leading and a trailing pipe
    /// left out, each cell trimmed, `\|` made a pipe.
    static func cells(of line: String) -> [String] {
        var text = Substring(line.trimmingSpaces())
        if text.hasPrefix("|") { text = text.dropFirst() }
        if text.hasSuffix("|"), !text.hasSuffix("\\|") { text = text.dropLast() }
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current += character == "|" ? "|" : "\\" + String(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmingSpaces())
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current += "\\" }
        cells.append(current.trimmingSpaces())
        return cells
    }

    /// A cell's text made safe to parse alone as inline Markdown: a start that would open
    /// a block (`# `, `- `, `> `, `1. `, a fence, a thematic break) is escaped.
    static func inlineSafe(_ cell: String) -> String {
        guard let first = cell.first else { return cell }
        let rest = cell.dropFirst()
        switch first {
        case "#", ">", "=", "<":
            return "\\" + cell
        case "-", "+", "*", "_":
            if rest.isEmpty || rest.first == " " || rest.allSatisfy({ $0 == first || $0 == " " }) { return "\\" + cell }
        case "`", "~":
            if cell.hasPrefix(String(repeating: first, count: 3)) { return "\\" + cell }
        case "0"..."9":
            let digits = cell.prefix { $0.isASCII && $0.isNumber }
            let after = cell.dropFirst(digits.count)
            if let mark = after.first, mark == "." || mark == ")", after.dropFirst().first.map({ $0 == " " }) ?? true {
                return String(digits) + "\\" + String(after)
            }
        default:
            break
        }
        return cell
    }

    /// Finds the paragraphs of `document` that are tables and puts each table in its place.
    static func replaceTables(in document: OpaquePointer, source: String, renderer: MarkdownRenderer,
                              resolve: DestinationResolver?, images: inout Int) {
        // Most texts hold no `|` byte at all: rejected on the bytes (a search by `Character`
        // cost about 150 instructions a character on every text rendered). A text with one
        // goes on, and each paragraph is still tested by `Character` below.
        guard source.utf8.contains(UInt8(ascii: "|")) else { return }
        var paragraphs: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH else { continue }
            paragraphs.append(node)
        }
        cmark_iter_free(iterator)
        guard !paragraphs.isEmpty else { return }
        let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        for paragraph in paragraphs {
            let lines = paragraphLines(paragraph, in: sourceLines)
            guard lines.contains(where: { $0.contains("|") }), let table = parse(lines) else { continue }
            let html = render(table, renderer: renderer, resolve: resolve, images: &images)
            guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(block, html)
            cmark_node_set_on_exit(block, "")
            cmark_node_insert_before(paragraph, block)
            cmark_node_unlink(paragraph)
            cmark_node_free(paragraph)
        }
    }

    /// A paragraph's source lines without the markers of the blocks it stands in (a list
    /// item's indentation, a block quote's `>`).
    static func paragraphLines(_ paragraph: OpaquePointer, in source: [String]) -> [String] {
        let first = Int(cmark_node_get_start_line(paragraph)), last = Int(cmark_node_get_end_line(paragraph))
        guard first >= 1, last >= first, last <= source.count else { return [] }
        var quotes = 0
        var parent = cmark_node_parent(paragraph)
        while let current = parent {
            if cmark_node_get_type(current) == CMARK_NODE_BLOCK_QUOTE { quotes += 1 }
            parent = cmark_node_parent(current)
        }
        let column = max(Int(cmark_node_get_start_column(paragraph)) - 1, 0)
        return (first...last).map { number in
            let line = source[number - 1]
            if number == first { return String(decoding: line.utf8.dropFirst(column), as: UTF8.self) }
            var rest = Substring(line)
            for _ in 0..<quotes {
                let trimmed = rest.drop { $0 == " " }
                guard trimmed.hasPrefix(">") else { break }
                rest = trimmed.dropFirst()
            }
            return String(rest)
        }
    }

    static func render(_ table: Parsed, renderer: MarkdownRenderer, resolve: DestinationResolver?, images: inout Int) -> String {
        func cell(_ text: String) -> String {
            text.isEmpty ? "" : renderer.render(inlineSafe(text), inlineOnly: true, resolve: resolve, images: &images)
        }
        func alignment(_ column: Int) -> String {
            switch table.alignments[column] {
            case .none: ""
            case .left: " class=\"text-left\""
            case .center: " class=\"text-center\""
            case .right: " class=\"text-right\""
            }
        }
        var html = ""
        if !table.leading.isEmpty {
            html += "<p>" + renderer.render(table.leading.joined(separator: "\n"), inlineOnly: true, resolve: resolve, images: &images) + "</p>\n"
        }
        html += "<table>\n<thead>\n<tr>\n"
        for (column, text) in table.header.enumerated() {
            html += "<th scope=\"col\"\(alignment(column))>\(cell(text))</th>\n"
        }
        html += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            html += "<tbody>\n"
            for row in table.rows {
                html += "<tr>\n"
                for (column, text) in row.enumerated() { html += "<td\(alignment(column))>\(cell(text))</td>\n" }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        return html + "</table>"
    }
}

extension StringProtocol {
    /// Without spaces and tabs at either end.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let end = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(String.UnicodeScalarView(scalars[start...end]))
    }
}
