import Testing
import LenteraMarkdown

/// The words of a text's first paragraphs, for descriptions (`MarkdownRenderer.leadText`).
@Suite struct LeadTextTests {
    @Test func markupIsReducedToItsWords() {
        #expect(MarkdownRenderer.leadText("Portal **uji** dengan [tautan](x/) dan `kode`,\nbaris dua.") == "Portal uji dengan tautan dan kode, baris dua.")
    }

    @Test func headingsAndCodeBlocksAreSkipped() {
        #expect(MarkdownRenderer.leadText("# Judul\n\n    kode\n\nIsi pertama.", enough: 5) == "Isi pertama.")
    }

    @Test func paragraphsAreTakenUntilThereIsEnough() {
        #expect(MarkdownRenderer.leadText("Kami menyatakan:\n\n1. sanggup;\n2. patuh.\n\nPenutup.", enough: 30)
                == "Kami menyatakan: sanggup; patuh.")
        #expect(MarkdownRenderer.leadText("Satu.\n\nDua.", enough: 3) == "Satu.")
    }

    @Test func aPipeTableIsNoLead() {
        #expect(MarkdownRenderer.leadText("| Hari | Jam |\n|---|---|\n| Senin | 08.00 |\n\nJadwal layanan.") == "Jadwal layanan.")
    }

    @Test func starsThatAreNotEmphasisStay() {
        #expect(MarkdownRenderer.leadText("2 * 3 = 6") == "2 * 3 = 6")
    }

    @Test func aTextWithoutParagraphsHasNoLead() {
        #expect(MarkdownRenderer.leadText("") == nil)
        #expect(MarkdownRenderer.leadText("## Hanya judul") == nil)
    }
}
