import Foundation
import LenteraTesting
import Testing
@testable import LenteraDomain

/// The IKM of PermenPANRB 14/2017 and the sample size of Krejcie & Morgan, against the
/// worked numbers of the domain reference (docs/rules.md).
@Suite struct IKMTests {
    let q1 = SurveyPeriod("2024-Q1")!
    let weights: [Double] = (try? SKMElements.weights(of: SKMElements.standard).get()) ?? []

    /// A result whose elements have the given sums over `respondents` answers each.
    func result(totals: [Double], respondents: Int) -> SurveyResult {
        var elements: [String: ElementScore] = [:]
        for (index, total) in totals.enumerated() {
            elements["U\(index + 1)"] = ElementScore(mean: total / Double(respondents), answered: respondents)
        }
        return SurveyResult(unit: "u", kind: .skm, period: q1, respondents: respondents, elements: elements)
    }

    @Test func theWorkedExampleOf29RespondentsGives91_475AndA() throws {
        let score = try #require(IKMScore(result: result(totals: [105, 101, 100, 116, 102, 105, 106, 105, 115], respondents: 29),
                                          elements: SKMElements.standard, weights: weights))
        #expect(abs(score.converted - 91.475) < 0.0005)
        #expect(abs(score.index - 3.659) < 0.0005)
        #expect(abs(score.elements[0].nrr - 105.0 / 29) < 1e-12)
        #expect(score.mutu == .A)
        #expect(score.mutu.performance == "Sangat Baik")
        // With the rounded published weight the same answers give 91.384: the error the rule avoids.
        let rounded = try #require(IKMScore(result: result(totals: [105, 101, 100, 116, 102, 105, 106, 105, 115], respondents: 29),
                                            elements: SKMElements.standard, weights: Array(repeating: 0.111, count: 9)))
        #expect(abs(rounded.converted - 91.384) < 0.0005)
    }

    @Test func nineAnswersOfFourGive100NotNinetyNinePointNine() throws {
        let score = try #require(IKMScore(result: result(totals: Array(repeating: 4, count: 9), respondents: 1),
                                          elements: SKMElements.standard, weights: weights))
        #expect(score.converted == 100)
        #expect(score.index == 4)
    }

    @Test func roundedWeightsAreRefusedAndPartialOnesToo() {
        let rounded = SKMElements.standard.map { SurveyElement(code: $0.code, label: $0.label, weight: 0.111) }
        guard case .failure(.sum(let sum)) = SKMElements.weights(of: rounded) else { Issue.record("0.111 × 9 accepted"); return }
        #expect(abs(sum - 0.999) < 1e-9)
        var partial = SKMElements.standard
        partial[0].weight = 0.5
        #expect(SKMElements.weights(of: partial) == .failure(.partial))
        let custom = [SurveyElement(code: "U1", label: "a", weight: 0.25), SurveyElement(code: "U2", label: "b", weight: 0.75)]
        #expect(SKMElements.weights(of: custom) == .success([0.25, 0.75]))
        let third: Double = 1.0 / 3
        let equal: [Double] = [third, third, third]
        #expect(SKMElements.weights(of: Array(SKMElements.standard.prefix(3))) == .success(equal))
    }

    @Test func anElementWithoutAnswersGivesNoIKM() {
        var incomplete = result(totals: Array(repeating: 3, count: 9), respondents: 1)
        incomplete.elements["U5"] = nil
        #expect(IKMScore(result: incomplete, elements: SKMElements.standard, weights: weights) == nil)
    }

    @Test func countsGiveTheSameNRRAsTheirSum() {
        let score = ElementScore(counts: [1, 2, 3, 4])
        #expect(score.answered == 10)
        #expect(score.total == 1 + 4 + 9 + 16)
        #expect(score.mean == 3.0)
        let stars = ElementScore(counts: [0, 0, 0, 0, 1, 1])
        #expect(stars.mean == 5.5)
    }
}

