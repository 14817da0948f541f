import LenteraDomain
@testable import LenteraRender
import Testing

/// `SiteModel.ziWindowStatus(unit:predicate:on:)`: a unit's window judged for any day, for
/// pages such as a completeness report, with the reason a page prints.
@Suite struct ZIWindowStatusTests {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static let model: SiteModel = {
        var results: [SurveyResult] = []
        for month in ["2026-07", "2026-08", "2026-09"] {
            var elements: [String: ElementScore] = [:]
            for element in ZIElements.spkp + ZIElements.spak { elements[element.code] = ElementScore(mean: 6, answered: 10) }
            results.append(SurveyResult(unit: "dinas", kind: .zi, period: SurveyPeriod(month)!, respondents: 10, elements: elements))
        }
        let portal = Portal(title: "Portal", baseURL: "https://contoh.go.id/", instansi: [Instansi(slug: "kota", name: "Kota")])
        let unit = WorkUnit(slug: "dinas", name: "Dinas", kind: .dinas, instansi: "kota")
        return SiteModel(content: PortalContent(portal: portal, units: [unit], surveys: results), referenceDate: day("2026-11-21"))
    }()

    @Test func theStatusOnTheUnitsOwnDayAndOnOthers() {
        let model = Self.model
        let own = model.ziWindowStatus(unit: "dinas", predicate: .wbbm, on: model.ziJudgedDay("dinas").day)
        #expect(own.status == .met)
        #expect(model.ziWindowReason(own) == nil)

        let stale = model.ziWindowStatus(unit: "dinas", predicate: .wbk, on: Self.day("2027-01-01"))
        #expect(stale.status == .unknown)
        #expect(model.ziWindowReason(stale) == "survei terakhir berakhir September 2026, lebih dari 3 bulan sebelum 1 Januari 2027")

        let before = model.ziWindowStatus(unit: "dinas", predicate: .wbk, on: Self.day("2026-07-31"))
        #expect(before.status == .unknown)
        #expect(model.ziWindowReason(before) == "belum ada hasil survei SPKP/SPAK yang berakhir sebelum 31 Juli 2026")

        let partial = model.ziWindowStatus(unit: "dinas", predicate: .wbk, on: Self.day("2026-08-01"))
        #expect(model.ziWindowReason(partial) == "survei hanya mencakup 1 dari 3 bulan jendela (Mei 2026–Juli 2026)")

        let unknownUnit = model.ziWindowStatus(unit: "tidak-ada", predicate: .wbk, on: Self.day("2026-11-21"))
        #expect(unknownUnit.reason == .noSurvey)
    }
}
