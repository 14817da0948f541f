/// The two kinds of survey a unit publishes.
public enum SurveyKind: String, Sendable, Hashable, CaseIterable {
    /// Survei Kepuasan Masyarakat (PermenPANRB 14/2017): the IKM, answers 1–4.
    case skm
    /// The Zona Integritas surveys SPKP and SPAK (SE MenPANRB 04/2023): the indices IPKP
    /// and IPAK, answers 1–6 stars.
    case zi

    /// The answers a respondent may give.
    public var scale: ClosedRange<Int> {
        switch self {
        case .skm: 1...4
        case .zi: 1...6
        }
    }
}

/// One question of a survey (an unsur of the SKM, a statement of SPKP or SPAK).
public struct SurveyElement: Sendable, Equatable, Hashable {
    /// The stable code used in files and open data: `U1`…`U9`, `SPKP1`…`SPKP8`, `SPAK1`…`SPAK5`.
    public var code: String
    public var label: String
    /// The element's weight in the IKM; nil means an equal share (exactly 1/n).
    public var weight: Double?

    public init(code: String, label: String, weight: Double? = nil) {
        self.code = code
        self.label = label
        self.weight = weight
    }
}

/// The nine SKM elements of PermenPANRB 14/2017, in the regulation's order. Agencies may
/// relabel, reorder or add elements (portal settings); this is the default.
public enum SKMElements {
    public static let standard: [SurveyElement] = [
        SurveyElement(code: "U1", label: "Persyaratan"),
        SurveyElement(code: "U2", label: "Sistem, mekanisme dan prosedur"),
        SurveyElement(code: "U3", label: "Waktu penyelesaian"),
        SurveyElement(code: "U4", label: "Biaya/tarif"),
        SurveyElement(code: "U5", label: "Produk spesifikasi jenis pelayanan"),
        SurveyElement(code: "U6", label: "Kompetensi pelaksana"),
        SurveyElement(code: "U7", label: "Perilaku pelaksana"),
        SurveyElement(code: "U8", label: "Penanganan pengaduan, saran dan masukan"),
        SurveyElement(code: "U9", label: "Sarana dan prasarana"),
    ]

    /// The weight of each element: the given ones, or exactly 1/n each when none is given.
    /// Fails when only some are given, or when they do not add up to 1 (the rounded 0,111
    /// of published tables adds up to 0,999 and is refused: it turns a perfect 100 into 99,9).
    public static func weights(of elements: [SurveyElement]) -> Result<[Double], WeightProblem> {
        let given = elements.compactMap(\.weight)
        if given.isEmpty { return .success(elements.map { _ in 1.0 / Double(elements.count) }) }
        guard given.count == elements.count else { return .failure(.partial) }
        guard given.allSatisfy({ $0 > 0 }) else { return .failure(.notPositive) }
        let sum = given.reduce(0, +)
        guard abs(sum - 1) < 1e-9 else { return .failure(.sum(sum)) }
        return .success(given)
    }

    public enum WeightProblem: Error, Equatable {
        case partial
        case notPositive
        case sum(Double)
    }
}

/// The statements of the Zona Integritas surveys, from the appendix of SE MenPANRB 04/2023.
public enum ZIElements {
    public static let spkp: [SurveyElement] = [
        SurveyElement(code: "SPKP1", label: "Informasi pelayanan tersedia melalui media elektronik maupun non elektronik"),
        SurveyElement(code: "SPKP2", label: "Persyaratan pelayanan sesuai dengan yang diinformasikan"),
        SurveyElement(code: "SPKP3", label: "Prosedur/alur pelayanan mudah diikuti"),
        SurveyElement(code: "SPKP4", label: "Jangka waktu penyelesaian sesuai dengan yang ditetapkan"),
        SurveyElement(code: "SPKP5", label: "Tarif/biaya sesuai dengan yang ditetapkan"),
        SurveyElement(code: "SPKP6", label: "Sarana prasarana/sistem pelayanan online nyaman dan mudah digunakan"),
        SurveyElement(code: "SPKP7", label: "Petugas/sistem pelayanan online merespons dengan cepat"),
        SurveyElement(code: "SPKP8", label: "Layanan konsultasi dan pengaduan mudah digunakan"),
    ]
    public static let spak: [SurveyElement] = [
        SurveyElement(code: "SPAK1", label: "Tidak ada diskriminasi pelayanan"),
        SurveyElement(code: "SPAK2", label: "Tidak ada pelayanan di luar prosedur/kecurangan"),
        SurveyElement(code: "SPAK3", label: "Tidak ada imbalan di luar ketentuan"),
        SurveyElement(code: "SPAK4", label: "Tidak ada pungutan liar"),
        SurveyElement(code: "SPAK5", label: "Tidak ada percaloan"),
    ]
    public static let all = spkp + spak
}