@Suite struct SampleSizeTests {
    /// The published Krejcie & Morgan table (domain reference §4).
    @Test(arguments: [(10, 10), (15, 14), (50, 44), (100, 80), (300, 169), (1000, 278), (5000, 357), (10000, 370), (40000, 380)])
    func reproducesThePublishedTable(population: Int, sample: Int) {
        #expect(SampleSize.krejcieMorgan(population: population) == sample)
    }

    @Test func noUsersNeedNoSample() {
        #expect(SampleSize.krejcieMorgan(population: 0) == 0)
    }
}

@Suite struct ZIIndexTests {
    func zi(_ period: String, spkp: Double, spak: Double, respondents: Int = 10) -> SurveyResult {
        var elements: [String: ElementScore] = [:]
        for element in ZIElements.spkp { elements[element.code] = ElementScore(mean: spkp, answered: respondents) }
        for element in ZIElements.spak { elements[element.code] = ElementScore(mean: spak, answered: respondents) }
        return SurveyResult(unit: "u", kind: .zi, period: SurveyPeriod(period)!, respondents: respondents, elements: elements)
    }

    @Test func bothConversionRulesOnTheirEndsAndMiddle() {
        #expect(ZIConversion.proportional.scale4(6) == 4)
        #expect(abs(ZIConversion.proportional.scale4(1) - 4.0 / 6) < 1e-12)
        #expect(ZIConversion.proportional.scale4(5.4) == 3.6)
        #expect(ZIConversion.linear.scale4(6) == 4)
        #expect(ZIConversion.linear.scale4(1) == 1)
        #expect(ZIConversion.linear.scale4(3.5) == 2.5)
        #expect(abs(ZIConversion.linear.scale4(5) - 3.4) < 1e-12)
    }

    @Test func indicesAverageTheStatementsThenConvert() throws {
        var result = zi("2024-03", spkp: 5, spak: 6)
        result.elements["SPKP1"] = ElementScore(counts: [0, 0, 0, 1, 0, 1])   // mean 5
        result.elements["SPKP2"] = ElementScore(counts: [0, 0, 0, 0, 0, 2])   // mean 6
        let score = try #require(ZIScore(result: result, conversion: .proportional))
        #expect(abs(score.spkpMean - (5.0 * 7 + 6) / 8) < 1e-12)
        #expect(abs(score.ipkp - score.spkpMean / 6 * 4) < 1e-12)
        #expect(score.ipak == 4)
        let linear = try #require(ZIScore(result: result, conversion: .linear))
        #expect(linear.ipak == 4)
        #expect(abs(linear.ipkp - (1 + 3 * (score.spkpMean - 1) / 5)) < 1e-12)
    }

