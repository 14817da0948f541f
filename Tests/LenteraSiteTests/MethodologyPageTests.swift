import Foundation
import LenteraDomain
import LenteraRender
import LenteraTesting
import Testing

/// The generated Metodologi page: every rule of `Methodology.all` section by section, with
/// its figures, source and standing, reading and first day, each anchored by its id; and the
/// links to it from the footer of every page and from the places that show a threshold.
@Suite struct MethodologyPageTests {
    static let page = "metodologi/index.html"

    /// A list of rules built here, whatever the areas' files hold today: two sections, one
    /// rule of each standing, one with figures.
    static let rules = [
        RuleDescription(id: "uji-satu", section: "Bagian Pertama", title: "Aturan dengan angka",
                        statement: "Bunyi aturan pertama.", source: RuleSource("Peraturan Uji 1/2020, Pasal 3"),
                        figures: .init(header: ["Nilai", "Golongan"], rows: [["10 – 20", "Rendah"], ["21 – 30", "Tinggi"]]),
                        appliesFrom: CalendarDate(iso: "2020-03-01")),
        RuleDescription(id: "uji-dua", section: "Bagian Pertama", title: "Aturan dari sumber sekunder",
                        statement: "Bunyi aturan kedua.", source: RuleSource("Peraturan Uji 2/2021", standing: .secondary, note: "Peraturannya tidak dibaca.")),
        RuleDescription(id: "uji-tiga", section: "Bagian Kedua", title: "Aturan tafsiran",
                        statement: "Bunyi aturan ketiga.", source: RuleSource("Lentera", standing: .reading),
                        reading: "Sumber diam; Lentera membacanya begini."),
    ]

