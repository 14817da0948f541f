/// A standard operating procedure (SOP) of a unit: numbered activities, each done by one
/// of the actors (pelaksana), with the quality standard of each step (mutu baku:
/// requirements, time, output), and remarks. The shape of the published SOP tables of a
/// kecamatan office (domain reference §8).
public struct StandardOperatingProcedure: Sendable, Equatable {
    /// The slug of the unit whose SOP it is.
    public var unit: String
    /// The address of the SOP within its unit.
    public var slug: String
    public var title: String
    /// The SOP's own number, when it has one (`800/012/SOP/Kec`).
    public var number: String?
    /// The decree that enacted the SOP.
    public var enactment: SOPEnactment
    /// The actors, in the order of the table's columns; every step names one of them.
    public var actors: [String]
    /// The steps, in order; step `n` is `steps[n - 1]`.
    public var steps: [SOPStep]
    /// A number to order a unit's SOPs; otherwise by title.
    public var order: Int?
    /// What the SOP's plain `hari` means (`hari:`); `.unstated` when it does not say.
    public var plainDays: SOPDayKind
    /// The parts not copied from the source document (`rekonstruksi`), each with its note.
    public var reconstructions: [Reconstruction<SOPPart>]
    /// The headings of the mutu-baku columns, as the source names them.
    public var columns: SOPColumnLabels

    public init(unit: String, slug: String, title: String, number: String? = nil, enactment: SOPEnactment,
                actors: [String], steps: [SOPStep], order: Int? = nil, plainDays: SOPDayKind = .unstated,
                reconstructions: [Reconstruction<SOPPart>] = [], columns: SOPColumnLabels = SOPColumnLabels()) {
        self.unit = unit
        self.slug = slug
        self.title = title
        self.number = number
        self.enactment = enactment
        self.actors = actors
        self.steps = steps
        self.order = order
        self.plainDays = plainDays
        self.reconstructions = reconstructions
        self.columns = columns
    }

    /// The groups of steps that run at the same time (`SOPParallelSteps`).
    public var parallelGroups: [[Int]] {
        let links = steps.enumerated().compactMap { index, step in step.parallelWith.map { (step: index + 1, target: $0) } }
        return SOPParallelSteps.groups(stepCount: steps.count, links: links)
    }

    /// The sum of the step times (see `SOPTotalDuration`).
    public var totalDuration: SOPTotalDuration {
        SOPTotalDuration(steps.enumerated().map { (number: $0.offset + 1, time: SOPTime($0.element.time, plainDays: plainDays)) },
                         groups: parallelGroups)
    }

    /// The note on a reconstructed part, or nil when the part is copied from the source.
    public func reconstruction(of part: SOPPart) -> String? {
        let notes = reconstructions.filter { $0.part == part }.map(\.note)
        return notes.isEmpty ? nil : notes.joined(separator: " ")
    }
}

/// The parts of an SOP a file may mark as reconstructed (`rekonstruksi`): the actors, the
/// enactment, or one column of the steps.
public enum SOPPart: String, Sendable, Equatable, CaseIterable {
    case pelaksana, penetapan, kegiatan, kelengkapan, waktu, output, keterangan
}

/// The headings of an SOP's mutu-baku columns. The SOPs of seed 002 mostly write
/// Kelengkapan, Waktu, Output; some write "Persyaratan / Kelengkapan", and the SPP/IKM SOP
/// heads its third column "Input".
public struct SOPColumnLabels: Sendable, Equatable {
    public var requirements: String
    public var time: String
    public var output: String

    public init(requirements: String = "Kelengkapan", time: String = "Waktu", output: String = "Output") {
        self.requirements = requirements
        self.time = time
        self.output = output
    }
}

/// How an SOP was enacted: the decree's number and date, and who signed it.
public struct SOPEnactment: Sendable, Equatable {
    public var number: String
    public var date: CalendarDate
    /// Who enacted it (`Camat ...`).
    public var enactedBy: String

    public init(number: String, date: CalendarDate, enactedBy: String) {
        self.number = number
        self.date = date
        self.enactedBy = enactedBy
    }
}

extension Sequence where Element == StandardOperatingProcedure {
    /// A unit's SOPs in the order editors gave (`urutan`), then by title.
    public func inDisplayOrder() -> [StandardOperatingProcedure] {
        sorted { ($0.order ?? Int.max, $0.title, $0.slug) < ($1.order ?? Int.max, $1.title, $1.slug) }
    }
}