    var minimums: ZIMinimums { ZIMinimums.table.current.value }
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    func scores(_ list: [(String, Double, Double, Int)], _ rule: ZIConversion = .proportional) throws -> [(period: SurveyPeriod, score: ZIScore)] {
        try list.map { (period: SurveyPeriod($0.0)!, score: try #require(ZIScore(result: zi($0.0, spkp: $0.1, spak: $0.2, respondents: $0.3), conversion: rule))) }
    }

    @Test func thresholdsCompareTheFigureAsPublished() {
        let wbk = minimums.threshold(.wbk), wbbm = minimums.threshold(.wbbm)
        #expect(wbk.isMet(ipkp: wbk.ipkp, ipak: wbk.ipak))
        #expect(wbk.isMet(ipkp: wbk.ipkp - 0.0049, ipak: wbk.ipak))   // published as the minimum
        #expect(!wbk.isMet(ipkp: wbk.ipkp - 0.006, ipak: wbk.ipak))
        #expect(!wbk.isMet(ipkp: 4, ipak: wbk.ipak - 0.01))
        #expect(!wbbm.isMet(ipkp: wbbm.ipkp - 0.01, ipak: 4))
        #expect(wbbm.isMet(ipkp: wbbm.ipkp, ipak: wbbm.ipak))
    }

    /// The table of docs/rules.md and the code's table are the same figures.
    @Test func theDocumentedMinimumsAreTheCodes() throws {
        let documented = try DocumentedTable.named("zi-minimums")
        func number(_ value: Double, _ digits: Int) -> String {
            String(format: "%.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
        }
        #expect(documented.header == ["predicate", "IPKP (scale 4)", "IPAK (scale 4)", "total LKE score", "from", "source"])
        #expect(documented.rows == ZIMinimums.table.versions.flatMap { version in
            version.value.thresholds.map {
                [$0.predicate.title, number($0.ipkp, 2), number($0.ipak, 2), number($0.lke, 0), version.from.iso, version.source.caption]
            }
        })
        let window = ZIWindowReading.table.current
        let reading = try DocumentedTable.named("zi-window")
        #expect(reading.rows == [["window", "\(window.value.months) calendar months", window.from.iso, window.source.caption],
                                 ["stale after", "\(window.value.staleAfterMonths) months", window.from.iso, window.source.caption]])
    }

    @Test func theMinimumsAreASecondarySourceNotTheCircular() {
        // A period before 2024 is not credited to the 2024 amendment (review of issue 13).
        let before = ZIMinimums.table.inForce(on: Self.day("2023-10-01")).source
        #expect(before.standing == .secondary)
        #expect(before.caption == "PermenPANRB 90/2021 (sumber sekunder)")
        #expect(before.note?.contains("tafsiran Lentera") == true)
        let source = ZIMinimums.table.current.source
        #expect(source.standing == .secondary)
        #expect(source.caption == "PermenPANRB 90/2021, diubah PermenPANRB 5/2024 (sumber sekunder)")
        #expect(ZIWindowReading.table.current.source.standing == .reading)
    }

    @Test func threeMonthlySurveysMakeACompleteAverageWeightedByRespondents() throws {
        let scores = try scores([("2024-01", 4.8, 5.4, 10), ("2024-02", 5.1, 5.7, 30), ("2024-03", 5.4, 6.0, 20), ("2023-12", 1, 1, 50)])
        let average = try #require(ZIThreeMonthAverage(scores, judgedFor: Self.day("2024-04-15")))
        #expect(average.periods.map(\.description) == ["2024-01", "2024-02", "2024-03"])
        #expect(average.respondents == 60)
        #expect(average.isComplete)
        #expect(average.problem == nil)
        let expectedSPKP = (4.8 * 10 + 5.1 * 30 + 5.4 * 20) / 60
        #expect(abs(average.ipkp - expectedSPKP / 6 * 4) < 1e-12)
        #expect(abs(average.spkpMean - expectedSPKP) < 1e-12)
        #expect(average.window.first.description == "2024-01")
        #expect(average.meets(.wbk) == true)          // IPKP 3,40, IPAK 3,83
        #expect(average.meets(.wbbm) == false)
    }

    /// The window ends before the day judged for: a period that has not ended by then is not taken.
    @Test func onlyPeriodsThatEndedBeforeTheDayCount() throws {
        let scores = try scores([("2024-01", 5.4, 5.4, 10), ("2024-02", 5.4, 5.4, 10), ("2024-03", 5.4, 5.4, 10), ("2024-04", 1, 1, 10)])
        let onTheLastDay = try #require(ZIThreeMonthAverage(scores, judgedFor: Self.day("2024-04-30")))
        #expect(onTheLastDay.window.last.description == "2024-03")
        #expect(onTheLastDay.meets(.wbbm) == true)
        let after = try #require(ZIThreeMonthAverage(scores, judgedFor: Self.day("2024-05-01")))
        #expect(after.window.last.description == "2024-04")
        #expect(after.periods.map(\.description) == ["2024-02", "2024-03", "2024-04"])
        #expect(ZIThreeMonthAverage(scores, judgedFor: Self.day("2024-01-31")) == nil)
        let none = ZIWindowStatus(.wbk, scores: scores, judgedFor: Self.day("2024-01-31"))
        #expect(none.status == .unknown)
        #expect(none.reason == .noSurvey)
    }

    /// A window that ended more than the stated time before the day is unknown, never met;
    /// on the limit itself it still counts.
    @Test func aStaleWindowIsUnknownWithItsReason() throws {
        let limit = ZIWindowReading.table.current.value.staleAfterMonths
        let scores = try scores([("2023-07", 6, 6, 10), ("2023-08", 6, 6, 10), ("2023-09", 6, 6, 10)])
        // The window ends 30 September 2023; judged for 31 December 2023 (limit 3), the day
        // `limit` months earlier is 30 September (the month is shorter): not yet stale.
        let lastFresh = SurveyPeriod(year: 2023, span: .month(9 + limit))!.endDate
        let fresh = try #require(ZIThreeMonthAverage(scores, judgedFor: lastFresh))
        #expect(fresh.problem == nil)
        #expect(fresh.meets(.wbbm) == true)
        let stale = try #require(ZIThreeMonthAverage(scores, judgedFor: lastFresh.nextDay))
        #expect(stale.problem == .stale(lastPeriod: SurveyPeriod("2023-09")!, limitMonths: limit))
        #expect(stale.meets(.wbk) == nil)
        let status = ZIWindowStatus(.wbk, scores: scores, judgedFor: Self.day("2026-12-06"))
        #expect(status.status == .unknown)
        #expect(status.reason == .window(.stale(lastPeriod: SurveyPeriod("2023-09")!, limitMonths: limit)))
        #expect(ZIReadiness.evaluate(.wbk, average: status.average, held: nil).status == .unknown)
    }

    @Test func oneMonthIsNotEnoughSoTheMinimumsAreUnknown() throws {
        let score = try #require(ZIScore(result: zi("2024-03", spkp: 6, spak: 6), conversion: .proportional))
        let average = try #require(ZIThreeMonthAverage([(SurveyPeriod("2024-03")!, score)], judgedFor: Self.day("2024-04-01")))
        #expect(average.monthsCovered == 1)
        #expect(!average.isComplete)
        #expect(average.problem == .incomplete(monthsCovered: 1, months: 3))
        #expect(average.meets(.wbk) == nil)
    }

    @Test func aQuarterCoversTheWindowAcrossTheYearEnd() throws {
        let q = try #require(ZIScore(result: zi("2024-Q1", spkp: 5.4, spak: 5.4), conversion: .proportional))
        let average = try #require(ZIThreeMonthAverage([(SurveyPeriod("2024-Q1")!, q)], judgedFor: Self.day("2024-04-01")))
        #expect(average.isComplete)
        #expect(average.meets(.wbbm) == true)
        let dec = try #require(ZIScore(result: zi("2023-12", spkp: 5, spak: 5), conversion: .proportional))
        let jan = try #require(ZIScore(result: zi("2024-01", spkp: 5, spak: 5), conversion: .proportional))
        let span = try #require(ZIThreeMonthAverage([(SurveyPeriod("2023-12")!, dec), (SurveyPeriod("2024-01")!, jan)], judgedFor: Self.day("2024-02-01")))
        #expect(span.window.first.description == "2023-11")
        #expect(span.monthsCovered == 2)
    }

    /// A mean of 4.75 stars is 3.17 under the proportional rule and 3.25 under the linear
    /// one: the WBK IPKP minimum (3.20) lies between, so the verdict depends on the rule.
    @Test func theVerdictAtTheBoundaryDependsOnTheConversion() throws {
        let months = [("2024-01", 4.75, 6.0, 10), ("2024-02", 4.75, 6.0, 10), ("2024-03", 4.75, 6.0, 10)]
        let wbk = minimums.threshold(.wbk).ipkp
        for rule in ZIConversion.allCases {
            let average = try #require(ZIThreeMonthAverage(try scores(months, rule), judgedFor: Self.day("2024-04-10")))
            #expect(average.conversion == rule)
            let proportional = average.indices(under: .proportional).ipkp, linear = average.indices(under: .linear).ipkp
            #expect(roundedTo2(proportional) == 3.17)
            #expect(roundedTo2(linear) == 3.25)
            #expect(proportional < wbk && wbk < linear)
            #expect(average.meets(.wbk, under: .proportional) == false)
            #expect(average.meets(.wbk, under: .linear) == true)
            #expect(average.meets(.wbk) == (rule == .linear))
            #expect(average.dependsOnConversion(.wbk))
            #expect(!average.dependsOnConversion(.wbbm))   // IPKP below 3,60 either way
        }
        // Far from the boundary the rule does not matter.
        let clear = try #require(ZIThreeMonthAverage(try scores([("2024-Q1", 6, 6, 10)]), judgedFor: Self.day("2024-04-10")))
        #expect(!clear.dependsOnConversion(.wbk))
    }

    /// The version of the minimums in force on the day judged for decides.
    @Test func theMinimumsInForceOnTheDayDecide() throws {
        let average = try #require(ZIThreeMonthAverage(try scores([("2024-Q1", 6, 6, 10)]), judgedFor: Self.day("2024-04-10")))
        #expect(average.minimums.from == ZIMinimums.table.inForce(on: Self.day("2024-04-10")).from)
        #expect(average.minimums.value == ZIMinimums.table.inForce(on: Self.day("2024-04-10")).value)
    }
}

