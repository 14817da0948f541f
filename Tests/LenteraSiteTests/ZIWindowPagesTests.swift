import Foundation
import LenteraDomain
import LenteraSite
import LenteraTesting
import Testing

/// The ZI minimums as the pages print them, read from the code's table (no copy of a figure).
enum ZIText {
    static var version: DatedTable<ZIMinimums>.Version { ZIMinimums.table.current }
    static var source: String { version.source.caption }
    static func comma(_ value: Double) -> String { String(format: "%.2f", value).replacingOccurrences(of: ".", with: ",") }
    /// "3,20 dan 3,60"
    static func minimums(_ predicate: ZIPredicate) -> String {
        let threshold = version.value.threshold(predicate)
        return "\(comma(threshold.ipkp)) dan \(comma(threshold.ipak))"
    }
    /// The cells of the minimums table: "3,20</td><td>3,60".
    /// The rule of the readiness table: "IPKP ≥ 3,20 dan IPAK ≥ 3,60".
    static func rule(_ predicate: ZIPredicate) -> String {
        let threshold = version.value.threshold(predicate)
        return "IPKP ≥ \(comma(threshold.ipkp)) dan IPAK ≥ \(comma(threshold.ipak))"
    }
    static func cells(_ predicate: ZIPredicate) -> String {
        let threshold = version.value.threshold(predicate)
        return "\(comma(threshold.ipkp))</td><td>\(comma(threshold.ipak))"
    }
    static func lke(_ predicate: ZIPredicate) -> String { String(Int(version.value.threshold(predicate).lke)) }
    /// The last columns of a `zi-rata-3-bulan.csv` row: the minimums in force on `day` and
    /// their source (quoted, as it holds a comma): `3.20,3.60,3.60,3.60,"PermenPANRB …"`.
    static func csvMinimums(on day: CalendarDate) -> String {
        let version = ZIMinimums.table.inForce(on: day)
        let figures = ZIPredicate.allCases.flatMap { predicate in
            [version.value.threshold(predicate).ipkp, version.value.threshold(predicate).ipak].map { String(format: "%.2f", $0) }
        }
        return figures.joined(separator: ",") + ",\"" + version.source.caption + "\""
    }
}

/// The IPKP/IPAK window judged for a day (the proposal's date or the build date), stale
/// surveys, and verdicts that depend on the 1–6 → scale-4 conversion.
@Suite struct ZIWindowPagesTests {
    static let folder = SurveyPagesTests.folder
    static let december = CalendarDate(year: 2026, month: 12, day: 6)!

    /// The three monthly ZI surveys of `SurveyPagesTests`, relabelled to July–September 2023.
    static let stale = TestPortal()
        .with("\(folder)/zi-2023-07.yaml", SurveyPagesTests.zi("07", spkp: 6, spak: 6).replacingOccurrences(of: "2026-", with: "2023-"))
        .with("\(folder)/zi-2023-08.yaml", SurveyPagesTests.zi("08", spkp: 6, spak: 6).replacingOccurrences(of: "2026-", with: "2023-"))
        .with("\(folder)/zi-2023-09.yaml", SurveyPagesTests.zi("09", spkp: 6, spak: 6).replacingOccurrences(of: "2026-", with: "2023-"))

    /// Written to fail before the dated window: the latest surveys, however old, were judged "met".
    @Test func surveysOfThreeYearsAgoMeetNothingInDecember2026() throws {
        let site = try build(Self.stale, date: Self.december)
        let unit = try site.main(Pages.unit)
        let reason = "survei terakhir berakhir September 2023, lebih dari 3 bulan sebelum 6 Desember 2026"
        #expect(unit.contains("Jendela Juli–September 2023 (survei Juli–September 2023): \(reason), sehingga pemenuhan batas minimal belum diketahui."))
        #expect(unit.contains("<th scope=\"row\" lang=\"id\">Menuju WBK</th><td>\(ZIText.cells(.wbk))</td><td>Belum diketahui</td>"))
        #expect(unit.contains("<th scope=\"row\" lang=\"id\">Menuju WBBM</th><td>\(ZIText.cells(.wbbm))</td><td>Belum diketahui</td>"))
        #expect(!unit.contains("<td>Terpenuhi</td>"))
        #expect(unit.contains("Tanggal penilaian: 6 Desember 2026, tanggal pembuatan situs"))
        #expect(unit.contains("(tafsiran Lentera)"))
        let dashboard = try site.main("survei/index.html")
        #expect(dashboard.contains("<td>6 Desember 2026</td><td>Juli 2023–September 2023 (3 dari 3 bulan)</td><td>4,00</td><td>4,00</td><td>Belum diketahui</td><td>Belum diketahui</td><td>Belum diketahui: \(reason)</td>"))
        let csv = try site.page("data/zi-rata-3-bulan.csv")
        #expect(csv.contains(",2026-12-06,tanggal_pembuatan,2023-07,2023-09,2023-07 2023-08 2023-09,3,18,4.0000,4.0000,tidak diketahui,tidak diketahui,\"\(reason)\",proporsional,,,\(ZIText.csvMinimums(on: Self.december))\r\n"))
        #expect(!csv.contains("ya,ya"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(site.page("data/zi-rata-3-bulan.json").utf8)) as? [[String: Any]])
        #expect(json.first?["status_wbk"] as? String == "tidak diketahui")
        #expect(json.first?["alasan"] as? String == reason)
        // The same surveys judged for a day soon after them are judged.
        let fresh = try build(Self.stale, date: CalendarDate(year: 2023, month: 11, day: 1)!).main(Pages.unit)
        #expect(fresh.contains("<th scope=\"row\" lang=\"id\">Menuju WBBM</th><td>\(ZIText.cells(.wbbm))</td><td>Terpenuhi</td>"))
    }

