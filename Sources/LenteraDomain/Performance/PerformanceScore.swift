/// A category of the completion table of Kepmendagri 100-1077/2017 (Lampiran, II.D.2,
/// "Penyelesaian Target Kinerja").
public enum PerformanceCategory: String, Sendable, CaseIterable, Comparable {
    case sangatBaik = "Sangat Baik"
    case baik = "Baik"
    case cukup = "Cukup"
    case kurang = "Kurang"

    /// Worse is less: Kurang < Cukup < Baik < Sangat Baik.
    public static func < (lhs: PerformanceCategory, rhs: PerformanceCategory) -> Bool {
        allCases.firstIndex(of: lhs)! > allCases.firstIndex(of: rhs)!
    }
}

/// The score (nilai) and category of a completion percentage, per the table of
/// Kepmendagri 100-1077/2017 (`table`, the one place its numbers live).
///
/// The table is written in whole percents and leaves gaps (90,4?) and ends (50? 104?)
/// open. Lentera's reading, documented in docs/rules.md:
/// - the completion is first rounded to a whole percent, half up, with
///   `roundedForPublication` (50,5 → 51, 90,4 → 90, 90,5 → 91), then looked up;
/// - above 100 it is capped at 100 for scoring (the completion itself is shown as reported);
/// - below the lowest row the table is silent: the completion is *outside the scale*, with
///   no score and no category — never "Kurang".
public struct PerformanceScore: Sendable, Equatable {
    /// One row of the table.
    public struct Band: Sendable, Equatable {
        public var completion: ClosedRange<Int>
        public var score: Int
        public var category: PerformanceCategory

        public init(completion: ClosedRange<Int>, score: Int, category: PerformanceCategory) {
            self.completion = completion
            self.score = score
            self.category = category
        }
    }

    /// The rows of one version of the table, best first.
    public struct Scale: Sendable, Equatable {
        public var bands: [Band]

        public init(_ bands: [Band]) { self.bands = bands }

        /// The lowest completion the table scores (51): below it the table is silent.
        public var lowestCompletion: Int { bands.map(\.completion.lowerBound).min() ?? 0 }

        /// The highest completion the table names (100): above it a completion is capped.
        public var highestCompletion: Int { bands.map(\.completion.upperBound).max() ?? 100 }

        /// The completion used for scoring: rounded to a whole percent (half up), capped at
        /// the table's top.
        public func scoringPercent(_ completion: Double) -> Int {
            // Compared as a Double before it becomes an Int: a completion of 10^20 % (a tiny
            // target) is capped like any other above the top, not converted.
            let rounded = roundedForPublication(completion, digits: 0)
            let top = Double(highestCompletion)
            return rounded >= top ? highestCompletion : rounded > 0 ? Int(rounded) : 0
        }

        /// Looks a completion percentage up; nil when it is outside the scale.
        public func lookUp(completion: Double) -> PerformanceScore? {
            let percent = scoringPercent(completion)
            return bands.first { $0.completion.contains(percent) }.map { PerformanceScore(score: $0.score, category: $0.category) }
        }
    }

    /// The table of Kepmendagri 100-1077/2017, Lampiran II.D.2, in force from the day the
    /// decree was set (10 April 2017; Diktum KETIGA: it applies from that day). A period is
    /// judged by the version in force on its last day.
    public static let table = DatedTable<Scale>([
        .init(from: CalendarDate(year: 2017, month: 4, day: 10)!,
              source: RuleSource("Kepmendagri 100-1077/2017, Lampiran II.D.2"),
              value: Scale([
                  Band(completion: 91...100, score: 90, category: .sangatBaik),
                  Band(completion: 76...90, score: 80, category: .baik),
                  Band(completion: 61...75, score: 70, category: .cukup),
                  Band(completion: 51...60, score: 60, category: .kurang),
              ])),
    ])

    public var score: Int
    public var category: PerformanceCategory

    public init(score: Int, category: PerformanceCategory) {
        self.score = score
        self.category = category
    }
}

/// What the table says of one completion percentage.
public struct PerformanceAssessment: Sendable, Equatable {
    /// The completion as reported: realisation ÷ target × 100 (or as the target's kind
    /// reads it), unrounded, uncapped.
    public var completion: Double
    /// The whole percent looked up: `completion` rounded half up, capped at the table's top.
    public var scoringPercent: Int
    /// The score and category; nil when the completion is outside the scale.
    public var score: PerformanceScore?
    /// The lowest completion the table used scores; below it, outside the scale.
    public var lowestCompletion: Int

    /// Assessed with the version of the table in force on `day` (a period's last day).
    public init(completion: Double, on day: CalendarDate) {
        self.init(completion: completion, scale: PerformanceScore.table.inForce(on: day).value)
    }

    public init(completion: Double, scale: PerformanceScore.Scale) {
        self.completion = completion
        self.scoringPercent = scale.scoringPercent(completion)
        self.score = scale.lookUp(completion: completion)
        self.lowestCompletion = scale.lowestCompletion
    }

    /// Below the table's lowest row once rounded: the table gives neither score nor category.
    public var isOutsideScale: Bool { score == nil }

    /// Whether the completion, rounded, is above the table's top and was scored as the top.
    public var isCapped: Bool { roundedForPublication(completion, digits: 0) > Double(scoringPercent) }
}