@Suite struct SurveyPeriodTests {
    @Test func readsEveryKindOfPeriodAndWritesItBack() {
        for text in ["2024", "2024-03", "2024-Q1", "2024-S2", "2024-12"] {
            #expect(SurveyPeriod(text)?.description == text)
        }
        #expect(SurveyPeriod("2024-q3")?.description == "2024-Q3")
        for bad in ["2024-13", "2024-Q5", "2024-S3", "24-01", "2024-1", "2024-00", "triwulan", "2024-03-01", ""] {
            #expect(SurveyPeriod(bad) == nil, "\(bad)")
        }
    }

    @Test func monthsAndOrder() {
        #expect(SurveyPeriod("2024-Q2")!.months == 4...6)
        #expect(SurveyPeriod("2024-S2")!.months == 7...12)
        #expect(SurveyPeriod("2024-02")!.endDate.iso == "2024-02-29")
        let sorted = ["2024", "2024-Q4", "2023-S2", "2024-01", "2024-Q1"].map { SurveyPeriod($0)! }.sorted().map(\.description)
        #expect(sorted == ["2023-S2", "2024-01", "2024-Q1", "2024-Q4", "2024"])
    }
}

@Suite struct SurveyAggregationTests {
    let period = SurveyPeriod("2024-Q1")!

