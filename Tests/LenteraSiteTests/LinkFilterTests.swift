@testable import LenteraContent
import LenteraMarkdown
import LenteraRender
@testable import LenteraSite
import LenteraTesting
import Testing

/// The loader keeps only the texts that may hold a link the link check reads
/// (`MarkdownSource.mayLink`). A text it leaves out must hold no image and no link that
/// `LinkCheck` or the attachment check would look at, as cmark reads the text.
@Suite struct LinkFilterTests {
    static let pieces = [
        "[a](", "![b](", "](", "]: ", "[ref]", ")", "<", ">", " ", "\n", "\t", "\\", "x", "/", "?", "#", ":", ".", "+", "-", "1",
        "https:", "https://www.lapor.go.id/", "mailto:a@contoh.go.id", "tel:+62", "javascript&#58;", "&sol;", "\\/", "\\:", "ab&#47;c:",
        "berkas/sk.pdf", "../dasbor/", "é", "`code](x)`", "[x]: /y", "*", "_",
        "[LAPOR!](https://www.lapor.go.id/)", "[surel](mailto:a@contoh.go.id)", "[telepon]( <tel:+62211234>)", "[peta](geo:1,2 \"judul\")", "[a](x/y:z)", "[b](sk.pdf)", "[c](a+b-c.d:e)", "[d](2x:y)",
    ]

    /// Whether the checks would read a link: an image (alternative text), or a destination
    /// that the page check or the attachment check resolves.
    static func checked(_ link: MarkdownLink) -> Bool {
        link.isImage || LinkCheck.resolve(link.destination, from: "unit/x/") != nil
            || AttachmentLinks.contentPath(link.destination, from: "units/x") != nil
    }

    @Test func aTextLeftOutHoldsNoLinkTheCheckReads() {
        var numbers = SplitMix64(seed: 16)
        var leftOutWithLinks = 0
        for _ in 0..<20_000 {
            let text = (0..<(1 + numbers.below(12))).map { _ in Self.pieces[numbers.below(Self.pieces.count)] }.joined()
            let links = MarkdownRenderer.links(in: text)
            if !MarkdownSource.mayLink(text) {
                #expect(!links.contains(where: Self.checked), "left out, but holds a checked link: \(text.debugDescription)")
                if !links.isEmpty { leftOutWithLinks += 1 }
            }
            #expect(MarkdownSource.mayLinkAnywhere(text) || !MarkdownSource.mayLink(text))
        }
        #expect(leftOutWithLinks > 100, "the filter leaves out texts whose links all have a scheme")
    }

    @Test func theComplaintChannelOfEveryStandardIsLeftOut() {
        #expect(!MarkdownSource.mayLink("SP4N-LAPOR! di [lapor.go.id](https://www.lapor.go.id/) atau SMS ke 1708"))
        #expect(!MarkdownSource.mayLink("Surel [kami](<mailto:layanan@contoh.go.id>) atau [telepon]( tel:+62211234)"))
        #expect(MarkdownSource.mayLink("Lihat [dasbor](../../dasbor/)"))
        #expect(MarkdownSource.mayLink("Poster ![](https://contoh.go.id/a.png)"), "an image's alternative text is checked")
        #expect(MarkdownSource.mayLink("[SK][sk]\n\n[sk]: berkas/sk.pdf"))
        #expect(MarkdownSource.mayLink("[SK](berkas&sol;sk:1.pdf)"), "an entity may hide a slash")
    }
}
