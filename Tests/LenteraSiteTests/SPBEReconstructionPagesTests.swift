import Foundation
import LenteraDomain
import LenteraTesting
import Testing

/// SPBE parts the content's authors rebuilt (`rekonstruksi`) are shown as reconstructions
/// beside what they concern, never under the decree's name alone.
@Suite struct SPBEReconstructionPagesTests {
    static let spbe = """
        dasar: Keputusan Contoh Nomor 1 Tahun 2022
        rekonstruksi:
          - bagian: layanan
            catatan: Keputusan tidak mengaitkan aplikasi dengan layanan; kaitan ini pembacaan penyusun contoh.
        aplikasi:
          - nama: Aplikasi Antrean
            layanan: [\(TestPortal.service)]
            data: [Data Pemohon]
        peta_jalan:
          - { tahun: 2022, bidang: SDM, kegiatan: [Pelatihan petugas] }
          - tahun: 2022
            bidang: Proses
            kegiatan: [Penataan proses bisnis]
            rekonstruksi: Disusun dari daftar Rencana Tindakan; tabel Proses sumber hanya berisi nomor.

        """

    @Test func theReconstructedLinksAndRowsAreMarkedWithTheirNotes() throws {
        let site = try build(TestPortal().with("units/\(TestPortal.unit)/spbe.yaml", Self.spbe))
        let unit = try site.main(Pages.unit)
        #expect(unit.contains("<p class=\"meta\">Sumber: Keputusan Contoh Nomor 1 Tahun 2022, kecuali bagian yang ditandai direkonstruksi, yang disusun oleh penyusun konten dan tidak termuat dalam keputusan.</p>"))
        #expect(unit.contains("<p class=\"note reconstructed\"><strong>Kaitan aplikasi dengan layanan direkonstruksi:</strong> Keputusan tidak mengaitkan aplikasi dengan layanan; kaitan ini pembacaan penyusun contoh.</p>"))
        #expect(unit.contains("<th scope=\"col\">Layanan (direkonstruksi)</th>"))
        #expect(unit.contains("<p class=\"note reconstructed\"><strong>Baris bertanda direkonstruksi:</strong> Disusun dari daftar Rencana Tindakan; tabel Proses sumber hanya berisi nomor.</p>"))
        #expect(unit.contains("<li>Penataan proses bisnis <span class=\"note\">(direkonstruksi)</span></li>"))
        #expect(unit.contains("<li>Pelatihan petugas</li>"))
        // The open data says which parts of the row were rebuilt, with the note.
        let csv = try site.page("data/spbe-aplikasi.csv")
        #expect(csv.hasPrefix("instansi,unit,nama_unit,aplikasi,data,layanan,direkonstruksi,catatan_rekonstruksi\r\n"))
        #expect(csv.contains(",Aplikasi Antrean,Data Pemohon,\(TestPortal.service),layanan,Keputusan tidak mengaitkan aplikasi dengan layanan; kaitan ini pembacaan penyusun contoh.\r\n"))
    }

    @Test func withoutMarksTheDecreeIsTheWholeSource() throws {
        let plain = Self.spbe.components(separatedBy: "\n").filter { !$0.contains("rekonstruksi") && !$0.contains("bagian: layanan") && !$0.contains("catatan:") }.joined(separator: "\n")
        let unit = try build(TestPortal().with("units/\(TestPortal.unit)/spbe.yaml", plain)).main(Pages.unit)
        #expect(unit.contains("<p class=\"meta\">Sumber: Keputusan Contoh Nomor 1 Tahun 2022.</p>"))
        #expect(!unit.contains("direkonstruksi"))
    }

    @Test func theExamplesSPBEMarksItsLinksAndItsProcessRows() throws {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("content/units/dinas-perpustakaan-dan-kearsipan-dki/spbe.yaml"), encoding: .utf8)
        // Seed 001 links no application to a service and its "Proses" roadmap holds only numbers.
        #expect(text.contains("  - bagian: layanan\n"))
        let processRows = text.components(separatedBy: "  - tahun:").filter { $0.contains("bidang: Proses") }
        #expect(!processRows.isEmpty)
        #expect(processRows.allSatisfy { $0.contains("rekonstruksi:") })
        let copiedRows = text.components(separatedBy: "  - tahun:").filter { $0.contains("bidang: SDM") || $0.contains("bidang: Teknologi") }
        #expect(copiedRows.allSatisfy { !$0.contains("rekonstruksi:") })
    }
}