    @Test func combiningWeightsEveryMeanByItsAnswers() throws {
        let a = SurveyResult(unit: "u", service: "a", kind: .skm, period: period, respondents: 10,
                             elements: ["U1": ElementScore(counts: [0, 0, 0, 10])], profile: [.sex: ["Perempuan": 6, "Laki-laki": 4]],
                             serviceUsers: 100, source: .imported)
        let b = SurveyResult(unit: "u", service: "b", kind: .skm, period: period, respondents: 30,
                             elements: ["U1": ElementScore(mean: 2, answered: 30)], profile: [.sex: ["Perempuan": 30]],
                             serviceUsers: 50, source: .manual)
        let both = try #require(SurveyResult.combined([a, b], unit: "u", period: period))
        #expect(both.respondents == 40)
        #expect(both.elements["U1"]?.mean == 2.5)   // (40 + 60) / 40, not (4 + 2) / 2
        #expect(both.elements["U1"]?.counts == nil)
        #expect(both.profile[.sex] == ["Perempuan": 36, "Laki-laki": 4])
        #expect(both.serviceUsers == 150)
        #expect(both.source == .manual)
    }

    @Test func aWholeUnitSurveyTakesPrecedenceOverItsServices() {
        let service = SurveyResult(unit: "u", service: "a", kind: .skm, period: period, respondents: 5, elements: ["U1": ElementScore(mean: 1, answered: 5)])
        let whole = SurveyResult(unit: "u", kind: .skm, period: period, respondents: 50, elements: ["U1": ElementScore(mean: 4, answered: 50)])
        let book = SurveyBook(results: [service, whole])
        #expect(book.unitResult("u", kind: .skm, period: period)?.respondents == 50)
        let servicesOnly = SurveyBook(results: [service, SurveyResult(unit: "u", service: "b", kind: .skm, period: period, respondents: 15,
                                                                      elements: ["U1": ElementScore(mean: 3, answered: 15)])])
        #expect(servicesOnly.unitResult("u", kind: .skm, period: period)?.elements["U1"]?.mean == 2.5)   // (5 + 45) / 20
    }