    /// The issue's check on the example portal itself: its ZI surveys relabelled to 2023.
    @Test func theExamplesSurveysRelabelledTo2023AreUnknownInDecember2026() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("content"), to: content)
            let surveys = content.appendingPathComponent("units/dinas-kependudukan-dan-pencatatan-sipil-banjarmasin/survei")
            for month in ["07", "08", "09"] {
                let old = surveys.appendingPathComponent("zi-2026-\(month).yaml")
                let text = try String(contentsOf: old, encoding: .utf8).replacingOccurrences(of: "2026-\(month)", with: "2023-\(month)")
                try FileManager.default.removeItem(at: old)
                try Data(text.utf8).write(to: surveys.appendingPathComponent("zi-2023-\(month).yaml"))
            }
            let report = SiteBuilder.build(options(in: folder, date: Self.december))
            #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
            let site = BuiltSite(report: report, files: FolderSnapshot.files(in: folder.appendingPathComponent("public")))
            let unit = try site.main("unit/dinas-kependudukan-dan-pencatatan-sipil-banjarmasin/index.html")
            #expect(unit.contains("survei terakhir berakhir September 2023, lebih dari 3 bulan sebelum 6 Desember 2026"))
            #expect(unit.contains("<th scope=\"row\" lang=\"id\">Menuju WBK</th><td>\(ZIText.cells(.wbk))</td><td>Belum diketahui</td>"))
            #expect(!unit.contains("<span class=\"status status-met\">Terpenuhi</span>"))
            let csv = try site.page("data/zi-rata-3-bulan.csv")
            #expect(csv.contains("dinas-kependudukan-dan-pencatatan-sipil-banjarmasin"))
            #expect(!csv.contains("ya,ya"))
            #expect(!csv.contains(",terpenuhi,"))
            #expect(csv.contains("tidak diketahui,tidak diketahui,\"survei terakhir berakhir September 2023"))
        }
    }

    /// The example as it is, on a fixed day: its ZI surveys (July–September 2026) are judged.
    @Test func theExamplesOwnSurveysAreJudgedOnAFixedDay() throws {
        try withTemporaryFolder { folder in
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("content"), to: folder.appendingPathComponent("content"))
            let report = SiteBuilder.build(options(in: folder, date: Self.december))
            #expect(report.succeeded)
            let unit = String(decoding: try #require(FolderSnapshot.files(in: folder.appendingPathComponent("public"))["unit/dinas-kependudukan-dan-pencatatan-sipil-banjarmasin/index.html"]), as: UTF8.self)
            #expect(unit.contains("Rata-rata Juli–September 2026 (3 survei bulanan), dibobot menurut jumlah responden."))
            #expect(unit.contains("<h4><span lang=\"id\">Survei SPKP dan SPAK</span>, Juli–September 2026</h4>"))
            #expect(!unit.contains("survei terakhir berakhir"))
            #expect(unit.contains("<span class=\"status status-met\">Terpenuhi</span>"))
        }
    }

    /// A proposal dated in the build date's year moves the day judged for: a survey that
    /// ended after the proposal does not count.
    @Test func aDatedProposalIsTheDayJudgedFor() throws {
        func record(_ date: String) -> String {
            "usulan:\n  - tahun: 2026\n    tanggal: \(date)\n    unit: [\(TestPortal.unit)]\n"
        }
        let file = "zona-integritas/\(TestPortal.instansi).yaml"
        let october = try build(SurveyPagesTests.portal.with(file, record("2026-10-15"))).main(Pages.unit)
        #expect(october.contains("<p class=\"zi-judged\">Tanggal penilaian: 15 Oktober 2026, tanggal usulan unit ini ke TPN tahun 2026.</p>"))
        #expect(october.contains("<th scope=\"row\" lang=\"id\">Menuju WBK</th><td>\(ZIText.cells(.wbk))</td><td>Terpenuhi</td>"))
        // Proposed on 15 September: the September survey had not ended; July and August cover 2 of 3 months.
        let site = try build(SurveyPagesTests.portal.with(file, record("2026-09-15")))
        let september = try site.main(Pages.unit)
        #expect(september.contains("Jendela Juni–Agustus 2026 (survei Juli–Agustus 2026): survei hanya mencakup 2 dari 3 bulan jendela"))
        #expect(september.contains("<th scope=\"row\" lang=\"id\">Menuju WBK</th><td>\(ZIText.cells(.wbk))</td><td>Belum diketahui</td>"))
        #expect(try site.page("data/zi-rata-3-bulan.csv").contains(",2026-09-15,usulan,2026-06,2026-08,2026-07 2026-08,2,12,"))
        // A proposal of another year, or dated after the build date, leaves the build date.
        let later = try build(SurveyPagesTests.portal.with(file, record("2026-12-01"))).main(Pages.unit)
        #expect(later.contains("Tanggal penilaian: 21 November 2026, tanggal pembuatan situs"))
    }

    /// 4 respondents: one gives 4 stars, three give 5 → a mean of 4,75 on every SPKP statement:
    /// IPKP 3,17 proportionally (WBK not met), 3,25 linearly (met).
    static func boundary(_ month: String) -> String {
        let spkp = "[0, 0, 0, 1, 3, 0]", spak = "[0, 0, 0, 0, 0, 4]"
        let elements = (1...8).map { "SPKP\($0): \(spkp)" } + (1...5).map { "SPAK\($0): \(spak)" }
        return "jenis: zi\nperiode: \"2026-\(month)\"\nresponden: 4\njawaban: { \(elements.joined(separator: ", ")) }\n"
    }

    static let boundaryPortal = TestPortal()
        .with("\(folder)/zi-2026-07.yaml", boundary("07"))
        .with("\(folder)/zi-2026-08.yaml", boundary("08"))
        .with("\(folder)/zi-2026-09.yaml", boundary("09"))

    @Test func aVerdictThatDependsOnTheConversionShowsBothRules() throws {
        let site = try build(Self.boundaryPortal)
        let unit = try site.main(Pages.unit)
        #expect(unit.contains("<th scope=\"row\" lang=\"id\">Menuju WBK</th><td>\(ZIText.cells(.wbk))</td><td>Belum terpenuhi (bergantung pada aturan konversi)</td>"))
        #expect(unit.contains("<li>Menuju WBK: hasilnya bergantung pada aturan konversi skala 6 ke skala 4, yang tidak disebutkan sumber mana pun: menurut aturan proporsional IPKP 3,17 dan IPAK 4,00 — belum terpenuhi; menurut aturan linier IPKP 3,25 dan IPAK 4,00 — terpenuhi.</li>"))
        #expect(unit.contains("<li>Menuju WBBM: dinilai dengan aturan konversi proporsional; dengan aturan linier hasilnya sama.</li>"))
        #expect(unit.contains("bergantung pada aturan konversi: proporsional belum terpenuhi, linier terpenuhi"))
        let dashboard = try site.main("survei/index.html")
        #expect(dashboard.contains("<td>Belum terpenuhi (bergantung pada aturan konversi)</td><td>Belum terpenuhi</td><td>Menuju WBK: proporsional belum terpenuhi, linier terpenuhi.</td>"))
        #expect(try site.page("data/zi-rata-3-bulan.csv").contains(",tidak terpenuhi,tidak terpenuhi,,proporsional,ya,tidak,\(ZIText.csvMinimums(on: testDay))\r\n"))
        // Under the linear rule the same answers meet WBK, still flagged.
        let linear = try build(Self.boundaryPortal.with(TestPortal.portalFile, TestPortal.portalYAML + "survei:\n  konversi_zi: linier\n")).main(Pages.unit)
        #expect(linear.contains("<th scope=\"row\" lang=\"id\">Menuju WBK</th><td>\(ZIText.cells(.wbk))</td><td>Terpenuhi (bergantung pada aturan konversi)</td>"))
    }
}
