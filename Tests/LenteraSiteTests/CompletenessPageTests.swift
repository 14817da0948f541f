import Foundation
import LenteraDomain
import LenteraTesting
import Testing

/// The completeness report in the built site: the page with a section per instansi and a
/// row per unit, the unit page's link to its row, and the open data.
@Suite struct CompletenessPageTests {
    static let survey = "units/\(TestPortal.unit)/survei"
    static let page = "kelengkapan/index.html"

    /// The minimal portal with a channel of its own, an SKM of 2026-Q3 with its analysis,
    /// and a sub-unit that lists no service.
    static var portal: TestPortal {
        TestPortal()
            .with(TestPortal.portalFile, TestPortal.portalYAML + "kanal_pengaduan:\n  - nama: Loket pengaduan\n")
            .with("\(survey)/skm-2026-Q3.yaml", SampleSurvey.skm().replacingOccurrences(of: "2024-Q1", with: "2026-Q3"))
            .with("\(survey)/skm-2026-Q3.md", "## Analisis\n\nTeks.\n\n## Rencana tindak lanjut\n\n1. Langkah.\n")
            .with("units/bidang-kosong/unit.md", TestPortal.unitMarkdown("Bidang Kosong", jenis: "bidang", induk: TestPortal.unit))
    }

    func rows(_ site: BuiltSite) throws -> [[String: Any]] {
        let data = try #require(site.files["data/kelengkapan.json"])
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    @Test func thePageListsEachUnitsObligationsUnderItsInstansi() throws {
        let site = try build(Self.portal)
        let main = try site.main(Self.page)
        #expect(main.contains("<h2 id=\"instansi-\(TestPortal.instansi)\">"))
        #expect(main.contains("<h3 id=\"unit-\(TestPortal.unit)\">"))
        #expect(main.contains("<h3 id=\"unit-bidang-kosong\">"))
        #expect(main.contains("Semua kewajiban yang berlaku terpenuhi."))
        // The empty sub-unit: unknown, with where to write its services; never "met".
        #expect(main.contains("5 belum diketahui."))
        #expect(main.contains("<code>units/bidang-kosong/layanan/</code>"))
        // Every obligation with its source and standing.
        #expect(main.contains("Dasar: <span lang=\"id\">UU 25/2009 Pasal 21; PermenPANRB 15/2014 (sumber sekunder)</span>."))
        #expect(main.contains("Dasar: <span lang=\"id\">SE MenPANRB 04/2023, E.2.g</span>."))
        #expect(main.contains("(tafsiran Lentera)"))
        // Linked from the unit page (to its row), the home page and the standards dashboard.
        #expect(try site.main(Pages.unit).contains("href=\"../../kelengkapan/#unit-\(TestPortal.unit)\""))
        #expect(try site.main(Pages.home).contains("href=\"kelengkapan/\""))
        #expect(try site.main("dasbor/index.html").contains("href=\"../kelengkapan/\""))
    }

    @Test func theOpenDataHasARowPerUnitAndObligation() throws {
        let site = try build(Self.portal)
        let rows = try rows(site)
        #expect(rows.count == 2 * 8)
        let unit = rows.filter { $0["unit"] as? String == TestPortal.unit }
        #expect(unit.map { $0["kewajiban"] as? String } == ["komponen", "penetapan", "maklumat", "pengaduan", "survei-skm", "analisis-zi", "jendela-ipkp-ipak", "laporan-penetapan"])
        #expect(unit.map { $0["status"] as? String } == ["terpenuhi", "terpenuhi", "terpenuhi", "terpenuhi", "terpenuhi", "tidak-berlaku", "tidak-berlaku", "tidak-berlaku"])
        #expect(unit.allSatisfy { $0["tanggal_penilaian"] as? String == "2026-11-21" })
        #expect(site.files["data/kelengkapan.csv"] != nil)
        #expect(try site.page("data/datapackage.json").contains("\"name\": \"kelengkapan\""))
    }

    /// Judged a year and more later, the same survey is stale and its fix names where the
    /// next result goes.
    @Test func theBuildDateDecidesWhetherTheSurveyIsRecent() throws {
        let late = try build(Self.portal, date: CalendarDate(year: 2027, month: 10, day: 1)!)
        let survey = try rows(late).first { $0["unit"] as? String == TestPortal.unit && $0["kewajiban"] as? String == "survei-skm" }
        #expect(survey?["status"] as? String == "belum-terpenuhi")
        #expect((survey?["perbaikan"] as? String)?.hasPrefix("units/\(TestPortal.unit)/survei/") == true)
        // And without the analysis, the fix is the file to write.
        let bare = try build(Self.portal.without("\(Self.survey)/skm-2026-Q3.md"))
        let missing = try rows(bare).first { $0["unit"] as? String == TestPortal.unit && $0["kewajiban"] as? String == "survei-skm" }
        #expect(missing?["status"] as? String == "belum-terpenuhi")
        #expect((missing?["perbaikan"] as? String)?.hasPrefix("units/\(TestPortal.unit)/survei/skm-2026-Q3.md: ") == true)
    }
}
