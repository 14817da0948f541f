import Foundation
import LenteraDomain
@testable import LenteraRender
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
        #expect(unit.contains("<a class=\"badge badge-wbbm\" href=\"#zona-integritas\">Predikat Zona Integritas: <span lang=\"id\">Menuju WBBM</span></a>"))
        #expect(unit.contains("Sejak 2024, ditetapkan oleh <span lang=\"id\">Tim Penilai Nasional (KemenPANRB)</span> dengan keputusan B/20/2024, 11 Desember 2024."))
        // Newest first.
        let wbbm = try #require(unit.offset(of: "<th scope=\"row\">2024</th><td lang=\"id\">Menuju WBBM</td>"))
        let wbk = try #require(unit.offset(of: "<th scope=\"row\">2023</th><td lang=\"id\">Menuju WBK</td>"))
        #expect(wbbm < wbk)
        // The survey's ZI averages (IPKP 3,33, IPAK 4,00) meet WBK but not WBBM's IPKP 3,60.
        #expect(unit.contains("<th scope=\"row\" lang=\"id\">Menuju WBK</th><td lang=\"id\">Rata-rata 3 bulan: \(ZIText.rule(.wbk)) — sumber: \(ZIText.source)</td><td><span class=\"status status-met\">Terpenuhi</span></td>"))
        #expect(unit.contains("<th scope=\"row\" lang=\"id\">Menuju WBBM</th><td lang=\"id\">Rata-rata 3 bulan: \(ZIText.rule(.wbbm)) — sumber: \(ZIText.source); rata-rata: belum terpenuhi; sudah berpredikat Menuju WBK: terpenuhi</td><td><span class=\"status status-not-met\">Belum terpenuhi</span></td>"))
        // The LKE minimums come from the same table, with their real source; the day judged for is named.
        #expect(unit.contains("usulan juga memerlukannya: minimal \(ZIText.lke(.wbk)) untuk Menuju WBK, \(ZIText.lke(.wbbm)) untuk Menuju WBBM — sumber: \(ZIText.source)."))
        #expect(unit.contains("Tanggal penilaian: 21 November 2026, tanggal pembuatan situs"))
        #expect(!unit.contains("04/2023; skala 4"))
    }

    @Test func aRevokedUnitShowsNoCurrentPredicateButItsHistory() throws {
        let unit = try build(Self.portal).main("unit/dinas-baru/index.html")
        #expect(!unit.contains("Predikat Zona Integritas:"))
        #expect(unit.contains("<span class=\"badge badge-none\">Belum berpredikat</span>"))
        #expect(unit.contains("<td lang=\"id\">Dicabut: B/9/2022, 30 Juni 2022</td>"))
        // No ZI survey: unknown, never met.
        #expect(unit.contains("(belum ada hasil survei SPKP/SPAK yang berakhir sebelum 21 November 2026)</td><td><span class=\"status status-unknown\">Belum diketahui</span></td>"))
    }

    @Test func theDashboardShowsEachYearAndEachCondition() throws {
        let site = try build(Self.portal)
        let dashboard = try site.main("zona-integritas/index.html")
        #expect(dashboard.contains("<h2 id=\"zi-\(TestPortal.instansi)\">Pemerintah Kota Contoh</h2>"))
        #expect(dashboard.contains("<li><span class=\"badge\" lang=\"id\">Menuju WBBM</span>: 1 unit<ul><li><a href=\"../unit/\(TestPortal.unit)/\">Dinas Contoh (2024, TPN)</a></li></ul></li>"))
        // 2023: 2 proposed, 1 designated → 50%; holding at year end: Dinas Contoh (Dinas Baru revoked in 2022) → 1 of 4 = 25%.
        #expect(dashboard.contains("<tr><th scope=\"row\">2023</th><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">50%</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">25%</td></tr>"))
        #expect(dashboard.contains("<tr><th scope=\"row\">2025</th><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">tidak ada usulan</td>"))
        let limits = SelfEvaluationThresholds.version(for: 2026).value
        #expect(dashboard.contains("class=\"chart-reference-label\" text-anchor=\"middle\">batas \(limits.minimumSharePercent)%</text>"))
        #expect(dashboard.contains("class=\"chart-reference-label\" text-anchor=\"middle\">batas \(limits.minimumSuccessRatePercent)%</text>"))
        #expect(dashboard.contains("<th scope=\"col\">Tingkat keberhasilan (min. \(limits.minimumSuccessRatePercent)%; tafsiran Lentera: ditetapkan ÷ diusulkan)</th>"))
        #expect(dashboard.contains("<th scope=\"col\">Persentase (min. \(limits.minimumSharePercent)%)</th>"))
        // Conditions for 2026: share 25% < 30%; IACM 3; 2023 yes 50%, 2024 yes 100%, 2025 no proposals; no approval recorded.
        #expect(dashboard.contains("<caption>Tahun 2026: <span class=\"status status-not-met\">Belum terpenuhi</span> <span class=\"source\">(batas menurut <span lang=\"id\">SE MenPANRB 04/2023, E.3.a</span>)</span></caption>"))
        #expect(dashboard.contains("<td data-label=\"Ketentuan\" lang=\"id\">minimal \(limits.minimumSuccessRatePercent)% setiap tahun dalam \(limits.successYears) tahun terakhir<p class=\"reading\">"))
        #expect(dashboard.contains("<td data-label=\"Data\">1 dari 4 unit (25%) berpredikat dari TPN pada akhir 2025</td><td data-label=\"Hasil\"><span class=\"status status-not-met\">Belum terpenuhi</span></td>"))
        #expect(dashboard.contains("<td data-label=\"Data\">Level 3 (penilaian 2024)</td><td data-label=\"Hasil\"><span class=\"status status-met\">Terpenuhi</span></td>"))
        #expect(dashboard.contains("<td data-label=\"Data\">2023: 1 dari 2 (50%); 2024: 1 dari 1 (100%); 2025: tidak ada usulan</td><td data-label=\"Hasil\"><span class=\"status status-not-met\">Belum terpenuhi</span></td>"))
        #expect(dashboard.contains("<td data-label=\"Data\">persetujuan TPN untuk 2026 tidak dicantumkan</td><td data-label=\"Hasil\"><span class=\"status status-unknown\">Belum diketahui</span></td>"))
        // Every page links the dashboard.
        #expect(try site.page(Pages.home).contains("<a href=\"zona-integritas/\">Zona Integritas</a>"))
    }

    @Test func theFiguresAreOpenData() throws {
        let site = try build(Self.portal)
        let predicates = try site.page("data/zi-predikat.csv")
        #expect(predicates.contains("\(TestPortal.instansi),dinas-baru,Dinas Baru,wbk,2021,tpn,B/5/2021,2021-12-01,B/9/2022,2022-06-30,tidak,,,,,,tidak perlu,\r\n"))
        #expect(predicates.contains("\(TestPortal.instansi),\(TestPortal.unit),Dinas Contoh,wbbm,2024,tpn,B/20/2024,2024-12-11,,,ya,,,,,,tidak perlu,\r\n"))
        let yearly = try site.page("data/zi-tahunan.csv")
        #expect(yearly.contains("\(TestPortal.instansi),2023,2,1,50.00,1,0,1,4,25.00\r\n"))
        #expect(yearly.contains("\(TestPortal.instansi),2025,0,0,,0,0,1,4,25.00\r\n"))
        let conditions = try site.page("data/zi-kelayakan.csv")
        let limits = SelfEvaluationThresholds.version(for: 2026)
        #expect(conditions.contains("\(TestPortal.instansi),2026,1,4,instansi,25.00,tidak,3,ya,2023:1/2 2024:1/1 2025:0/0,tidak,tidak diketahui,tidak,"
            + "\(limits.value.minimumSharePercent),\(limits.value.minimumIACMLevel),\(limits.value.minimumSuccessRatePercent),\"\(limits.source.caption)\"\r\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(site.page("data/zi-kelayakan.json").utf8)) as? [[String: Any]])
        #expect(json.first?["syarat_iacm"] as? String == "ya")
    }

    @Test func withoutARecordTheDashboardSaysSo() throws {
        let dashboard = try build(TestPortal()).main("zona-integritas/index.html")
        #expect(dashboard.contains("<p>Belum ada instansi yang menerbitkan data Zona Integritas.</p>"))
        #expect(dashboard.contains("<li>Pemerintah Kota Contoh</li>"))
    }

    // MARK: - Readings and designation records

    /// Every reading of Lentera's is shown beside the condition it concerns, labelled, with
    /// the circular's own words.
    @Test func theReadingsAreLabelledBesideWhatTheyConcern() throws {
        let dashboard = try build(Self.portal).main("zona-integritas/index.html")
        for reading in SelfEvaluationReading.all {
            let html = "<p class=\"reading\"><span class=\"badge badge-reading\">tafsiran Lentera</span> \(reading.title): \(reading.reading.htmlEscaped) Bunyi surat edaran: “\(reading.sourceWords.htmlEscaped)” (\(reading.source.citation)).</p>"
            #expect(dashboard.contains(html), "\(reading.id)")
        }
        // The share's reading sits in the first condition's row, the success rate's in the third.
        let share = try #require(dashboard.offset(of: "<th scope=\"row\" data-label=\"Syarat\" lang=\"id\">1. Unit berpredikat dari KemenPANRB</th>"))
        let revoked = try #require(dashboard.offset(of: "Predikat yang dicabut dalam persentase kumulatif:"))
        let iacm = try #require(dashboard.offset(of: "<th scope=\"row\" data-label=\"Syarat\" lang=\"id\">2. Kapabilitas APIP (IACM)</th>"))
        let denominator = try #require(dashboard.offset(of: "Pembagi tingkat keberhasilan:"))
        let success = try #require(dashboard.offset(of: "<th scope=\"row\" data-label=\"Syarat\" lang=\"id\">3. Tingkat keberhasilan usulan</th>"))
        #expect(share < revoked && revoked < iacm)
        #expect(success < denominator)
    }

    static let selfEvaluatedRecord = """
        jumlah_unit: 4
        predikat:
          - unit: \(TestPortal.unit)
            predikat: wbk
            tahun: 2025
            oleh: mandiri
            sk: { nomor: "M/1/2025", tanggal: 2025-11-03 }
            penetap: Wali Kota Contoh
            supervisi_tpn: ya
          - unit: dinas-baru
            predikat: wbk
            tahun: 2025
            oleh: mandiri
            sk: { nomor: "M/2/2025", tanggal: 2025-11-03 }
            laporan_kemenpanrb: { nomor: "L/7", tanggal: 2025-11-20 }
            pencabutan: { nomor: "C/1", tanggal: 2026-03-02, oleh: Wali Kota Contoh }

        """

    @Test func whoDesignatedTheReportAndWhoRevokedAreShownAndPublished() throws {
        let portal = SurveyPagesTests.portal.with(Self.file, Self.selfEvaluatedRecord)
        let last = DesignationReportDeadline.lastDay(for: CalendarDate(iso: "2025-11-03")!)
        let site = try build(portal, date: CalendarDate(iso: "2026-06-01")!)
        let unit = try site.main(Pages.unit)
        #expect(unit.contains("Sejak 2025, ditetapkan oleh <span lang=\"id\">Evaluasi mandiri instansi: Wali Kota Contoh</span> dengan keputusan M/1/2025, 3 November 2025."))
        #expect(unit.contains("<td lang=\"id\">Belum dilaporkan; batas \(Formatting.date(last)) telah lewat</td>"))
        let revoked = try site.main("unit/dinas-baru/index.html")
        #expect(revoked.contains("<td lang=\"id\">Evaluasi mandiri instansi: pimpinan instansi (jabatan tidak dicantumkan)</td>"))
        #expect(revoked.contains("<td lang=\"id\">Tepat waktu: dilaporkan 20 November 2025 (L/7)</td><td lang=\"id\">Dicabut: C/1, 2 Maret 2026, oleh Wali Kota Contoh</td>"))
        let dashboard = try site.main("zona-integritas/index.html")
        #expect(dashboard.contains("paling lambat \(DesignationReportDeadline.table.current.value) hari setelah penetapan (SE MenPANRB 04/2023, E.3.d)"))
        #expect(dashboard.contains("<th scope=\"row\"><a href=\"../unit/\(TestPortal.unit)/\">Dinas Contoh</a></th><td lang=\"id\">Menuju WBK</td><td>2025</td><td>Evaluasi mandiri instansi: Wali Kota Contoh</td>"))
        let predicates = try site.page("data/zi-predikat.csv")
        #expect(predicates.contains(",Wali Kota Contoh,ya,,,\(last.iso),belum dilaporkan,\r\n"))
        #expect(predicates.contains(",,,L/7,2025-11-20,\(last.iso),tepat waktu,Wali Kota Contoh\r\n"))

        // Before the last day: not yet due, and no warning.
        let early = try build(portal, date: CalendarDate(iso: "2025-11-10")!)
        #expect(try early.main(Pages.unit).contains("<td lang=\"id\">Belum dilaporkan; batas \(Formatting.date(last))</td>"))
        #expect(try early.page("data/zi-predikat.csv").contains(",belum jatuh tempo,"))
    }

    @Test func theDashboardListsTheStatementsAskedAndTheIndicesUseThemAll() throws {
        let record = """
            pernyataan_tambahan:
              spkp:
                - { kode: SPKP9, teks: Petugas menjelaskan hak pengguna layanan, mulai: 2026-03 }

            """
        let means = ZIElements.all.map { "\($0.code): 6" } + ["SPKP9: 3"]
        let result = "jenis: zi\nperiode: 2026-03\nresponden: 10\nrata_rata: { " + means.joined(separator: ", ") + " }\n"
        let portal = TestPortal().with(Self.file, record).with("units/\(TestPortal.unit)/survei/zi-2026-03.yaml", result)
        let site = try build(portal)
        let dashboard = try site.main("zona-integritas/index.html")
        #expect(dashboard.contains("pernyataan contoh lampiran SE MenPANRB 04/2023 dan 1 pernyataan tambahan instansi"))
        #expect(dashboard.contains("<div><dt>SPKP1</dt><dd>\(ZIElements.spkp[0].label)</dd></div>"))
        #expect(dashboard.contains("<div><dt>SPKP9</dt><dd>Petugas menjelaskan hak pengguna layanan (pernyataan tambahan instansi, ditanyakan sejak Maret 2026)</dd></div>"))
        #expect(dashboard.contains("hasil periode yang dimulai sebelum suatu pernyataan tambahan ditanyakan dinilai tanpa pernyataan itu (tafsiran Lentera"))
        #expect(dashboard.contains("<div><dt>SPAK5</dt>"))
        // IPKP over 9 statements: (8 × 6 + 3) ÷ 9 stars.
        let spkp = Double(ZIElements.spkp.count * 6 + 3) / Double(ZIElements.spkp.count + 1)
        let table = try site.page("data/zi.csv")
        #expect(table.contains(",\(String(format: "%.4f", spkp)),"), "\(table)")
    }

    /// A statement asked from April: the February result, without it, is published with IPKP
    /// over the appendix's 8 statements, the April one over 9 (fails without `mulai`: the
    /// February result was an error and left out).
    @Test func eachPeriodsIndicesAreMeansOverTheStatementsAskedInIt() throws {
        let record = "pernyataan_tambahan:\n  spkp:\n    - { kode: SPKP9, teks: Petugas menjelaskan hak pengguna layanan, mulai: 2026-04 }\n"
        func result(_ period: String, _ extra: [String]) -> String {
            "jenis: zi\nperiode: \(period)\nresponden: 10\nrata_rata: { " + (ZIElements.all.map { "\($0.code): 6" } + extra).joined(separator: ", ") + " }\n"
        }
        let portal = TestPortal().with(Self.file, record)
            .with("units/\(TestPortal.unit)/survei/zi-2026-02.yaml", result("2026-02", []))
            .with("units/\(TestPortal.unit)/survei/zi-2026-04.yaml", result("2026-04", ["SPKP9: 3"]))
        let site = try build(portal)
        #expect(try site.main("zona-integritas/index.html").contains("(pernyataan tambahan instansi, ditanyakan sejak April 2026)"))
        let rows = try site.page("data/zi.csv").split(separator: "\r\n").map(String.init)
        let february = try #require(rows.first { $0.contains("2026-02") })
        let april = try #require(rows.first { $0.contains("2026-04") })
        #expect(february.contains(",6.0000,"), "\(february)")
        let spkp = Double(ZIElements.spkp.count * 6 + 3) / Double(ZIElements.spkp.count + 1)
        #expect(april.contains(",\(String(format: "%.4f", spkp)),"), "\(april)")
    }
}

private extension String {
    /// As the templates escape a value.
    var htmlEscaped: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }
}