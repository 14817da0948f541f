import LenteraDiagnostics
@testable import LenteraContent
import Testing

/// The usual YAML mistakes, each with its own code, its exact place and a message in plain
/// words in both languages (`YAMLMistake`, `FoldedListItem`).
@Suite struct YAMLMistakeTests {
    /// The one diagnostic of a service file's front matter (`---` on line 1).
    func diagnostic(_ frontMatter: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Diagnostic {
        let (_, context) = Document.parse(text: "---\n" + frontMatter + "---\n\nTeks.\n", displayPath: "layanan/x.md")
        #expect(context.diagnostics.count == 1, "\(context.diagnostics.map(\.formatted))", sourceLocation: sourceLocation)
        return try #require(context.diagnostics.first, sourceLocation: sourceLocation)
    }

    func texts(_ diagnostic: Diagnostic, _ language: Language) -> [String] {
        [diagnostic.summary.text(in: language), diagnostic.advice?.text(in: language) ?? ""]
    }

    @Test func aTabUsedForIndentation() throws {
        let found = try diagnostic("nama: Layanan\nkepala:\n\tnama: Budi\n")
        #expect(found.code == "yaml.tab")
        #expect(found.location == LenteraDiagnostics.SourceLocation(file: "layanan/x.md", line: 4, column: 1))
        #expect(texts(found, .id) == ["baris ini menjorok dengan tab; YAML hanya menerima spasi untuk menjorokkan baris",
                                      "ganti tab dengan spasi (biasanya 2 spasi per tingkat), seperti baris-baris di atasnya"])
        #expect(texts(found, .en) == ["this line is indented with a tab; YAML takes only spaces to indent a line",
                                      "replace the tab with spaces (usually 2 per level), as on the lines above"])
    }

    @Test func anUnquotedColonInAValue() throws {
        let found = try diagnostic("nama: Layanan\nringkasan: Catatan: bawa KTP\n")
        #expect(found.code == "yaml.colon-in-value")
        #expect(found.location == LenteraDiagnostics.SourceLocation(file: "layanan/x.md", line: 3, column: 19))
        #expect(texts(found, .id) == ["nilai `ringkasan` berisi `: `, yang dibaca YAML sebagai awal isian baru",
                                      "tulis nilainya di antara tanda petik: `ringkasan: \"Catatan: bawa KTP\"`"])
        #expect(texts(found, .en) == ["the value of `ringkasan` holds `: `, which YAML reads as the start of a new field",
                                      "put the value in quotes: `ringkasan: \"Catatan: bawa KTP\"`"])
        // A quote in a comment above is no unclosed quote (failed before: yaml.unclosed-quote at line 2).
        let afterComment = try diagnostic("# Catatan: \"lihat lampiran\nnama: Layanan\nringkasan: Catatan: bawa KTP\n")
        #expect(afterComment.code == "yaml.colon-in-value")
        #expect(afterComment.location?.line == 4)
        // In a list item: the item's own text, quoted.
        let item = try diagnostic("nama: Layanan\nproduk:\n  - Kartu: asli: fotokopi\n")
        #expect(item.code == "yaml.colon-in-value")
        #expect(texts(item, .id) == ["butir daftar ini berisi `: `, yang dibaca YAML sebagai nama isian dan nilainya",
                                     "tulis nilainya di antara tanda petik: `- \"Kartu: asli: fotokopi\"`"])
        #expect(texts(item, .en) == ["this list item holds `: `, which YAML reads as a field name and its value",
                                     "put the value in quotes: `- \"Kartu: asli: fotokopi\"`"])
    }

    @Test func anUnclosedQuote() throws {
        let found = try diagnostic("nama: Layanan\ntelepon: \"(0511) 000 0120\nemail: a@contoh.go.id\njumlah_pelaksana: \"3 orang\"\n")
        #expect(found.code == "yaml.unclosed-quote")
        #expect(found.location == LenteraDiagnostics.SourceLocation(file: "layanan/x.md", line: 3, column: 10))
        #expect(texts(found, .id) == ["tanda petik \" yang dibuka di sini tidak ditutup pada baris yang sama",
                                      "tutup dengan \" di akhir teks, atau hapus tanda petik pembukanya"])
        #expect(texts(found, .en) == ["the quote \" opened here is not closed on the same line",
                                      "close it with \" at the end of the text, or remove the opening quote"])
        let single = try diagnostic("nama: Layanan\nproduk:\n  - 'Kartu\n  - 'Akta'\n")
        #expect(single.code == "yaml.unclosed-quote")
        #expect(single.location == LenteraDiagnostics.SourceLocation(file: "layanan/x.md", line: 4, column: 5))
    }

    @Test func aLineDeeperThanItsSiblings() throws {
        let found = try diagnostic("nama: Layanan\nkepala:\n  nama: Budi\n   jabatan: Kepala\n")
        #expect(found.code == "yaml.indentation")
        #expect(found.location == LenteraDiagnostics.SourceLocation(file: "layanan/x.md", line: 5, column: 4))
        #expect(texts(found, .id) == ["baris ini menjorok 3 spasi, tidak sejajar dengan baris-baris setingkatnya",
                                      "isian dalam satu kelompok dimulai pada kolom yang sama, begitu pula butir (`- `) dalam satu daftar; sejajarkan baris ini dengan baris setingkat di atasnya, dengan spasi saja"])
        #expect(texts(found, .en) == ["this line is indented 3 spaces, out of line with the lines at its level",
                                      "the fields of one group start in the same column, and so do the items (`- `) of one list; line this one up with the line above at its level, using spaces only"])
        let field = try diagnostic("nama: Layanan\n  ringkasan: Satu\n")
        #expect(field.code == "yaml.indentation")
        #expect(field.location == LenteraDiagnostics.SourceLocation(file: "layanan/x.md", line: 3, column: 3))
    }

    @Test func aLineShallowerThanItsSiblings() throws {
        let found = try diagnostic("nama: Layanan\njam_layanan:\n  - hari: Senin\n    jam: \"08.00\"\n  - hari: Jumat\n   jam: \"08.00\"\n")
        #expect(found.code == "yaml.indentation")
        #expect(found.location == LenteraDiagnostics.SourceLocation(file: "layanan/x.md", line: 7, column: 4))
        let item = try diagnostic("nama: Layanan\nproduk:\n  - KTP\n - KK\n")
        #expect(item.code == "yaml.indentation")
        #expect(item.location?.line == 5)
    }

    /// Valid YAML that no parser refuses, published wrong: caught.
    @Test func aListItemFoldedIntoThePreviousOne() throws {
        let found = try diagnostic("nama: Layanan\npersyaratan:\n  - KTP\n    - Kartu Keluarga\n  - NPWP\n")
        #expect(found.code == "yaml.folded-list-item")
        #expect(found.severity == .error)
        #expect(found.location == LenteraDiagnostics.SourceLocation(file: "layanan/x.md", line: 5, column: 5))
        #expect(texts(found, .id) == ["butir `- Kartu Keluarga` menjorok lebih dalam daripada baris di atasnya, sehingga YAML menggabungkannya ke teks di atas: `KTP - Kartu Keluarga`",
                                      "sejajarkan tanda `-` dengan tanda `-` butir pada baris 4"])
        #expect(texts(found, .en) == ["the item `- Kartu Keluarga` is indented deeper than the line above it, so YAML joins it to the text above: `KTP - Kartu Keluarga`",
                                      "line its `-` up with the `-` of the item on line 4"])
    }

    @Test func foldedItemsInAYAMLFileAfterContinuedText() throws {
        let (_, context) = Document.parse(text: "langkah:\n  - Teks panjang\n    lanjutan teks\n    - bukan butir\n    - juga bukan\n", displayPath: "sop/x.yaml")
        #expect(context.diagnostics.map { "\($0.location!.description) [\($0.code)]" }
                == ["sop/x.yaml:4:5 [yaml.folded-list-item]", "sop/x.yaml:5:5 [yaml.folded-list-item]"])
    }

    /// A deeper `- ` that YAML reads as a list, or inside a block of text, is no mistake.
    @Test func deeperDashesThatAreNoMistake() {
        for text in ["persyaratan:\n    - KTP\n    - KK\n",
                     "persyaratan:\n  - kelompok: Berkas\n    butir:\n      - KTP\n      - KK\n",
                     "keterangan: |\n  Teks\n    - bukan butir\n",
                     "keterangan: >-\n  Teks\n    - bukan butir\n",
                     "persyaratan:\n  - \"KTP\"\n  - KK # catatan\n"] {
            let (document, context) = Document.parse(text: text, displayPath: "x.yaml")
            #expect(document != nil)
            #expect(context.diagnostics.isEmpty, "\(text.debugDescription): \(context.diagnostics.map(\.formatted))")
        }
    }
}
