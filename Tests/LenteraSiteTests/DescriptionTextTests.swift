import Testing
@testable import LenteraRender

/// `SiteModel.shortened` cuts most texts in one pass over their scalars (`DescriptionText`);
/// the rule as first written, on `Character`s, stays as `shortenedByCharacters`. Both must
/// give the same text for every input.
@Suite struct DescriptionTextTests {
    /// Pieces that put words, separators, the cut's trimmed punctuation, long words and
    /// characters of more than one scalar side by side.
    static let pieces = ["Surat", "keterangan", "pindah", "WNI", " ", "  ", "\n", "\t", "\r\n", ",", ".", ";", ":", "-", "–", "—",
                         "…", "é", "e\u{301}", "👍🏽", "\u{200D}", "Rp5.000", String(repeating: "x", count: 170), "ümlaut", "“kutip”",
                         "\u{301}", "가", "🇮🇩", "ঁ", "lima hari kerja."]

    @Test func theOnePassCutEqualsTheCutByCharacters() {
        var generator = SystemRandomNumberGenerator()
        var compared = 0
        for _ in 0..<4_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...70, using: &generator) { text += Self.pieces.randomElement(using: &generator)! }
            for limit in [1, 2, 10, 160] {
                #expect(SiteModel.shortened(text, limit: limit) == SiteModel.shortenedByCharacters(text, limit: limit), "\(text.debugDescription) at \(limit)")
                compared += 1
            }
        }
        #expect(compared == 16_000)
    }

    @Test func aTextOfOwnCharactersIsCutInOnePass() {
        #expect(DescriptionText("Layanan — Rp5.000, “cepat”…") != nil)
        #expect(DescriptionText("e\u{301}") == nil)
        #expect(DescriptionText("a\r\nb") == nil)
        #expect(DescriptionText("a\u{200D}b") == nil)
        let long = (1...40).map { "kata\($0)" }.joined(separator: " ") + "."
        let cut = SiteModel.shortened(long)
        #expect(cut.count <= SiteModel.descriptionLimit)
        #expect(cut.hasSuffix("…"))
        #expect(cut == SiteModel.shortenedByCharacters(long))
        #expect(SiteModel.shortened("Satu,  dua\n\ttiga.") == "Satu, dua tiga.")
        #expect(SiteModel.shortened("Satu dua, tiga", limit: 11) == "Satu dua…")
    }
}
