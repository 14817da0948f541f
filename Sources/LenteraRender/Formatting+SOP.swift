import LenteraDomain

extension Formatting {
    /// An SOP's total as its parts, largest first, without converting between them:
    /// `3 hari kerja 2 jam 5 menit`, `17 hari 2 jam 35 menit`. Days of different kinds are
    /// separate sums joined by `+`: `2 hari kerja + 14 hari + 1 jam`. `0 menit` for steps
    /// that take no time; `tidak dapat dihitung` when no step time could be read.
    public static func sopTotal(_ total: SOPTotalDuration) -> String {
        guard !total.isUnknown else { return "tidak dapat dihitung" }
        let days = total.dayParts.map { "\(decimal($0.days, digits: 2)) \($0.kind.words)" }
        var clock: [String] = []
        if total.hours > 0 { clock.append("\(integer(total.hours)) jam") }
        if total.remainingMinutes > 0 { clock.append("\(decimal(total.remainingMinutes, digits: 1)) menit") }
        if days.isEmpty && clock.isEmpty { return "0 menit" }
        if days.count > 1 {
            return (days + (clock.isEmpty ? [] : [clock.joined(separator: " ")])).joined(separator: " + ")
        }
        return (days + clock).joined(separator: " ")
    }

    /// The whole total in working days of 7,5 hours: `3,28 hari kerja`; nil when some days
    /// of the total are not working days.
    public static func sopWorkingDays(_ total: SOPTotalDuration) -> String? {
        total.workingDayEquivalent.map { "\(decimal($0, digits: 2)) hari kerja" }
    }

    /// `langkah 3`, `langkah 3 dan 5`, `langkah 2, 3 dan 5`.
    static func stepList(_ numbers: [Int]) -> String {
        let names = numbers.map(String.init)
        guard let last = names.last else { return "" }
        let list = names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " dan " + last
        return "langkah " + list
    }
}
