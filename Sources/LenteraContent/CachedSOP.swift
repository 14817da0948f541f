import LenteraDiagnostics
import LenteraDomain
import LenteraFiles

/// What an SOP's file gave when it was last read and decoded (`ContentCache`): the SOP,
/// where its step links and the file itself are (for the checks made once every SOP of the
/// unit is read), and the file's own diagnostics. Its decoding reads nothing but the file,
/// its name and the unit: an entry is used while the stamp is the same, for the same unit.
public struct CachedSOP: Sendable, Equatable {
    /// The file, relative to the content folder.
    public var path: String
    /// The slug of the unit it was decoded for.
    public var unit: String
    public var stamp: ContentStamp
    /// `ContentHasher`'s hash of its bytes.
    public var hash: UInt64
    public var sop: StandardOperatingProcedure
    /// Each step link (`sop:`) with the place of its value.
    public var links: [SOPLink]
    /// The file's place (where a second SOP with its address is reported).
    public var location: SourceLocation
    /// The file's own diagnostics (those of reading, parsing and decoding it).
    public var diagnostics: [Diagnostic]
}

/// A step's link to another SOP of its unit, and where it is written.
public struct SOPLink: Sendable, Equatable {
    public var slug: String
    public var location: SourceLocation

    public init(slug: String, location: SourceLocation) {
        self.slug = slug
        self.location = location
    }
}

// MARK: - Coding

extension BinaryWriter {
    mutating func cachedSOP(_ entry: CachedSOP) {
        text(entry.path)
        text(entry.unit)
        stamp(entry.stamp)
        word(entry.hash)
        sop(entry.sop)
        number(entry.links.count)
        for link in entry.links {
            text(link.slug)
            location(link.location)
        }
        location(entry.location)
        number(entry.diagnostics.count)
        for diagnostic in entry.diagnostics { self.diagnostic(diagnostic) }
    }

    mutating func sop(_ sop: StandardOperatingProcedure) {
        text(sop.unit)
        text(sop.slug)
        text(sop.title)
        optional(sop.number) { $0.text($1) }
        text(sop.enactment.number)
        date(sop.enactment.date)
        text(sop.enactment.enactedBy)
        number(sop.actors.count)
        for actor in sop.actors { text(actor) }
        number(sop.steps.count)
        for step in sop.steps {
            text(step.activity)
            text(step.actor)
            optional(step.requirements) { $0.text($1) }
            completionTime(step.time)
            optional(step.output) { $0.text($1) }
            optional(step.remarks) { $0.text($1) }
            optional(step.link) { $0.text($1) }
            optional(step.parallelWith) { $0.number($1) }
        }
        optional(sop.order) { $0.number($1) }
        text(sop.plainDays.rawValue)
        number(sop.reconstructions.count)
        for reconstruction in sop.reconstructions {
            text(reconstruction.part.rawValue)
            text(reconstruction.note)
        }
        text(sop.columns.requirements)
        text(sop.columns.time)
        text(sop.columns.output)
    }
}

extension BinaryReader {
    mutating func cachedSOP() throws -> CachedSOP {
        let path = try text(), unit = try text(), stamp = try stamp(), hash = try word()
        let sop = try sop()
        var links: [SOPLink] = []
        for _ in 0..<(try count(atMost: 100_000)) { links.append(SOPLink(slug: try text(), location: try location())) }
        let location = try location()
        var diagnostics: [Diagnostic] = []
        for _ in 0..<(try count(atMost: 1_000_000)) { diagnostics.append(try diagnostic()) }
        return CachedSOP(path: path, unit: unit, stamp: stamp, hash: hash, sop: sop, links: links, location: location, diagnostics: diagnostics)
    }

    mutating func sop() throws -> StandardOperatingProcedure {
        let unit = try text(), slug = try text(), title = try text(), number = try optional { try $0.text() }
        let enactment = SOPEnactment(number: try text(), date: try date(), enactedBy: try text())
        var actors: [String] = []
        for _ in 0..<(try count(atMost: 100_000)) { actors.append(try text()) }
        var steps: [SOPStep] = []
        for _ in 0..<(try count(atMost: 100_000)) {
            steps.append(SOPStep(activity: try text(), actor: try text(), requirements: try optional { try $0.text() }, time: try completionTime(),
                                 output: try optional { try $0.text() }, remarks: try optional { try $0.text() }, link: try optional { try $0.text() },
                                 parallelWith: try optional { try $0.integer() }))
        }
        let order = try optional { try $0.integer() }
        guard let days = SOPDayKind(rawValue: try text()) else { throw Malformed() }
        var reconstructions: [Reconstruction<SOPPart>] = []
        for _ in 0..<(try count(atMost: 100_000)) {
            guard let part = SOPPart(rawValue: try text()) else { throw Malformed() }
            reconstructions.append(Reconstruction(part: part, note: try text()))
        }
        let columns = SOPColumnLabels(requirements: try text(), time: try text(), output: try text())
        return StandardOperatingProcedure(unit: unit, slug: slug, title: title, number: number, enactment: enactment, actors: actors, steps: steps,
                                          order: order, plainDays: days, reconstructions: reconstructions, columns: columns)
    }
}
