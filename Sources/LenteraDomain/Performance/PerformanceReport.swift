/// A unit's performance indicators for one assessment period. Kepmendagri 100-1077/2017
/// assesses twice a year, on 30 June and 31 December, so the usual periods are the
/// semesters (`2026-S1`, `2026-S2`) and the year.
public struct PerformanceReport: Sendable, Equatable {
    public var unit: String
    public var period: SurveyPeriod
    public var indicators: [PerformanceIndicator]
    /// Whether the figures are invented, for an example portal; the pages say so.
    public var exampleData: Bool

    public init(unit: String, period: SurveyPeriod, indicators: [PerformanceIndicator], exampleData: Bool = false) {
        self.unit = unit
        self.period = period
        self.indicators = indicators
        self.exampleData = exampleData
    }

    public var summary: PerformanceSummary { PerformanceSummary(indicators) }
}

/// The indicators of a report taken together. The decree scores each indicator and does
/// not aggregate; Lentera's aggregate (docs/rules.md) counts the indicators per category,
/// and maps the mean of their capped completions through the same table.
public struct PerformanceSummary: Sendable, Equatable {
    /// Indicators per category; every category is present, with 0 when none.
    public var counts: [PerformanceCategory: Int]
    /// Indicators below 51%.
    public var outsideScale: Int
    /// Indicators without a realisation yet.
    public var notReported: Int
    /// The mean of the scored and outside-the-scale indicators' completions as scored
    /// (whole percents, capped at 100); nil when none is reported.
    public var meanCompletion: Double?

    public init(_ indicators: [PerformanceIndicator]) {
        var counts = Dictionary(uniqueKeysWithValues: PerformanceCategory.allCases.map { ($0, 0) })
        var outside = 0
        var percents: [Int] = []
        for assessment in indicators.compactMap(\.assessment) {
            percents.append(assessment.scoringPercent)
            if let score = assessment.score { counts[score.category, default: 0] += 1 } else { outside += 1 }
        }
        self.counts = counts
        self.outsideScale = outside
        self.notReported = indicators.count - percents.count
        self.meanCompletion = percents.isEmpty ? nil : Double(percents.reduce(0, +)) / Double(percents.count)
    }

    /// The mean completion looked up in the table (rounded to a whole percent first, as
    /// for one indicator); nil when nothing is reported.
    public var assessment: PerformanceAssessment? {
        meanCompletion.map(PerformanceAssessment.init(completion:))
    }
}
