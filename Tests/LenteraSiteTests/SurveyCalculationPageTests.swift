import Foundation
import LenteraDomain
import LenteraSite
import LenteraTesting
import Testing

/// The calculation sheet (lembar perhitungan) of a unit's IKM per period: every step from
/// the answers to the mutu, linked from the unit page, in the open data, at an address of
/// its own that later periods never change.
@Suite struct SurveyCalculationPageTests {
    static let folder = SurveyPagesTests.folder
    static let page = "unit/\(TestPortal.unit)/survei/ikm-2026-q2/index.html"
    static let earlierPage = "unit/\(TestPortal.unit)/survei/ikm-2026-q1/index.html"

    /// The worked check as counts: 29 respondents whose totals are 105, 101, 100, 116, 102,
    /// 105, 106, 105, 115 (each element: `total − 87` answers of 4, the rest 3).
    static let counted: String = {
        let totals = [105, 101, 100, 116, 102, 105, 106, 105, 115]
        let answers = totals.enumerated().map { "U\($0.offset + 1): [0, 0, \(29 - ($0.element - 87)), \($0.element - 87)]" }
        return "jenis: skm\nperiode: 2026-Q2\nresponden: 29\njawaban: { \(answers.joined(separator: ", ")) }\n"
    }()

    static let portal = TestPortal()
        .with("\(folder)/skm-2026-Q2.yaml", counted)
        .with("\(folder)/skm-2026-Q1.yaml", SurveyPagesTests.earlier)

    @Test func theSheetShowsEveryStepFromTheAnswersToTheMutu() throws {
        let sheet = try build(Self.portal).main(Self.page)
        #expect(sheet.contains("<h1>Lembar perhitungan IKM Triwulan II 2026</h1>"))
        #expect(sheet.contains("<div><dt>IKM</dt><dd>91,48 — Mutu A (Sangat Baik)</dd></div>"))
        // A row: the answers of each value, who answered, JP, NRR, the weight, NRR × weight.
        #expect(sheet.contains("<tr><th scope=\"row\" lang=\"id\">U1 Persyaratan</th><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">11</td><td class=\"num\">18</td><td class=\"num\">29</td><td class=\"num\">105</td><td class=\"num\">3,621</td><td class=\"num\">1/9</td><td class=\"num\">0,4023</td></tr>"))
        #expect(sheet.contains("<th scope=\"colgroup\" colspan=\"4\">Banyaknya jawaban bernilai</th>"))
        // The totals, unrounded on the way: 955 ÷ 29 ÷ 9 = 3,659004; × 25 = 91,4751 → 91,48 → A.
        #expect(sheet.contains("<div><dt>IKM skala 1–4 (jumlah NRR × bobot)</dt><dd>3,659004</dd></div>"))
        #expect(sheet.contains("<div><dt>IKM × 25 (skala 25–100)</dt><dd>91,4751</dd></div>"))
        #expect(sheet.contains("<li>NRR tiap unsur adalah jumlah nilai jawabannya dibagi banyaknya yang menjawab; misalnya U1: 105 ÷ 29 = 3,621.</li>"))
        #expect(sheet.contains("jumlah NRR tanpa pembulatan 32,931034 ÷ 9 = 3,659004."))
        #expect(sheet.contains("3,659004 × 25 = 91,4751, dibulatkan 2 desimal menjadi 91,48, jadi mutu A (Sangat Baik)."))
        // The heading over the counts is tied to their columns.
        #expect(sheet.contains("<colgroup><col></colgroup><colgroup span=\"4\"></colgroup><colgroup span=\"5\"></colgroup>"))
        // The bands in force at the end of the period.
        #expect(sheet.contains("<tr><th scope=\"row\">B</th><td class=\"num\">76,61–88,30</td><td class=\"num\">3,0644–3,5320</td><td lang=\"id\">Baik</td></tr>"))
    }

