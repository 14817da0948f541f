import Foundation
import LenteraTesting
import Testing

/// Survey results in the built site: the unit page, the survey dashboard and the open data.
@Suite struct SurveyPagesTests {
    static let folder = "units/\(TestPortal.unit)/survei"

    /// The worked example of the domain reference: 29 respondents, element totals
    /// 105, 101, 100, 116, 102, 105, 106, 105, 115 → IKM 91,475 → A.
    static let worked = """
        jenis: skm
        periode: 2026-Q2
        responden: 29
        pengguna_layanan: 30
        rata_rata: { U1: \(105.0 / 29), U2: \(101.0 / 29), U3: \(100.0 / 29), U4: \(116.0 / 29), U5: \(102.0 / 29), U6: \(105.0 / 29), U7: \(106.0 / 29), U8: \(105.0 / 29), U9: \(115.0 / 29) }
        profil:
          jenis_kelamin: { Laki-laki: 26, Perempuan: 3 }
          pendidikan: { SMA: 10, D4/S1: 17, S2: 2 }

        """

    static let earlier = """
        jenis: skm
        periode: 2026-Q1
        responden: 4
        jawaban: { U1: [0, 0, 4, 0], U2: [0, 0, 4, 0], U3: [0, 0, 4, 0], U4: [0, 0, 4, 0], U5: [0, 0, 4, 0], U6: [0, 0, 4, 0], U7: [0, 0, 4, 0], U8: [0, 0, 4, 0], U9: [0, 0, 4, 0] }

        """

    static func zi(_ month: String, spkp: Int, spak: Int) -> String {
        let spkpCounts = "[0, 0, 0, 0, \(6 - spkp), \(spkp)]"   // 6 respondents, `spkp` of them give 6 stars, the rest 5
        let spakCounts = "[0, 0, 0, 0, \(6 - spak), \(spak)]"
        let elements = (1...8).map { "SPKP\($0): \(spkpCounts)" } + (1...5).map { "SPAK\($0): \(spakCounts)" }
        return "jenis: zi\nperiode: \"2026-\(month)\"\nresponden: 6\njawaban: { \(elements.joined(separator: ", ")) }\n"
    }

    static let portal = TestPortal()
        .with("\(folder)/skm-2026-Q2.yaml", worked)
        .with("\(folder)/skm-2026-Q1.yaml", earlier)
        .with("\(folder)/skm-2026-Q2.md", "## Analisis\n\nUnsur terendah **U3**.\n")
        .with("\(folder)/zi-2026-07.yaml", zi("07", spkp: 0, spak: 6))
        .with("\(folder)/zi-2026-08.yaml", zi("08", spkp: 0, spak: 6))
        .with("\(folder)/zi-2026-09.yaml", zi("09", spkp: 0, spak: 6))
        .with("units/dinas-lama/unit.md", TestPortal.unitMarkdown("Dinas Lama", instansi: TestPortal.instansi))
        .with("units/dinas-lama/maklumat.md", TestPortal.maklumatMD)
        .with("units/dinas-lama/layanan/izin.md", SampleService.markdown(name: "Izin"))
        .with("units/dinas-lama/survei/skm-2025-Q3.yaml", earlier.replacingOccurrences(of: "2026-Q1", with: "2025-Q3"))
        .with("units/dinas-baru/unit.md", TestPortal.unitMarkdown("Dinas Baru", instansi: TestPortal.instansi))
        .with("units/dinas-baru/maklumat.md", TestPortal.maklumatMD)
        .with("units/dinas-baru/layanan/izin.md", SampleService.markdown(name: "Izin"))

    @Test func theUnitPageShowsTheLatestIKMWithItsMutuElementsAndTrend() throws {
        let unit = try build(Self.portal).main(Pages.unit)
        #expect(unit.contains("<strong class=\"ikm-value\">91,48</strong> <span class=\"badge\">Mutu A — <span lang=\"id\">Sangat Baik</span></span>"))
        #expect(unit.contains("<dt>Periode</dt><dd>Triwulan II 2026</dd>"))
        #expect(unit.contains("29 responden dari 30 pengguna layanan; sampel minimal menurut Krejcie dan Morgan 28 — terpenuhi."))
        #expect(unit.contains("<title id=\"grafik-unsur-\(TestPortal.unit)-title\">Nilai rata-rata per unsur, Triwulan II 2026 (skala 1–4)</title>"))
        #expect(unit.contains("<th scope=\"row\">U4 Biaya/tarif</th><td class=\"num\">4</td>"))   // 116 / 29
        // The trend: 75 (all answers 3) then 91,48, oldest first.
        let q1 = try #require(unit.offset(of: "<th scope=\"row\"><a href=\"../../unit/\(TestPortal.unit)/survei/ikm-2026-q1/\">Triwulan I 2026</a></th><td class=\"num\">75</td>"))
        let q2 = try #require(unit.offset(of: "<th scope=\"row\"><a href=\"../../unit/\(TestPortal.unit)/survei/ikm-2026-q2/\">Triwulan II 2026</a></th><td class=\"num\">91,48</td>"))
        #expect(q1 < q2)
        #expect(unit.contains("<h4><span lang=\"id\">Survei Kepuasan Masyarakat</span>, Triwulan II 2026</h4>\n<div class=\"prose\"><h5>Analisis</h5>\n<p>Unsur terendah <strong>U3</strong>.</p>"))
    }

