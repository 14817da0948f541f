/// Every survey result of a portal, and the ways the dashboards take them together.
///
/// A unit's figure for a period is its survey of the whole unit when it has one, and
/// otherwise its services' surveys of that period taken together. Taking results together
/// always adds answer sums and answer counts (see `SurveyResult.combined`), so each mean is
/// weighted by the answers behind it — that is, by respondents.
public struct SurveyBook: Sendable {
    public let results: [SurveyResult]
    private let byUnit: [String: [SurveyResult]]

    public init(results: [SurveyResult]) {
        self.results = results
        self.byUnit = Dictionary(grouping: results, by: \.unit)
    }

    public var isEmpty: Bool { results.isEmpty }

    /// The periods in which a unit has results of a kind, oldest first.
    public func periods(of unit: String, kind: SurveyKind) -> [SurveyPeriod] {
        Set((byUnit[unit] ?? []).filter { $0.kind == kind }.map(\.period)).sorted()
    }

    /// The unit's result for a period (see the type's description).
    public func unitResult(_ unit: String, kind: SurveyKind, period: SurveyPeriod) -> SurveyResult? {
        let matching = (byUnit[unit] ?? []).filter { $0.kind == kind && $0.period == period }
        if let whole = matching.first(where: { $0.service == nil }) { return whole }
        return SurveyResult.combined(matching.sorted { ($0.service ?? "") < ($1.service ?? "") }, unit: unit, period: period)
    }

    /// The unit's results of a kind, one per period, oldest first.
    public func unitResults(_ unit: String, kind: SurveyKind) -> [SurveyResult] {
        periods(of: unit, kind: kind).compactMap { unitResult(unit, kind: kind, period: $0) }
    }

    /// The surveys of one service, oldest first.
    public func serviceResults(_ unit: String, service: String, kind: SurveyKind) -> [SurveyResult] {
        (byUnit[unit] ?? []).filter { $0.kind == kind && $0.service == service }.sorted { $0.period < $1.period }
    }

    /// The results of several units in one year taken together: each unit's results of
    /// the periods that fall in the year. Nil when none of them surveyed that year.
    public func combined(units: [String], kind: SurveyKind, year: Int, as name: String) -> SurveyResult? {
        let taken = units.flatMap { unit in
            periods(of: unit, kind: kind).filter { $0.year == year }.compactMap { unitResult(unit, kind: kind, period: $0) }
        }
        return SurveyResult.combined(taken, unit: name, period: SurveyPeriod(year: year, span: .year)!)
    }

    /// The years in which any result of a kind was collected, oldest first.
    public func years(kind: SurveyKind) -> [Int] {
        Set(results.filter { $0.kind == kind }.map(\.period.year)).sorted()
    }
}
