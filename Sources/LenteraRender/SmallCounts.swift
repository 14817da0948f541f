/// Suppression of small counts in the respondent profile: a category with fewer than 5
/// respondents is published as `<5`. When a field has exactly one such category, the
/// survey's respondent count would give it away by subtraction, so the next smallest
/// category is published as `≥5` too (secondary suppression).
public enum SmallCounts {
    public static let threshold = 5

    public enum Published: Equatable, Sendable {
        case exact(Int)
        case fewerThan5
        case atLeast5
    }

    /// Categories with a count above zero, as published, in the order given.
    public static func publish(_ counts: [(category: String, count: Int)]) -> [(category: String, value: Published)] {
        let shown = counts.filter { $0.count > 0 }
        var values: [Published] = shown.map { $0.count < threshold ? .fewerThan5 : .exact($0.count) }
        if values.filter({ $0 == .fewerThan5 }).count == 1,
           let next = shown.indices.filter({ values[$0] != .fewerThan5 }).min(by: { shown[$0].count < shown[$1].count }) {
            values[next] = .atLeast5
        }
        return zip(shown, values).map { ($0.category, $1) }
    }

    public static func text(_ value: Published) -> String {
        switch value {
        case .exact(let n): Formatting.integer(n)
        case .fewerThan5: "<\(threshold)"
        case .atLeast5: "≥\(threshold)"
        }
    }
}
