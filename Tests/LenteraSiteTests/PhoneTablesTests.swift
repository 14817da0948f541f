import Foundation
import LenteraTesting
import Testing

/// Tables at phone width (375 px): no page may scroll sideways, so every table of three
/// columns or more sits in a scrolling region of its own, and the tables whose last column
/// holds the words a reader needs (the completeness fixes, the self-evaluation result) turn
/// each row into labelled lines instead, which needs a label on every cell.
@Suite struct PhoneTablesTests {
    /// A portal with ZI surveys, a ZI record (self-evaluation criteria) and the completeness page.
    static let portal = ZonaIntegritasPagesTests.portal

    /// Each `<table …>…</table>` of a page with the 600 characters written before it (enough
    /// for the opening of its region and the longest label).
    func tables(_ html: String) -> [(before: String, table: String)] {
        let parts = html.components(separatedBy: "<table")
        var found: [(before: String, table: String)] = []
        for index in parts.indices.dropFirst() {
            let before = String(parts[index - 1].suffix(600))
            let table = "<table" + (parts[index].components(separatedBy: "</table>").first ?? "") + "</table>"
            found.append((before: before, table: table))
        }
        return found
    }

    @Test func everyWideTableOnEveryPageScrollsInsideItsOwnRegion() throws {
        let site = try build(Self.portal)
        let pages = site.files.keys.filter { $0.hasSuffix(".html") }.sorted()
        var checked = 0
        for path in pages {
            for (before, table) in tables(try site.page(path)) where table.occurrences(of: "<th scope=\"col\"") >= 3 {
                checked += 1
                let opening = before.components(separatedBy: "<div").last ?? ""
                #expect(opening.hasPrefix(" class=\"table-scroll"), "a table in \(path) is not in a .table-scroll region: \(table.prefix(160))")
            }
        }
        // The pages the review found too wide at 375 px are among those checked.
        #expect(checked > 10)
        #expect(try site.main("zona-integritas/index.html").contains("<table class=\"eligibility stack-table\">"))
        #expect(try site.main(Pages.unit).contains("aria-label=\"Batas minimal IPKP dan IPAK\">\n<table>\n<caption><span lang=\"id\">Batas minimal, skala 4"))
    }

    @Test func theCompletenessAndSelfEvaluationTablesLabelEveryCell() throws {
        let site = try build(Self.portal)
        var stacked = 0
        for path in ["kelengkapan/index.html", "zona-integritas/index.html"] {
            for (_, table) in tables(try site.main(path)) where table.contains("stack-table") {
                stacked += 1
                let body = try #require(table.components(separatedBy: "<tbody>").last)
                let cells = body.occurrences(of: "<td") + body.occurrences(of: "<th scope=\"row\"")
                #expect(cells > 0)
                #expect(body.occurrences(of: " data-label=\"") == cells, "\(path): a cell without data-label in \(table.prefix(160))")
            }
        }
        #expect(stacked >= 2)
        let main = try site.main("kelengkapan/index.html")
        #expect(main.contains("<td data-label=\"Keterangan dan perbaikan\">"))
        // The theme shows the labels only on phones, where the header row is hidden.
        let css = try site.page("assets/style.css")
        #expect(css.contains(".stack-table td[data-label]::before { content: attr(data-label) \": \";"))
        #expect(css.contains("@media screen and (max-width: 40rem) {\n  .stack-table, .stack-table tbody, .stack-table tr"))
    }
}
