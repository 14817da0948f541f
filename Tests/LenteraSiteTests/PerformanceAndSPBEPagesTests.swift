import Foundation
import LenteraTesting
import Testing

/// Performance indicators and SPBE applications in the built site: the unit page and the
/// open data.
@Suite struct PerformanceAndSPBEPagesTests {
    static let kinerja = "units/\(TestPortal.unit)/kinerja"

    /// Completions 104 (capped), 82,1, 50,4 (outside), 55 (Kurang) and one not reported.
    static let latest = """
        periode: 2026-S1
        data_contoh: true
        indikator:
          - { kode: IK-1, indikator: Perekaman KTP-el, target: 100, satuan: "%", realisasi: 104 }
          - { kode: IK-2, indikator: Cakupan akta kelahiran, target: 95, satuan: "%", realisasi: 78 }
          - { kode: IK-3, indikator: Penyerapan anggaran, target: 94, satuan: "%", target_teks: "94–98%", realisasi: "47,376" }
          - { kode: IK-4, indikator: Pemanfaatan data oleh SKPD, target: 20, satuan: SKPD, realisasi: 11 }
          - { kode: IK-5, indikator: Penerapan SIAK, target: 1, satuan: versi }

        """

    static let earlier = """
        periode: "2025"
        indikator:
          - { kode: IK-1, indikator: Perekaman KTP-el, target: 100, satuan: "%", realisasi: 70 }

        """

    static let spbe = """
        dasar: Keputusan Contoh Nomor 1 Tahun 2022
        aplikasi:
          - nama: Aplikasi Antrean
            layanan: [\(TestPortal.service)]
            data: [Data Pemohon, Data Antrean]
            perbaikan:
              - { teks: Antrean daring, tahun: 2023 }
              - { teks: Integrasi data, tahun: tiap tahun }
        peta_jalan:
          - { tahun: 2022–2023, bidang: SDM, kegiatan: [Pelatihan petugas] }
          - { tahun: 2023, bidang: Teknologi, kegiatan: [Antrean daring] }

        """

    static let portal = TestPortal()
        .with("\(kinerja)/2026-S1.yaml", latest)
        .with("\(kinerja)/2025.yaml", earlier)
        .with("units/\(TestPortal.unit)/spbe.yaml", spbe)

    @Test func theUnitPageShowsEachIndicatorWithItsScoreAndCategory() throws {
        let unit = try build(Self.portal).main(Pages.unit)
        #expect(unit.contains("<h2 id=\"kinerja\">Kinerja</h2>"))
        // Above 100: shown as reported, scored as 100.
        #expect(unit.contains("<td>100%</td><td>104%</td><td class=\"num\">104%<br><span class=\"note\">dibatasi 100% untuk penilaian</span></td><td class=\"num\">90</td><td><span class=\"kinerja-sangat-baik\">Sangat Baik</span></td>"))
        // 78 ÷ 95 = 82,1% → 82 → Baik.
        #expect(unit.contains("<td>95%</td><td>78%</td><td class=\"num\">82%</td><td class=\"num\">80</td><td><span class=\"kinerja-baik\">Baik</span></td>"))
        // 47,376 ÷ 94 = 50,4% → 50: outside the scale, never Kurang.
        #expect(unit.contains("<td>94–98%</td><td>47,38%</td><td class=\"num\">50%</td><td class=\"num\">–</td><td><span class=\"kinerja-luar-skala\">di luar skala (&lt; 51%)</span></td>"))
        // Another unit of measure: 11 of 20 SKPD = 55% → Kurang.
        #expect(unit.contains("<td>20 SKPD</td><td>11 SKPD</td><td class=\"num\">55%</td><td class=\"num\">60</td><td><span class=\"kinerja-kurang\">Kurang</span></td>"))
        #expect(unit.contains("<td>1 versi</td><td>Belum dilaporkan</td><td class=\"num\">–</td><td class=\"num\">–</td><td><span class=\"kinerja-belum\">belum dilaporkan</span></td>"))
    }

