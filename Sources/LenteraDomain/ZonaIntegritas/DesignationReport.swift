/// Whether a designation was reported to KemenPANRB in time (SE MenPANRB 04/2023, E.3.d,
/// seed 000 l. 121): the head of the instansi reports a self-evaluated Menuju WBK "paling
/// lambat 30 hari setelah penetapan".
public enum DesignationReportStatus: String, Sendable, CaseIterable {
    /// Reported on or before the last day.
    case reported
    /// Reported after the last day.
    case late
    /// Not reported, and the last day has passed.
    case notReported
    /// Not reported yet, and the last day has not passed.
    case notYetDue
    /// Designated by the national team: nothing to report.
    case notRequired
}

/// The deadline of E.3.d over time, in days after the designation's decree.
public enum DesignationReportDeadline {
    /// The circular says "30 hari" without saying working days: Lentera counts calendar
    /// days, the designation's day not counted, so a decree of 1 March is reported in time
    /// up to 31 March (docs/rules.md, "Reporting a self-evaluated designation").
    public static let table = DatedTable([
        .init(from: CalendarDate(year: 2023, month: 2, day: 15)!, source: RuleSource("SE MenPANRB 04/2023, E.3.d"), value: 30),
    ])

    /// The last day to report a designation decreed on `day`, by the version in force on it.
    public static func lastDay(for day: CalendarDate, table: DatedTable<Int> = table) -> CalendarDate {
        day.advanced(byDays: table.inForce(on: day).value)
    }
}

/// One designation of a unit with its report's standing on a day.
public struct DesignationReportCheck: Sendable, Equatable {
    public var designation: Designation
    /// The last day to report it; nil for a designation by the national team.
    public var lastDay: CalendarDate?
    public var status: DesignationReportStatus
}

extension Designation {
    /// Whether this designation was reported in time, judged on `day` (the build date).
    public func reportStatus(on day: CalendarDate, table: DatedTable<Int> = DesignationReportDeadline.table) -> DesignationReportStatus {
        guard authority == .selfEvaluation else { return .notRequired }
        let lastDay = DesignationReportDeadline.lastDay(for: decree.date, table: table)
        if let report { return report.date <= lastDay ? .reported : .late }
        return day > lastDay ? .notReported : .notYetDue
    }
}

extension ZIRecord {
    /// A unit's designations decreed on or before `day`, oldest first, each with whether it
    /// was reported to KemenPANRB in time (for the completeness report).
    public func designationReports(unit: String, on day: CalendarDate) -> [DesignationReportCheck] {
        designations.filter { $0.unit == unit && $0.decree.date <= day }.chronological().map { designation in
            DesignationReportCheck(designation: designation,
                                   lastDay: designation.authority == .selfEvaluation ? DesignationReportDeadline.lastDay(for: designation.decree.date) : nil,
                                   status: designation.reportStatus(on: day))
        }
    }
}

extension CalendarDate {
    /// The day `days` days later (or earlier, for a negative count).
    public func advanced(byDays days: Int) -> CalendarDate {
        var (year, month, day) = (self.year, self.month, self.day + days)
        while day > Self.daysIn(month: month, year: year) {
            day -= Self.daysIn(month: month, year: year)
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        while day < 1 {
            (year, month) = month == 1 ? (year - 1, 12) : (year, month - 1)
            day += Self.daysIn(month: month, year: year)
        }
        return CalendarDate(year: year, month: month, day: day)!
    }
}
