/// The Standar Pelayanan of one service (jenis layanan) of a unit.
public struct ServiceStandard: Sendable, Equatable {
    public var slug: String
    /// The slug of the unit that delivers the service.
    public var unit: String
    public var name: String
    /// A short name (`nama_singkat`, e.g. `KTP-el`): the word the A–Z index files the
    /// service under, when the name itself starts with a generic word.
    public var shortName: String?
    public var summary: String?
    /// Markdown.
    public var description: String?
    /// The decree (SK, Perwali…) that enacted the standard.
    public var enactment: Decree?
    /// The standard says it is knowingly not yet enacted (`ditetapkan: belum`): no decree,
    /// and no warning about the missing one.
    public var notYetEnacted = false
    /// The day the standard was last changed (`diperbarui`), when the content says so: the
    /// date of its entry in the portal's feed, with the decree's date.
    public var updated: CalendarDate?
    public var order: Int?
    public var components: [ServiceComponent: ComponentValue]
    /// The standard's poster (an image beside the content), relative to the standard's file.
    public var poster: FileLink?
    /// Set on an elided standard (`elidingBodies`), whose `components` are empty: which
    /// components it had, its time and its cost.
    public private(set) var elided: ElidedComponents?

    public init(slug: String, unit: String, name: String, summary: String? = nil, description: String? = nil,
                enactment: Decree? = nil, order: Int? = nil, components: [ServiceComponent: ComponentValue] = [:]) {
        self.slug = slug
        self.unit = unit
        self.name = name
        self.summary = summary
        self.description = description
        self.enactment = enactment
        self.order = order
        self.components = components
    }

    /// The components the standard states, in the regulation's order.
    public var presentComponents: [ServiceComponent] {
        if let elided { return ServiceComponent.allCases.enumerated().filter { elided.present & (1 << $0.offset) != 0 }.map(\.element) }
        return ServiceComponent.allCases.filter { components[$0].map { !$0.isEmpty } ?? false }
    }

    /// The components the standard lacks, in the regulation's order.
    public var missingComponents: [ServiceComponent] {
        if let elided { return ServiceComponent.allCases.enumerated().filter { elided.present & (1 << $0.offset) == 0 }.map(\.element) }
        return ServiceComponent.allCases.filter { components[$0].map(\.isEmpty) ?? true }
    }

    /// Whether all 14 components are stated.
    public var isComplete: Bool { missingComponents.isEmpty }

    /// The level of the national public-service evaluation (PEKPPP) this standard reaches
    /// on its own: 1 when components are missing, 2 with all 14, 3 with all 14 and
    /// formally enacted. Level 4 (drawn up with the community) is not recorded here.
    public var evaluationLevel: Int {
        guard isComplete else { return 1 }
        return enactment == nil ? 2 : 3
    }

    /// The standard's day in the feed: the later of `updated` (`diperbarui`) and the
    /// decree's date, or the one the content gives. A `diperbarui` before the decree is a
    /// slip (`lentera check` warns: `service.updated-before-decree`) and does not date the
    /// standard back. Nil when it gives neither (`service.undated`), and the feed leaves the
    /// standard out rather than make a day up. The feed never gives a day after the
    /// reference date (`SiteModel.feedEntries`).
    public var feedDate: CalendarDate? {
        switch (updated, enactment?.date) {
        case let (updated?, enacted?): max(updated, enacted)
        case let (updated, enacted): updated ?? enacted
        }
    }

    public var completionTime: CompletionTime? {
        if let elided { return elided.completionTime }
        if case .duration(let time)? = components[.jangkaWaktu] { return time }
        return nil
    }

    public var cost: Cost? {
        if let elided { return elided.cost }
        if case .cost(let cost)? = components[.biaya] { return cost }
        return nil
    }

    /// The service as the pages other than its own need it: name, unit, summary, decree,
    /// order, time and cost kept, which components are present kept, but the text of the
    /// listed and written components and the description left out. A large portal keeps
    /// only these in memory; each service's own page is rendered from the whole standard
    /// as soon as it is read.
    public func elidingBodies() -> ServiceStandard {
        var present: UInt16 = 0
        for (offset, component) in ServiceComponent.allCases.enumerated() where components[component].map({ !$0.isEmpty }) ?? false {
            present |= 1 << offset
        }
        var elided = self
        elided.description = nil
        // An empty dictionary takes no memory of its own: a national portal keeps hundreds of
        // thousands of these.
        elided.elided = ElidedComponents(present: present, completionTime: completionTime, cost: cost)
        elided.components = [:]
        return elided
    }

    public func list(_ component: ServiceComponent) -> [ListItem] {
        if case .list(let items)? = components[component] { return items }
        return []
    }

    public func text(_ component: ServiceComponent) -> String? {
        if case .text(let text)? = components[component] { return text }
        return nil
    }
}

/// The value of one component.
/// What an elided standard keeps of its components.
public struct ElidedComponents: Sendable, Equatable {
    /// Bit n is set when the n-th component of `ServiceComponent.allCases` is present.
    public var present: UInt16
    public var completionTime: CompletionTime?
    public var cost: Cost?
}

public enum ComponentValue: Sendable, Equatable {
    case list([ListItem])
    case duration(CompletionTime)
    case cost(Cost)
    case text(String)

    public var isEmpty: Bool {
        switch self {
        case .list(let items): items.isEmpty
        case .duration(let time): time.text.isEmpty
        case .cost: false
        case .text(let text): text.isEmpty
        }
    }
}

/// An item of a listed component: a line of text (inline Markdown), or a group of lines
/// under a heading, as regulations group facilities ("Sarana dan prasarana",
/// "Fasilitas pendukung").
public enum ListItem: Sendable, Equatable {
    case text(String)
    case group(title: String, items: [String])
}

/// A decree that enacted something: its number (as text: "Peraturan Wali Kota
/// Banjarmasin Nomor 67 Tahun 2018"), date, subject and an address where it can be read.
public struct Decree: Sendable, Equatable {
    public var number: String
    public var date: CalendarDate?
    public var about: String?
    public var url: String?
    /// The decree's document beside the content (`berkas`), relative to the standard's file.
    public var document: FileLink?

    public init(number: String, date: CalendarDate? = nil, about: String? = nil, url: String? = nil) {
        self.number = number
        self.date = date
        self.about = about
        self.url = url
    }
}
