import Foundation
import LenteraTesting
import Testing

/// Zona Integritas in the built site: the unit page's badge, history and readiness, the
/// dashboard's figures and conditions, and the open data.
@Suite struct ZonaIntegritasPagesTests {
    static let file = "zona-integritas/\(TestPortal.instansi).yaml"

    static let record = """
        jumlah_unit: 4
        kapabilitas_apip:
          - { tahun: 2024, level: 3 }
        usulan:
          - { tahun: 2023, unit: [\(TestPortal.unit), dinas-baru] }
          - { tahun: 2024, unit: [\(TestPortal.unit)] }
          - { tahun: 2025, unit: [] }
        predikat:
          - unit: \(TestPortal.unit)
            predikat: wbk
            tahun: 2023
            oleh: tpn
            sk: { nomor: "B/10/2023", tanggal: 2023-12-12 }
          - unit: \(TestPortal.unit)
            predikat: wbbm
            tahun: 2024
            oleh: tpn
            sk: { nomor: "B/20/2024", tanggal: 2024-12-11 }
          - unit: dinas-baru
            predikat: wbk
            tahun: 2021
            oleh: tpn
            sk: { nomor: "B/5/2021", tanggal: 2021-12-01 }
            pencabutan: { nomor: "B/9/2022", tanggal: 2022-06-30 }

        """

    static let portal = SurveyPagesTests.portal.with(file, record)

    @Test func theUnitPageShowsThePredicateAsTextItsHistoryAndReadiness() throws {
        let unit = try build(Self.portal).main(Pages.unit)
        #expect(unit.contains("<a class=\"badge badge-wbbm\" href=\"#zona-integritas\">Predikat Zona Integritas: Menuju WBBM</a>"))
        #expect(unit.contains("Sejak 2024, ditetapkan oleh Tim Penilai Nasional (KemenPANRB) dengan keputusan B/20/2024, 11 Desember 2024."))
        // Newest first.
        let wbbm = try #require(unit.offset(of: "<th scope=\"row\">2024</th><td>Menuju WBBM</td>"))
        let wbk = try #require(unit.offset(of: "<th scope=\"row\">2023</th><td>Menuju WBK</td>"))
        #expect(wbbm < wbk)
        // The survey's ZI averages (IPKP 3,33, IPAK 4,00) meet WBK but not WBBM's IPKP 3,60.
        #expect(unit.contains("<th scope=\"row\">Menuju WBK</th><td>IPKP dan IPAK rata-rata 3 bulan minimal \(ZIText.minimums(.wbk)) (\(ZIText.source)): terpenuhi</td><td><span class=\"status status-met\">Terpenuhi</span></td>"))
        #expect(unit.contains("<th scope=\"row\">Menuju WBBM</th><td>IPKP dan IPAK rata-rata 3 bulan minimal \(ZIText.minimums(.wbbm)) (\(ZIText.source)): tidak terpenuhi; sudah berpredikat Menuju WBK: terpenuhi</td><td><span class=\"status status-not-met\">Tidak terpenuhi</span></td>"))
        // The LKE minimums come from the same table, with their real source; the day judged for is named.
        #expect(unit.contains("usulan juga memerlukannya (\(ZIText.source): minimal \(ZIText.lke(.wbk)) untuk Menuju WBK, \(ZIText.lke(.wbbm)) untuk Menuju WBBM)."))
        #expect(unit.contains("Dinilai untuk 21 November 2026, tanggal pembuatan situs"))
        #expect(!unit.contains("04/2023; skala 4"))
    }

    @Test func aRevokedUnitShowsNoCurrentPredicateButItsHistory() throws {
        let unit = try build(Self.portal).main("unit/dinas-baru/index.html")
        #expect(!unit.contains("Predikat Zona Integritas:"))
        #expect(unit.contains("<span class=\"badge badge-none\">Belum berpredikat</span>"))
        #expect(unit.contains("<td>Dicabut: B/9/2022, 30 Juni 2022</td>"))
        // No ZI survey: unknown, never met.
        #expect(unit.contains("(belum ada hasil survei SPKP/SPAK yang berakhir sebelum 21 November 2026)</td><td><span class=\"status status-unknown\">Belum diketahui</span></td>"))
    }

