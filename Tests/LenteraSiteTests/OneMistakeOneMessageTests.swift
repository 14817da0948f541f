import Foundation
import LenteraDiagnostics
import LenteraSite
import LenteraTesting
import Testing

/// One mistake, one message: the example portal (`content/`), broken in one place the way
/// an editor breaks it, gives exactly the diagnostic of that mistake — none of the
/// consequences elsewhere (a maklumat "missing", a unit "that does not exist" in the Zona
/// Integritas file, a service "that does not exist" in `spbe.yaml`…).
@Suite struct OneMistakeOneMessageTests {
    static let pengadaan = "units/bagian-layanan-pengadaan"
    static let perpustakaan = "units/dinas-perpustakaan-dan-kearsipan-dki"
    static let dukcapil = "units/dinas-kependudukan-dan-pencatatan-sipil-banjarmasin"

    /// `lentera check`'s diagnostics for the example portal with `old` replaced by `new`
    /// (once) in `file`, each as `location [code]`.
    func check(_ file: String, replacing old: String, with new: String,
               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Diagnostic] {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("content"), to: content)
            let url = content.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let range = try #require(text.range(of: old), "`\(old)` is not in \(file)", sourceLocation: sourceLocation)
            try Data(text.replacingCharacters(in: range, with: new).utf8).write(to: url)
            var options = options(in: folder)
            options.displayContent = "content"
            return SiteBuilder.diagnostics(options).sortedByLocation()
        }
    }

    func lines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.location?.description ?? "-") [\($0.code)]" }
    }

    @Test func theExamplePortalHasNoDiagnostics() throws {
        try withTemporaryFolder { folder in
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("content"), to: folder.appendingPathComponent("content"))
            #expect(SiteBuilder.diagnostics(options(in: folder)).map(\.formatted) == [])
        }
    }

    /// An error in `maklumat.md` is that error, not also "the unit publishes no maklumat".
    @Test func aBrokenMaklumatIsNotAlsoAMissingOne() throws {
        let found = try check("\(Self.pengadaan)/maklumat.md", replacing: "tempat: Banjarmasin", with: "tempat: Banjarmasin, Catatan: x")
        #expect(lines(found).count == 1)
        #expect(found.map(\.code).allSatisfy { $0.hasPrefix("yaml.") })
        #expect(found.first?.location == LenteraDiagnostics.SourceLocation(file: "content/\(Self.pengadaan)/maklumat.md", line: 5, column: 29))
        let unknownField = try check("\(Self.pengadaan)/maklumat.md", replacing: "tempat: Banjarmasin", with: "tempatt: Banjarmasin")
        #expect(lines(unknownField) == ["content/\(Self.pengadaan)/maklumat.md:5:1 [content.unknown-key]"])
    }

    /// `- Kotak saran: di ruang tunggu` is text with a colon, said in the user's words.
    @Test func aListItemWithAColonIsNotAGroup() throws {
        let found = try check("\(Self.pengadaan)/layanan/aktivasi-user-id.md",
                              replacing: "  - Respon pengaduan paling lambat 6 hari kerja sejak diterimanya pengaduan.",
                              with: "  - Kotak saran: di ruang tunggu")
        #expect(lines(found) == ["content/\(Self.pengadaan)/layanan/aktivasi-user-id.md:42:5 [content.colon-in-item]"])
        let diagnostic = try #require(found.first)
        #expect(diagnostic.summary.text(in: .id) == "butir `pengaduan` ini berisi `: `, sehingga `Kotak saran: di ruang tunggu` terbaca sebagai nama isian beserta nilainya, bukan sebagai teks")
        #expect(diagnostic.advice?.text(in: .id) == "tulis butir itu di antara tanda petik: `- \"Kotak saran: di ruang tunggu\"`; untuk mengelompokkan butir di bawah satu judul, tulis `- kelompok: judul` dengan `butir:` di bawahnya (lihat docs/content.md)")
        #expect(diagnostic.summary.text(in: .en) == "this item of `pengaduan` holds `: `, so `Kotak saran: di ruang tunggu` is read as a field name with its value, not as text")
        #expect(diagnostic.advice?.text(in: .en) == "put the item in quotes: `- \"Kotak saran: di ruang tunggu\"`; to group items under a heading, write `- kelompok: heading` with `butir:` below it (see docs/content.md)")
    }

    /// A misspelt field is one unknown field, not also a missing one.
    @Test func aMisspeltFieldIsNotAlsoAMissingOne() throws {
        let survey = try check("\(Self.pengadaan)/survei/skm-2025.yaml", replacing: "responden: 29", with: "respondenn: 29")
        #expect(lines(survey) == ["content/\(Self.pengadaan)/survei/skm-2025.yaml:6:1 [content.unknown-key]"])
        let component = try check("\(Self.pengadaan)/layanan/aktivasi-user-id.md", replacing: "\npersyaratan:", with: "\npersyaratn:")
        #expect(lines(component) == ["content/\(Self.pengadaan)/layanan/aktivasi-user-id.md:16:1 [content.unknown-key]"])
    }

    /// A unit whose `unit.md` cannot be read is not also "no unit" in the Zona Integritas file.
    @Test func aBrokenUnitIsNotAlsoAnUnknownUnit() throws {
        let found = try check("\(Self.pengadaan)/unit.md", replacing: "alamat: Jl. RE.", with: "alamat: Catatan: Jl. RE.")
        #expect(lines(found) == ["content/\(Self.pengadaan)/unit.md:7:16 [yaml.colon-in-value]"])
    }

    /// A wrong `induk` is reported at the unit, not at every mention of the unit.
    @Test func aWrongParentIsReportedOnce() throws {
        let found = try check("\(Self.pengadaan)/unit.md", replacing: "induk: sekretariat-daerah-banjarmasin", with: "induk: sekretariat-daerah-banjarmasn")
        #expect(lines(found) == ["content/\(Self.pengadaan)/unit.md:4:8 [unit.unknown-parent]"])
    }

    /// A broken parent unit does not make its sub-unit's `induk` wrong.
    @Test func aBrokenParentIsNotAlsoAnUnknownParent() throws {
        let found = try check("\(Self.perpustakaan)/unit.md", replacing: "nama: Dinas", with: "nama: Catatan: Dinas")
        #expect(lines(found) == ["content/\(Self.perpustakaan)/unit.md:2:14 [yaml.colon-in-value]"])
    }

    /// A service whose file cannot be read is not also unknown in `spbe.yaml`.
    @Test func aBrokenServiceIsNotAlsoAnUnknownService() throws {
        let found = try check("\(Self.perpustakaan)/layanan/keanggotaan-dan-peminjaman-buku.md", replacing: "nama: ", with: "nama: Catatan: ")
        #expect(lines(found) == ["content/\(Self.perpustakaan)/layanan/keanggotaan-dan-peminjaman-buku.md:2:14 [yaml.colon-in-value]"])
    }

    /// A misspelt `kelompok` is that, not also a component "missing" because its only group failed.
    @Test func aMisspeltGroupIsNotAlsoAMissingComponent() throws {
        let found = try check("\(Self.dukcapil)/layanan/penerbitan-ktp-el.md", replacing: "  - kelompok: ", with: "  - kelompk: ")
        #expect(lines(found) == ["content/\(Self.dukcapil)/layanan/penerbitan-ktp-el.md:11:5 [content.unknown-key]"])
    }

    /// `pelayanan/` for `layanan/`: the folder, not also each service `spbe.yaml` names.
    @Test func aMisnamedServicesFolderIsNotAlsoUnknownServices() throws {
        let found = try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("content"), to: content)
            let unit = content.appendingPathComponent(Self.perpustakaan)
            try FileManager.default.moveItem(at: unit.appendingPathComponent("layanan"), to: unit.appendingPathComponent("pelayanan"))
            try FileManager.default.moveItem(at: unit.appendingPathComponent("unit.md"), to: unit.appendingPathComponent("Unit.md"))
            var options = options(in: folder)
            options.displayContent = "content"
            return SiteBuilder.diagnostics(options).sortedByLocation()
        }
        // Two mistakes, two messages: the sub-unit, its Zona Integritas entries and the
        // services `spbe.yaml` links stay quiet.
        #expect(lines(found) == ["content/\(Self.perpustakaan)/Unit.md [content.unread-file]",
                                 "content/\(Self.perpustakaan)/pelayanan [content.unread-folder]"])
    }
}
