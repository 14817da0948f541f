import LenteraMarkdown
import Testing

/// `MarkdownRenderer.links`: every link and image with its destination, its line, the
/// column of the destination when it is on that line, and its text (an image's alt text).
@Suite struct MarkdownLinksTests {
    @Test func linksAndImagesWithTheirLines() {
        let text = "Teks [satu](a/).\n\n- butir\n- dan ![foto](b.jpg)\n\n[acuan][r] lagi\n\n[r]: ../c/\n"
        #expect(MarkdownRenderer.links(in: text) == [
            MarkdownLink(destination: "a/", isImage: false, line: 1, column: 13, text: "satu"),
            MarkdownLink(destination: "b.jpg", isImage: true, line: 4, column: 15, text: "foto"),
            // A reference link: its destination is written elsewhere.
            MarkdownLink(destination: "../c/", isImage: false, line: 6, column: nil, text: "acuan"),
        ])
    }

    @Test func aLinkOnTheSecondLineOfAParagraph() {
        #expect(MarkdownRenderer.links(in: "Baris satu\ndan [dua](x/).\n").map(\.line) == [2])
        #expect(MarkdownRenderer.links(in: "Baris satu\ndan [dua](x/).\n").map(\.column) == [11])
        #expect(MarkdownRenderer.links(in: "é ![*gambar* `kode`](g.png)").map(\.text) == ["gambar kode"])
    }
}
