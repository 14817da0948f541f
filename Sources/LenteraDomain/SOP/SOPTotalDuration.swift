/// The total time of an SOP: the sum of its step times, without conversions the source
/// does not make.
///
/// Minutes and hours are one clock: minutes are carried into hours at exactly 60. Days
/// (`hari` and `hari kerja`, both working days, as everywhere in Lentera) are kept apart:
/// hours are never turned into days, because an SOP's "1 hari" is a day of the calendar
/// of work, not 7,5 or 24 hours. Only the separate working-day equivalent uses the
/// 7,5-hour working day (`Duration.minutesPerWorkingDay`), and says so.
/// Steps whose time could not be read are counted, not silently left out.
public struct SOPTotalDuration: Sendable, Equatable {
    /// The working days of the steps given in days.
    public var workingDays: Double
    /// The minutes of the steps given in minutes or hours.
    public var minutes: Double
    /// How many steps were added up.
    public var readSteps: Int
    /// The numbers of the steps whose time could not be read, in order.
    public var unreadableSteps: [Int]

    /// Sums the durations of numbered steps; a nil duration is an unreadable step.
    public init(_ steps: [(number: Int, duration: Duration?)]) {
        var days = 0.0
        var minutes = 0.0
        var read = 0
        var unreadable: [Int] = []
        for step in steps {
            switch step.duration {
            case .workingDays(let value)?: days += value
            case .minutes(let value)?: minutes += value
            case nil:
                unreadable.append(step.number)
                continue
            }
            read += 1
        }
        self.workingDays = Self.tidy(days)
        self.minutes = Self.tidy(minutes)
        self.readSteps = read
        self.unreadableSteps = unreadable
    }

    /// Whole hours of the minutes part: minutes carried at exactly 60.
    public var hours: Int { Int((minutes / 60).rounded(.down)) }

    /// The minutes left after the whole hours are carried.
    public var remainingMinutes: Double { Self.tidy(minutes - Double(hours) * 60) }

    /// Days as working time plus the minutes: what the steps take at 7,5 hours a day.
    public var minutesOfWork: Double { workingDays * Duration.minutesPerWorkingDay + minutes }

    /// The whole total in working days of 7,5 hours (450 minutes).
    public var workingDayEquivalent: Double { minutesOfWork / Duration.minutesPerWorkingDay }

    /// Whether no step time could be read at all.
    public var isUnknown: Bool { readSteps == 0 }

    /// Sums of decimal times (`1,1 jam` is 66.00000000000001 minutes) are held to a
    /// thousandth, so that 60 minutes carry as one hour however they were written.
    static func tidy(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
