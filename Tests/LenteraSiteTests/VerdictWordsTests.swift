import Foundation
import LenteraDomain
@testable import LenteraRender
import LenteraTesting
import Testing

/// One vocabulary for every verdict on the pages (Terpenuhi / Belum terpenuhi / Belum
/// diketahui), while the open data keeps its machine values, which docs/open-data.md maps
/// to the page words in one table.
@Suite struct VerdictWordsTests {
    static func text(_ value: OpenDataTable.Value) -> String? {
        if case .text(let text) = value { return text }
        return nil
    }

    static func obligation(_ status: CriterionStatus) -> ObligationStatus {
        switch status {
        case .met: .met
        case .notMet: .notMet
        case .unknown: .unknown
        }
    }

    @Test func theSurveyTheSelfEvaluationAndTheCompletenessUseTheSameWords() {
        let statuses: [CriterionStatus] = [.met, .notMet, .unknown]
        #expect(statuses.map(SiteModel.statusText) == ["Terpenuhi", "Belum terpenuhi", "Belum diketahui"])
        #expect([true, false, nil].map(SiteModel.ziVerdict) == statuses.map(SiteModel.statusText))
        #expect(statuses.map { Self.obligation($0).label } == statuses.map(SiteModel.statusText))
    }

    @Test func theDocumentedTableMapsEachMachineValueToThePageWord() throws {
        let table = try DocumentedTable.named("status-words", in: "docs/open-data.md")
        func plain(_ cell: String) -> String { cell.replacingOccurrences(of: "`", with: "") }
        let documented = table.rows.map { $0.map(plain) }
        let statuses: [CriterionStatus] = [.met, .notMet, .unknown]
        let code = statuses.map { status in
            [SiteModel.statusText(status), SiteModel.windowStatusText(status),
             Self.text(SiteModel.statusValue(status)) ?? "?", Self.obligation(status).rawValue]
        } + [[ObligationStatus.notApplicable.label, "–", "–", ObligationStatus.notApplicable.rawValue]]
        #expect(documented == code)
    }

    /// No page of a portal with met, unmet and unknown verdicts prints the old words.
    @Test func noPageUsesAnotherVocabulary() throws {
        let site = try build(ZonaIntegritasPagesTests.portal)
        let unit = try site.main(Pages.unit)
        // The unit's ZI averages meet WBK but not WBBM's IPKP minimum.
        #expect(unit.contains("<td>Terpenuhi</td></tr>"))
        #expect(unit.contains("<td>Belum terpenuhi</td></tr>"))
        for path in site.files.keys where path.hasSuffix(".html") {
            let page = try site.page(path)
            for old in ["Memenuhi", "Belum memenuhi", "elum dapat dinilai", "Tidak terpenuhi", "tidak terpenuhi"] {
                #expect(!page.contains(old), "\(path) still says “\(old)”")
            }
        }
    }
}
