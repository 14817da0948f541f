import Foundation
import LenteraDiagnostics

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
    /// service standards count them. Decimal commas are accepted (`1,5 jam`). Nil when no
    /// duration can be read, or the one written is out of range (see `read`).
    public static func parse(_ text: String) -> Duration? {
        if case .duration(let duration) = read(text) { return duration }
        return nil
    }

    /// Reads a published text like `parse`, telling an unreadable text from a duration
    /// that is zero, negative (`-3 jam`) or longer than `Limits.durationMinutes` allows.
    /// A minus sign counts only where no number comes before it, so `1-3 hari` is a range
    /// (read as its end, 3 days), not minus three.
    public static func read(_ text: String) -> DurationReading { scan(text).reading }

    /// How the days of a text read in days are written: `hari kerja`, `hari kalender`, or
    /// plain `hari`; nil for a text read in minutes or hours, or not read. Services read
    /// all three as working days (`parse`); an SOP keeps plain `hari` apart unless it says
    /// which days it means (docs/rules.md, "SOP total time").
    public static func writtenDays(_ text: String) -> WrittenDays? {
        let scanned = scan(text)
        guard case .duration(.workingDays) = scanned.reading else { return nil }
        return scanned.days
    }

    /// The reading of `read`, with how its days are written when its unit is `hari`.
    static func scan(_ text: String) -> (reading: DurationReading, days: WrittenDays?) {
        // Read by hand rather than by a regular expression: this runs for every service on
        // every build. The first place, from the left, where a number is followed (after
        // spaces and an optional parenthesis, as in "5 (lima) hari") by a unit.
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < scalars.count && ("0"..."9").contains(scalars[index]) }
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
        func unit(at index: Int) -> DurationUnit? {
            DurationUnit.allCases.first { word($0.rawValue, at: index) != nil }
        }
        /// The unit after a number, and where its word starts.
        func unitAndStart(afterNumberEndingAt end: Int) -> (unit: DurationUnit, start: Int)? {
            let next = skipSpaces(end)
            if next < scalars.count, scalars[next] == "(" {
                var close = next + 1
                while close < scalars.count, scalars[close] != ")" { close += 1 }
                let start = skipSpaces(close + 1)
                if close < scalars.count, let found = unit(at: start) { return (found, start) }
            }
            return unit(at: next).map { ($0, next) }
        }
        /// `kerja` or `kalender` after the word `hari` starting at `start`.
        func days(after start: Int) -> WrittenDays {
            guard let end = word("hari", at: start) else { return .plain }
            let next = skipSpaces(end)
            if word("kerja", at: next) != nil { return .working }
            if word("kalender", at: next) != nil { return .calendar }
            return .plain
        }
        /// A minus sign (a hyphen or a dash of any kind) right before the number, with no
        /// digit before it.
        func isNegative(_ start: Int) -> Bool {
            guard start > 0, Self.minusSigns.contains(scalars[start - 1]) else { return false }
            return !(0..<(start - 1)).contains(where: isDigit)
        }
        // A number starts at a digit that follows no digit and no letter (`1e3` and `U1`
        // are not numbers of minutes).
        for start in scalars.indices where isDigit(start) && !isDigit(start - 1)
            && !(start > 0 && scalars[start - 1].properties.isAlphabetic) {
            // `.5 jam`, `,5 jam`: a fraction written without its 0.
            if start > 0, scalars[start - 1] == "." || scalars[start - 1] == ",", !isDigit(start - 2) {
                var end = start
                while isDigit(end) { end += 1 }
                guard let (found, unitStart) = unitAndStart(afterNumberEndingAt: end) else { continue }
                let number = "0." + String(String.UnicodeScalarView(scalars[start..<end]))
                if isNegative(start - 1) { return (.outOfRange(number: "-" + number, unit: found), nil) }
                return (Self.reading(number, found), found == .hari ? days(after: unitStart) : nil)
            }
            var integerEnd = start
            while isDigit(integerEnd) { integerEnd += 1 }
            var ends = [integerEnd]
            // Full stops between thousands, as Indonesian writes them: `1.000 menit` is a
            // thousand minutes, not one (a first group of 1–3 digits not starting with 0,
            // then groups of three).
            var groupedEnd = integerEnd
            if (1...3).contains(integerEnd - start), scalars[start] != "0" {
                while groupedEnd + 3 < scalars.count, scalars[groupedEnd] == ".",
                      (groupedEnd + 1...groupedEnd + 3).allSatisfy(isDigit), !isDigit(groupedEnd + 4) {
                    groupedEnd += 4
                }
            }
            if groupedEnd > integerEnd {
                ends.insert(groupedEnd, at: 0)
            } else if integerEnd < scalars.count, scalars[integerEnd] == "." || scalars[integerEnd] == ",", isDigit(integerEnd + 1) {
                var fractionEnd = integerEnd + 1
                while isDigit(fractionEnd) { fractionEnd += 1 }
                ends.insert(fractionEnd, at: 0)
            }
            for end in ends {
                guard let (found, unitStart) = unitAndStart(afterNumberEndingAt: end) else { continue }
                var number = String(String.UnicodeScalarView(scalars[start..<end]))
                if end == groupedEnd && groupedEnd > integerEnd {
                    number.removeAll { $0 == "." }
                } else if let comma = number.firstIndex(of: ",") {
                    number.replaceSubrange(comma...comma, with: ".")
                }
                if isNegative(start) { return (.outOfRange(number: "-" + number, unit: found), nil) }
                return (Self.reading(number, found), found == .hari ? days(after: unitStart) : nil)
            }
        }
        return (.unreadable, nil)
    }

    /// Hyphens and dashes read as a minus sign before a number: `-`, `−` (U+2212), the
    /// hyphens and dashes U+2010–U+2014, `﹣` and `－`.
    static let minusSigns: Set<Unicode.Scalar> = ["-", "\u{2212}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{FE63}", "\u{FF0D}"]

    /// A positive number (as `Double` reads it) and its unit, within `Limits.durationMinutes`.
    static func reading(_ number: String, _ unit: DurationUnit) -> DurationReading {
        // Digits beyond a Double's range read as infinity: out of range, like any too long.
        guard let value = Double(number) else { return .unreadable }
        let minutes = value * unit.minutes
        guard value.isFinite, minutes > 0, Limits.durationMinutes.contains(minutes) else {
            return .outOfRange(number: number, unit: unit)
        }
        return .duration(unit == .hari ? .workingDays(value) : .minutes(minutes))
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

/// How a time given in days writes them.
public enum WrittenDays: Sendable, Equatable {
    /// `hari kerja`.
    case working
    /// `hari kalender`.
    case calendar
    /// `hari` alone: the text does not say which days.
    case plain
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

/// What `Duration.read` found in a published text.
public enum DurationReading: Sendable, Equatable {
    /// A duration within `Limits.durationMinutes`.
    case duration(Duration)
    /// No number followed by a unit.
    case unreadable
    /// A number and a unit, but zero, negative or too long: the number as written
    /// (with its sign) and the unit.
    case outOfRange(number: String, unit: DurationUnit)

    /// The message part that says what is wrong, for diagnostics.
    public var problem: Message? {
        guard case .outOfRange(let number, let unit) = self else { return nil }
        let maximum = Limits.maximumDuration(inUnitOf: unit)
        let limit = maximum == maximum.rounded() ? Rupiah.groupingThousands(UInt(maximum)) : String(maximum)
        return Message("duration.out-of-range", ["duration": .text("\(number) \(unit.rawValue)"), "limit": .text("\(limit) \(unit.rawValue)")])
    }
}
