import LenteraMarkdown
import Testing

/// `MarkdownRenderer.links`: every link and image with its destination and its line.
@Suite struct MarkdownLinksTests {
    @Test func linksAndImagesWithTheirLines() {
        let text = "Teks [satu](a/).\n\n- butir\n- dan ![foto](b.jpg)\n\n[acuan][r] lagi\n\n[r]: ../c/\n"
        #expect(MarkdownRenderer.links(in: text) == [
            MarkdownLink(destination: "a/", isImage: false, line: 1),
            MarkdownLink(destination: "b.jpg", isImage: true, line: 4),
            MarkdownLink(destination: "../c/", isImage: false, line: 6),
        ])
    }

    @Test func aLinkOnTheSecondLineOfAParagraph() {
        #expect(MarkdownRenderer.links(in: "Baris satu\ndan [dua](x/).\n").map(\.line) == [2])
    }
}
