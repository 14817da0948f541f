/// The predicates of the Zona Integritas (SE MenPANRB 04/2023).
public enum ZIPredicate: String, Sendable, CaseIterable, Comparable {
    case wbk
    case wbbm

    /// As decrees and citizens name it.
    public var title: String {
        switch self {
        case .wbk: "Menuju WBK"
        case .wbbm: "Menuju WBBM"
        }
    }

    /// Wilayah Bebas dari Korupsi / Wilayah Birokrasi Bersih dan Melayani.
    public var meaning: String {
        switch self {
        case .wbk: "Wilayah Bebas dari Korupsi"
        case .wbbm: "Wilayah Birokrasi Bersih dan Melayani"
        }
    }

    public static func < (lhs: ZIPredicate, rhs: ZIPredicate) -> Bool { lhs == .wbk && rhs == .wbbm }
}

/// Who designated a unit: the national evaluation team (TPN, at KemenPANRB) or the
/// instansi's own evaluation, which may designate Menuju WBK only (seed 000, E.3).
public enum DesignationAuthority: String, Sendable, CaseIterable {
    case tpn
    case selfEvaluation = "mandiri"

    public var title: String {
        switch self {
        case .tpn: "Tim Penilai Nasional (KemenPANRB)"
        case .selfEvaluation: "Evaluasi mandiri instansi"
        }
    }
}

/// A Zona Integritas decree (surat keputusan): its number and the day it was signed, both required.
public struct ZIDecree: Sendable, Equatable, Hashable {
    public var number: String
    public var date: CalendarDate

    public init(number: String, date: CalendarDate) {
        self.number = number
        self.date = date
    }
}

/// The letter by which the head of an instansi reported a self-evaluated designation to
/// KemenPANRB (SE MenPANRB 04/2023, E.3.d and Lampiran III): the day it was sent, and its
/// number when given.
public struct ZIReport: Sendable, Equatable, Hashable {
    public var number: String?
    public var date: CalendarDate

    public init(number: String? = nil, date: CalendarDate) {
        self.number = number
        self.date = date
    }
}

/// A unit's Menuju WBK or Menuju WBBM predicate, and its revocation if it was revoked.
public struct Designation: Sendable, Equatable {
    public var unit: String
    public var predicate: ZIPredicate
    /// The evaluation year the predicate was given for.
    public var year: Int
    public var authority: DesignationAuthority
    public var decree: ZIDecree
    public var revocation: ZIDecree?
    /// Who signed the designation, as a position ("Wali Kota Banjarmasin"); for a
    /// self-evaluation the head of the instansi (E.3.c). Nil when not given.
    public var designatedBy: String?
    /// The report of a self-evaluated designation to KemenPANRB (E.3.d); nil when none is recorded.
    public var report: ZIReport?
    /// Who revoked it, as a position (E.3.g: the head of the instansi for a self-evaluated WBK).
    public var revokedBy: String?
    /// Whether the national team supervised the self-evaluation (E.3.b); nil when not said.
    public var supervisedByTPN: Bool?

    public init(unit: String, predicate: ZIPredicate, year: Int, authority: DesignationAuthority, decree: ZIDecree, revocation: ZIDecree? = nil,
                designatedBy: String? = nil, report: ZIReport? = nil, revokedBy: String? = nil, supervisedByTPN: Bool? = nil) {
        self.unit = unit
        self.predicate = predicate
        self.year = year
        self.authority = authority
        self.decree = decree
        self.revocation = revocation
        self.designatedBy = designatedBy
        self.report = report
        self.revokedBy = revokedBy
        self.supervisedByTPN = supervisedByTPN
    }

    /// Whether the unit holds the predicate on a day: from the decree's date until the day
    /// before its revocation.
    public func isHeld(on day: CalendarDate) -> Bool {
        guard decree.date <= day else { return false }
        guard let revocation else { return true }
        return day < revocation.date
    }

    /// Whether the unit holds the predicate at the end of a year (31 December).
    public func isHeld(atEndOf year: Int) -> Bool {
        isHeld(on: CalendarDate(year: year, month: 12, day: 31)!)
    }
}

extension Sequence where Element == Designation {
    /// The highest predicate held on a day, with the designation that gives it.
    public func current(on day: CalendarDate) -> Designation? {
        filter { $0.isHeld(on: day) }.max { ($0.predicate, $0.decree.date) < ($1.predicate, $1.decree.date) }
    }

    /// Oldest first.
    public func chronological() -> [Designation] {
        sorted { ($0.decree.date, $0.year, $0.predicate) < ($1.decree.date, $1.year, $1.predicate) }
    }
}

/// The units an instansi proposed to the national evaluation team in one year.
public struct ZIProposals: Sendable, Equatable {
    public var year: Int
    public var units: [String]
    /// The day the proposal went to the national team (`tanggal`), when recorded: the day
    /// the units' IPKP/IPAK window is judged for.
    public var date: CalendarDate?

    public init(year: Int, units: [String], date: CalendarDate? = nil) {
        self.year = year
        self.units = units
        self.date = date
    }
}

/// The capability level of the instansi's internal auditor (APIP), as assessed by BPKP
/// with the Internal Audit Capability Model (IACM), levels 1–5.
public struct IACMAssessment: Sendable, Equatable {
    public var year: Int
    public var level: Int
    /// Where the level comes from (a BPKP report), as published.
    public var source: String?

    public init(year: Int, level: Int, source: String? = nil) {
        self.year = year
        self.level = level
        self.source = source
    }

    public static let levels = 1...5
}

/// The national team's answer to an instansi's request to run its own WBK evaluation in a year.
public struct TPNApproval: Sendable, Equatable {
    public var year: Int
    public var approved: Bool
    public var decree: ZIDecree?

    public init(year: Int, approved: Bool, decree: ZIDecree? = nil) {
        self.year = year
        self.approved = approved
        self.decree = decree
    }
}

/// Everything an instansi publishes about its Zona Integritas.
public struct ZIRecord: Sendable, Equatable {
    public var instansi: String
    /// All units (unit kerja / satuan kerja) of the instansi, the population the cumulative share
    /// is taken of; nil when not given, and the units in the portal are counted instead.
    public var population: Int?
    public var designations: [Designation]
    public var proposals: [ZIProposals]
    public var iacm: [IACMAssessment]
    public var approvals: [TPNApproval]
    /// The statements the instansi's units ask in their SPKP and SPAK surveys.
    public var instrument: ZIInstrument

    public init(instansi: String, population: Int? = nil, designations: [Designation] = [], proposals: [ZIProposals] = [],
                iacm: [IACMAssessment] = [], approvals: [TPNApproval] = [], instrument: ZIInstrument = .standard) {
        self.instrument = instrument
        self.instansi = instansi
        self.population = population
        self.designations = designations
        self.proposals = proposals
        self.iacm = iacm
        self.approvals = approvals
    }
}
