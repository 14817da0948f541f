/// The total time of an SOP: the sum of its step times, without conversions the source
/// does not make. The source gives no totals: the total is Lentera's construct
/// (docs/rules.md, "SOP total time"; `Methodology.sop`).
///
/// Minutes and hours are one clock: minutes are carried into hours at exactly 60. Days are
/// kept apart from the clock, and apart by kind: `hari kerja`, `hari kalender`, and plain
/// `hari` the SOP does not explain are three sums, never added together; hours are never
/// turned into days. Steps that run at the same time count once, as their longest step.
/// Only the separate working-day equivalent uses the 7,5-hour working day
/// (`Duration.minutesPerWorkingDay`), and only when every day of the total is a working day.
/// Steps whose time could not be read are counted, not silently left out.
public struct SOPTotalDuration: Sendable, Equatable {
    /// Days written `hari kerja`, and plain `hari` of an SOP that says it means working days.
    public var workingDays: Double
    /// Days written `hari kalender`, and plain `hari` of an SOP that says it means calendar days.
    public var calendarDays: Double
    /// Plain `hari` of an SOP that does not say which days it means.
    public var unstatedDays: Double
    /// The minutes of the steps given in minutes or hours.
    public var minutes: Double
    /// How many steps were added up.
    public var readSteps: Int
    /// The numbers of the steps whose time could not be read, in order.
    public var unreadableSteps: [Int]
    /// The groups of steps that run at the same time, each counted once.
    public var parallelGroups: [SOPParallelGroup]

    /// Sums the times of numbered steps; a nil time is an unreadable step. `groups`: steps
    /// that run at the same time (`SOPParallelSteps.groups`).
    public init(_ steps: [(number: Int, time: SOPTime?)], groups: [[Int]] = []) {
        var skipped: Set<Int> = []
        var parallel: [SOPParallelGroup] = []
        let times = Dictionary(steps.map { ($0.number, $0.time) }, uniquingKeysWith: { first, _ in first })
        for group in groups {
            let readable = group.compactMap { number in times[number].flatMap { $0 }.map { (number, $0.comparableMinutes) } }
            let longest = readable.max { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }?.0
            parallel.append(SOPParallelGroup(steps: group, counted: longest))
            skipped.formUnion(group.filter { $0 != longest })
        }
        var days: [SOPDayKind: Double] = [:]
        var minutes = 0.0
        var read = 0
        var unreadable: [Int] = []
        for step in steps {
            guard let time = step.time else {
                unreadable.append(step.number)
                continue
            }
            if skipped.contains(step.number) { continue }
            switch time {
            case .minutes(let value): minutes += value
            case .days(let value, let kind): days[kind, default: 0] += value
            }
            read += 1
        }
        self.workingDays = Self.tidy(days[.working] ?? 0)
        self.calendarDays = Self.tidy(days[.calendar] ?? 0)
        self.unstatedDays = Self.tidy(days[.unstated] ?? 0)
        self.minutes = Self.tidy(minutes)
        self.readSteps = read
        self.unreadableSteps = unreadable
        self.parallelGroups = parallel
    }

    /// Whole hours of the minutes part: minutes carried at exactly 60.
    public var hours: Int { Int((minutes / 60).rounded(.down)) }

    /// The minutes left after the whole hours are carried.
    public var remainingMinutes: Double { Self.tidy(minutes - Double(hours) * 60) }

    /// The day sums that are not zero, in the order working, calendar, unstated.
    public var dayParts: [(days: Double, kind: SOPDayKind)] {
        [(workingDays, SOPDayKind.working), (calendarDays, .calendar), (unstatedDays, .unstated)].filter { $0.0 > 0 }
    }

    /// Whether every day of the total is a working day (or there are no days): only then is
    /// there a working-day equivalent.
    public var hasOnlyWorkingDays: Bool { calendarDays == 0 && unstatedDays == 0 }

    /// Days as working time plus the minutes: what the steps take at 7,5 hours a day; nil
    /// when some days are not working days.
    public var minutesOfWork: Double? {
        hasOnlyWorkingDays ? workingDays * Duration.minutesPerWorkingDay + minutes : nil
    }

    /// The whole total in working days of 7,5 hours (450 minutes); nil when some days are
    /// not working days.
    public var workingDayEquivalent: Double? { minutesOfWork.map { $0 / Duration.minutesPerWorkingDay } }

    /// Whether no step time could be read at all.
    public var isUnknown: Bool { readSteps == 0 }

    /// Sums of decimal times (`1,1 jam` is 66.00000000000001 minutes) are held to a
    /// thousandth, so that 60 minutes carry as one hour however they were written.
    static func tidy(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