/// The statements an instansi asks in its Zona Integritas surveys: the appendix's 8 SPKP
/// and 5 SPAK statements, then its own. SE MenPANRB 04/2023 says the questions cover "at
/// least" the listed aspects (E.2.c, seed 000 l. 90) and gives its appendix as an example
/// ("CONTOH SURVEI", l. 172), so an instansi may ask more; IPKP and IPAK are then the means
/// over the statements asked in the period of a result.
///
/// An added statement is asked from its first period on (`mulai`): a result of a period
/// that begins before that month is judged by the instrument without it, so adding a
/// statement never changes or invalidates earlier results.
public struct ZIInstrument: Sendable, Equatable {
    /// Every statement the instansi has asked, in order (appendix's first).
    public var spkp: [SurveyElement]
    public var spak: [SurveyElement]
    /// The first period an added statement is asked in, by code; a statement without an
    /// entry (the appendix's) is asked in every period.
    public var firstPeriods: [String: SurveyPeriod]

    /// The appendix's statements and `extraSPKP`, `extraSPAK` after them, each asked from
    /// its entry in `from` (in every period when it has none).
    public init(extraSPKP: [SurveyElement] = [], extraSPAK: [SurveyElement] = [], from firstPeriods: [String: SurveyPeriod] = [:]) {
        spkp = ZIElements.spkp + extraSPKP
        spak = ZIElements.spak + extraSPAK
        self.firstPeriods = firstPeriods
    }

    /// The appendix's 8 + 5 statements.
    public static let standard = ZIInstrument()

    /// SPKP then SPAK, in order.
    public var all: [SurveyElement] { spkp + spak }

    /// The statements added by the instansi (not in the appendix).
    public var additional: [SurveyElement] {
        let standard = Set(ZIElements.all.map(\.code))
        return all.filter { !standard.contains($0.code) }
    }

    /// The first period the statement `code` is asked in; nil when asked in every period.
    public func firstPeriod(of code: String) -> SurveyPeriod? { firstPeriods[code] }

    /// Whether the statement is asked in a result of `period`: the period begins in or after
    /// the first month of the statement's first period. (A quarter that began before an added
    /// statement's first month was surveyed, at least partly, without it.)
    public func asks(_ code: String, in period: SurveyPeriod) -> Bool {
        guard let first = firstPeriods[code] else { return true }
        return period.firstMonthIndex >= first.firstMonthIndex
    }

    /// The instrument of a result of `period`: the statements asked in it.
    public func asked(in period: SurveyPeriod) -> ZIInstrument {
        var instrument = self
        instrument.spkp = spkp.filter { asks($0.code, in: period) }
        instrument.spak = spak.filter { asks($0.code, in: period) }
        return instrument
    }
}

/// The respondent profile fields a survey may publish, in aggregate only. Nothing else
/// about a respondent is ever kept.
public enum ProfileField: String, Sendable, Hashable, CaseIterable {
    case sex = "jenis_kelamin"
    case education = "pendidikan"
    case occupation = "pekerjaan"
    case ageBand = "usia"

    public var label: String {
        switch self {
        case .sex: "Jenis kelamin"
        case .education: "Pendidikan"
        case .occupation: "Pekerjaan"
        case .ageBand: "Usia"
        }
    }

    /// The categories counted, in the order reports show them. An answer outside them is
    /// counted as `Lainnya`, never kept as written (it could name someone).
    public var categories: [String] {
        switch self {
        case .sex: ["Laki-laki", "Perempuan"]
        case .education: ["SD", "SMP", "SMA", "D1–D3", "D4/S1", "S2", "S3"]
        case .occupation: ["PNS", "TNI/Polri", "Pegawai swasta", "Wiraswasta", "Pelajar/Mahasiswa", "Ibu rumah tangga"]
        case .ageBand: AgeBand.labels
        }
    }

    /// Categories in the order reports show them: the known ones, then `Lainnya` and
    /// `Tidak diisi`, then any other alphabetically.
    public func ordered<S: Sequence>(_ given: S) -> [String] where S.Element == String {
        let known = categories + [Self.other, Self.unanswered]
        return given.sorted { a, b in
            let (ia, ib) = (known.firstIndex(of: a) ?? Int.max, known.firstIndex(of: b) ?? Int.max)
            return ia == ib ? a < b : ia < ib
        }
    }

    public static let other = "Lainnya"
    public static let unanswered = "Tidak diisi"
}

/// Age bands of the respondent profile.
public enum AgeBand {
    public static let labels = ["< 20", "20–29", "30–39", "40–49", "50–59", "≥ 60"]

    /// The band of an age in years; nil for an impossible age.
    public static func label(forAge age: Int) -> String? {
        guard (5...120).contains(age) else { return nil }
        switch age {
        case ..<20: return labels[0]
        case 20..<30: return labels[1]
        case 30..<40: return labels[2]
        case 40..<50: return labels[3]
        case 50..<60: return labels[4]
        default: return labels[5]
        }
    }
}
