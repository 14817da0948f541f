import Foundation
import LenteraTesting
import Testing

/// `sitemap.xml` lists every page (not the 404 page); `robots.txt` points to it; the 404
/// page works at any address.
@Suite struct SitemapTests {
    static let base = "https://transparansi.contoh.go.id/"
    static let portal = TestPortal()
        .with("pages/tentang.md", "---\njudul: Tentang\n---\n\nTentang portal ini.\n")
        .with("units/bidang-satu/unit.md", TestPortal.unitMarkdown("Bidang Satu", jenis: "bidang", induk: TestPortal.unit))

    @Test func theSitemapListsEveryPageAndNotThe404Page() throws {
        let site = try build(Self.portal)
        let sitemap = try site.page("sitemap.xml")
        let listed = Set(sitemap.components(separatedBy: "\n").compactMap { line -> String? in
            guard let start = line.range(of: "<loc>"), let end = line.range(of: "</loc>") else { return nil }
            return String(line[start.upperBound..<end.lowerBound])
        })
        let pages = Set(site.files.keys.filter { $0.hasSuffix("index.html") }.map { Self.base + $0.dropLast("index.html".count) })
        #expect(listed == pages)
        #expect(pages.count == 14) // home, services index, search, dashboard, survey and ZI dashboards, completeness, Metodologi, Aksesibilitas, page, 2 units, maklumat, service
        #expect(!sitemap.contains("404"))
        #expect(sitemap.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        #expect(sitemap.hasSuffix("</urlset>\n"))
    }

    @Test func robotsTxtAllowsEverythingAndNamesTheSitemap() throws {
        #expect(try build(Self.portal).page("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: \(Self.base)sitemap.xml\n")
    }

    @Test func the404PageLinksAbsolutelySinceItIsServedAtAnyAddress() throws {
        let page = try build(Self.portal).page("404.html")
        #expect(page.contains("<h1>Halaman tidak ditemukan</h1>"))
        #expect(!page.contains("assets/style.css")) // its styles are inline (NotFoundPageTests)
        #expect(page.contains("<a href=\"\(Self.base)layanan/\">Daftar semua layanan (A–Z)</a>"))
        #expect(page.contains("<li><a href=\"\(Self.base)tentang/\">Tentang</a></li>"))
        #expect(!page.contains("href=\"../"))
    }
}
