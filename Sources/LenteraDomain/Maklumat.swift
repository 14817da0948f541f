/// A unit's Maklumat Pelayanan: its written pledge to deliver services per the standard,
/// to improve continuously and to accept sanctions or give compensation when it falls
/// short, signed by the head of the unit (Perwali Banjarmasin 67/2018 Pasal 7).
public struct Maklumat: Sendable, Equatable {
    public var unit: String
    public var title: String
    /// Markdown: the pledge itself.
    public var text: String
    public var date: CalendarDate
    public var place: String?
    public var signatory: Official
    /// The signed scan (`pindaian`), relative to the maklumat's file.
    public var scan: FileLink?

    public init(unit: String, title: String = "Maklumat Pelayanan", text: String, date: CalendarDate,
                place: String? = nil, signatory: Official) {
        self.unit = unit
        self.title = title
        self.text = text
        self.date = date
        self.place = place
        self.signatory = signatory
    }
}

/// A free page ("Tentang", "Cara mengajukan pengaduan").
public struct Page: Sendable, Equatable {
    public var slug: String
    public var title: String
    public var summary: String?
    public var order: Int?
    /// Markdown.
    public var body: String

    public init(slug: String, title: String, summary: String? = nil, order: Int? = nil, body: String) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.order = order
        self.body = body
    }
}
