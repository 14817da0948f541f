import LenteraDiagnostics
import LenteraDomain

extension Formatting {
    /// An SOP's total as its parts, largest first, without converting between them:
    /// `3 hari kerja 2 jam 5 menit`, `17 hari 2 jam 35 menit`. Days of different kinds are
    /// separate sums joined by `+`: `2 hari kerja + 14 hari + 1 jam`. `0 menit` for steps
    /// that take no time; `tidak dapat dihitung` when no step time could be read. In
    /// English `3 working days 2 hours 5 minutes`.
    public static func sopTotal(_ total: SOPTotalDuration, _ language: Language = .id) -> String {
        let en = language == .en
        guard !total.isUnknown else { return en ? "cannot be computed" : "tidak dapat dihitung" }
        let days = total.dayParts.map { "\(decimal($0.days, digits: 2, language)) \(dayWords($0.kind, language, count: $0.days))" }
        var clock: [String] = []
        if total.hours > 0 { clock.append("\(integer(total.hours, language)) " + (en ? (total.hours == 1 ? "hour" : "hours") : "jam")) }
        if total.remainingMinutes > 0 {
            clock.append("\(decimal(total.remainingMinutes, digits: 1, language)) " + (en ? (total.remainingMinutes == 1 ? "minute" : "minutes") : "menit"))
        }
        if days.isEmpty && clock.isEmpty { return en ? "0 minutes" : "0 menit" }
        if days.count > 1 {
            return (days + (clock.isEmpty ? [] : [clock.joined(separator: " ")])).joined(separator: " + ")
        }
        return (days + clock).joined(separator: " ")
    }

    /// `hari kerja`, `hari kalender`, `hari` (`working days`, `calendar days`, `days`; `1 working
    /// day` when `count` is 1 as written).
    static func dayWords(_ kind: SOPDayKind, _ language: Language, count: Double? = nil) -> String {
        guard language == .en else { return kind.words }
        let one = count.map { decimal($0, digits: 2, language) == "1" } ?? false
        switch kind {
        case .working: return one ? "working day" : "working days"
        case .calendar: return one ? "calendar day" : "calendar days"
        case .unstated: return one ? "day" : "days"
        }
    }

    /// The whole total in working days of 7,5 hours: `3,28 hari kerja`; nil when some days
    /// of the total are not working days.
    public static func sopWorkingDays(_ total: SOPTotalDuration, _ language: Language = .id) -> String? {
        total.workingDayEquivalent.map { "\(decimal($0, digits: 2, language)) " + (language == .en ? dayWords(.working, language, count: $0) : "hari kerja") }
    }

    /// `langkah 3`, `langkah 3 dan 5`, `langkah 2, 3 dan 5` (`step 3`, `steps 3 and 5`).
    static func stepList(_ numbers: [Int], _ language: Language = .id) -> String {
        let names = numbers.map(String.init)
        guard let last = names.last else { return "" }
        let en = language == .en
        let list = names.count == 1 ? last : names.dropLast().joined(separator: ", ") + (en ? " and " : " dan ") + last
        return (en ? (names.count == 1 ? "step " : "steps ") : "langkah ") + list
    }
}
