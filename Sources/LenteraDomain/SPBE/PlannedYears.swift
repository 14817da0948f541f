import Foundation

/// When a planned improvement happens, as SPBE architecture documents write it: one year
/// (`2023`), a range (`2022–2026`), or every year (`tiap tahun`).
public enum PlannedYears: Sendable, Equatable, CustomStringConvertible {
    case year(Int)
    case range(Int, Int)
    case everyYear

    /// The years a plan may name (`Limits.planYears`).
    public static var allowed: ClosedRange<Int> { Limits.planYears.range }

    /// Why a text cannot be read as years.
    public enum Problem: Error, Sendable, Equatable {
        case unreadable
        case outOfRange(Int)
        case reversed(Int, Int)
    }

    /// Reads `2023`, `2022–2026` (en dash, hyphen or `s.d.`/`sampai`), `tiap tahun` (or
    /// `setiap tahun`).
    public static func parse(_ text: String) -> Result<PlannedYears, Problem> {
        let trimmed = text.trimmedSpaces().lowercased()
        if trimmed == "tiap tahun" || trimmed == "setiap tahun" { return .success(.everyYear) }
        var normalised = trimmed
        for separator in ["–", "—", "s.d.", "s/d", "sampai"] {
            normalised = normalised.replacingOccurrences(of: separator, with: "-")
        }
        let parts = normalised.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.trimmedSpaces() }
        let numbers = parts.compactMap { part -> Int? in
            guard part.count == 4, part.allSatisfy(\.isASCIIDigit) else { return nil }
            return Int(part)
        }
        guard numbers.count == parts.count, (1...2).contains(numbers.count) else { return .failure(.unreadable) }
        if let wrong = numbers.first(where: { !allowed.contains($0) }) { return .failure(.outOfRange(wrong)) }
        if numbers.count == 1 { return .success(.year(numbers[0])) }
        if numbers[0] > numbers[1] { return .failure(.reversed(numbers[0], numbers[1])) }
        return .success(numbers[0] == numbers[1] ? .year(numbers[0]) : .range(numbers[0], numbers[1]))
    }

    /// The years covered, for a year or a range; nil for every year.
    public var years: ClosedRange<Int>? {
        switch self {
        case .year(let year): year...year
        case .range(let first, let last): first...last
        case .everyYear: nil
        }
    }

    /// `2023`, `2022–2026`, `tiap tahun`.
    public var description: String {
        switch self {
        case .year(let year): "\(year)"
        case .range(let first, let last): "\(first)–\(last)"
        case .everyYear: "tiap tahun"
        }
    }
}
