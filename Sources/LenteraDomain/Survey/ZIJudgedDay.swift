/// The day a unit's IPKP/IPAK window is judged for: the unit's latest proposal dated in the
/// build date's year, on or before the build date; otherwise the build date itself
/// (docs/rules.md, "Readiness of a unit"). One rule for the unit page, the survey dashboard,
/// the open data and the completeness report.
public struct ZIJudgedDay: Sendable, Equatable {
    public var day: CalendarDate
    /// The proposal whose `tanggal` gave the day; nil when it is the build date.
    public var proposal: ZIProposals?

    public init(day: CalendarDate, proposal: ZIProposals?) {
        self.day = day
        self.proposal = proposal
    }

    public static func of(unit: String, instansi: String?, records: [ZIRecord], referenceDate: CalendarDate) -> ZIJudgedDay {
        let proposals = records.first { $0.instansi == instansi }?.proposals ?? []
        let dated = proposals.filter { proposal in
            guard let date = proposal.date else { return false }
            return proposal.units.contains(unit) && date.year == referenceDate.year && date <= referenceDate
        }
        guard let latest = dated.max(by: { $0.date! < $1.date! }), let date = latest.date else {
            return ZIJudgedDay(day: referenceDate, proposal: nil)
        }
        return ZIJudgedDay(day: date, proposal: latest)
    }
}
