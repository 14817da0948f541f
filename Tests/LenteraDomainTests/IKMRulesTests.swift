import Foundation
import LenteraTesting
import Testing
@testable import LenteraDomain

/// The IKM tables of PermenPANRB 14/2017 as data: docs/rules.md and the code state the same
/// numbers, the boundaries of each band hold on the value rounded to 2 decimals, and a period
/// is classified by the table in force on its last day.
@Suite struct IKMRulesTests {
    /// "88,31 – 100,00" → 88.31.
    static func number(_ text: String) -> Double {
        Double(text.replacingOccurrences(of: ",", with: ".").trimmingCharacters(in: .whitespaces))!
    }

    @Test func theDocumentedMutuTableIsTheCodes() throws {
        let documented = try DocumentedTable.named("ikm-mutu")
        let methodology = try #require(Methodology.ikm.first { $0.id == "ikm-mutu" }?.figures)
        #expect(documented.rows == methodology.rows)
        let bands = IKMRules.mutuBands.current.value.bands
        #expect(documented.rows.map { $0[1] } == bands.map(\.mutu.rawValue))
        #expect(documented.rows.map { $0[2] } == bands.map(\.performance))
        for (row, band) in zip(documented.rows, bands) {
            let bounds = row[0].components(separatedBy: "–").map(Self.number)
            #expect(bounds == [band.lowest, band.highest])
        }
    }

    @Test func theDocumentedKrejcieMorganConstantsAreTheCodes() throws {
        let documented = try DocumentedTable.named("krejcie-morgan")
        let constants = IKMRules.sampleSize.current.value
        #expect(documented.rows.map { $0[0] } == ["χ²", "P", "d"])
        #expect(documented.rows.map { Self.number($0[1]) } == [constants.chiSquare, constants.proportion, constants.margin])
        let methodology = try #require(Methodology.ikm.first { $0.id == "ikm-sampel" }?.figures)
        #expect(methodology.rows == documented.rows)
    }

    /// Each documented band: its lowest value and anything that rounds to it is in it; the
    /// value that rounds to one hundredth less is in the band below.
    @Test func bandsHoldAtTheirBoundariesOnTheValueRoundedTo2Decimals() throws {
        let rows = try DocumentedTable.named("ikm-mutu").rows
        for (index, row) in rows.enumerated() {
            let bounds = row[0].components(separatedBy: "–").map(Self.number)
            let mutu = try #require(Mutu(rawValue: row[1]))
            #expect(Mutu.classify(converted: bounds[0]) == mutu)
            #expect(Mutu.classify(converted: bounds[0] - 0.005) == mutu, "half a hundredth below \(bounds[0]) rounds up")
            #expect(Mutu.classify(converted: bounds[1]) == mutu)
            if index + 1 < rows.count {
                let below = try #require(Mutu(rawValue: rows[index + 1][1]))
                #expect(Mutu.classify(converted: bounds[0] - 0.006) == below)
                #expect(Mutu.classify(converted: bounds[0] - 0.01) == below)
            }
        }
    }

    @Test func theTablesAreASecondarySourceFromTheRegulationsYear() {
        for version in [IKMRules.mutuBands.current.source, IKMRules.sampleSize.current.source] {
            #expect(version.standing == .secondary)
            #expect(version.caption.hasPrefix("PermenPANRB 14/2017"))
            #expect(version.caption.hasSuffix("(sumber sekunder)"))
        }
        #expect(IKMRules.mutuBands.current.from.year == 2017)
        let rules = Methodology.ikm
        #expect(Set(rules.map(\.id)).count == rules.count)
        #expect(rules.first { $0.id == "ikm-mutu" }?.reading?.contains("tafsiran Lentera") == true)
    }

    /// A later table with other bounds applies to periods that end on or after its first
    /// day; a period that ended before it keeps the mutu it had.
    @Test func aPeriodIsClassifiedByTheTableInForceOnItsLastDay() throws {
        let old = IKMRules.mutuBands.current
        var stricter = old.value
        stricter.bands[0].lowest = 95
        let table = DatedTable([old, .init(from: CalendarDate(iso: "2025-07-01")!, source: RuleSource("Peraturan baru"), value: stricter)])
        let weights = try SKMElements.weights(of: SKMElements.standard).get()
        func score(_ period: String) throws -> IKMScore {
            let elements = Dictionary(uniqueKeysWithValues: SKMElements.standard.map { ($0.code, ElementScore(mean: 3.7, answered: 10)) })
            let result = SurveyResult(unit: "u", kind: .skm, period: SurveyPeriod(period)!, respondents: 10, elements: elements)
            return try #require(IKMScore(result: result, elements: SKMElements.standard, weights: weights, mutuBands: table))
        }
        #expect(try score("2025-Q2").mutu == .A)   // ends 30 June 2025: the old table
        #expect(try score("2025-Q3").mutu == .B)   // ends 30 September 2025: the new one
        #expect(try score("2025-S1").mutu == .A)
        #expect(try score("2025").mutu == .B)
    }

    @Test func removingABandBreaksTheDocumentedComparison() throws {
        // The docs list four bands; the code's table must have them all.
        #expect(try DocumentedTable.named("ikm-mutu").rows.count == IKMRules.mutuBands.current.value.bands.count)
        #expect(IKMRules.mutuBands.current.value.bands.map(\.mutu) == Mutu.allCases)
    }
}