    @Test func smallProfileGroupsAreNeverPublishedAsTheyAre() throws {
        let site = try build(Self.portal)
        let unit = try site.main(Pages.unit)
        // Perempuan (3) is <5; Laki-laki would give it away (29 − 26), so it is ≥5.
        #expect(unit.contains("<th scope=\"row\" lang=\"id\">Perempuan</th><td class=\"num\">&lt;5</td>"))
        #expect(unit.contains("<th scope=\"row\" lang=\"id\">Laki-laki</th><td class=\"num\">≥5</td>"))
        #expect(!unit.contains(">26<"))
        // Education: S2 (2) is <5, and the next smallest (SMA, 10) is ≥5 so that S2 cannot be worked out.
        #expect(unit.contains("<th scope=\"row\" lang=\"id\">S2</th><td class=\"num\">&lt;5</td>"))
        #expect(unit.contains("<th scope=\"row\" lang=\"id\">SMA</th><td class=\"num\">≥5</td>"))
        #expect(unit.contains("<th scope=\"row\" lang=\"id\">D4/S1</th><td class=\"num\">17</td>"))
        let profile = try site.page("data/profil-responden.csv")
        #expect(profile.contains(",jenis_kelamin,Perempuan,,<5\r\n"))
        #expect(profile.contains(",jenis_kelamin,Laki-laki,,≥5\r\n"))
        #expect(profile.contains(",pendidikan,SMA,,≥5\r\n"))
        #expect(profile.contains(",pendidikan,D4/S1,17,\r\n"))
    }

    @Test func ziIndicesShowTheirRuleTheThreeMonthAverageAndTheMinimums() throws {
        let unit = try build(Self.portal).main(Pages.unit)
        // SPKP: all 5 stars → 5 ÷ 6 × 4 = 3,33; SPAK: all 6 → 4.
        #expect(unit.contains("Konversi jawaban 1–6 bintang ke skala 4 (proporsional): indeks = rata-rata bintang ÷ 6 × 4."))
        #expect(unit.contains("<th scope=\"row\">Juli 2026</th><td class=\"num\">6</td><td class=\"num\">3,33</td><td class=\"num\">4,00</td>"))
        #expect(unit.contains("<strong>Rata-rata 3 bulan terakhir: IPKP 3,33, IPAK 4,00.</strong>"))
        #expect(unit.contains("<caption><span lang=\"id\">Batas minimal, skala 4 — \(ZIText.source)</span> (<a href=\"../../metodologi/#zi-batas-minimal\">metodologi</a>)</caption>"))
        #expect(unit.contains("<th scope=\"row\" lang=\"id\">Menuju WBK</th><td>\(ZIText.cells(.wbk))</td><td>Terpenuhi</td>"))
        #expect(unit.contains("<th scope=\"row\" lang=\"id\">Menuju WBBM</th><td>\(ZIText.cells(.wbbm))</td><td>Belum terpenuhi</td>"))
        // Far from the minimums, the other rule gives the same verdicts: the page names the rule used.
        #expect(unit.contains("<li>Menuju WBK: dinilai dengan aturan konversi proporsional; dengan aturan linier hasilnya sama.</li>"))

        let linear = try build(Self.portal.with(TestPortal.portalFile, TestPortal.portalYAML + "survei:\n  konversi_zi: linier\n")).main(Pages.unit)
        // 1 + 3 × (5 − 1) ÷ 5 = 3,4.
        #expect(linear.contains("Konversi jawaban 1–6 bintang ke skala 4 (linier): indeks = 1 + 3 × (rata-rata bintang − 1) ÷ 5."))
        #expect(linear.contains("<strong>Rata-rata 3 bulan terakhir: IPKP 3,40, IPAK 4,00.</strong>"))
    }

    @Test func oneMonthOfZIIsShownButNotJudged() throws {
        let portal = TestPortal().with("\(Self.folder)/zi-2026-09.yaml", Self.zi("09", spkp: 6, spak: 6))
        let unit = try build(portal).main(Pages.unit)
        #expect(unit.contains("Jendela Juli–September 2026 (survei September 2026): survei hanya mencakup 1 dari 3 bulan jendela, sehingga pemenuhan batas minimal belum diketahui."))
        #expect(unit.contains("<th scope=\"row\" lang=\"id\">Menuju WBK</th><td>\(ZIText.cells(.wbk))</td><td>Belum diketahui</td>"))
    }

