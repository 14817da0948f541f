import LenteraSite
import LenteraTesting
import Testing

/// Canonical links use `base_url`; `--base-url` (`BuildOptions.baseURL`) overrides it
/// everywhere an absolute address is written.
@Suite struct CanonicalURLTests {
    static let base = "https://transparansi.contoh.go.id/"

    @Test func everyPageLinksItsCanonicalAddressUnderTheBaseURL() throws {
        let site = try build(TestPortal())
        let expected = [
            Pages.home: Self.base,
            Pages.unit: Self.base + "unit/dinas-contoh/",
            Pages.maklumat: Self.base + "unit/dinas-contoh/maklumat/",
            Pages.service(): Self.base + "unit/dinas-contoh/layanan/layanan-contoh/",
            "layanan/index.html": Self.base + "layanan/",
            "dasbor/index.html": Self.base + "dasbor/",
        ]
        for (path, url) in expected {
            #expect(try site.page(path).contains("<link rel=\"canonical\" href=\"\(url)\">"), "\(path)")
        }
    }

    @Test func theBaseURLOptionOverridesPortalYAMLEverywhere() throws {
        let site = try build(TestPortal(), baseURL: "https://portal.contoh.go.id/transparansi")
        let base = "https://portal.contoh.go.id/transparansi/"
        #expect(try site.page(Pages.service()).contains("<link rel=\"canonical\" href=\"\(base)unit/dinas-contoh/layanan/layanan-contoh/\">"))
        #expect(try site.page("sitemap.xml").contains("<loc>\(base)unit/dinas-contoh/</loc>"))
        #expect(try site.page("robots.txt").contains("Sitemap: \(base)sitemap.xml"))
        #expect(try site.page("404.html").contains("<a href=\"\(base)\">Beranda Portal Transparansi Uji</a>"))
        #expect(try !site.page("404.html").contains("rel=\"canonical\""))
        #expect(try site.page("404.html").contains("<meta name=\"robots\" content=\"noindex\">"))
        for (path, data) in site.files where !path.hasPrefix("assets/") {
            #expect(!String(decoding: data, as: UTF8.self).contains(Self.base), "\(path) still uses base_url from portal.yaml")
        }
    }

    @Test func aBaseURLOptionThatIsNotAnAddressFailsTheBuild() throws {
        try withTemporaryFolder { folder in
            try TestPortal().write(to: folder.appendingPathComponent("content"))
            let report = SiteBuilder.build(options(in: folder, baseURL: "transparansi.contoh.go.id"))
            #expect(!report.succeeded)
            #expect(report.diagnostics.map(\.code) == ["portal.invalid-base-url"])
            #expect(FolderSnapshot.names(in: folder) == ["content"])
        }
    }
}
