import LenteraDomain

extension Formatting {
    /// An SOP's total as its parts, largest first, without converting between them:
    /// `3 hari kerja 2 jam 5 menit`; `0 menit` for steps that take no time; `tidak dapat
    /// dihitung` when no step time could be read.
    public static func sopTotal(_ total: SOPTotalDuration) -> String {
        guard !total.isUnknown else { return "tidak dapat dihitung" }
        var parts: [String] = []
        if total.workingDays > 0 { parts.append("\(decimal(total.workingDays, digits: 2)) hari kerja") }
        if total.hours > 0 { parts.append("\(integer(total.hours)) jam") }
        if total.remainingMinutes > 0 { parts.append("\(decimal(total.remainingMinutes, digits: 1)) menit") }
        return parts.isEmpty ? "0 menit" : parts.joined(separator: " ")
    }

    /// The whole total in working days of 7,5 hours: `3,28 hari kerja`.
    public static func sopWorkingDays(_ total: SOPTotalDuration) -> String {
        "\(decimal(total.workingDayEquivalent, digits: 2)) hari kerja"
    }

    /// `langkah 3`, `langkah 3 dan 5`, `langkah 2, 3 dan 5`.
    static func stepList(_ numbers: [Int]) -> String {
        let names = numbers.map(String.init)
        guard let last = names.last else { return "" }
        let list = names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " dan " + last
        return "langkah " + list
    }
}
