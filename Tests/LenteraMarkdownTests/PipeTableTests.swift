import Testing
@testable import LenteraMarkdown

/// GitHub's pipe tables, case by case as its specification describes them (cases written
/// here, with the project's own texts).
@Suite struct PipeTableTests {
    let renderer = MarkdownRenderer()

    @Test func aHeaderADelimiterRowAndRowsMakeATable() {
        let html = renderer.html("| Hari | Jam |\n| --- | --- |\n| Senin | 08.00 |\n| Selasa | 09.00 |")
        #expect(html == """
        <table>
        <thead>
        <tr>
        <th scope="col">Hari</th>
        <th scope="col">Jam</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>Senin</td>
        <td>08.00</td>
        </tr>
        <tr>
        <td>Selasa</td>
        <td>09.00</td>
        </tr>
        </tbody>
        </table>

        """)
    }

    @Test func outerPipesAreOptionalAndCellsAreTrimmed() {
        let html = renderer.html("Hari   |  Jam\n-|-\nSenin |08.00")
        #expect(html.contains("<th scope=\"col\">Hari</th>\n<th scope=\"col\">Jam</th>"))
        #expect(html.contains("<td>Senin</td>\n<td>08.00</td>"))
    }

    @Test func alignmentIsAClassOnEveryCellOfTheColumn() {
        let html = renderer.html("| Layanan | Tarif | Catatan | Lain |\n| :--- | ---: | :-: | --- |\n| KTP | 0 | gratis | - |")
        #expect(html.contains("<th scope=\"col\" class=\"text-left\">Layanan</th>"))
        #expect(html.contains("<th scope=\"col\" class=\"text-right\">Tarif</th>"))
        #expect(html.contains("<th scope=\"col\" class=\"text-center\">Catatan</th>"))
        #expect(html.contains("<th scope=\"col\">Lain</th>"))
        #expect(html.contains("<td class=\"text-right\">0</td>"))
        #expect(html.contains("<td class=\"text-center\">gratis</td>"))
        #expect(!html.contains("align="))
    }

    @Test func anEscapedPipeStaysInItsCellCodeSpansIncluded() {
        let html = renderer.html("| Pola | Arti |\n| --- | --- |\n| `a\\|b` | a atau b |\n| x \\| y | **tebal \\| juga** |")
        #expect(html.contains("<td><code>a|b</code></td>\n<td>a atau b</td>"))
        #expect(html.contains("<td>x | y</td>\n<td><strong>tebal | juga</strong></td>"))
    }

    @Test func cellsHoldInlineMarkdownButNoBlocks() {
        let html = renderer.html("| Dokumen | Tautan |\n| --- | --- |\n| *SK* | [unduh](https://contoh.go.id/sk.pdf) |\n| # bukan judul | - bukan daftar |\n| 1. bukan nomor | `kode` |")
        #expect(html.contains("<td><em>SK</em></td>\n<td><a href=\"https://contoh.go.id/sk.pdf\">unduh</a></td>"))
        #expect(html.contains("<td># bukan judul</td>\n<td>- bukan daftar</td>"))
        #expect(html.contains("<td>1. bukan nomor</td>\n<td><code>kode</code></td>"))
    }

    @Test func rawHTMLAndUnsafeLinksStayOffInCells() {
        let html = renderer.html("| a | b |\n| --- | --- |\n| <script>x</script> | [x](javascript:alert(1)) |")
        #expect(!html.contains("<script>"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<table>"))
    }

    @Test func rowsAreCutOrPaddedToTheHeader() {
        let html = renderer.html("| a | b |\n| --- | --- |\n| satu |\n| x | y | z |")
        #expect(html.contains("<tr>\n<td>satu</td>\n<td></td>\n</tr>"))
        #expect(html.contains("<tr>\n<td>x</td>\n<td>y</td>\n</tr>"))
        #expect(!html.contains("z"))
    }

    @Test func aHeaderAloneHasNoBody() {
        let html = renderer.html("| a | b |\n| --- | --- |")
        #expect(html.contains("</thead>\n</table>"))
        #expect(!html.contains("<tbody>"))
    }

    @Test func aDelimiterRowOfAnotherWidthIsNoTable() {
        #expect(renderer.html("| a | b |\n| --- |\n| c |") == "<p>| a | b |\n| --- |\n| c |</p>\n")
    }

    @Test func aParagraphWithPipesIsNoTable() {
        #expect(renderer.html("Senin | Selasa | Rabu buka pukul 08.00.") == "<p>Senin | Selasa | Rabu buka pukul 08.00.</p>\n")
        #expect(renderer.html("a | b\nc | d") == "<p>a | b\nc | d</p>\n")
    }

    @Test func theTableEndsAtABlankLineOrAnotherBlock() {
        let html = renderer.html("| a | b |\n| --- | --- |\n| c | d |\n\nSesudahnya.\n")
        #expect(html.hasSuffix("</table>\n<p>Sesudahnya.</p>\n"))
        let quoted = renderer.html("| a | b |\n| --- | --- |\n| c | d |\n> kutipan")
        #expect(quoted.contains("</table>\n<blockquote>"))
    }

    @Test func linesBeforeTheHeaderStayAParagraph() {
        let html = renderer.html("Jadwal layanan:\n| Hari | Jam |\n| --- | --- |\n| Senin | 08.00 |")
        #expect(html.hasPrefix("<p>Jadwal layanan:</p>\n<table>"))
    }

    @Test func aTableInAListItem() {
        let html = renderer.html("- Loket A:\n\n  | Hari | Jam |\n  | --- | --- |\n  | Senin | 08.00 |\n- Loket B")
        #expect(html.contains("<li>\n<p>Loket A:</p>\n<table>"))
        #expect(html.contains("<td>Senin</td>\n<td>08.00</td>"))
        #expect(html.contains("<li>\n<p>Loket B</p>"))
    }

    @Test func aTableInABlockQuote() {
        let html = renderer.html("> | a | b |\n> | --- | --- |\n> | c | d |")
        #expect(html.contains("<blockquote>\n<table>"))
        #expect(html.contains("<td>c</td>\n<td>d</td>"))
    }

    @Test func cellSplitting() {
        #expect(PipeTable.cells(of: "| a | b |") == ["a", "b"])
        #expect(PipeTable.cells(of: "a|b") == ["a", "b"])
        #expect(PipeTable.cells(of: "| a \\| b |") == ["a | b"])
        #expect(PipeTable.cells(of: "| a | b \\|") == ["a", "b |"])
        #expect(PipeTable.cells(of: "| a\\*b |") == ["a\\*b"])
        #expect(PipeTable.delimiterRow("| :-: | --: |") == [.center, .right])
        #expect(PipeTable.delimiterRow("---") == nil)
        #expect(PipeTable.delimiterRow("| a | --- |") == nil)
        #expect(PipeTable.delimiterRow("| : | --- |") == nil)
    }
}