    @Test func theDashboardRanksUnitsAndListsLateOnes() throws {
        let site = try build(Self.portal)
        let dashboard = try site.main("survei/index.html")
        // The ZI minimums with their real source; the day each unit is judged for.
        #expect(dashboard.contains("Sumber: \(ZIText.source); SE MenPANRB 04/2023 tidak menyebutkan batas minimal."))
        #expect(dashboard.contains("<a href=\"../unit/\(TestPortal.unit)/\">Dinas Contoh</a></th><td>21 November 2026</td><td>Juli 2026–September 2026 (3 dari 3 bulan)</td><td>3,33</td><td>4,00</td><td>Terpenuhi</td><td>Belum terpenuhi</td><td>Aturan proporsional; aturan lain memberi hasil sama.</td>"))
        let first = try #require(dashboard.offset(of: "<a href=\"../unit/\(TestPortal.unit)/\">Dinas Contoh</a></th><td>1</td><td>91,48</td>"))
        let second = try #require(dashboard.offset(of: "<a href=\"../unit/dinas-lama/\">Dinas Lama</a></th><td>2</td><td>75</td>"))
        #expect(first < second)
        #expect(dashboard.contains("<th scope=\"row\">A — Sangat Baik</th><td class=\"num\">1 unit</td>"))
        #expect(dashboard.contains("<th scope=\"row\">C — Kurang Baik</th><td class=\"num\">1 unit</td>"))
        // Unit below B: Dinas Lama (75, C).
        #expect(dashboard.contains("<a href=\"../unit/dinas-lama/\">Dinas Lama</a></th><td>75</td><td lang=\"id\">C (Kurang Baik)</td>"))
        // Late: Dinas Lama's last survey ended 30 September 2025, more than a year before 21 November 2026; Dinas Baru never surveyed.
        #expect(dashboard.contains("<a href=\"../unit/dinas-lama/\">Dinas Lama</a></th><td>Triwulan III 2025 (berakhir 30 September 2025)</td>"))
        #expect(dashboard.contains("<a href=\"../unit/dinas-baru/\">Dinas Baru</a></th><td>Belum ada</td>"))
        #expect(!dashboard.contains("<a href=\"../unit/\(TestPortal.unit)/\">Dinas Contoh</a></th><td>Triwulan"))
        // The yearly trend takes every survey of the year, weighted by answers: 2026 = (29 × 91,475 + 4 × 75) ÷ 33.
        #expect(dashboard.contains("<th scope=\"row\">2026</th><td class=\"num\">89,48</td><td class=\"num\">33</td>"))
        #expect(dashboard.contains("<a href=\"../data/ikm.csv\">"))
        // The same unit a year later is late too.
        let later = try build(Self.portal, date: .init(year: 2027, month: 7, day: 1)!).main("survei/index.html")
        #expect(later.contains("<a href=\"../unit/\(TestPortal.unit)/\">Dinas Contoh</a></th><td>Triwulan II 2026 (berakhir 30 Juni 2026)</td>"))
    }

    @Test func everyFigureIsOpenDataInCSVAndJSONWithAPackageDescriptor() throws {
        let site = try build(Self.portal)
        let csv = try site.page("data/ikm.csv")
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "instansi,unit,nama_unit,layanan,periode,responden,pengguna_layanan,sampel_minimal,ikm,ikm_konversi,mutu,kinerja,sumber")
        #expect(lines.contains("kota-contoh,dinas-contoh,Dinas Contoh,,2026-Q2,29,30,28,3.6590,91.48,A,Sangat Baik,manual"))
        #expect(lines.count == 4)   // header, Q1 and Q2 of Dinas Contoh, Q3 2025 of Dinas Lama

        let json = try #require(try JSONSerialization.jsonObject(with: Data(site.page("data/ikm.json").utf8)) as? [[String: Any]])
        #expect(json.count == 3)
        let q2 = try #require(json.first { $0["periode"] as? String == "2026-Q2" })
        #expect(q2["ikm_konversi"] as? Double == 91.48)
        #expect(q2["layanan"] is NSNull)

        let package = try #require(try JSONSerialization.jsonObject(with: Data(site.page("data/datapackage.json").utf8)) as? [String: Any])
        let resources = try #require(package["resources"] as? [[String: Any]])
        // The survey tables first; the other kinds of figure follow (each tested with its pages).
        #expect(Array(resources.map { $0["path"] as? String }.prefix(5)) == ["ikm.csv", "ikm-unsur.csv", "ikm-perhitungan.csv", "zi.csv", "zi-rata-3-bulan.csv"])
        for resource in resources {
            let path = try #require(resource["path"] as? String)
            let header = try site.page("data/" + path).components(separatedBy: "\r\n").first
            let fields = ((resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            #expect(fields?.joined(separator: ",") == header, "\(path)")
        }
        let average = try site.page("data/zi-rata-3-bulan.csv")
        #expect(average.contains("kota-contoh,dinas-contoh,Dinas Contoh,2026-11-21,tanggal_pembuatan,2026-07,2026-09,2026-07 2026-08 2026-09,3,18,3.3333,4.0000,terpenuhi,tidak terpenuhi,,proporsional,tidak,tidak,\(ZIText.csvMinimums(on: testDay))\r\n"))
    }
}
