import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// A starter's placeholder left in a field only the officer can fill (a maklumat's
/// signatory, an SOP's decree and who enacted it, a service's decree, a unit's head) is a
/// warning at the value, naming the field and what to write instead; the real value is not.
/// The texts are written out here as the starters write them (an officer's file holds them
/// as text), and compared with the shared constants once.
@Suite struct PlaceholderFieldTests {
    static let unitFolder = "units/\(TestPortal.unit)"

    func at(_ path: String, _ line: Int, _ column: Int) -> LenteraDiagnostics.SourceLocation {
        SourceLocation(file: "content/" + path, line: line, column: column)
    }

    func placeholders(_ path: String, _ text: String) throws -> [Diagnostic] {
        try load(TestPortal().with(path, text)).diagnostics("content.placeholder")
    }

    @Test func theConstantsAreTheTextsTheStartersWrite() {
        #expect(Placeholder.officialName == "Nama Kepala Unit")
        #expect(Placeholder.officialPosition == "Kepala Unit")
        #expect(Placeholder.decreeNumber == "Keputusan Kepala … Nomor … Tahun …")
    }

    /// Regression: a maklumat "signed" by the starter's "Nama Kepala Unit" loaded without a word.
    @Test func aMaklumatSignedByThePlaceholderIsAWarningAtEachValue() throws {
        let path = TestPortal.maklumatFile
        let found = try placeholders(path, """
            ---
            tanggal: 2020-01-02
            penandatangan:
              nama: Nama Kepala Unit
              jabatan: Kepala Unit
            ---

            Kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan.

            """)
        #expect(found.map(\.location) == [at(path, 4, 9), at(path, 5, 12)])
        #expect(found.allSatisfy { $0.severity == .warning })
        let name = try #require(found.first)
        #expect(name.summary.text(in: .id) == "`penandatangan.nama` masih berisi isian contoh `Nama Kepala Unit` dari `lentera init` atau `lentera new`; bila dibiarkan, contoh ini terbit apa adanya")
        #expect(name.advice?.text(in: .id) == "ganti isi `penandatangan.nama` dengan nama lengkap pejabat yang sebenarnya (untuk maklumat: kepala unit yang menandatanganinya)")
        #expect(name.summary.text(in: .en).hasPrefix("`penandatangan.nama` still holds the example `Nama Kepala Unit`"))
        #expect(found.last?.advice?.text(in: .id).contains("jabatan pejabat itu yang sebenarnya") == true)
    }

    @Test func aRealSignatoryIsNoWarning() throws {
        // TestPortal's maklumat is signed by a named head of unit; a position that only
        // contains the placeholder's words is a real one.
        #expect(try load(TestPortal()).diagnostics("content.placeholder") == [])
        let found = try placeholders(TestPortal.maklumatFile, """
            ---
            tanggal: 2020-01-02
            penandatangan:
              nama: Budi Santoso
              jabatan: Kepala Unit Pelaksana Teknis Contoh
            ---

            Kami sanggup.

            """)
        #expect(found == [])
    }

    /// A unit's `kepala` is a commented example in the starter: uncommented as it is, it warns.
    @Test func aUnitsHeadLeftAsTheExampleIsAWarning() throws {
        let path = TestPortal.unitFile
        let found = try placeholders(path, TestPortal.unitMarkdown("Dinas Contoh", instansi: TestPortal.instansi, extra: """
            kepala:
              nama: Nama Kepala Unit
              jabatan: Kepala Dinas Contoh
            """))
        #expect(found.map(\.location) == [at(path, 6, 9)])
        #expect(found.first?.summary.text(in: .en).hasPrefix("`kepala.nama` still holds") == true)
    }

    @Test func anSOPEnactedByThePlaceholderDecreeIsAWarningAtNumberAndEnactor() throws {
        let path = "\(Self.unitFolder)/sop/penerimaan-berkas.yaml"
        let found = try placeholders(path, """
            judul: SOP Penerimaan Berkas
            penetapan:
              nomor: Keputusan Kepala … Nomor … Tahun …
              tanggal: 2026-03-02
              oleh: Kepala Unit
            pelaksana: [Kepala, Staf]
            langkah:
              - { kegiatan: Menerima berkas, pelaksana: Staf, waktu: 10 menit }

            """)
        #expect(found.map(\.location) == [at(path, 3, 10), at(path, 5, 9)])
        #expect(found.map { $0.summary.text(in: .en).prefix(22) } == ["`penetapan.nomor` stil", "`penetapan.oleh` still"])
        #expect(found.first?.advice?.text(in: .id).contains("nomor keputusan yang sebenarnya") == true)
        #expect(found.last?.advice?.text(in: .id).contains("jabatan pejabat yang menetapkan") == true)
        // The SOP is still read: a placeholder is a warning, not an error.
        #expect(try load(TestPortal().with(path, """
            judul: SOP Penerimaan Berkas
            penetapan: { nomor: Keputusan Kepala … Nomor … Tahun …, tanggal: 2026-03-02, oleh: Kepala Unit }
            pelaksana: [Staf]
            langkah:
              - { kegiatan: Menerima berkas, pelaksana: Staf, waktu: 10 menit }

            """)).content?.sops.count == 1)
    }

    /// Regression: the analysis starter's instruction and example step met the "analysis and
    /// follow-up plan" obligation without a word.
    @Test func anAnalysisLeftAsTheStarterWroteItIsAWarningAtEachLine() throws {
        let path = "\(Self.unitFolder)/survei/skm-2026-Q1.md"
        let portal = TestPortal().with(path, """
            ---
            jenis: skm
            mencakup: ["2026-Q1"]
            ---

            ## Analisis

            Tulis unsur dengan nilai terendah dan tertinggi, dan apa yang disampaikan responden.

            ## Rencana tindak lanjut

            1. Langkah perbaikan — waktu — penanggung jawab.

            """)
        let found = try load(portal).diagnostics("content.placeholder")
        #expect(found.map(\.location) == [at(path, 8, 1), at(path, 12, 1)])
        #expect(found.first?.summary.text(in: .en).hasPrefix("`## Analisis` still holds") == true)
        #expect(found.last?.advice?.text(in: .id) == "ganti isi `## Rencana tindak lanjut` dengan langkah perbaikan yang direncanakan, masing-masing dengan waktu dan penanggung jawabnya")
        // A written analysis is no warning.
        let written = try load(TestPortal().with(path, """
            ---
            jenis: skm
            mencakup: ["2026-Q1"]
            ---

            ## Analisis

            Unsur waktu pelayanan terendah (2,9).

            ## Rencana tindak lanjut

            1. Menambah loket pada jam sibuk — Juli 2026 — Kepala Seksi Pelayanan.

            """))
        #expect(written.diagnostics("content.placeholder") == [])
    }

    /// A service's decree is a commented example in the starter (`ditetapkan: belum` is written):
    /// uncommented without its number, it warns.
    @Test func aServiceDecreeLeftAsTheExampleIsAWarning() throws {
        let path = TestPortal.serviceFile
        let found = try placeholders(path, SampleService.markdown(extra: """
            ditetapkan:
              nomor: Keputusan Kepala … Nomor … Tahun …
              tanggal: 2026-03-02
            """, enacted: false))
        #expect(found.map(\.location) == [at(path, 4, 10)])
        #expect(found.first?.summary.text(in: .en).hasPrefix("`ditetapkan.nomor` still holds") == true)
    }
}
