/// A unit's performance indicators for one assessment period. Kepmendagri 100-1077/2017
/// assesses twice a year, on 30 June and 31 December (Lampiran II.D.3), so the usual periods
/// are the semesters (`2026-S1`, `2026-S2`) and the year.
public struct PerformanceReport: Sendable, Equatable {
    public var unit: String
    public var period: SurveyPeriod
    public var indicators: [PerformanceIndicator]
    /// Whether the figures are invented, for an example portal; the pages say so.
    public var exampleData: Bool
    /// Pejabat penilai, as a position (Lampiran II.B.1: the Dirjen Dukcapil on the
    /// minister's behalf for the head and secretary of the Dinas, the regional head for the
    /// heads of division and section).
    public var assessor: String?
    /// Pejabat yang dinilai, as a position (Lampiran II.B.2).
    public var assessed: String?

    public init(unit: String, period: SurveyPeriod, indicators: [PerformanceIndicator], exampleData: Bool = false,
                assessor: String? = nil, assessed: String? = nil) {
        self.unit = unit
        self.period = period
        self.indicators = indicators
        self.exampleData = exampleData
        self.assessor = assessor
        self.assessed = assessed
    }

    /// The day the period is judged for: its last day, on which the decree assesses.
    public var assessedOn: CalendarDate { period.endDate }

    /// The table the period is judged by: the version in force on its last day.
    public var scale: DatedTable<PerformanceScore.Scale>.Version { PerformanceScore.table.inForce(on: assessedOn) }

    /// An indicator's score by the table in force for the period.
    public func assessment(of indicator: PerformanceIndicator) -> PerformanceAssessment? {
        indicator.completion.map { PerformanceAssessment(completion: $0, scale: scale.value) }
    }

    public var summary: PerformanceSummary { PerformanceSummary(indicators, scale: scale.value) }
}

/// The indicators of a report taken together. The decree scores each indicator and does
/// not aggregate; Lentera's aggregate (docs/rules.md) counts the indicators per category,
/// and maps the mean of their capped completions through the same table.
public struct PerformanceSummary: Sendable, Equatable {
    /// Indicators per category; every category is present, with 0 when none.
    public var counts: [PerformanceCategory: Int]
    /// Indicators below the table's lowest row.
    public var outsideScale: Int
    /// Indicators without a realisation yet.
    public var notReported: Int
    /// The mean of the scored and outside-the-scale indicators' completions as scored
    /// (whole percents, capped), nil when none is reported.
    public var meanCompletion: Double?
    /// The table the indicators were scored with.
    public var scale: PerformanceScore.Scale

    public init(_ indicators: [PerformanceIndicator], scale: PerformanceScore.Scale) {
        var counts = Dictionary(uniqueKeysWithValues: PerformanceCategory.allCases.map { ($0, 0) })
        var outside = 0
        var percents: [Int] = []
        for completion in indicators.compactMap(\.completion) {
            let assessment = PerformanceAssessment(completion: completion, scale: scale)
            percents.append(assessment.scoringPercent)
            if let score = assessment.score { counts[score.category, default: 0] += 1 } else { outside += 1 }
        }
        self.counts = counts
        self.outsideScale = outside
        self.notReported = indicators.count - percents.count
        self.meanCompletion = percents.isEmpty ? nil : Double(percents.reduce(0, +)) / Double(percents.count)
        self.scale = scale
    }

    /// The mean completion looked up in the table (rounded to a whole percent first, as
    /// for one indicator); nil when nothing is reported.
    public var assessment: PerformanceAssessment? {
        meanCompletion.map { PerformanceAssessment(completion: $0, scale: scale) }
    }
}
