/// A unit (unit kerja / satuan kerja) of an agency. Named `WorkUnit`, the literal sense
/// of "unit kerja", because Foundation already has a `Unit`. Units nest: an OPD holds bidang and
/// UPT, to any depth.
public struct WorkUnit: Sendable, Equatable {
    public var slug: String
    public var name: String
    public var shortName: String?
    public var kind: UnitKind
    /// The parent unit's slug; nil for a top-level unit of its instansi.
    public var parent: String?
    /// The agency's slug. Set on top-level units; a sub-unit inherits it (see `UnitTree`).
    public var instansi: String?
    public var contact: Contact
    public var serviceHours: [ServiceHours]
    public var head: Official?
    /// Markdown.
    public var profile: String
    public var order: Int?

    public init(slug: String, name: String, shortName: String? = nil, kind: UnitKind, parent: String? = nil,
                instansi: String? = nil, contact: Contact = Contact(), serviceHours: [ServiceHours] = [],
                head: Official? = nil, profile: String = "", order: Int? = nil) {
        self.slug = slug
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.parent = parent
        self.instansi = instansi
        self.contact = contact
        self.serviceHours = serviceHours
        self.head = head
        self.profile = profile
        self.order = order
    }
}

/// The kinds of unit found in Indonesian regional and central government.
public enum UnitKind: String, Sendable, CaseIterable, Equatable {
    case dinas, badan, sekretariat, bagian, bidang, kecamatan, kelurahan, upt
    case rumahSakit = "rumah-sakit"
    case puskesmas, kantor, lainnya

    /// The name shown to readers.
    public var label: String {
        switch self {
        case .dinas: "Dinas"
        case .badan: "Badan"
        case .sekretariat: "Sekretariat"
        case .bagian: "Bagian"
        case .bidang: "Bidang"
        case .kecamatan: "Kecamatan"
        case .kelurahan: "Kelurahan"
        case .upt: "Unit Pelaksana Teknis"
        case .rumahSakit: "Rumah Sakit"
        case .puskesmas: "Puskesmas"
        case .kantor: "Kantor"
        case .lainnya: "Unit Kerja"
        }
    }
}

/// Opening hours on some days, as published ("Senin–Kamis", "08.00–15.00 WITA").
public struct ServiceHours: Sendable, Equatable {
    public var days: String
    public var hours: String

    public init(days: String, hours: String) {
        self.days = days
        self.hours = hours
    }
}

/// A named official: the head of a unit, the signatory of a maklumat.
public struct Official: Sendable, Equatable {
    public var name: String
    public var position: String?
    /// Nomor Induk Pegawai: 18 digits for civil servants.
    public var nip: String?

    public init(name: String, position: String? = nil, nip: String? = nil) {
        self.name = name
        self.position = position
        self.nip = nip
    }

    /// Whether a NIP has the 18 digits of the civil-service numbering (BKN): birth date
    /// (8), appointment month (6), sex (1), sequence (3). Spaces are allowed between groups.
    public static func isWellFormedNIP(_ nip: String) -> Bool {
        let digits = nip.filter { $0 != " " }
        return digits.count == 18 && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
