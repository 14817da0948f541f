import Testing
@testable import LenteraDomain

/// The completion table of Kepmendagri 100-1077/2017 and Lentera's reading of its gaps
/// and ends (docs/rules.md): rounded to a whole percent half up, capped at 100, and
/// outside the scale below 51.
@Suite struct PerformanceScoreTests {
    @Test(arguments: [
        (50.0, nil), (50.4, nil), (50.5, PerformanceCategory.kurang), (51.0, .kurang), (60.0, .kurang), (61.0, .cukup),
        (75.0, .cukup), (76.0, .baik), (90.0, .baik), (90.4, .baik), (90.5, .sangatBaik), (91.0, .sangatBaik),
        (100.0, .sangatBaik), (104.0, .sangatBaik),
    ] as [(Double, PerformanceCategory?)])
    func theTableIsReadOnTheWholePercent(completion: Double, expected: PerformanceCategory?) {
        let assessment = PerformanceAssessment(completion: completion)
        #expect(assessment.score?.category == expected)
        #expect(assessment.isOutsideScale == (expected == nil))
    }

    @Test(arguments: [(50.0, nil), (51.0, 60), (60.0, 60), (61.0, 70), (75.0, 70), (76.0, 80), (90.0, 80), (91.0, 90), (100.0, 90), (104.0, 90)]
          as [(Double, Int?)])
    func eachBandHasItsScore(completion: Double, expected: Int?) {
        let score = PerformanceScore.lookUp(completion: completion)?.score
        #expect(score == expected)
    }

    @Test func aboveHundredIsScoredAsHundredButKeptAsReported() {
        let assessment = PerformanceAssessment(completion: 104)
        #expect(assessment.completion == 104)
        #expect(assessment.scoringPercent == 100)
        #expect(assessment.isCapped)
        #expect(assessment.score == PerformanceScore(score: 90, category: .sangatBaik))
        // 100,4 rounds to 100: nothing to cap.
        #expect(!PerformanceAssessment(completion: 100.4).isCapped)
    }

    @Test func belowFiftyOneIsOutsideTheScaleNeverKurang() {
        let assessment = PerformanceAssessment(completion: 50.4)
        #expect(assessment.scoringPercent == 50)
        #expect(assessment.score == nil)
        #expect(assessment.isOutsideScale)
    }

    @Test func completionIsRealisationOverTarget() throws {
        let indicator = PerformanceIndicator(code: "IK-6", indicator: "Penyerapan anggaran", target: 94, unitOfMeasure: "%", realisation: 47)
        let completion = try #require(indicator.completion)
        #expect(completion == 50)
        #expect(indicator.assessment?.isOutsideScale == true)
        let unreported = PerformanceIndicator(code: "IK-1", indicator: "KTP-el", target: 100, unitOfMeasure: "%")
        #expect(unreported.completion == nil)
        #expect(unreported.assessment == nil)
    }

    @Test func theAggregateCountsCategoriesAndMapsTheMeanCappedCompletion() throws {
        // Completions 96, 82,1 → 82, 68, 55, 104 → 100 (capped), 47,9 → 48, and one not reported.
        let reals: [(Double, Double?)] = [(100, 96), (95, 78), (100, 68), (100, 55), (100, 104), (94, 45), (100, nil)]
        let indicators = reals.enumerated().map { index, pair in
            PerformanceIndicator(code: "IK-\(index + 1)", indicator: "i", target: pair.0, unitOfMeasure: "%", realisation: pair.1)
        }
        let summary = PerformanceSummary(indicators)
        #expect(summary.counts == [.sangatBaik: 2, .baik: 1, .cukup: 1, .kurang: 1])
        #expect(summary.outsideScale == 1)
        #expect(summary.notReported == 1)
        let mean = try #require(summary.meanCompletion)
        let expected = Double(96 + 82 + 68 + 55 + 100 + 48) / 6   // 74,83…
        #expect(abs(mean - expected) < 1e-9)
        let overall = try #require(summary.assessment)
        #expect(overall.scoringPercent == 75)
        #expect(overall.score == PerformanceScore(score: 70, category: .cukup))
    }

    @Test func anAggregateOfNothingReportedHasNoScore() {
        let summary = PerformanceSummary([PerformanceIndicator(code: "a", indicator: "i", target: 1, unitOfMeasure: "dokumen")])
        #expect(summary.meanCompletion == nil)
        #expect(summary.assessment == nil)
        #expect(summary.notReported == 1)
    }

    @Test func anAggregateMayItselfBeOutsideTheScale() {
        let summary = PerformanceSummary([PerformanceIndicator(code: "a", indicator: "i", target: 100, unitOfMeasure: "%", realisation: 40),
                                          PerformanceIndicator(code: "b", indicator: "i", target: 100, unitOfMeasure: "%", realisation: 60)])
        #expect(summary.assessment?.scoringPercent == 50)
        #expect(summary.assessment?.isOutsideScale == true)
    }
}