    @Test func theDashboardShowsEachYearAndEachCondition() throws {
        let site = try build(Self.portal)
        let dashboard = try site.main("zona-integritas/index.html")
        #expect(dashboard.contains("<h2 id=\"zi-\(TestPortal.instansi)\">Pemerintah Kota Contoh</h2>"))
        #expect(dashboard.contains("<li><span class=\"badge\">Menuju WBBM</span>: 1 unit<ul><li><a href=\"../unit/\(TestPortal.unit)/\">Dinas Contoh (2024, TPN)</a></li></ul></li>"))
        // 2023: 2 proposed, 1 designated → 50%; holding at year end: Dinas Contoh (Dinas Baru revoked in 2022) → 1 of 4 = 25%.
        #expect(dashboard.contains("<tr><th scope=\"row\">2023</th><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">50%</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">25%</td></tr>"))
        #expect(dashboard.contains("<tr><th scope=\"row\">2025</th><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">tidak ada usulan</td>"))
        #expect(dashboard.contains("class=\"chart-reference-label\" text-anchor=\"middle\">batas 30%</text>"))
        // Conditions for 2026: share 25% < 30%; IACM 3; 2023 yes 50%, 2024 yes 100%, 2025 no proposals; no approval recorded.
        #expect(dashboard.contains("<caption>Tahun 2026: <span class=\"status status-not-met\">Tidak terpenuhi</span></caption>"))
        #expect(dashboard.contains("<td>1 dari 4 unit (25%) berpredikat dari TPN pada akhir 2025</td><td><span class=\"status status-not-met\">Tidak terpenuhi</span></td>"))
        #expect(dashboard.contains("<td>Level 3 (penilaian 2024)</td><td><span class=\"status status-met\">Terpenuhi</span></td>"))
        #expect(dashboard.contains("<td>2023: 1 dari 2 (50%); 2024: 1 dari 1 (100%); 2025: tidak ada usulan</td><td><span class=\"status status-not-met\">Tidak terpenuhi</span></td>"))
        #expect(dashboard.contains("<td>persetujuan TPN untuk 2026 tidak dicantumkan</td><td><span class=\"status status-unknown\">Belum diketahui</span></td>"))
        // Every page links the dashboard.
        #expect(try site.page(Pages.home).contains("<a href=\"zona-integritas/\">Zona Integritas</a>"))
    }

    @Test func theFiguresAreOpenData() throws {
        let site = try build(Self.portal)
        let predicates = try site.page("data/zi-predikat.csv")
        #expect(predicates.contains("\(TestPortal.instansi),dinas-baru,Dinas Baru,wbk,2021,tpn,B/5/2021,2021-12-01,B/9/2022,2022-06-30,tidak\r\n"))
        #expect(predicates.contains("\(TestPortal.instansi),\(TestPortal.unit),Dinas Contoh,wbbm,2024,tpn,B/20/2024,2024-12-11,,,ya\r\n"))
        let yearly = try site.page("data/zi-tahunan.csv")
        #expect(yearly.contains("\(TestPortal.instansi),2023,2,1,50.00,1,0,1,4,25.00\r\n"))
        #expect(yearly.contains("\(TestPortal.instansi),2025,0,0,,0,0,1,4,25.00\r\n"))
        let conditions = try site.page("data/zi-kelayakan.csv")
        #expect(conditions.contains("\(TestPortal.instansi),2026,1,4,instansi,25.00,tidak,3,ya,2023:1/2 2024:1/1 2025:0/0,tidak,tidak diketahui,tidak\r\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(site.page("data/zi-kelayakan.json").utf8)) as? [[String: Any]])
        #expect(json.first?["syarat_iacm"] as? String == "ya")
    }

    @Test func withoutARecordTheDashboardSaysSo() throws {
        let dashboard = try build(TestPortal()).main("zona-integritas/index.html")
        #expect(dashboard.contains("<p>Belum ada instansi yang menerbitkan data Zona Integritas.</p>"))
        #expect(dashboard.contains("<li>Pemerintah Kota Contoh</li>"))
    }
}
