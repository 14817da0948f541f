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
        #expect(MarkdownRenderer(headingBase: 0).html("# Profil") == "<h1>Profil</h1>\n")
    }

    /// Regression (issue 14): a free page's `##` became `<h3>` right under the page's `<h1>`,
    /// skipping a level (axe `heading-order` on `tentang/`). Written as `##` or as `#`, the
    /// first headings of a text are one level below the heading it stands under.
    @Test func theFirstHeadingsOfATextAreOneLevelBelowItsTitle() {
        #expect(renderer.html("## Sumber data\n\n### Rincian") == "<h2>Sumber data</h2>\n<h3>Rincian</h3>\n")
        #expect(renderer.html("# Sumber data\n\n## Rincian") == "<h2>Sumber data</h2>\n<h3>Rincian</h3>\n")
        #expect(renderer.html("###### Kecil") == "<h2>Kecil</h2>\n")
        #expect(renderer.under(2).html("## Jadwal") == "<h3>Jadwal</h3>\n")
    }

    /// Levels written with a gap (`##` then `####`) are closed up; a heading never goes more
    /// than one level below the one before it.
    @Test func headingLevelsHaveNoGaps() {
        #expect(HeadingLevels.levels([2, 4, 3, 2], base: 1) == [2, 3, 3, 2])
        #expect(HeadingLevels.levels([2, 4], base: 1) == [2, 3])
        #expect(HeadingLevels.levels([4, 2, 4], base: 1) == [2, 2, 3])
        #expect(HeadingLevels.levels([1, 2, 3, 4, 5, 6], base: 4) == [5, 6, 6, 6, 6, 6])
    }

    /// A survey analysis stands under an `<h4>` title: its `#` and `##` headings both become `<h5>`.
    @Test func aTextUnderADeepTitleStaysBelowIt() {
        let analysis = MarkdownRenderer(headingBase: 4)
        #expect(analysis.html("# Analisis") == "<h5>Analisis</h5>\n")
        #expect(analysis.html("## Analisis") == "<h5>Analisis</h5>\n")
        #expect(analysis.html("## Analisis\n\n### Rincian") == "<h5>Analisis</h5>\n<h6>Rincian</h6>\n")
    }

    @Test func unsafeLinksAreDropped() {
        let html = renderer.html("[x](javascript:alert(1))")
        #expect(!html.contains("javascript:"))
    }

    // MARK: - Plain text without cmark

    static let plainCases = [
        "Kartu Tanda Penduduk (KTP) asli", "Fotokopi Kartu Keluarga", "Formulir F-1.01 yang sudah diisi", "2 lembar pas foto 3x4",
        "Surat pengantar RT/RW", "Biaya: gratis", "Dokumen \"asli\" dan salinan", "Jam 08.00–15.00 WITA", "50% dari tarif",
        "é à ü — Ñ 😀", "Selesai.", "a", "1 hari", "Tahun 2024, 2025", "Kota, Provinsi", "Izin (baru/perpanjangan)",
        "Nomor: 123/ABC/2024", "Rp5.000,-", "x = y", "Lihat https://contoh.go.id/layanan", "a'b", "\"kutip\"",
    ]
    static let syntaxCases = [
        "KTP *asli*", "_miring_", "`kode`", "[tautan](https://x)", "<b>tebal</b>", "A & B", "&amp;", "# Judul", "> kutipan",
        "- butir", "+ butir", "1. satu", "12) dua belas", "= garis", "    kode", " awal spasi", "akhir spasi ", "baris\nbaru",
        "tab\tdi tengah", "a\\b", "~coret~", "a | b", "!gambar", "***", "---", "1.5 jam",
    ]

    @Test(arguments: plainCases + syntaxCases)
    func thePlainTextPathWritesWhatCmarkWrites(text: String) {
        if let plain = MarkdownRenderer.plainInline(text) {
            #expect(plain == renderer.inlineHTMLByCmark(text))
        }
        #expect(renderer.inlineHTML(text) == renderer.inlineHTMLByCmark(text))
    }

    @Test func plainTextsTakeThePathAndSyntaxDoesNot() {
        for text in Self.plainCases { #expect(MarkdownRenderer.plainInline(text) != nil, "\(text)") }
        for text in Self.syntaxCases { #expect(MarkdownRenderer.plainInline(text) == nil, "\(text)") }
    }

    /// Texts made at random from letters, digits and every ASCII punctuation mark: where
    /// the plain path answers, it answers what cmark writes.
    @Test func randomTextsAgreeWithCmark() {
        var state: UInt64 = 0x5EED
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let alphabet = Array("abcAB12 9.,;:-+=#>*_[]()<>&!`~|/\\\"'%?éü€".unicodeScalars)
        var fast = 0
        for _ in 0..<3000 {
            let length = Int(next() % 12) + 1
            var text = ""
            for _ in 0..<length { text.unicodeScalars.append(alphabet[Int(next() % UInt64(alphabet.count))]) }
            if let plain = MarkdownRenderer.plainInline(text) {
                fast += 1
                #expect(plain == renderer.inlineHTMLByCmark(text), "\(text)")
            }
        }
        #expect(fast > 100, "the random texts must exercise the plain path")
    }
}
