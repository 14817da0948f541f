import LenteraDomain

/// Turns values into the text readers see, the Indonesian way.
public enum Formatting {
    static let months = IndonesianText.months

    /// `27 November 2018`.
    public static func date(_ date: CalendarDate) -> String { IndonesianText.date(date) }

    /// A number with a decimal comma and at most `digits` decimals, trailing zeros dropped:
    /// `91,48`, `100`, `0,5`.
    public static func decimal(_ value: Double, digits: Int = 1) -> String {
        let rounded = roundedForPublication(value, digits: digits)
        var text = String(format: "%.\(digits)f", rounded)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text.replacingOccurrences(of: ".", with: ",")
    }

    /// A number with a decimal comma and exactly `digits` decimals, as indices are
    /// published: `3,20`, `3,65`.
    public static func fixed(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", roundedForPublication(value, digits: digits)).replacingOccurrences(of: ".", with: ",")
    }

    /// `Maret 2024`, `Triwulan I 2024`, `Semester II 2024`, `Tahun 2024`.
    public static func period(_ period: SurveyPeriod) -> String { IndonesianText.period(period) }

    /// Consecutive periods as one range (`Juli–September 2026`, `Desember 2025–Februari 2026`);
    /// other lists of periods one by one, joined by commas.
    public static func periods(_ periods: [SurveyPeriod]) -> String {
        let sorted = periods.sorted()
        let consecutive = zip(sorted, sorted.dropFirst()).allSatisfy { $1.firstMonthIndex == $0.lastMonthIndex + 1 }
        guard let first = sorted.first, let last = sorted.last, sorted.count > 1, consecutive else {
            return sorted.map(period).joined(separator: ", ")
        }
        return range(first, last)
    }

    /// From one period to another: `Juli–September 2026` for months of one year,
    /// `Triwulan IV 2025–Triwulan I 2026` otherwise.
    public static func range(_ first: SurveyPeriod, _ last: SurveyPeriod) -> String {
        if first == last { return period(first) }
        if case .month(let a) = first.span, case .month(let b) = last.span, first.year == last.year {
            return "\(months[a - 1])–\(months[b - 1]) \(last.year)"
        }
        return "\(period(first))–\(period(last))"
    }

    /// A share (0…1) as a percentage: `85,7%`.
    public static func percent(_ share: Double, digits: Int = 1) -> String {
        decimal(share * 100, digits: digits) + "%"
    }

    /// A whole number with full stops between thousands: `12.500`.
    public static func integer(_ value: Int) -> String {
        (value < 0 ? "-" : "") + Rupiah.groupingThousands(value.magnitude)
    }

    /// A normalised duration, in the unit it was given: `30 menit`, `2 jam`, `5 hari kerja`.
    public static func duration(_ duration: Duration) -> String {
        switch duration {
        case .minutes(let minutes):
            if minutes >= 60 && minutes.truncatingRemainder(dividingBy: 60) == 0 { return "\(decimal(minutes / 60)) jam" }
            return "\(decimal(minutes)) menit"
        case .workingDays(let days):
            return "\(decimal(days)) hari kerja"
        }
    }

    /// The cost at a glance: `Gratis`, `Rp5.000`, or `Rp5.000–Rp50.000`.
    public static func cost(_ cost: Cost) -> String {
        switch cost {
        case .free: return "Gratis"
        case .fees(let fees, _):
            if cost.isFree { return "Gratis" }
            let amounts = fees.map(\.amount).sorted()
            guard let low = amounts.first, let high = amounts.last else { return "Gratis" }
            return low == high ? low.formatted : "\(low.formatted)–\(high.formatted)"
        }
    }

    /// Escapes text for XML and HTML attribute or element content.
    public static func escapeXML(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

import Foundation