    func render(_ rules: [RuleDescription]) throws -> String {
        let content = PortalContent(portal: Portal(title: "Portal Uji", baseURL: "https://contoh.go.id/", instansi: [Instansi(slug: "kota", name: "Kota Uji")]))
        let (templates, problems) = TemplateSet.load(from: Repository.templates)
        #expect(problems.isEmpty)
        let model = SiteModel(content: content, referenceDate: CalendarDate(iso: "2026-12-06")!, methodology: rules)
        return try model.render(.methodology, with: try #require(templates))
    }

    @Test func aTestBuiltListIsRenderedSectionBySectionWithItsAnchors() throws {
        let html = try render(Self.rules)
        let main = String(html[html.range(of: "<main id=\"isi\">")!.upperBound..<html.range(of: "</main>")!.lowerBound])
        // Headings in order: h1, then each section's h2 before its rules' h3.
        let headings = ["<h1>Metodologi</h1>", "<h2 id=\"bagian-bagian-pertama\" lang=\"id\">Bagian Pertama</h2>",
                        "<h3 id=\"uji-satu\" lang=\"id\">Aturan dengan angka</h3>", "<h3 id=\"uji-dua\" lang=\"id\">Aturan dari sumber sekunder</h3>",
                        "<h2 id=\"bagian-bagian-kedua\" lang=\"id\">Bagian Kedua</h2>", "<h3 id=\"uji-tiga\" lang=\"id\">Aturan tafsiran</h3>"]
        let offsets = try headings.map { try #require(main.offset(of: $0), "\($0) missing") }
        #expect(offsets == offsets.sorted())
        #expect(main.occurrences(of: "<h2 ") == 2)
        // The table of contents links each section.
        #expect(main.contains("<li><a href=\"#bagian-bagian-pertama\">Bagian Pertama</a></li>"))
        // Figures: a captioned table with column and row headers.
        #expect(main.contains("<caption id=\"uji-satu-angka\"><span lang=\"id\">Aturan dengan angka</span>: angka yang dipakai situs ini</caption>"))
        #expect(main.contains("<thead lang=\"id\"><tr><th scope=\"col\">Nilai</th><th scope=\"col\">Golongan</th></tr></thead>"))
        #expect(main.contains("<tr><th scope=\"row\">21 – 30</th><td>Tinggi</td></tr>"))
        #expect(main.occurrences(of: "<table>") == 1)
        // Sources with their standing marked; a primary source is not.
        #expect(main.contains("<dd><span lang=\"id\">Peraturan Uji 1/2020, Pasal 3</span></dd>"))
        #expect(main.contains("<dd><span lang=\"id\">Peraturan Uji 2/2021</span> <strong class=\"standing\">(sumber sekunder)</strong> — <span lang=\"id\">Peraturannya tidak dibaca.</span></dd>"))
        #expect(main.contains("<dd><span lang=\"id\">Lentera</span> <strong class=\"standing\">(tafsiran Lentera)</strong></dd>"))
        #expect(main.contains("<dt>Tafsiran Lentera</dt><dd lang=\"id\">Sumber diam; Lentera membacanya begini.</dd>"))
        #expect(main.contains("<dt>Berlaku</dt><dd>Sejak 1 Maret 2020.</dd>"))
        #expect(main.occurrences(of: "<dt>Berlaku</dt>") == 1)
        #expect(main.contains("dinilai pada 6 Desember 2026"))
        #expect(!html.contains("<script"))
    }

    @Test func anEmptyListSaysSo() throws {
        let html = try render([])
        #expect(html.contains("<p>Belum ada aturan yang dicatat.</p>"))
        #expect(!html.contains("<h2 id=\"bagian-"))
    }

    /// The built site's page lists `Methodology.all`: the IKM rules with the figures of the
    /// code's tables, marked as a secondary source, from the first day of the table.
    @Test func theBuiltPageListsTheRulesOfTheCode() throws {
        let site = try build(TestPortal())
        let main = try site.main(Self.page)
        #expect(!Methodology.ikm.isEmpty)
        for rule in Methodology.all {
            #expect(main.contains("<h3 id=\"\(rule.id)\" lang=\"id\">"), "\(rule.id) is not anchored")
        }
        let mutu = try #require(Methodology.ikm.first { $0.id == "ikm-mutu" })
        for row in try #require(mutu.figures).rows {
            #expect(main.contains("<tr><th scope=\"row\">\(row[0])</th>" + row.dropFirst().map { "<td>\($0)</td>" }.joined() + "</tr>"))
        }
        #expect(main.contains("<span lang=\"id\">\(IKMRules.source.citation)</span> <strong class=\"standing\">(sumber sekunder)</strong>"))
        #expect(main.contains("<dt>Berlaku</dt><dd>Sejak \(Formatting.date(IKMRules.mutuBands.current.from)).</dd>"))
        let sitemap = try site.page("sitemap.xml")
        #expect(sitemap.contains("/metodologi/</loc>"))
    }

    @Test func everyPageLinksTheMethodologyFromItsFooterAndTheDashboardsFromTheirText() throws {
        let site = try build(TestPortal())
        for (path, href) in [(Pages.home, "metodologi/"), (Pages.unit, "../../metodologi/"), (Pages.service(), "../../../../metodologi/"),
                             (Self.page, "../metodologi/"), ("404.html", "https://transparansi.contoh.go.id/metodologi/")] {
            let html = try site.page(path)
            let footer = String(html[try #require(html.range(of: "<footer"), "\(path)").lowerBound...])
            #expect(footer.contains("<a href=\"\(href)\">Metodologi</a>"), "\(path)")
        }
        #expect(try site.main("survei/index.html").contains("<a href=\"../metodologi/\">Metodologi</a>"))
        #expect(try site.main("zona-integritas/index.html").contains("<a href=\"../metodologi/\">Metodologi</a>"))
    }

    /// The unit page's IKM note prints the mutu table the period was judged by, with its
    /// source, and links the rule on the Metodologi page.
    @Test func theUnitPagesMutuNoteComesFromTheTable() throws {
        let site = try build(SurveyPagesTests.portal)
        let main = try site.main(Pages.unit)
        let bands = IKMRules.mutuBands.inForce(on: SurveyPeriod("2026-Q2")!.endDate).value.bands
        let text = bands.map { "\($0.mutu.rawValue) (\(Formatting.fixed($0.lowest, digits: 2))–\(Formatting.fixed($0.highest, digits: 2))) \($0.performance)" }
            .joined(separator: "; ")
        #expect(main.contains("Mutu: \(text), dari nilai yang dibulatkan 2 desimal. Sumber: \(IKMRules.source.caption); <a href=\"../../metodologi/#ikm-mutu\">metodologi</a>."))
    }
}
