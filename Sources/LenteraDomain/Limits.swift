import LenteraDiagnostics

/// The ranges every number read from content, raw survey exports and options must fall in.
///
/// These are Lentera's bounds, not a regulation's: each is far beyond any real portal, and
/// close enough that no sum or product of such numbers in Lentera's computations can
/// overflow a 64-bit integer or leave the range a Double holds exactly. A value outside is
/// an error where it is read (with the value and the range), never a crash and never a
/// silently changed figure. `docs/rules.md` ("Bounds of numbers") lists them; a test
/// compares that table with these values.
public enum Limits {
    /// One bound, with the words the documentation and the messages use for it.
    public struct Bound<Value: Comparable & Sendable>: Sendable {
        public let range: ClosedRange<Value>
        /// What is bounded, as `docs/rules.md` names it (English).
        public let what: String
        /// What is bounded, for messages: a catalogue key (`limits.respondents`).
        public let label: Message

        public init(_ range: ClosedRange<Value>, _ what: String, label: String) {
            self.range = range
            self.what = what
            self.label = Message(label)
        }

        public func contains(_ value: Value) -> Bool { range.contains(value) }
    }

    /// Respondents of one survey result: a survey of every adult in Indonesia stays below.
    public static let respondents = Bound(1...100_000_000, "respondents of a survey result (`responden`)", label: "limits.respondents")
    /// One count of a survey result: how many gave an answer, or fall in a profile category.
    public static let count = Bound(0...100_000_000, "a count of answers or of a profile category", label: "limits.count")
    /// People served in a survey's period (`pengguna_layanan`).
    public static let serviceUsers = Bound(0...1_000_000_000, "people served in a period (`pengguna_layanan`)", label: "limits.service-users")
    /// Years of dates, periods, designations and proposals.
    public static let years = Bound(1900...2100, "a year (of a date, a period, a designation or a proposal)", label: "limits.years")
    /// Years an SPBE plan names: SPBE began with Perpres 95/2018; a wider span is almost
    /// always a typo.
    public static let planYears = Bound(2000...2100, "a year of an SPBE plan (`tahun`)", label: "limits.plan-years")
    /// A fee in whole Rupiah: up to one trillion (Rp1.000.000.000.000).
    public static let rupiah = Bound(0...1_000_000_000_000, "a fee in whole Rupiah (`jumlah`)", label: "limits.rupiah")
    /// Units of an instansi (`jumlah_unit` of a Zona Integritas file).
    public static let unitsPerInstansi = Bound(1...1_000_000, "units of an instansi (`jumlah_unit`)", label: "limits.units-per-instansi")
    /// The position given to order a list (`urutan`).
    public static let order = Bound(-1_000_000...1_000_000, "an order (`urutan`)", label: "limits.order")
    /// A performance indicator's realisation, in its own unit of measure.
    public static let indicatorValue = Bound(0.0...1e15, "an indicator's `realisasi`", label: "limits.indicator-value")
    /// A performance indicator's target: more than zero. A thousandth at the least, so that
    /// realisation ÷ target stays a number a page can print (at most 10^20 %).
    public static let indicatorTarget = Bound(0.001...1e15, "an indicator's `target`", label: "limits.indicator-target")
    /// An SKM element's weight (`bobot`): a share of the whole, from 0 to 1.
    public static let weight = Bound(0.0...1.0, "an SKM element's weight (`bobot`)", label: "limits.weight")
    /// Working days to answer a report of an accessibility barrier
    /// (`aksesibilitas.tanggapan_hari_kerja`): 60 working days, about a quarter of a year, at most.
    public static let replyDays = Bound(1...60, "working days to answer an accessibility report (`tanggapan_hari_kerja`)", label: "limits.reply-days")
    /// A duration in minutes of work: more than zero (the lower bound 0 is checked as "more
    /// than zero" where a duration is read), at most 10,000 working days of 7.5 hours
    /// (4,500,000 minutes; 75,000 hours).
    public static let durationMinutes = Bound(0.0...10_000 * Duration.minutesPerWorkingDay,
                                              "a duration (more than zero; at most 10.000 hari kerja)", label: "limits.duration-minutes")

    /// Any whole number that fits in 64 bits: for fields whose own rule checks the range
    /// right after (an IACM level of 1 to 5 is `zi.invalid-level`).
    public static let wholeNumber = Bound(Int.min...Int.max, "a whole number", label: "limits.whole-number")

    /// Any number, infinity included: for fields whose own rule checks the range right after
    /// (a negative `realisasi` is `performance.negative-realisation`).
    public static let anyNumber = Bound(-Double.infinity...Double.infinity, "a number", label: "limits.any-number")

    /// The longest duration in the unit a text wrote it in, for messages.
    public static func maximumDuration(inUnitOf unit: DurationUnit) -> Double {
        durationMinutes.range.upperBound / unit.minutes
    }
}

/// The units a duration is written in.
public enum DurationUnit: String, Sendable, CaseIterable {
    case menit, jam, hari

    /// Minutes of work in one of this unit (a day: the 7.5-hour working day).
    public var minutes: Double {
        switch self {
        case .menit: 1
        case .jam: 60
        case .hari: Duration.minutesPerWorkingDay
        }
    }
}
