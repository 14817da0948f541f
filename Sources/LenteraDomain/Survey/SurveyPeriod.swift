import Foundation

/// The period a survey covers: a month (`2024-03`), a quarter (`2024-Q1`), a half year
/// (`2024-S1`) or a whole year (`2024`). PermenPANRB 14/2017 asks for at least one survey a
/// year; units run them monthly, per quarter (triwulan), per semester or yearly.
public struct SurveyPeriod: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Span: Sendable, Hashable {
        case month(Int)
        case quarter(Int)
        case half(Int)
        case year
    }

    public let year: Int
    public let span: Span

    public init?(year: Int, span: Span) {
        guard Limits.years.contains(year) else { return nil }
        switch span {
        case .month(let m): guard (1...12).contains(m) else { return nil }
        case .quarter(let q): guard (1...4).contains(q) else { return nil }
        case .half(let h): guard (1...2).contains(h) else { return nil }
        case .year: break
        }
        self.year = year
        self.span = span
    }

    /// Reads `2024`, `2024-03`, `2024-Q1` (or `q1`), `2024-S1` (or `s1`).
    public init?(_ text: String) {
        let parts = text.trimmedSpaces().split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, first.allSatisfy(\.isASCIIDigit), let year = Int(first) else { return nil }
        if parts.count == 1 { self.init(year: year, span: .year); return }
        guard parts.count == 2 else { return nil }
        let second = parts[1].uppercased()
        if second.count == 2, second.allSatisfy(\.isASCIIDigit), let month = Int(second) {
            self.init(year: year, span: .month(month))
        } else if second.count == 2, second.hasPrefix("Q"), let quarter = Int(second.dropFirst()) {
            self.init(year: year, span: .quarter(quarter))
        } else if second.count == 2, second.hasPrefix("S"), let half = Int(second.dropFirst()) {
            self.init(year: year, span: .half(half))
        } else {
            return nil
        }
    }

    /// The canonical spelling, also used in file names and open data.
    public var description: String {
        switch span {
        case .month(let m): "\(year)-\(m < 10 ? "0" : "")\(m)"
        case .quarter(let q): "\(year)-Q\(q)"
        case .half(let h): "\(year)-S\(h)"
        case .year: "\(year)"
        }
    }

    /// The first and last month covered, 1…12.
    public var months: ClosedRange<Int> {
        switch span {
        case .month(let m): m...m
        case .quarter(let q): (q * 3 - 2)...(q * 3)
        case .half(let h): (h * 6 - 5)...(h * 6)
        case .year: 1...12
        }
    }

    public var monthCount: Int { months.count }

    /// Months since year 0 of the first and last month covered, for arithmetic across years.
    public var firstMonthIndex: Int { year * 12 + months.lowerBound - 1 }
    public var lastMonthIndex: Int { year * 12 + months.upperBound - 1 }

    /// The last day covered.
    public var endDate: CalendarDate {
        let month = months.upperBound
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }

    /// Whether the period ended more than a year before `date`: PermenPANRB 14/2017 asks
    /// for a survey at least once a year, so a unit whose last survey ended so long ago is late.
    public func endedMoreThanAYear(before date: CalendarDate) -> Bool {
        let day = min(date.day, CalendarDate.daysIn(month: date.month, year: date.year - 1))
        return endDate < CalendarDate(year: date.year - 1, month: date.month, day: day)!
    }

    /// Ordered by the month the period ends, then the shorter first (a quarter before the
    /// year that ends with it), so a trend reads left to right in time.
    public static func < (lhs: SurveyPeriod, rhs: SurveyPeriod) -> Bool {
        (lhs.lastMonthIndex, lhs.monthCount) < (rhs.lastMonthIndex, rhs.monthCount)
    }
}
