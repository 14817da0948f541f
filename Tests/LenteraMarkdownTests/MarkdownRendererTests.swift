import Testing
@testable import LenteraMarkdown

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func rendersParagraphsAndEmphasis() {
        #expect(renderer.html("Layanan *gratis*.") == "<p>Layanan <em>gratis</em>.</p>\n")
    }

    @Test func rawHTMLIsNotPassedThroughByDefault() {
        let html = renderer.html("<script>alert(1)</script>\n\nTeks <b>tebal</b>")
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("Teks"))
    }

    @Test func rawHTMLPassesWhenAllowed() {
        let html = MarkdownRenderer(allowsRawHTML: true).html("Teks <b>tebal</b>")
        #expect(html.contains("<b>tebal</b>"))
    }

    @Test func inlineTextLosesItsParagraph() {
        #expect(renderer.inlineHTML("KTP *asli*") == "KTP <em>asli</em>")
        // Two paragraphs stay block-level.
        #expect(renderer.inlineHTML("satu\n\ndua") == "<p>satu</p>\n<p>dua</p>\n")
    }

    @Test func headingsNestUnderThePageHeading() {
        #expect(renderer.html("# Profil") == "<h2>Profil</h2>\n")
        #expect(renderer.html("###### Kecil") == "<h6>Kecil</h6>\n")
        #expect(MarkdownRenderer(headingOffset: 0).html("# Profil") == "<h1>Profil</h1>\n")
    }

    @Test func unsafeLinksAreDropped() {
        let html = renderer.html("[x](javascript:alert(1))")
        #expect(!html.contains("javascript:"))
    }
}
