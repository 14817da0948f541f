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
        // Read by hand rather than by a regular expression: this runs for every service on
        // every build. The first place, from the left, where a number is followed (after
        // spaces and an optional parenthesis, as in "5 (lima) hari") by a unit.
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ index: Int) -> Bool { index < scalars.count && ("0"..."9").contains(scalars[index]) }
        func skipSpaces(_ index: Int) -> Int {
            var index = index
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
            return index
        }
        func word(_ word: String, at index: Int) -> Int? {
            var index = index
            for letter in word.unicodeScalars {
                guard index < scalars.count, scalars[index].value | 0x20 == letter.value else { return nil }
                index += 1
            }
            return index
        }
        /// The unit written at `index`: minutes, hours or days.
        func unit(at index: Int) -> String? {
            if word("menit", at: index) != nil { return "menit" }
            if word("jam", at: index) != nil { return "jam" }
            if word("hari", at: index) != nil { return "hari" }
            return nil
        }
        func unit(afterNumberEndingAt end: Int) -> String? {
            let next = skipSpaces(end)
            if next < scalars.count, scalars[next] == "(" {
                var close = next + 1
                while close < scalars.count, scalars[close] != ")" { close += 1 }
                if close < scalars.count, let found = unit(at: skipSpaces(close + 1)) { return found }
            }
            return unit(at: next)
        }
        for start in scalars.indices where isDigit(start) {
            var integerEnd = start
            while isDigit(integerEnd) { integerEnd += 1 }
            var ends = [integerEnd]
            if integerEnd < scalars.count, scalars[integerEnd] == "." || scalars[integerEnd] == ",", isDigit(integerEnd + 1) {
                var fractionEnd = integerEnd + 1
                while isDigit(fractionEnd) { fractionEnd += 1 }
                ends.insert(fractionEnd, at: 0)
            }
            for end in ends {
                guard let found = unit(afterNumberEndingAt: end) else { continue }
                var number = String(String.UnicodeScalarView(scalars[start..<end]))
                if let comma = number.firstIndex(of: ",") { number.replaceSubrange(comma...comma, with: ".") }
                guard let value = Double(number) else { return nil }
                switch found {
                case "menit": return .minutes(value)
                case "jam": return .minutes(value * 60)
                default: return .workingDays(value)
                }
            }
        }
        return nil
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
