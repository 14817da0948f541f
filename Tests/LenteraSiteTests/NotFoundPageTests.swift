import Foundation
import LenteraRender
import LenteraTesting
import Testing

/// The 404 page is served at any missing address on any host (a staging copy, a local
/// preview), so it carries the theme's stylesheet inline instead of naming it by an
/// address that resolves on one host only.
@Suite struct NotFoundPageTests {
    static let base = "https://transparansi.contoh.go.id/"

    @Test func the404PageCarriesTheThemesStylesInlineAndNamesNoStylesheet() throws {
        let site = try build(TestPortal())
        let page = try site.page("404.html")
        let css = try String(contentsOf: Repository.templates.appendingPathComponent("assets/style.css"), encoding: .utf8)
        #expect(page.contains("<style>" + css + "</style>"))
        #expect(!page.contains("rel=\"stylesheet\""))
        #expect(!page.contains(Self.base + "assets/"))
        // Its links stay absolute: they lead to the portal from wherever the page is served.
        #expect(page.contains("<a href=\"\(Self.base)\">Beranda Portal Transparansi Uji</a>"))
    }

    /// Named by the base URL, the logo showed as a broken image on any other host (seen on a
    /// local copy of the example); the band keeps the portal's name.
    @Test func the404PageShowsNoLogoThatCouldBeBroken() throws {
        let portal = TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML + "logo: berkas/logo.png\n")
            .with("berkas/logo.png", bytes: try AttachmentTests.fixture("poster-320x200.png"))
        let site = try build(portal)
        let page = try site.page("404.html")
        #expect(!page.contains("<img"))
        #expect(page.contains("<span>Portal Transparansi Uji</span></a>"))
        #expect(try site.page("index.html").contains("<img class=\"logo\""))
    }

    @Test func everyOtherPageLinksTheStylesheetAndHasNoInlineStyles() throws {
        let site = try build(TestPortal())
        for path in site.files.keys where path.hasSuffix(".html") && path != "404.html" {
            let page = try site.page(path)
            #expect(page.contains("assets/style.css\">"), "\(path)")
            #expect(!page.contains("<style>"), "\(path)")
        }
    }

    @Test func aPortalsOwnStylesheetIsInlinedWithAnEndTagInItEscaped() throws {
        try withTemporaryFolder { folder in
            let css = "/* ends with </STYLE> in a comment */ body { color: #123456; }\n"
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("assets"), withIntermediateDirectories: true)
            try Data(css.utf8).write(to: folder.appendingPathComponent("assets/style.css"))
            let (templates, diagnostics) = TemplateSet.load(from: folder)
            #expect(diagnostics.isEmpty)
            let inline = try #require(templates?.inlineStylesheet)
            #expect(inline == "/* ends with <\\/STYLE> in a comment */ body { color: #123456; }\n")
        }
    }
}