    @Test func aYearAcrossUnitsTakesEveryPeriodOfThatYear() {
        func r(_ unit: String, _ p: String, _ mean: Double, _ n: Int) -> SurveyResult {
            SurveyResult(unit: unit, kind: .skm, period: SurveyPeriod(p)!, respondents: n, elements: ["U1": ElementScore(mean: mean, answered: n)])
        }
        let book = SurveyBook(results: [r("a", "2024-Q1", 4, 10), r("a", "2024-Q2", 3, 10), r("b", "2024", 2, 20), r("b", "2023", 1, 99)])
        let year = book.combined(units: ["a", "b"], kind: .skm, year: 2024, as: "kota")
        #expect(year?.respondents == 40)
        #expect(year?.elements["U1"]?.mean == 2.75)   // (40 + 30 + 40) / 40
        #expect(book.years(kind: .skm) == [2023, 2024])
        #expect(book.combined(units: ["a"], kind: .skm, year: 2023, as: "kota") == nil)
    }
}

@Suite struct SurveyScheduleTests {
    @Test func aSurveyIsLateWhenItEndedMoreThanAYearBefore() {
        let q3 = SurveyPeriod("2025-Q3")!   // ends 30 September 2025
        #expect(!q3.endedMoreThanAYear(before: CalendarDate(year: 2026, month: 9, day: 30)!))
        #expect(q3.endedMoreThanAYear(before: CalendarDate(year: 2026, month: 10, day: 1)!))
        let february = SurveyPeriod("2023-02")!   // ends 28 February 2023; a year on from 29 February 2024 is 28 February 2023
        #expect(!february.endedMoreThanAYear(before: CalendarDate(year: 2024, month: 2, day: 29)!))
        #expect(february.endedMoreThanAYear(before: CalendarDate(year: 2024, month: 3, day: 1)!))
    }

    @Test func worseMutuIsLess() {
        #expect(Mutu.D < .C && Mutu.C < .B && Mutu.B < .A)
        #expect(Mutu.allCases.filter { $0 < .B } == [.C, .D])
    }
}

/// The Metodologi entries of IPKP/IPAK come from the tables the computations read.
@Suite struct ZIMethodologyTests {
    @Test func theEntriesNameTheirSourcesAndTheTablesFigures() throws {
        let entries = Methodology.ziIndices
        #expect(entries.map(\.id) == ["zi-konversi", "zi-jendela", "zi-tanggal-penilaian", "zi-batas-minimal"])
        let minimums = try #require(entries.first { $0.id == "zi-batas-minimal" })
        #expect(minimums.source == ZIMinimums.table.current.source)
        #expect(minimums.appliesFrom == ZIMinimums.table.current.from)
        #expect(minimums.figures?.rows.count == ZIMinimums.table.current.value.thresholds.count)
        #expect(minimums.figures?.rows.first?.first == "Menuju WBK")
        #expect(minimums.reading?.contains("tafsiran Lentera") == true)   // the from-date is a reading
        let window = try #require(entries.first { $0.id == "zi-jendela" })
        #expect(window.source.standing == .reading)
        #expect(window.figures?.rows.last?.last == "\(ZIWindowReading.table.current.value.staleAfterMonths) bulan sebelum tanggal penilaian")
        let conversion = try #require(entries.first { $0.id == "zi-konversi" })
        #expect(conversion.source.standing == .reading)
        #expect(conversion.figures?.rows.map(\.first) == ZIConversion.allCases.map(\.rawValue))
        #expect(Methodology.all.contains { $0.id == "zi-batas-minimal" })
    }
}
