import LenteraTesting
import Testing
@testable import LenteraDomain

/// The completion table of Kepmendagri 100-1077/2017 and Lentera's reading of its gaps
/// and ends (docs/rules.md): rounded to a whole percent half up, capped at the top, and
/// outside the scale below the lowest row. Every boundary is read from the table.
@Suite struct PerformanceScoreTests {
    static let version = PerformanceScore.table.current
    static let scale = version.value

    static func assess(_ completion: Double) -> PerformanceAssessment { PerformanceAssessment(completion: completion, scale: scale) }

    @Test func theTableInDocsRulesIsTheCodesTable() throws {
        let documented = try DocumentedTable.named("kinerja-nilai")
        #expect(documented.rows == Self.scale.bands.map { ["\($0.completion.lowerBound)% – \($0.completion.upperBound)%", "\($0.score)", $0.category.rawValue] })
        #expect(Self.version.from == CalendarDate(year: 2017, month: 4, day: 10))
        #expect(Self.version.source.standing == .primary)
    }

    @Test func theAssessorsInDocsRulesAreTheCodesTable() throws {
        let documented = try DocumentedTable.named("kinerja-penilai")
        #expect(documented.rows == AssessingOfficials.table.current.value.map { [$0.assessed, $0.assessor] })
    }

    @Test func eachBandHoldsFromItsLowerToItsUpperBoundOnTheWholePercent() {
        for band in Self.scale.bands {
            let expected = PerformanceScore(score: band.score, category: band.category)
            for completion in [Double(band.completion.lowerBound), Double(band.completion.lowerBound) - 0.5,
                               Double(band.completion.upperBound), Double(band.completion.upperBound) + 0.49] {
                #expect(Self.assess(completion).score == expected, "\(completion)")
            }
            // Just below the lower bound once rounded: the band below, or outside the scale.
            let below = Self.assess(Double(band.completion.lowerBound) - 0.51)
            #expect(below.score != expected)
            #expect(below.scoringPercent == band.completion.lowerBound - 1)
        }
    }

    @Test func theBandsLeaveNoGapFromTheLowestRowToTheTop() {
        for percent in Self.scale.lowestCompletion...Self.scale.highestCompletion {
            #expect(Self.assess(Double(percent)).score != nil, "\(percent)%")
        }
    }

    @Test func aboveTheTopIsScoredAsTheTopButKeptAsReported() {
        let top = Double(Self.scale.highestCompletion)
        let assessment = Self.assess(top + 4)
        #expect(assessment.completion == top + 4)
        #expect(assessment.scoringPercent == Self.scale.highestCompletion)
        #expect(assessment.isCapped)
        #expect(assessment.score == Self.assess(top).score)
        // 100,4 rounds to 100: nothing to cap.
        #expect(!Self.assess(top + 0.4).isCapped)
    }

    @Test func belowTheLowestRowIsOutsideTheScaleNeverKurang() {
        let lowest = Double(Self.scale.lowestCompletion)
        let assessment = Self.assess(lowest - 0.6)
        #expect(assessment.scoringPercent == Self.scale.lowestCompletion - 1)
        #expect(assessment.score == nil)
        #expect(assessment.isOutsideScale)
        #expect(assessment.lowestCompletion == Self.scale.lowestCompletion)
        #expect(Self.assess(0).isOutsideScale)
    }

    @Test func aPeriodIsJudgedByTheTableInForceOnItsLastDay() throws {
        let report = PerformanceReport(unit: "u", period: try #require(SurveyPeriod("2026-S1")), indicators: [])
        #expect(report.assessedOn == CalendarDate(year: 2026, month: 6, day: 30))
        #expect(report.scale.from == PerformanceScore.table.inForce(on: report.assessedOn).from)
    }

    @Test func completionIsRealisationOverTarget() throws {
        let indicator = PerformanceIndicator(code: "IK-6", indicator: "Penyerapan anggaran", target: 94, unitOfMeasure: "%", realisation: 47)
        #expect(indicator.kind == .atLeast)
        #expect(try #require(indicator.completion) == 50)
        let unreported = PerformanceIndicator(code: "IK-1", indicator: "KTP-el", target: 100, unitOfMeasure: "%")
        #expect(unreported.completion == nil)
        #expect(unreported.assessment(on: CalendarDate(year: 2026, month: 6, day: 30)!) == nil)
    }

    @Test func theAggregateCountsCategoriesAndMapsTheMeanCappedCompletion() throws {
        // Completions 96, 82,1 → 82, 68, 55, 104 → 100 (capped), 47,9 → 48, and one not reported.
        let reals: [(Double, Double?)] = [(100, 96), (95, 78), (100, 68), (100, 55), (100, 104), (94, 45), (100, nil)]
        let indicators = reals.enumerated().map { index, pair in
            PerformanceIndicator(code: "IK-\(index + 1)", indicator: "i", target: pair.0, unitOfMeasure: "%", realisation: pair.1)
        }
        let summary = PerformanceSummary(indicators, scale: Self.scale)
        let expectedCounts = Dictionary(grouping: [96.0, 82, 68, 55, 100].compactMap { Self.assess($0).score?.category }) { $0 }.mapValues(\.count)
        for category in PerformanceCategory.allCases { #expect(summary.counts[category] == (expectedCounts[category] ?? 0)) }
        #expect(summary.outsideScale == 1)
        #expect(summary.notReported == 1)
        let mean = try #require(summary.meanCompletion)
        let expected = Double(96 + 82 + 68 + 55 + 100 + 48) / 6   // 74,83…
        #expect(abs(mean - expected) < 1e-9)
        let overall = try #require(summary.assessment)
        #expect(overall.scoringPercent == 75)
        #expect(overall.score == Self.assess(75).score)
    }

    @Test func anAggregateOfNothingReportedHasNoScore() {
        let summary = PerformanceSummary([PerformanceIndicator(code: "a", indicator: "i", target: 1, unitOfMeasure: "dokumen")], scale: Self.scale)
        #expect(summary.meanCompletion == nil)
        #expect(summary.assessment == nil)
        #expect(summary.notReported == 1)
    }

    @Test func anAggregateMayItselfBeOutsideTheScale() {
        let summary = PerformanceSummary([PerformanceIndicator(code: "a", indicator: "i", target: 100, unitOfMeasure: "%", realisation: 40),
                                          PerformanceIndicator(code: "b", indicator: "i", target: 100, unitOfMeasure: "%", realisation: 60)], scale: Self.scale)
        #expect(summary.assessment?.scoringPercent == 50)
        #expect(summary.assessment?.isOutsideScale == true)
    }
}
