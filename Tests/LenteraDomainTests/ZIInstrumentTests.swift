import Testing
@testable import LenteraDomain

/// An instansi may ask more SPKP/SPAK statements than the appendix's 8 + 5 (SE MenPANRB
/// 04/2023, E.2.c: "minimal mencakup"); IPKP and IPAK are then means over all of them.
@Suite struct ZIInstrumentTests {
    static let instrument = ZIInstrument(extraSPKP: [SurveyElement(code: "SPKP9", label: "Tambahan")],
                                         extraSPAK: [SurveyElement(code: "SPAK6", label: "Tambahan")])

    static func result(_ means: [String: Double]) -> SurveyResult {
        SurveyResult(unit: "u", kind: .zi, period: SurveyPeriod("2026-03")!, respondents: 10,
                     elements: means.mapValues { ElementScore(mean: $0, answered: 10) })
    }

    static func appendix(_ mean: Double) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: ZIElements.all.map { ($0.code, mean) })
    }

    @Test func theAppendixStatementsComeFirstThenTheInstansisOwn() {
        #expect(Self.instrument.spkp.map(\.code) == ZIElements.spkp.map(\.code) + ["SPKP9"])
        #expect(Self.instrument.spak.map(\.code) == ZIElements.spak.map(\.code) + ["SPAK6"])
        #expect(Self.instrument.additional.map(\.code) == ["SPKP9", "SPAK6"])
        #expect(ZIInstrument.standard.all == ZIElements.all)
        #expect(SurveySettings().elements(of: .zi, instrument: Self.instrument).count == ZIElements.all.count + 2)
    }

    @Test func theIndicesAreMeansOverEveryStatementOfTheInstrument() throws {
        var means = Self.appendix(6)
        means["SPKP9"] = 3
        means["SPAK6"] = 1
        let score = try #require(ZIScore(result: Self.result(means), conversion: .proportional, instrument: Self.instrument))
        let spkp = Double(ZIElements.spkp.count * 6 + 3) / Double(ZIElements.spkp.count + 1)
        let spak = Double(ZIElements.spak.count * 6 + 1) / Double(ZIElements.spak.count + 1)
        #expect(abs(score.spkpMean - spkp) < 1e-12)
        #expect(abs(score.spakMean - spak) < 1e-12)
        #expect(abs(score.ipkp - spkp / 6 * 4) < 1e-12)
        // The appendix's instrument alone leaves the extra answers out.
        let standard = try #require(ZIScore(result: Self.result(means), conversion: .proportional))
        #expect(standard.spkpMean == 6)
    }

    /// SPKP9 asked from April 2026.
    static let fromApril = ZIInstrument(extraSPKP: [SurveyElement(code: "SPKP9", label: "Tambahan")],
                                        from: ["SPKP9": SurveyPeriod("2026-04")!])

    @Test func anAddedStatementIsAskedFromThePeriodThatBeginsInItsFirstMonth() {
        let asked = { (period: String) in Self.fromApril.asked(in: SurveyPeriod(period)!).spkp.map(\.code).contains("SPKP9") }
        #expect(!asked("2026-03"))
        #expect(asked("2026-04"))
        #expect(asked("2026-05"))
        #expect(!asked("2026-Q1"))
        #expect(asked("2026-Q2"))
        #expect(!asked("2026-S1"), "a half year that began in January")
        #expect(!asked("2026"))
        #expect(asked("2027"))
        #expect(!asked("2025-12"))
        // The appendix's statements are asked in every period; all of them stay listed.
        #expect(Self.fromApril.asked(in: SurveyPeriod("2020")!).all == ZIElements.all)
        #expect(Self.fromApril.all.count == ZIElements.all.count + 1)
        #expect(Self.fromApril.firstPeriod(of: "SPKP9") == SurveyPeriod("2026-04"))
        #expect(Self.fromApril.firstPeriod(of: "SPKP1") == nil)
    }

    @Test func theIndicesOfAPeriodAreMeansOverTheStatementsAskedInIt() throws {
        var means = Self.appendix(6)
        // March: no answer to SPKP9, which is not asked yet; the mean is the appendix's.
        let march = try #require(ZIScore(result: Self.result(means), conversion: .proportional, instrument: Self.fromApril))
        #expect(march.spkpMean == 6)
        // April: asked, so required and counted.
        means["SPKP9"] = 3
        var april = Self.result(means)
        april.period = SurveyPeriod("2026-04")!
        let score = try #require(ZIScore(result: april, conversion: .proportional, instrument: Self.fromApril))
        #expect(abs(score.spkpMean - Double(ZIElements.spkp.count * 6 + 3) / Double(ZIElements.spkp.count + 1)) < 1e-12)
        april.elements["SPKP9"] = nil
        #expect(ZIScore(result: april, conversion: .proportional, instrument: Self.fromApril) == nil)
    }

    @Test func aStatementOfTheInstrumentWithoutAnswersGivesNoScore() {
        #expect(ZIScore(result: Self.result(Self.appendix(5)), conversion: .proportional, instrument: Self.instrument) == nil)
        #expect(ZIScore(result: Self.result(Self.appendix(5)), conversion: .proportional) != nil)
    }
}
