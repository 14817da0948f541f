import Foundation
import LenteraDiagnostics
import LenteraSite
import LenteraTesting
import Testing

/// The theme's frame: the agency's identity in the header, its colour (`warna`), the compact
/// navigation with the free pages in a menu, the search form on every page, the footer's
/// PPID and accessibility links, and the accessibility statement.
@Suite struct ThemeChromeTests {
    static func header(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<header class=\"site-header\">"))
        let end = try #require(html.range(of: "</header>"))
        return String(html[start.upperBound..<end.lowerBound])
    }

    static func footer(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<footer class=\"site-footer\">"))
        return String(html[start.upperBound...])
    }

    static func withPages(_ count: Int) -> TestPortal {
        (1...count).reduce(TestPortal()) { portal, n in
            portal.with("pages/halaman-\(n).md", "---\njudul: Halaman \(n)\nurutan: \(n)\n---\n\nTeks \(n).\n")
        }
    }

    @Test func theHeaderCarriesThePortalsNameInTheBandOnEveryPage() throws {
        let site = try build(TestPortal())
        for path in [Pages.home, Pages.unit, Pages.service(), "aksesibilitas/index.html", "404.html"] {
            let header = try Self.header(try site.page(path))
            #expect(header.contains("<div class=\"brand-band\">"), "\(path)")
            #expect(header.contains("<span>Portal Transparansi Uji</span></a></p>"), "\(path)")
            #expect(!header.contains("<img"), "no logo is set, so none is drawn (\(path))")
        }
    }

    @Test func everyPageHasASearchFormThatGoesToTheSearchPage() throws {
        let site = try build(Self.withPages(1))
        let pages = site.files.keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 6)
        for path in pages {
            let html = try site.page(path)
            let forms = html.components(separatedBy: "<form ").dropFirst().filter { $0.contains("role=\"search\"") }
            // The search page has Pagefind's own box (made by its script), not a second one.
            if path == "cari/index.html" {
                #expect(forms.isEmpty, "the search page repeats the header's search form")
                continue
            }
            #expect(forms.count == 1, "\(path) has \(forms.count) search forms")
            let form = try #require(forms.first)
            let depth = path == "404.html" ? "https://transparansi.contoh.go.id/" : String(repeating: "../", count: path.split(separator: "/").count - 1)
            #expect(form.contains("action=\"\(depth)cari/\" method=\"get\">"), "\(path): \(form.prefix(160))")
            // A labelled input named q.
            let id = try #require(form.firstMatch(of: /<input type="search" id="([a-z-]+)" name="q"/)?.1, "\(path)")
            #expect(form.contains("<label class=\"") && form.contains("for=\"\(id)\">"), "\(path)")
        }
        // On the home page the search box is the first thing in the main content.
        let home = try site.main(Pages.home)
        #expect(home.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<form class=\"hero-search\" role=\"search\""))
        #expect(try !Self.header(site.page(Pages.home)).contains("<form"))
    }

    @Test func freePagesGoInTheMenuAndTheMainNavigationKeepsItsEntries() throws {
        let few = try build(TestPortal())
        let many = try build(Self.withPages(12))
        func mainEntries(_ header: String) throws -> [String] {
            let nav = try #require(header.range(of: "<nav class=\"site-nav\""))
            let menu = try #require(header.range(of: "<li class=\"menu-item\">"))
            return header[nav.upperBound..<menu.lowerBound].matches(of: /<li><a href="[^"]*"[^>]*>([^<]+)<\/a><\/li>/).map { String($0.1) }
        }
        let fewHeader = try Self.header(few.page(Pages.unit))
        let manyHeader = try Self.header(many.page(Pages.unit))
        #expect(try mainEntries(fewHeader) == ["Beranda", "Layanan", "Dasbor", "Survei", "Zona Integritas"])
        #expect(try mainEntries(manyHeader) == mainEntries(fewHeader))
        // Every free page is in the disclosure menu, closed by default.
        #expect(manyHeader.contains("<details class=\"menu\"><summary>Informasi</summary>"))
        for n in 1...12 {
            #expect(manyHeader.contains("<li><a href=\"../../halaman-\(n)/\">Halaman \(n)</a></li>"))
        }
        #expect(!manyHeader.contains("<details class=\"menu\" open"))
        // On a free page, the menu's entry and its summary are marked.
        let page = try Self.header(many.page("halaman-3/index.html"))
        #expect(page.contains("<summary class=\"current\">Informasi</summary>"))
        #expect(page.contains("<li><a href=\"../halaman-3/\" aria-current=\"page\">Halaman 3</a></li>"))
    }

    @Test func theFooterLinksThePPIDAndTheAccessibilityStatement() throws {
        let without = try Self.footer(build(TestPortal()).page(Pages.service()))
        #expect(!without.contains("PPID"))
        #expect(without.contains("<li><a href=\"../../../../aksesibilitas/\">Aksesibilitas</a></li>"))
        #expect(without.contains("<a href=\"../../../../metodologi/\">Metodologi</a>"))
        #expect(without.contains("<h2 class=\"footer-title\" id=\"kaki-pengaduan\">Pengaduan</h2>"))
        let portal = TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML + "ppid: https://ppid.contoh.go.id/\n")
        let with = try Self.footer(build(portal).page(Pages.service()))
        #expect(with.contains("<li><a href=\"https://ppid.contoh.go.id/\">PPID: permohonan informasi publik</a></li>"))
    }

    @Test func theAccessibilityStatementNamesTheStandardTheChecksAndTheContact() throws {
        let site = try build(TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML + "kontak:\n  email: portal@contoh.go.id\n"))
        let main = try site.main("aksesibilitas/index.html")
        #expect(main.contains("<h1>Pernyataan Aksesibilitas</h1>"))
        #expect(main.contains("WCAG) 2.1 tingkat AA"))
        #expect(main.contains("axe-core") && main.contains("Nu HTML Checker"))
        #expect(main.contains("<h2>Melaporkan hambatan</h2>"))
        #expect(main.contains("<dd><a href=\"mailto:portal@contoh.go.id\">portal@contoh.go.id</a></dd>"))
        #expect(try site.page("aksesibilitas/index.html").contains("<title>Pernyataan Aksesibilitas | Portal Transparansi Uji</title>"))
        // Without a contact, the complaint channels are where to report.
        let bare = try build(TestPortal()).main("aksesibilitas/index.html")
        #expect(bare.contains("<li><a href=\"https://www.lapor.go.id/\">SP4N-LAPOR!</a></li>"))
    }

    @Test func aColourSetsTheBandAndKeepsTextContrast() throws {
        let plain = try build(TestPortal()).page(Pages.home)
        #expect(!plain.contains("<style>"))
        // A light yellow: black text on the band; links darkened until 4.5:1 on white and tint.
        let yellow = try build(TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML + "warna: \"#ffd43b\"\n")).page(Pages.home)
        let style = try #require(yellow.firstMatch(of: /<style>:root\{--brand:(#[0-9A-F]{6});--on-brand:(#[0-9A-F]{6});--accent:(#[0-9A-F]{6});--accent-dark:(#[0-9A-F]{6})\}<\/style>/))
        #expect(style.1 == "#FFD43B")
        #expect(style.2 == "#000000")
        #expect(style.3 != "#FFD43B")
        // A dark green: white text, and the colour itself for links.
        let green = try build(TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML + "warna: \"#1B5E20\"\n")).page(Pages.home)
        #expect(green.contains("<style>:root{--brand:#1B5E20;--on-brand:#FFFFFF;--accent:#1B5E20;"))
    }

    @Test func aBadColourIsAnErrorAtItsPosition() throws {
        func diagnostics(_ line: String) throws -> [Diagnostic] {
            try withTemporaryFolder { folder in
                try TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML + line + "\n").write(to: folder.appendingPathComponent("content"))
                return SiteBuilder.build(options(in: folder)).diagnostics.filter { $0.severity == .error }
            }
        }
        // Line 6: below the five lines of the test portal's settings.
        let red = try diagnostics("warna: merah")
        #expect(red.map(\.code) == ["portal.invalid-colour"])
        #expect(red.first?.location?.line == 6 && red.first?.location?.column == 8)
        #expect(red.first?.summary.text(in: .id).contains("bukan `merah`") == true)
        #expect(try diagnostics("warna: \"#12345\"").map(\.code) == ["portal.invalid-colour"])
        // Unquoted, `#` starts a YAML comment: the value is empty, and the fix says to quote it.
        let unquoted = try diagnostics("warna: #0B4F8A")
        #expect(unquoted.map(\.code) == ["portal.colour-empty"])
        #expect(unquoted.first?.location?.line == 6)
        #expect(unquoted.first?.advice?.text(in: .id).contains("warna: \"#0B4F8A\"") == true)
        #expect(try diagnostics("ppid: ppid.contoh.go.id").map(\.code) == ["content.invalid-url"])
    }
}

/// A free page's `##` sections were shifted to <h3> under the page's <h1>, skipping a level
/// (axe's heading-order on the example's free pages).
@Suite struct FreePageHeadingsTests {
    @Test func sectionsOfAFreePageAreH2UnderItsTitle() throws {
        let portal = TestPortal().with("pages/tentang.md", "---\njudul: Tentang\n---\n\n## Sumber\n\nTeks.\n\n### Rincian\n\nLagi.\n\n# Lain\n")
        let main = try build(portal).main("tentang/index.html")
        #expect(main.contains("<h1>Tentang</h1>"))
        #expect(main.contains("<h2>Sumber</h2>"))
        #expect(main.contains("<h3>Rincian</h3>"))
        #expect(main.contains("<h2>Lain</h2>"))
        #expect(!main.contains("<h3>Sumber</h3>"))
    }
}

/// docs/design.md, "Page weight": the stylesheet stays small.
@Suite struct StylesheetBudgetTests {
    @Test func theStylesheetIsUnderItsBudget() throws {
        let size = try Data(contentsOf: Repository.templates.appendingPathComponent("assets/style.css")).count
        #expect(size < 24_000, "style.css is \(size) bytes; docs/design.md sets 24,000")
        #expect(size > 1_000)
    }
}
