/// The Standar Pelayanan of one service (jenis layanan) of a unit.
///
/// Its fields live in one shared, copy-on-write storage: a copy of a standard (the
/// content's list, the site model's list per unit, a page's view) costs one reference, not
/// the 424 bytes of its fields — a national portal keeps hundreds of thousands of them.
public struct ServiceStandard: Sendable, Equatable {
    /// The stored fields, as plain values.
    struct Fields: Sendable, Equatable {
        var slug: String
        var unit: String
        var name: String
        var shortName: String?
        var summary: String?
        var description: String?
        var enactment: Decree?
        var notYetEnacted = false
        var updated: CalendarDate?
        var order: Int?
        var components: [ServiceComponent: ComponentValue]
        var poster: FileLink?
        var elided: ElidedComponents?
    }

    /// The fields, shared by every copy of the standard until one of them changes.
    // Invariant (why it may be shared between threads): `fields` is written only through
    // `writable`, which first makes the storage unique to the value being changed.
    final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    /// The storage, unique to this value, to be written.
    private var writable: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            return storage
        }
    }

    public var slug: String {
        get { storage.fields.slug }
        set { writable.fields.slug = newValue }
    }
    /// The slug of the unit that delivers the service.
    public var unit: String {
        get { storage.fields.unit }
        set { writable.fields.unit = newValue }
    }
    public var name: String {
        get { storage.fields.name }
        set { writable.fields.name = newValue }
    }
    /// A short name (`nama_singkat`, e.g. `KTP-el`): the word the A–Z index files the
    /// service under, when the name itself starts with a generic word.
    public var shortName: String? {
        get { storage.fields.shortName }
        set { writable.fields.shortName = newValue }
    }
    public var summary: String? {
        get { storage.fields.summary }
        set { writable.fields.summary = newValue }
    }
    /// Markdown.
    public var description: String? {
        get { storage.fields.description }
        set { writable.fields.description = newValue }
    }
    /// The decree (SK, Perwali…) that enacted the standard.
    public var enactment: Decree? {
        get { storage.fields.enactment }
        set { writable.fields.enactment = newValue }
    }
    /// The standard says it is knowingly not yet enacted (`ditetapkan: belum`): no decree,
    /// and no warning about the missing one.
    public var notYetEnacted: Bool {
        get { storage.fields.notYetEnacted }
        set { writable.fields.notYetEnacted = newValue }
    }
    /// The day the standard was last changed (`diperbarui`), when the content says so: the
    /// date of its entry in the portal's feed, with the decree's date.
    public var updated: CalendarDate? {
        get { storage.fields.updated }
        set { writable.fields.updated = newValue }
    }
    public var order: Int? {
        get { storage.fields.order }
        set { writable.fields.order = newValue }
    }
    public var components: [ServiceComponent: ComponentValue] {
        get { storage.fields.components }
        set { writable.fields.components = newValue }
    }
    /// The standard's poster (an image beside the content), relative to the standard's file.
    public var poster: FileLink? {
        get { storage.fields.poster }
        set { writable.fields.poster = newValue }
    }
    /// Set on an elided standard (`elidingBodies`), whose `components` are empty: which
    /// components it had, its time and its cost.
    public private(set) var elided: ElidedComponents? {
        get { storage.fields.elided }
        set { writable.fields.elided = newValue }
    }

    public init(slug: String, unit: String, name: String, summary: String? = nil, description: String? = nil,
                enactment: Decree? = nil, order: Int? = nil, components: [ServiceComponent: ComponentValue] = [:]) {
        storage = Storage(Fields(slug: slug, unit: unit, name: name, summary: summary, description: description,
                                 enactment: enactment, order: order, components: components))
    }

    public static func == (lhs: ServiceStandard, rhs: ServiceStandard) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
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
        var fields = storage.fields
        fields.description = nil
        // An empty dictionary takes no memory of its own: a national portal keeps hundreds of
        // thousands of these.
        fields.elided = ElidedComponents(present: present, completionTime: completionTime, cost: cost)
        fields.components = [:]
        var elided = self
        elided.storage = Storage(fields)
        return elided
    }

    /// The standard elided as `elidingBodies` would have made it, with `components` as what
    /// it kept of its components: how the build's cache of decoded services gives back a
    /// standard it stored.
    public func elided(keeping components: ElidedComponents) -> ServiceStandard {
        var fields = storage.fields
        fields.description = nil
        fields.components = [:]
        fields.elided = components
        var elided = self
        elided.storage = Storage(fields)
        return elided
    }

    /// This standard with the decree's texts it has in common with `other` (number, subject,
    /// address) taken from `other`, so that equal texts are held once: a unit's standards
    /// are often enacted by one decree, and a national portal keeps 400,000 of them. The
    /// values do not change.
    public func sharingDecreeTexts(with other: ServiceStandard) -> ServiceStandard {
        guard let decree = enactment, let theirs = other.enactment else { return self }
        var shared = decree
        if decree.number == theirs.number { shared.number = theirs.number }
        if let about = decree.about, about == theirs.about { shared.about = theirs.about }
        if let url = decree.url, url == theirs.url { shared.url = theirs.url }
        var result = self
        result.enactment = shared
        return result
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

    public init(present: UInt16, completionTime: CompletionTime?, cost: Cost?) {
        self.present = present
        self.completionTime = completionTime
        self.cost = cost
    }
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
