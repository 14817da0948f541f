/// Dates and periods as Indonesian readers write them: one wording for the pages
/// (`Formatting` in LenteraRender) and for the texts the domain writes (the completeness
/// report's findings).
public enum IndonesianText {
    public static let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                                "September", "Oktober", "November", "Desember"]

    /// `27 November 2018`.
    public static func date(_ date: CalendarDate) -> String {
        "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// `Maret 2024`, `Triwulan I 2024`, `Semester II 2024`, `Tahun 2024`.
    public static func period(_ period: SurveyPeriod) -> String {
        let roman = ["I", "II", "III", "IV"]
        switch period.span {
        case .month(let m): return "\(months[m - 1]) \(period.year)"
        case .quarter(let q): return "Triwulan \(roman[q - 1]) \(period.year)"
        case .half(let h): return "Semester \(roman[h - 1]) \(period.year)"
        case .year: return "Tahun \(period.year)"
        }
    }
}
