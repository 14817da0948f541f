/// Where a unit stands on one obligation.
public enum ObligationStatus: String, Sendable, CaseIterable, Equatable {
    case met = "terpenuhi"
    case notMet = "belum-terpenuhi"
    /// The portal lacks what it would need to judge (a unit that lists no service).
    case unknown = "belum-diketahui"
    /// The obligation does not concern the unit (a ZI obligation of a unit without ZI surveys).
    case notApplicable = "tidak-berlaku"

    /// As a page prints it.
    public var label: String {
        switch self {
        case .met: "Terpenuhi"
        case .notMet: "Belum terpenuhi"
        case .unknown: "Belum diketahui"
        case .notApplicable: "Tidak berlaku"
        }
    }
}

/// What to write to meet an obligation: a file (relative to the content folder), the field
/// in it when one field is missing, and what it must hold.
public struct ObligationFix: Sendable, Equatable {
    public var file: String
    public var field: String?
    /// What to write, in plain Indonesian.
    public var what: String

    public init(file: String, field: String? = nil, what: String) {
        self.file = file
        self.field = field
        self.what = what
    }
}

/// One unit's standing on one obligation: the status, what was found, and the fixes.
public struct ObligationFinding: Sendable, Equatable {
    public var status: ObligationStatus
    /// What the portal found, in plain Indonesian ("2 dari 4 layanan belum lengkap").
    public var detail: String
    /// Empty when met or not applicable.
    public var fixes: [ObligationFix]

    public init(_ status: ObligationStatus, _ detail: String, fixes: [ObligationFix] = []) {
        self.status = status
        self.detail = detail
        self.fixes = fixes
    }
}

/// An obligation a unit must meet, which the portal can check: one entry of the table
/// `Obligations.all`. Adding an obligation is adding an entry there: the completeness page,
/// its open data, `lentera check`'s summary and the Metodologi page read the table.
public struct Obligation: Sendable {
    /// A stable identifier, used in open data and as an anchor ("komponen").
    public var id: String
    /// A short title, Indonesian ("14 komponen standar pelayanan").
    public var title: String
    /// What the obligation asks, in plain Indonesian.
    public var statement: String
    public var source: RuleSource
    /// Lentera's reading where the source is silent or narrower; shown beside the source.
    public var reading: String?
    public var evaluate: @Sendable (UnitDossier) -> ObligationFinding

    public init(id: String, title: String, statement: String, source: RuleSource, reading: String? = nil,
                evaluate: @escaping @Sendable (UnitDossier) -> ObligationFinding) {
        self.id = id
        self.title = title
        self.statement = statement
        self.source = source
        self.reading = reading
        self.evaluate = evaluate
    }
}
