import Foundation
import LenteraDomain
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

    /// The kinds of target the decree writes besides "more is better", with assessor and assessed.
    static let kinds = """
        periode: 2026-S2
        penilai: Direktur Jenderal Kependudukan dan Pencatatan Sipil Kementerian Dalam Negeri
        dinilai: Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Contoh
        indikator:
          - { kode: IK-1, indikator: Pelaksanaan Permendagri 76/2015, jenis_target: paling_banyak, target: 0, satuan: pelanggaran, target_teks: "Tidak ada pelanggaran", realisasi: 0 }
          - { kode: IK-2, indikator: Pelaksanaan Permendagri 76/2015 kab/kota, jenis_target: paling_banyak, target: 0, satuan: pelanggaran, realisasi: 1 }
          - { kode: IK-3, indikator: Laporan hasil pelayanan, jenis_target: laporan, realisasi: ya }
          - { kode: IK-4, indikator: Laporan per output, jenis_target: laporan, realisasi: tidak }
          - kode: IK-5
            indikator: Jenis dan jumlah inovasi
            jenis_target: jumlah
            target: 2
            satuan: inovasi
            rincian: [Antrean daring, Layanan keliling, Akta digital]

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
        .with("\(kinerja)/2026-S2.yaml", kinds)
        .with("\(kinerja)/2025.yaml", earlier)
        .with("units/\(TestPortal.unit)/spbe.yaml", spbe)

    @Test func theUnitPageShowsEachIndicatorWithItsScoreAndCategory() throws {
        let unit = try build(Self.portal).main(Pages.unit)
        #expect(unit.contains("<h2 id=\"kinerja\">Penilaian kinerja</h2>"))
        // Above 100: shown as reported, scored as 100.
        #expect(unit.contains("<td>100%</td><td>104%</td><td class=\"num\">104%<br><span class=\"note\">dibatasi 100% untuk penilaian</span></td><td class=\"num\">90</td><td><span class=\"kinerja-sangat-baik\" lang=\"id\">Sangat Baik</span></td>"))
        // 78 ÷ 95 = 82,1% → 82 → Baik.
        #expect(unit.contains("<td>95%</td><td>78%</td><td class=\"num\">82%</td><td class=\"num\">80</td><td><span class=\"kinerja-baik\" lang=\"id\">Baik</span></td>"))
        // 47,376 ÷ 94 = 50,4% → 50: outside the scale, never Kurang.
        #expect(unit.contains("<td>94–98%</td><td>47,38%</td><td class=\"num\">50%</td><td class=\"num\">–</td><td><span class=\"kinerja-luar-skala\">di luar skala (&lt; \(PerformanceScore.table.current.value.lowestCompletion)%)</span></td>"))
        // Another unit of measure: 11 of 20 SKPD = 55% → Kurang.
        #expect(unit.contains("<td>20 SKPD</td><td>11 SKPD</td><td class=\"num\">55%</td><td class=\"num\">60</td><td><span class=\"kinerja-kurang\" lang=\"id\">Kurang</span></td>"))
        #expect(unit.contains("<td>1 versi</td><td>Belum dilaporkan</td><td class=\"num\">–</td><td class=\"num\">–</td><td><span class=\"kinerja-belum\">belum dilaporkan</span></td>"))
    }

    @Test func theUnitPageShowsTheAggregateTheTableItsSourceAndTheExampleNotice() throws {
        let unit = try build(Self.portal).main(Pages.unit)
        // (100 + 82 + 50 + 55) ÷ 4 = 71,75 → 72 → Cukup.
        #expect(unit.contains("<strong>Rata-rata penyelesaian target: 71,8% → 72%, nilai 70, Cukup.</strong>"))
        #expect(unit.contains("<div><dt>Di luar skala (&lt; \(PerformanceScore.table.current.value.lowestCompletion)%)</dt><dd>1</dd></div>"))
        #expect(unit.contains("<div><dt>Belum dilaporkan</dt><dd>1</dd></div>"))
        let version = PerformanceScore.table.current
        #expect(unit.contains("<caption>Nilai penyelesaian target kinerja (<span lang=\"id\">\(version.source.caption)</span>; berlaku sejak 10 April 2017; <a href=\"../../metodologi/#kinerja-nilai\">metodologi</a>)</caption>"))
        for band in version.value.bands {
            #expect(unit.contains("<tr><th scope=\"row\">\(band.completion.lowerBound)% – \(band.completion.upperBound)%</th><td lang=\"id\">\(band.score)</td><td lang=\"id\">\(band.category.rawValue)</td></tr>"))
        }
        #expect(unit.contains("<tr><th scope=\"row\">di bawah \(version.value.lowestCompletion)%</th><td lang=\"id\">–</td><td lang=\"id\">di luar skala: tabel tidak memberi nilai (tafsiran Lentera)</td></tr>"))
        // The notice belongs to the example period only; the latest period comes first.
        #expect(unit.occurrences(of: "<p class=\"example-notice\"><strong>Data contoh.</strong>") == 1)
        let latest = try #require(unit.offset(of: "<h3>Semester II 2026</h3>"))
        let example = try #require(unit.offset(of: "<h3>Semester I 2026</h3>\n<p class=\"example-notice\">"))
        let earlier = try #require(unit.offset(of: "<h3>Tahun 2025</h3>"))
        #expect(latest < example && example < earlier)
        // A figure: after the citizen information, the maklumat included (issue 14).
        let kinerja = try #require(unit.offset(of: "id=\"kinerja\""))
        let maklumat = try #require(unit.offset(of: "id=\"maklumat\""))
        #expect(maklumat < kinerja)
    }

    @Test func theUnitPageShowsEachKindOfTargetWithItsRuleAndTheAssessor() throws {
        let unit = try build(Self.portal).main(Pages.unit)
        #expect(unit.contains("<p class=\"meta\">Pejabat yang dinilai: Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Contoh. Pejabat penilai: Direktur Jenderal Kependudukan dan Pencatatan Sipil Kementerian Dalam Negeri.</p>"))
        // At most, target zero: met at 0, 0% (outside the scale) at 1.
        #expect(unit.contains("<span class=\"code\">IK-1</span> Pelaksanaan Permendagri 76/2015<br><span class=\"note\">target paling banyak: makin rendah makin baik</span></th><td>Tidak ada pelanggaran</td><td>0 pelanggaran</td><td class=\"num\">100%</td><td class=\"num\">90</td>"))
        #expect(unit.contains("<td>paling banyak 0 pelanggaran</td><td>1 pelanggaran</td><td class=\"num\">0%</td><td class=\"num\">–</td><td><span class=\"kinerja-luar-skala\">di luar skala (&lt; \(PerformanceScore.table.current.value.lowestCompletion)%)</span></td>"))
        // A report: delivered or not.
        #expect(unit.contains("<td>laporan disampaikan</td><td>disampaikan</td><td class=\"num\">100%</td>"))
        #expect(unit.contains("<td>laporan disampaikan</td><td>belum disampaikan</td><td class=\"num\">0%</td>"))
        // A count, with what was counted.
        #expect(unit.contains("<td>2 inovasi</td><td>3 inovasi<ul class=\"items\"><li>Antrean daring</li><li>Layanan keliling</li><li>Akta digital</li></ul></td><td class=\"num\">150%<br><span class=\"note\">dibatasi 100% untuk penilaian</span></td>"))
        // Each kind's rule, marked as Lentera's reading, from the Metodologi entries.
        for kind in TargetKind.allCases {
            let rule = try #require(Methodology.performance.first { $0.id == Methodology.performanceRuleID(kind) })
            #expect(unit.contains("<li id=\"\(rule.id)\"><strong>\(rule.title).</strong>"), "\(kind)")
            #expect(unit.contains("Sumber: \(rule.source.caption).</span></li>"))
        }
        #expect(unit.contains("(tafsiran Lentera)"))
        #expect(unit.contains("<li id=\"kinerja-penilai\">"))
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
        #expect(csv.hasPrefix("instansi,unit,nama_unit,periode,penilai,dinilai,kode,indikator,jenis_target,target,target_teks,satuan,realisasi,rincian,penyelesaian,penyelesaian_dinilai,nilai,kategori,data_contoh\r\n"))
        #expect(csv.contains(prefix + "2025,,,IK-1,Perekaman KTP-el,paling_sedikit,100.00,,%,70.00,,70.00,70,70,Cukup,tidak\r\n"))
        #expect(csv.contains(prefix + "2026-S1,,,IK-1,Perekaman KTP-el,paling_sedikit,100.00,,%,104.00,,104.00,100,90,Sangat Baik,ya\r\n"))
        #expect(csv.contains(prefix + "2026-S1,,,IK-3,Penyerapan anggaran,paling_sedikit,94.00,94–98%,%,47.38,,50.40,50,,di luar skala,ya\r\n"))
        #expect(csv.contains(prefix + "2026-S1,,,IK-5,Penerapan SIAK,paling_sedikit,1.00,,versi,,,,,,,ya\r\n"))
        // The other kinds, with the positions of assessor and assessed.
        let positions = "2026-S2,Direktur Jenderal Kependudukan dan Pencatatan Sipil Kementerian Dalam Negeri,Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Contoh,"
        #expect(csv.contains(prefix + positions + "IK-1,Pelaksanaan Permendagri 76/2015,paling_banyak,0.00,Tidak ada pelanggaran,pelanggaran,0.00,,100.00,100,90,Sangat Baik,tidak\r\n"))
        #expect(csv.contains(prefix + positions + "IK-2,Pelaksanaan Permendagri 76/2015 kab/kota,paling_banyak,0.00,,pelanggaran,1.00,,0.00,0,,di luar skala,tidak\r\n"))
        #expect(csv.contains(prefix + positions + "IK-3,Laporan hasil pelayanan,laporan,1.00,,laporan,1.00,,100.00,100,90,Sangat Baik,tidak\r\n"))
        #expect(csv.contains(prefix + positions + "IK-4,Laporan per output,laporan,1.00,,laporan,0.00,,0.00,0,,di luar skala,tidak\r\n"))
        #expect(csv.contains(prefix + positions + "IK-5,Jenis dan jumlah inovasi,jumlah,2.00,,inovasi,3.00,Antrean daring; Layanan keliling; Akta digital,150.00,100,90,Sangat Baik,tidak\r\n"))
        let json = try site.page("data/kinerja.json")
        #expect(json.contains("\"kode\": \"IK-3\", \"indikator\": \"Penyerapan anggaran\", \"jenis_target\": \"paling_sedikit\", \"target\": 94.00, \"target_teks\": \"94–98%\", \"satuan\": \"%\", \"realisasi\": 47.38, \"rincian\": null, \"penyelesaian\": 50.40, \"penyelesaian_dinilai\": 50, \"nilai\": null, \"kategori\": \"di luar skala\", \"data_contoh\": \"ya\"}"))
        let applications = try site.page("data/spbe-aplikasi.csv")
        #expect(applications == "instansi,unit,nama_unit,aplikasi,data,layanan,direkonstruksi,catatan_rekonstruksi\r\n" + prefix + "Aplikasi Antrean,Data Pemohon; Data Antrean,\(TestPortal.service),,\r\n")
        let package = try site.page("data/datapackage.json")
        // The description states the table, written from the code's table.
        for band in PerformanceScore.table.current.value.bands {
            #expect(package.contains("\(band.completion.lowerBound)–\(band.completion.upperBound) nilai \(band.score) \(band.category.rawValue)"))
        }
        #expect(package.contains("\"path\": \"kinerja.csv\""))
        #expect(package.contains("\"path\": \"spbe-aplikasi.csv\""))
    }

    @Test func aUnitWithoutThemHasNeitherSection() throws {
        let unit = try build(TestPortal()).main(Pages.unit)
        #expect(!unit.contains("id=\"kinerja\""))
        #expect(!unit.contains("id=\"spbe\""))
    }
}
