/// The table of obligations the portal checks per unit, in the order pages list them. One
/// entry per obligation: the completeness page, its open data, `lentera check`'s summary and
/// the Metodologi page (`Methodology.standards`) read this table.
public enum Obligations {
    public static let all: [Obligation] = [components, enactment, maklumat, complaintChannels, skmSurvey, ziAnalysis, ziWindow, designationReport]

    public static func named(_ id: String) -> Obligation? { all.first { $0.id == id } }

    /// Every obligation judged for one unit, in table order.
    public static func evaluate(_ dossier: UnitDossier) -> [(obligation: Obligation, finding: ObligationFinding)] {
        all.map { ($0, $0.evaluate(dossier)) }
    }
}

/// How often a unit must survey its users (months): at least once a year. PermenPANRB
/// 14/2017 as secondary sources report it (the regulation itself was not read). The first
/// day is the start of the regulation's year: its exact date was not read either.
public enum SurveyFrequency {
    public static let table = DatedTable<Int>([
        .init(from: CalendarDate(year: 2017, month: 1, day: 1)!,
              source: RuleSource("PermenPANRB 14/2017", standing: .secondary,
                                 note: "Peraturan itu tidak dibaca langsung; \"minimal sekali setahun\" dikutip dari sumber sekunder."),
              value: 12),
    ])

    /// The first day a period may end on and still count as recent on `day`: `months`
    /// before it (the same day of the month, or the month's last day when it has fewer).
    /// A survey that ended exactly then is still recent.
    public static func cutoff(on day: CalendarDate) -> CalendarDate {
        let months = table.inForce(on: day).value
        let index = day.year * 12 + (day.month - 1) - months
        let year = index / 12, month = index % 12 + 1
        return CalendarDate(year: year, month: month, day: min(day.day, CalendarDate.daysIn(month: month, year: year)))!
    }
}
