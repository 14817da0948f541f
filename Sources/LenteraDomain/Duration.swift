import Foundation

/// The completion time of a service as published, with the duration read from it.
public struct CompletionTime: Sendable, Equatable {
    /// The text the standard publishes ("maks. 5 hari kerja").
    public var text: String
    /// The normalised duration the dashboards aggregate; nil when none could be read.
    public var duration: Duration?

    public init(text: String, duration: Duration?) {
        self.text = text
        self.duration = duration
    }
}

/// A normalised duration: minutes for services done within the day, working days for
/// the others. Hours are stored as minutes.
public enum Duration: Sendable, Equatable, Hashable {
    case minutes(Double)
    case workingDays(Double)

    /// Minutes in a working day: 7.5 hours, from the 37.5-hour working week of civil
    /// servants (Perpres 21/2023 on working days and hours of ASN). Used only to compare
    /// and group durations given in different units.
    public static let minutesPerWorkingDay = 450.0

    /// The duration in minutes of working time.
    public var minutesOfWork: Double {
        switch self {
        case .minutes(let minutes): minutes
        case .workingDays(let days): days * Self.minutesPerWorkingDay
        }
    }

    /// Reads the first "number unit" pair from a published text: `30 menit`, `2 jam`,
    /// `5 (lima) hari kerja`, `maks. 14 hari`. "hari" alone is read as working days, as
    /// service standards count them. Decimal commas are accepted (`1,5 jam`).
    public static func parse(_ text: String) -> Duration? {
        let pattern = #"(\d+(?:[.,]\d+)?)\s*(?:\([^)]*\)\s*)?(menit|jam|hari\s+kerja|hari)"#
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range),
              let numberRange = Range(match.range(at: 1), in: text),
              let unitRange = Range(match.range(at: 2), in: text),
              let value = Double(text[numberRange].replacingOccurrences(of: ",", with: "."))
        else { return nil }
        let unit = text[unitRange].lowercased()
        if unit == "menit" { return .minutes(value) }
        if unit == "jam" { return .minutes(value * 60) }
        return .workingDays(value)
    }

    /// The band the dashboard groups this duration into.
    public var band: DurationBand {
        let minutes = minutesOfWork
        if minutes <= 60 { return .withinAnHour }
        if minutes <= Self.minutesPerWorkingDay { return .withinADay }
        let days = minutes / Self.minutesPerWorkingDay
        if days <= 5 { return .upToFiveDays }
        if days <= 14 { return .upToFourteenDays }
        return .longer
    }
}

/// Groups of completion times on the dashboard, shortest first.
public enum DurationBand: Int, Sendable, CaseIterable, Comparable {
    case withinAnHour, withinADay, upToFiveDays, upToFourteenDays, longer

    public var label: String {
        switch self {
        case .withinAnHour: "≤ 1 jam"
        case .withinADay: "> 1 jam s.d. 1 hari kerja"
        case .upToFiveDays: "2–5 hari kerja"
        case .upToFourteenDays: "6–14 hari kerja"
        case .longer: "> 14 hari kerja"
        }
    }

    public static func < (lhs: DurationBand, rhs: DurationBand) -> Bool { lhs.rawValue < rhs.rawValue }
}