    @Test func theUnitPageShowsTheAggregateTheTableItsSourceAndTheExampleNotice() throws {
        let unit = try build(Self.portal).main(Pages.unit)
        // (100 + 82 + 50 + 55) ÷ 4 = 71,75 → 72 → Cukup.
        #expect(unit.contains("<strong>Rata-rata penyelesaian target: 71,8% → 72%, nilai 70, Cukup.</strong>"))
        #expect(unit.contains("<div><dt>Di luar skala (&lt; 51%)</dt><dd>1</dd></div>"))
        #expect(unit.contains("<div><dt>Belum dilaporkan</dt><dd>1</dd></div>"))
        #expect(unit.contains("<caption>Nilai penyelesaian target kinerja (Keputusan Menteri Dalam Negeri Nomor 100-1077 Tahun 2017, Lampiran II.D.2)</caption>"))
        #expect(unit.contains("<tr><th scope=\"row\">91% – 100%</th><td>90</td><td>Sangat Baik</td></tr>"))
        #expect(unit.contains("<tr><th scope=\"row\">51% – 60%</th><td>60</td><td>Kurang</td></tr>"))
        // The notice belongs to the example period only; the latest period comes first.
        #expect(unit.occurrences(of: "<p class=\"example-notice\"><strong>Data contoh.</strong>") == 1)
        let latest = try #require(unit.offset(of: "<h3>Semester I 2026</h3>\n<p class=\"example-notice\">"))
        let earlier = try #require(unit.offset(of: "<h3>Tahun 2025</h3>"))
        #expect(latest < earlier)
        // After the survey section's place, before the maklumat.
        let kinerja = try #require(unit.offset(of: "id=\"kinerja\""))
        let maklumat = try #require(unit.offset(of: "id=\"maklumat\""))
        #expect(kinerja < maklumat)
    }

    @Test func theUnitPageShowsTheApplicationsAndTheRoadmapPerYear() throws {
        let unit = try build(Self.portal).main(Pages.unit)
        #expect(unit.contains("<h2 id=\"spbe\">Aplikasi dan peta jalan SPBE</h2>\n<p class=\"meta\">Sumber: Keputusan Contoh Nomor 1 Tahun 2022.</p>"))
        #expect(unit.contains("<tr><th scope=\"row\">Aplikasi Antrean</th><td><ul><li>Data Pemohon</li><li>Data Antrean</li></ul></td><td><ul><li><a href=\"../../unit/\(TestPortal.unit)/layanan/\(TestPortal.service)/\">Layanan Contoh</a></li></ul></td><td><ol><li>Antrean daring <span class=\"years\">(2023)</span></li><li>Integrasi data <span class=\"years\">(tiap tahun)</span></li></ol></td></tr>"))
        #expect(unit.contains("<h4>2022</h4>\n<p class=\"roadmap-area\">SDM</p>\n<ul>\n<li>Pelatihan petugas</li>\n</ul>\n</section>"))
        #expect(unit.contains("<h4>2023</h4>\n<p class=\"roadmap-area\">SDM</p>\n<ul>\n<li>Pelatihan petugas</li>\n</ul>\n<p class=\"roadmap-area\">Teknologi</p>\n<ul>\n<li>Antrean daring</li>\n</ul>\n</section>"))
    }

    @Test func theOpenDataHasOneRowPerIndicatorAndPerApplication() throws {
        let site = try build(Self.portal)
        let csv = try site.page("data/kinerja.csv")
        let prefix = "\(TestPortal.instansi),\(TestPortal.unit),Dinas Contoh,"
        #expect(csv.hasPrefix("instansi,unit,nama_unit,periode,kode,indikator,target,target_teks,satuan,realisasi,penyelesaian,penyelesaian_dinilai,nilai,kategori,data_contoh\r\n"))
        #expect(csv.contains(prefix + "2025,IK-1,Perekaman KTP-el,100.00,,%,70.00,70.00,70,70,Cukup,tidak\r\n"))
        #expect(csv.contains(prefix + "2026-S1,IK-1,Perekaman KTP-el,100.00,,%,104.00,104.00,100,90,Sangat Baik,ya\r\n"))
        #expect(csv.contains(prefix + "2026-S1,IK-3,Penyerapan anggaran,94.00,94–98%,%,47.38,50.40,50,,di luar skala,ya\r\n"))
        #expect(csv.contains(prefix + "2026-S1,IK-5,Penerapan SIAK,1.00,,versi,,,,,,ya\r\n"))
        let json = try site.page("data/kinerja.json")
        #expect(json.contains("\"kode\": \"IK-3\", \"indikator\": \"Penyerapan anggaran\", \"target\": 94.00, \"target_teks\": \"94–98%\", \"satuan\": \"%\", \"realisasi\": 47.38, \"penyelesaian\": 50.40, \"penyelesaian_dinilai\": 50, \"nilai\": null, \"kategori\": \"di luar skala\", \"data_contoh\": \"ya\"}"))
        let applications = try site.page("data/spbe-aplikasi.csv")
        #expect(applications == "instansi,unit,nama_unit,aplikasi,data,layanan\r\n" + prefix + "Aplikasi Antrean,Data Pemohon; Data Antrean,\(TestPortal.service)\r\n")
        let package = try site.page("data/datapackage.json")
        #expect(package.contains("\"path\": \"kinerja.csv\""))
        #expect(package.contains("\"path\": \"spbe-aplikasi.csv\""))
    }

    @Test func aUnitWithoutThemHasNeitherSection() throws {
        let unit = try build(TestPortal()).main(Pages.unit)
        #expect(!unit.contains("id=\"kinerja\""))
        #expect(!unit.contains("id=\"spbe\""))
    }
}
