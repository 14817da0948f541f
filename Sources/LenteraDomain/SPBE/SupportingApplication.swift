/// An application that supports a unit's services, as an SPBE architecture lists it
/// (Perpres 95/2018 on SPBE; e.g. Keputusan Kepala Dinas Perpustakaan dan Kearsipan DKI
/// Nomor e-0049 Tahun 2022): the data it uses and the improvements planned for it.
public struct SupportingApplication: Sendable, Equatable {
    public var name: String
    /// Slugs of the unit's services the application supports; may be empty.
    public var services: [String]
    /// The data the application uses ("Data Koleksi Buku Perpustakaan").
    public var data: [String]
    public var improvements: [PlannedImprovement]

    public init(name: String, services: [String] = [], data: [String] = [], improvements: [PlannedImprovement] = []) {
        self.name = name
        self.services = services
        self.data = data
        self.improvements = improvements
    }
}

/// A point of improvement of an application, with when it is planned.
public struct PlannedImprovement: Sendable, Equatable {
    public var text: String
    /// Nil when the document gives no year.
    public var years: PlannedYears?

    public init(text: String, years: PlannedYears? = nil) {
        self.text = text
        self.years = years
    }
}

/// One activity of an SPBE roadmap (peta jalan) in one year.
public struct RoadmapItem: Sendable, Equatable {
    public var year: Int
    /// The area (bidang) the activity belongs to: `SDM`, `Proses`, `Teknologi`…
    public var area: String?
    public var activity: String
    /// The note of a row rebuilt by the content's authors rather than copied from the
    /// decree (`rekonstruksi` on a roadmap row); nil for a copied row.
    public var reconstruction: String?

    public init(year: Int, area: String? = nil, activity: String, reconstruction: String? = nil) {
        self.year = year
        self.area = area
        self.activity = activity
        self.reconstruction = reconstruction
    }
}

/// A unit's SPBE architecture as the portal publishes it: applications and roadmap, and
/// the decree they come from.
public struct SPBEArchitecture: Sendable, Equatable {
    public var unit: String
    /// The decree that set the architecture, as it is cited.
    public var source: String?
    public var applications: [SupportingApplication]
    public var roadmap: [RoadmapItem]
    /// The parts not copied from the decree (`rekonstruksi`), each with its note: for
    /// example the application→service links, which an SPBE architecture need not state.
    public var reconstructions: [Reconstruction<SPBEPart>]

    public init(unit: String, source: String? = nil, applications: [SupportingApplication] = [], roadmap: [RoadmapItem] = [],
                reconstructions: [Reconstruction<SPBEPart>] = []) {
        self.unit = unit
        self.source = source
        self.applications = applications
        self.roadmap = roadmap
        self.reconstructions = reconstructions
    }

    /// The note on a reconstructed part, or nil when the part is copied from the decree.
    public func reconstruction(of part: SPBEPart) -> String? {
        let notes = reconstructions.filter { $0.part == part }.map(\.note)
        return notes.isEmpty ? nil : notes.joined(separator: " ")
    }

    /// The roadmap's years, in order, each with its items grouped by area in the order the
    /// areas first appear.
    public var roadmapByYear: [(year: Int, areas: [(area: String?, activities: [RoadmapItem])])] {
        let years = Set(roadmap.map(\.year)).sorted()
        return years.map { year in
            var areas: [(area: String?, activities: [RoadmapItem])] = []
            for item in roadmap where item.year == year {
                if let index = areas.firstIndex(where: { $0.area == item.area }) {
                    areas[index].activities.append(item)
                } else {
                    areas.append((item.area, [item]))
                }
            }
            return (year, areas)
        }
    }
}

/// The parts of an SPBE file that may be marked as reconstructed (`rekonstruksi`).
public enum SPBEPart: String, Sendable, Equatable, CaseIterable {
    /// The applications' `layanan`: which services each supports.
    case layanan
    case aplikasi
    case data
    case perbaikan
    /// The whole roadmap (a single row is marked on the row).
    case petaJalan = "peta_jalan"
}