    /// Regression: the bands' scrolling region was named as its section's heading, two
    /// landmarks of one name (axe's landmark-unique).
    @Test func everyRegionOfTheSheetHasANameOfItsOwn() throws {
        let sheet = try build(Self.portal).main(Self.page)
        func names(_ pattern: String) -> [String] {
            let regex = try! NSRegularExpression(pattern: pattern)
            return regex.matches(in: sheet, range: NSRange(sheet.startIndex..., in: sheet)).map { String(sheet[Range($0.range(at: 1), in: sheet)!]) }
        }
        let regions = names("role=\"region\" aria-label=\"([^\"]*)\"")
        let sections = names("<section aria-labelledby=\"[^\"]*\">\n<h2 id=\"[^\"]*\">([^<]*)</h2>")
        #expect(regions.count == 2 && sections.count == 2)
        let all = regions + sections
        #expect(Set(all).count == all.count, "\(all)")
    }

    @Test func theUnitPageLinksEachPeriodsSheet() throws {
        let site = try build(Self.portal)
        let unit = try site.main(Pages.unit)
        let here = "../../unit/\(TestPortal.unit)/survei"
        #expect(unit.contains("<p class=\"calculation-link\"><a href=\"\(here)/ikm-2026-q2/\">Lembar perhitungan Triwulan II 2026: setiap langkah dari jawaban sampai mutu</a></p>"))
        #expect(unit.contains("<th scope=\"row\"><a href=\"\(here)/ikm-2026-q1/\">Triwulan I 2026</a></th>"))
        #expect(site.files[Self.earlierPage] != nil)
        // And the sheet leads back.
        #expect(try site.main(Self.page).contains("<a href=\"../../../../unit/\(TestPortal.unit)/\">Kembali ke halaman unit</a>"))
    }

    @Test func importingANewPeriodNeverChangesAnOldPeriodsSheet() throws {
        let before = try build(Self.portal)
        let later = Self.counted.replacingOccurrences(of: "2026-Q2", with: "2026-Q3").replacingOccurrences(of: "[0, 0, 11, 18]", with: "[1, 0, 10, 18]")
        let after = try build(Self.portal.with("\(Self.folder)/skm-2026-Q3.yaml", later))
        #expect(after.files["unit/\(TestPortal.unit)/survei/ikm-2026-q3/index.html"] != nil)
        #expect(before.files[Self.page] == after.files[Self.page])
        #expect(before.files[Self.earlierPage] == after.files[Self.earlierPage])
    }

    @Test func aResultFromAFinalReportHasNoAnswerColumns() throws {
        let site = try build(TestPortal().with("\(Self.folder)/skm-2026-Q2.yaml", SurveyPagesTests.worked))
        let sheet = try site.main(Self.page)
        #expect(!sheet.contains("Banyaknya jawaban bernilai"))
        #expect(sheet.contains("<thead><tr><th scope=\"col\">Unsur</th><th scope=\"col\">Yang menjawab</th>"))
        #expect(sheet.contains("dari laporan akhir survei unit"))
    }

    @Test func theOpenDataHoldsEveryStep() throws {
        let site = try build(Self.portal, baseURL: "https://contoh.go.id/")
        let csv = try site.page("data/ikm-perhitungan.csv")
        let lines = csv.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "instansi,unit,nama_unit,layanan,periode,kode,jawaban_1,jawaban_2,jawaban_3,jawaban_4,jawaban,jp,nrr,bobot,nrr_tertimbang,halaman")
        #expect(lines.contains("\(TestPortal.instansi),\(TestPortal.unit),Dinas Contoh,,2026-Q2,U1,0,0,11,18,29,105.0000,3.620690,0.111111,0.402299,https://contoh.go.id/unit/\(TestPortal.unit)/survei/ikm-2026-q2/"))
        #expect(lines.count == 1 + 2 * 9)
        #expect(try site.page("data/datapackage.json").contains("\"name\": \"ikm-perhitungan\""))
    }
}
