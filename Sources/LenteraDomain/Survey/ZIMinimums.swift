/// The minimum indices and LKE score of one Zona Integritas predicate (indices on scale 4).
public struct ZIThreshold: Sendable, Equatable {
    public var predicate: ZIPredicate
    public var ipkp: Double
    public var ipak: Double
    /// The total LKE score a proposal also needs; not part of the portal's content, so
    /// shown but never judged.
    public var lke: Double

    public init(predicate: ZIPredicate, ipkp: Double, ipak: Double, lke: Double) {
        self.predicate = predicate
        self.ipkp = ipkp
        self.ipak = ipak
        self.lke = lke
    }

    /// Whether both indices reach the minimum, compared as published (2 decimals).
    public func isMet(ipkp: Double, ipak: Double) -> Bool {
        roundedTo2(ipkp) >= self.ipkp - 1e-9 && roundedTo2(ipak) >= self.ipak - 1e-9
    }
}

/// The minimums of both predicates as one version of a regulation states them.
public struct ZIMinimums: Sendable, Equatable {
    /// Lowest predicate first.
    public var thresholds: [ZIThreshold]

    public init(_ thresholds: [ZIThreshold]) {
        self.thresholds = thresholds.sorted { $0.predicate < $1.predicate }
    }

    public func threshold(_ predicate: ZIPredicate) -> ZIThreshold {
        thresholds.first { $0.predicate == predicate }!
    }

    /// The minimums over time. SE MenPANRB 04/2023 states no minimum (REFERENCE §5); the
    /// figures are attributed to PermenPANRB 90/2021, as amended by PermenPANRB 5/2024, by
    /// a secondary source, and that regulation was not read. The secondary source gives only
    /// the amended figures: that they were the same before the amendment is Lentera's reading,
    /// and the first version says so rather than crediting 2021–2023 to the 2024 amendment.
    /// Each version applies from the first day of its regulation's year: the day it took
    /// effect was not read either, so those dates are Lentera's reading (docs/rules.md,
    /// "IPKP and IPAK").
    public static let table = DatedTable<ZIMinimums>([
        .init(from: CalendarDate(year: 2021, month: 1, day: 1)!,
              source: RuleSource("PermenPANRB 90/2021", standing: .secondary,
                                 note: "Sumber sekunder hanya memuat angka sesudah perubahan oleh PermenPANRB 5/2024; bahwa angkanya sama sebelum perubahan itu adalah tafsiran Lentera. Peraturannya sendiri belum dibaca. SE MenPANRB 04/2023 tidak menyebutkan batas minimal."),
              value: figures),
        .init(from: CalendarDate(year: 2024, month: 1, day: 1)!,
              source: RuleSource("PermenPANRB 90/2021, diubah PermenPANRB 5/2024", standing: .secondary,
                                 note: "Angka ini dikutip dari sumber sekunder yang merujuk PermenPANRB 90/2021 sebagaimana diubah PermenPANRB 5/2024; peraturannya sendiri belum dibaca. SE MenPANRB 04/2023 tidak menyebutkan batas minimal."),
              value: figures),
    ])

    /// The figures the secondary source gives (after the 2024 amendment).
    static let figures = ZIMinimums([
        ZIThreshold(predicate: .wbk, ipkp: 3.20, ipak: 3.60, lke: 75),
        ZIThreshold(predicate: .wbbm, ipkp: 3.60, ipak: 3.60, lke: 85),
    ])

    /// The first day of `table`'s version is the regulation's year, not a day read in it.
    public static let fromDateReading = "Tiap versi berlaku sejak awal tahun peraturannya (2021 dan 2024): tanggal mulai berlakunya belum dibaca, sehingga tanggal ini tafsiran Lentera."
}

/// Lentera's reading of "rata-rata IPAK dan IPKP minimal 3 (tiga) bulan terakhir sebelum
/// diusulkan ke TPN" (SE MenPANRB 04/2023, E.2.g; seed 000 l. 97): how long the window is
/// and how long before the day judged for it may have ended.
public struct ZIWindowReading: Sendable, Equatable {
    /// Calendar months the average covers.
    public var months: Int
    /// A window whose last day is more than this many months before the day judged for
    /// (the proposal's date, or the build date) does not show the unit's state on that
    /// day: whether it meets the minimums is unknown.
    public var staleAfterMonths: Int

    public init(months: Int, staleAfterMonths: Int) {
        self.months = months
        self.staleAfterMonths = staleAfterMonths
    }

    /// The circular says "the last 3 months before the proposal" without saying how close to
    /// the proposal they must end; Lentera allows 3 months between the window's end and
    /// the day judged for (about one quarter: a unit surveying quarterly stays judged).
    public static let table = DatedTable<ZIWindowReading>([
        .init(from: CalendarDate(year: 2023, month: 2, day: 15)!,
              source: RuleSource("SE MenPANRB 04/2023, E.2.g", standing: .reading,
                                 note: "Surat edaran meminta rata-rata \"minimal 3 (tiga) bulan terakhir sebelum diusulkan ke TPN\" tanpa menyebutkan seberapa dekat jendela itu harus berakhir sebelum usulan; batas keusangan adalah tafsiran Lentera."),
              value: ZIWindowReading(months: 3, staleAfterMonths: 3)),
    ])
}

extension CalendarDate {
    /// The same day `months` months earlier, or the last day of that month when it is shorter.
    func monthsEarlier(_ months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) - months
        let (y, m) = (index / 12, index % 12 + 1)
        return CalendarDate(year: y, month: m, day: min(day, Self.daysIn(month: m, year: y)))!
    }
}
