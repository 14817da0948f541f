/// The answers to one element, aggregated: how many respondents gave each answer, or,
/// for units that only have a final report, the element's average and how many answered.
public struct ElementScore: Sendable, Equatable {
    /// Answers per value, index 0 for the lowest answer; nil when only an average is known.
    public var counts: [Int]?
    /// The sum of the answers.
    public var total: Double
    /// How many respondents answered this element.
    public var answered: Int

    /// From answer counts; `counts[i]` respondents answered `lowest + i`.
    public init(counts: [Int], lowest: Int = 1) {
        self.counts = counts
        self.answered = counts.reduce(0, +)
        self.total = counts.enumerated().reduce(0.0) { $0 + Double(($1.offset + lowest) * $1.element) }
    }

    /// From an average over `answered` respondents.
    public init(mean: Double, answered: Int) {
        self.counts = nil
        self.total = mean * Double(answered)
        self.answered = answered
    }

    /// As stored: the counts (if known), the sum of the answers and how many answered.
    public init(counts: [Int]?, total: Double, answered: Int) {
        self.counts = counts
        self.total = total
        self.answered = answered
    }

    /// Nilai rata-rata (NRR): the sum of the answers ÷ the number of answers; nil without answers.
    public var mean: Double? { answered == 0 ? nil : total / Double(answered) }

    /// Two scores of the same element together: sums and answer counts add, so the mean
    /// is weighted by the number of answers behind each.
    public static func + (lhs: ElementScore, rhs: ElementScore) -> ElementScore {
        var counts: [Int]?
        if let a = lhs.counts, let b = rhs.counts, a.count == b.count { counts = zip(a, b).map(+) }
        return ElementScore(counts: counts, total: lhs.total + rhs.total, answered: lhs.answered + rhs.answered)
    }
}

/// Where a result came from.
public enum SurveySource: String, Sendable, Equatable {
    /// Counted by `lentera survey import` from a raw export.
    case imported = "impor"
    /// Written by hand from a final report.
    case manual = "manual"
}

/// The aggregated result of one survey of one unit (or one of its services) in one
/// period. Holds counts only: no respondent can be found in it.
public struct SurveyResult: Sendable, Equatable {
    public var unit: String
    /// The service surveyed; nil for a survey of the whole unit.
    public var service: String?
    public var kind: SurveyKind
    public var period: SurveyPeriod
    public var respondents: Int
    /// Scores by element code (`U1`, `SPKP3`…).
    public var elements: [String: ElementScore]
    /// Respondents per category, per profile field.
    public var profile: [ProfileField: [String: Int]]
    /// Users of the service in the period (the population N), when the unit gives it.
    public var serviceUsers: Int?
    public var source: SurveySource

    public init(unit: String, service: String? = nil, kind: SurveyKind, period: SurveyPeriod, respondents: Int,
                elements: [String: ElementScore], profile: [ProfileField: [String: Int]] = [:],
                serviceUsers: Int? = nil, source: SurveySource = .manual) {
        self.unit = unit
        self.service = service
        self.kind = kind
        self.period = period
        self.respondents = respondents
        self.elements = elements
        self.profile = profile
        self.serviceUsers = serviceUsers
        self.source = source
    }

    /// Several results of one kind taken together (the services of a unit, the units of an
    /// instansi, the periods of a year): answer sums, answer counts, respondents, service
    /// users and profile counts add up, so every mean is weighted by its number of answers.
    /// Nil for an empty list.
    public static func combined(_ results: [SurveyResult], unit: String, service: String? = nil, period: SurveyPeriod) -> SurveyResult? {
        guard let first = results.first else { return nil }
        var elements: [String: ElementScore] = [:]
        var profile: [ProfileField: [String: Int]] = [:]
        var users: Int? = 0
        for result in results {
            for (code, score) in result.elements { elements[code] = elements[code].map { $0 + score } ?? score }
            for (field, counts) in result.profile {
                for (category, count) in counts { profile[field, default: [:]][category, default: 0] += count }
            }
            users = zip2(users, result.serviceUsers).map(+)
        }
        return SurveyResult(unit: unit, service: service, kind: first.kind, period: period,
                            respondents: results.reduce(0) { $0 + $1.respondents }, elements: elements,
                            profile: profile, serviceUsers: users,
                            source: results.allSatisfy { $0.source == .imported } ? .imported : .manual)
    }
}

private func zip2(_ a: Int?, _ b: Int?) -> (Int, Int)? {
    guard let a, let b else { return nil }
    return (a, b)
}
