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
/// Kepmendagri 100-1077/2017:
///
/// | completion | score | category |
/// |---|---|---|
/// | 91% – 100% | 90 | Sangat Baik |
/// | 76% – 90% | 80 | Baik |
/// | 61% – 75% | 70 | Cukup |
/// | 51% – 60% | 60 | Kurang |
///
/// The table is written in whole percents and leaves gaps (90,4?) and ends (50? 104?)
/// open. Lentera's reading, documented in docs/rules.md:
/// - the completion is first rounded to a whole percent, half up, with
///   `roundedForPublication` (50,5 → 51, 90,4 → 90, 90,5 → 91), then looked up;
/// - above 100 it is capped at 100 for scoring (the completion itself is shown as reported);
/// - below 51 the table is silent: the completion is *outside the scale*, with no score
///   and no category — never "Kurang".
public struct PerformanceScore: Sendable, Equatable {
    /// One row of the table.
    public struct Band: Sendable, Equatable {
        public var completion: ClosedRange<Int>
        public var score: Int
        public var category: PerformanceCategory
    }

    /// The table, best first.
    public static let table: [Band] = [
        Band(completion: 91...100, score: 90, category: .sangatBaik),
        Band(completion: 76...90, score: 80, category: .baik),
        Band(completion: 61...75, score: 70, category: .cukup),
        Band(completion: 51...60, score: 60, category: .kurang),
    ]

    /// The source of the table, as the pages name it.
    public static let source = "Keputusan Menteri Dalam Negeri Nomor 100-1077 Tahun 2017, Lampiran II.D.2"

    public var score: Int
    public var category: PerformanceCategory

    public init(score: Int, category: PerformanceCategory) {
        self.score = score
        self.category = category
    }

    /// The completion used for scoring: rounded to a whole percent (half up), capped at 100.
    public static func scoringPercent(_ completion: Double) -> Int {
        // Compared as a Double before it becomes an Int: a completion of 10^20 % (a tiny
        // target) is capped like any other above 100, not converted.
        let rounded = roundedForPublication(completion, digits: 0)
        return rounded >= 100 ? 100 : rounded > 0 ? Int(rounded) : 0
    }

    /// Looks a completion percentage up in the table; nil when it is outside the scale
    /// (below 51% once rounded).
    public static func lookUp(completion: Double) -> PerformanceScore? {
        let percent = scoringPercent(completion)
        return table.first { $0.completion.contains(percent) }.map { PerformanceScore(score: $0.score, category: $0.category) }
    }
}

/// What the table says of one completion percentage.
public struct PerformanceAssessment: Sendable, Equatable {
    /// The completion as reported: realisation ÷ target × 100, unrounded, uncapped.
    public var completion: Double
    /// The whole percent looked up: `completion` rounded half up, capped at 100.
    public var scoringPercent: Int
    /// The score and category; nil when the completion is outside the scale.
    public var score: PerformanceScore?

    public init(completion: Double) {
        self.completion = completion
        self.scoringPercent = PerformanceScore.scoringPercent(completion)
        self.score = PerformanceScore.lookUp(completion: completion)
    }

    /// Below 51% once rounded: the table gives neither score nor category.
    public var isOutsideScale: Bool { score == nil }

    /// Whether the completion, rounded, is above 100% and was scored as 100%.
    public var isCapped: Bool { roundedForPublication(completion, digits: 0) > 100 }
}
