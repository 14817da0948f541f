import Foundation
import LenteraTesting
import Testing

/// docs/content.md: text fields are printed as text, and raw HTML in Markdown is not
/// rendered; no content can put a script into a page.
@Suite struct EscapingTests {
    static let hostile = "<script>alert(1)</script> & Co"
    static let portal = TestPortal()
        .with(TestPortal.unitFile, TestPortal.unitMarkdown("Dinas \(hostile)", instansi: TestPortal.instansi))
        .with(TestPortal.serviceFile, SampleService.markdown(name: "\"Layanan \(hostile)\"", replacing: [
            "persyaratan": "persyaratan:\n  - \"KTP \(hostile)\"",
        ]))

    @Test func aNameIsEscapedWhereverItIsPrinted() throws {
        let site = try build(Self.portal)
        let escaped = "Dinas &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"
        #expect(try site.main(Pages.unit).contains("<h1>\(escaped)</h1>"))
        #expect(try site.page(Pages.unit).contains("<title>\(escaped) | Portal Transparansi Uji</title>"))
        #expect(try site.main(Pages.home).contains(escaped))
        #expect(try site.main(Pages.service()).contains("<h1>Layanan &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</h1>"))
    }

    @Test func rawHTMLInAMarkdownListItemIsNotPassedThrough() throws {
        let html = try build(Self.portal).main(Pages.service())
        let item = try #require(html.components(separatedBy: "\n").first { $0.contains("<input type=\"checkbox\"> KTP") })
        #expect(!item.contains("<script"))
        #expect(item.contains("alert(1)"))
        #expect(item.contains("&amp; Co"))
    }

    @Test func noPageAnywhereHoldsTheScript() throws {
        let site = try build(Self.portal)
        let pages = site.files.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count >= 7)
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(path) holds a raw script")
            #expect(!html.contains("</script> &"), "\(path) closes a script element early")
        }
    }

    @Test func structuredDataCannotEndOrBreakItsScriptElement() throws {
        let name = "Layanan <!--<script> </script> & Co"
        let html = try build(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(name: "\"\(name)\""))).page(Pages.service())
        let opening = "<script type=\"application/ld+json\">"
        let json = try #require(html.components(separatedBy: opening).dropFirst().first?.components(separatedBy: "</script>").first)
        #expect(!json.contains("<"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["name"] as? String == name)
    }
}
