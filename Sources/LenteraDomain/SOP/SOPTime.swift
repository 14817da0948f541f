/// Which days an SOP means. The source writes `hari kerja`, or `hari` alone without saying
/// which days (seed 002 writes only `hari`); an SOP file may state what its plain `hari`
/// means (`hari: kerja` or `hari: kalender`), and nothing else turns one into the other.
public enum SOPDayKind: String, Sendable, Equatable, CaseIterable {
    case working = "kerja"
    case calendar = "kalender"
    /// Plain `hari` of an SOP that does not say which days it means.
    case unstated = ""

    /// The words a total uses for days of this kind: `hari kerja`, `hari kalender`, `hari`.
    public var words: String {
        switch self {
        case .working: "hari kerja"
        case .calendar: "hari kalender"
        case .unstated: "hari"
        }
    }
}

/// The time of one SOP step as the total reads it: minutes (hours are minutes), or days of
/// a kind.
public enum SOPTime: Sendable, Equatable {
    case minutes(Double)
    case days(Double, SOPDayKind)

    /// Reads a step's published time: `hari kerja` and `hari kalender` are what they say,
    /// plain `hari` is what the SOP says it means (`plainDays`). Nil when no time was read.
    public init?(_ time: CompletionTime, plainDays: SOPDayKind) {
        switch time.duration {
        case .minutes(let minutes)?:
            self = .minutes(minutes)
        case .workingDays(let days)?:
            switch Duration.writtenDays(time.text) ?? .plain {
            case .working: self = .days(days, .working)
            case .calendar: self = .days(days, .calendar)
            case .plain: self = .days(days, plainDays)
            }
        case nil:
            return nil
        }
    }

    /// Only to choose the longest of steps that run at the same time: days of any kind at
    /// 7,5 hours (`Duration.minutesPerWorkingDay`). No total adds this number.
    public var comparableMinutes: Double {
        switch self {
        case .minutes(let minutes): minutes
        case .days(let days, _): days * Duration.minutesPerWorkingDay
        }
    }
}
