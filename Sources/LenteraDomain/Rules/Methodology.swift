/// Every rule the portal applies, its source and its reading: what the generated
/// "Metodologi" page lists. Each entry is built from the same tables the computations read,
/// so the page cannot drift from the code.
public struct RuleDescription: Sendable {
    /// A table of figures as the page prints it (built from the code's table).
    public struct Figures: Sendable, Equatable {
        public var header: [String]
        public var rows: [[String]]

        public init(header: [String], rows: [[String]]) {
            self.header = header
            self.rows = rows
        }
    }

    /// A stable anchor on the Metodologi page ("ikm-mutu").
    public var id: String
    /// The page section it belongs to ("IKM", "Zona Integritas", …).
    public var section: String
    public var title: String
    /// What the rule says, in plain Indonesian.
    public var statement: String
    public var source: RuleSource
    /// Lentera's reading where the source is silent or ambiguous; nil where none is needed.
    public var reading: String?
    public var figures: Figures?
    /// The first day the shown version applies, for rules kept in a `DatedTable`.
    public var appliesFrom: CalendarDate?

    public init(id: String, section: String, title: String, statement: String, source: RuleSource,
                reading: String? = nil, figures: Figures? = nil, appliesFrom: CalendarDate? = nil) {
        self.id = id
        self.section = section
        self.title = title
        self.statement = statement
        self.source = source
        self.reading = reading
        self.figures = figures
        self.appliesFrom = appliesFrom
    }
}

/// The rules, section by section. Each area keeps its own list in its own file
/// (`Methodology+….swift`) beside its tables.
public enum Methodology {
    public static var all: [RuleDescription] {
        standards + ikm + ziIndices + selfEvaluation + performance + sop + spbe
    }
}
