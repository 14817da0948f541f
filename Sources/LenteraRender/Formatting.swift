import LenteraDiagnostics
import LenteraDomain

/// Turns values into the text readers see, in the portal's language: Indonesian by default
/// (`27 November 2018`, `91,48`, `12.500`), English with `bahasa: en` (`27 November 2018`,
/// `91.48`, `12,500`). Every function takes the language last, Indonesian when left out, so
/// the open data and the domain's own texts keep the Indonesian form they always had.
public enum Formatting {
    static let months = IndonesianText.months
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]

    static func months(_ language: Language) -> [String] { language == .en ? englishMonths : months }

    /// `27 November 2018`, in either language.
    public static func date(_ date: CalendarDate, _ language: Language = .id) -> String {
        language == .en ? "\(date.day) \(englishMonths[date.month - 1]) \(date.year)" : IndonesianText.date(date)
    }

    /// A number with a decimal comma (a point in English) and at most `digits` decimals,
    /// trailing zeros dropped: `91,48`, `100`, `0,5`.
    public static func decimal(_ value: Double, digits: Int = 1, _ language: Language = .id) -> String {
        let rounded = roundedForPublication(value, digits: digits)
        var text = PlainNumber.fixed(rounded, digits: digits)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return localized(text, language)
    }

    /// A number with a decimal comma (a point in English) and exactly `digits` decimals, as
    /// indices are published: `3,20`, `3,65`.
    public static func fixed(_ value: Double, digits: Int, _ language: Language = .id) -> String {
        localized(PlainNumber.fixed(roundedForPublication(value, digits: digits), digits: digits), language)
    }

    /// `1234.5` (as `String(format:)` writes it) with the decimal mark of the language:
    /// `1234,5` or `1234.5`. Thousands are not grouped here (a figure with decimals is an
    /// index or a percentage; `integer` groups whole counts).
    private static func localized(_ plain: String, _ language: Language) -> String {
        language == .en ? plain : PlainNumber.swappingPoints(plain, for: UInt8(ascii: ","))
    }

    private static func grouped(_ value: UInt, _ language: Language) -> String {
        let indonesian = Rupiah.groupingThousands(value)
        return language == .en ? PlainNumber.swappingPoints(indonesian, for: UInt8(ascii: ",")) : indonesian
    }

    /// `Maret 2024`, `Triwulan I 2024`, `Semester II 2024`, `Tahun 2024`; in English
    /// `March 2024`, `Quarter I 2024`, `Half-year II 2024`, `Year 2024`.
    public static func period(_ period: SurveyPeriod, _ language: Language = .id) -> String {
        guard language == .en else { return IndonesianText.period(period) }
        let roman = ["I", "II", "III", "IV"]
        switch period.span {
        case .month(let m): return "\(englishMonths[m - 1]) \(period.year)"
        case .quarter(let q): return "Quarter \(roman[q - 1]) \(period.year)"
        case .half(let h): return "Half-year \(roman[h - 1]) \(period.year)"
        case .year: return "Year \(period.year)"
        }
    }

    /// Consecutive periods as one range (`Juli–September 2026`, `Desember 2025–Februari 2026`);
    /// other lists of periods one by one, joined by commas.
    public static func periods(_ periods: [SurveyPeriod], _ language: Language = .id) -> String {
        let sorted = periods.sorted()
        let consecutive = zip(sorted, sorted.dropFirst()).allSatisfy { $1.firstMonthIndex == $0.lastMonthIndex + 1 }
        guard let first = sorted.first, let last = sorted.last, sorted.count > 1, consecutive else {
            return sorted.map { period($0, language) }.joined(separator: ", ")
        }
        return range(first, last, language)
    }

    /// From one period to another: `Juli–September 2026` for months of one year,
    /// `Triwulan IV 2025–Triwulan I 2026` otherwise.
    public static func range(_ first: SurveyPeriod, _ last: SurveyPeriod, _ language: Language = .id) -> String {
        if first == last { return period(first, language) }
        if case .month(let a) = first.span, case .month(let b) = last.span, first.year == last.year {
            let names = months(language)
            return "\(names[a - 1])–\(names[b - 1]) \(last.year)"
        }
        return "\(period(first, language))–\(period(last, language))"
    }

    /// A share (0…1) as a percentage: `85,7%` (`85.7%`).
    public static func percent(_ share: Double, digits: Int = 1, _ language: Language = .id) -> String {
        decimal(share * 100, digits: digits, language) + "%"
    }

    /// A whole number with full stops between thousands (commas in English): `12.500`.
    public static func integer(_ value: Int, _ language: Language = .id) -> String {
        (value < 0 ? "-" : "") + grouped(value.magnitude, language)
    }

    /// A normalised duration, in the unit it was given: `30 menit`, `2 jam`, `5 hari kerja`
    /// (`30 minutes`, `2 hours`, `1 working day`).
    public static func duration(_ duration: Duration, _ language: Language = .id) -> String {
        let en = language == .en
        func unit(_ amount: Double, _ indonesian: String, _ one: String, _ many: String) -> String {
            "\(decimal(amount, language)) " + (en ? (amount == 1 ? one : many) : indonesian)
        }
        switch duration {
        case .minutes(let minutes):
            if minutes >= 60 && minutes.truncatingRemainder(dividingBy: 60) == 0 { return unit(minutes / 60, "jam", "hour", "hours") }
            return unit(minutes, "menit", "minute", "minutes")
        case .workingDays(let days):
            return unit(days, "hari kerja", "working day", "working days")
        }
    }

    /// The cost at a glance: `Gratis`, `Rp5.000`, or `Rp5.000–Rp50.000` (`Free`, `Rp5,000`).
    public static func cost(_ cost: Cost, _ language: Language = .id) -> String {
        let free = language == .en ? "Free" : "Gratis"
        switch cost {
        case .free: return free
        case .fees(let fees, _):
            if cost.isFree { return free }
            let amounts = fees.map(\.amount).sorted()
            guard let low = amounts.first, let high = amounts.last else { return free }
            return low == high ? rupiah(low, language) : "\(rupiah(low, language))–\(rupiah(high, language))"
        }
    }

    /// `Rp5.000` (`Rp5,000`).
    public static func rupiah(_ amount: Rupiah, _ language: Language = .id) -> String {
        language == .en ? PlainNumber.swappingPoints(amount.formatted, for: UInt8(ascii: ",")) : amount.formatted
    }

    /// Escapes text for XML and HTML attribute or element content, scalar by scalar: a
    /// quote or `<` followed by a combining mark is one `Character` unequal to `"` or `<`.
    public static func escapeXML(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

import Foundation
