/// Where a rule or a number comes from, and how far the portal can lean on it.
///
/// Every threshold a page shows names its source; a page says "sumber sekunder" where the
/// number was not read in the regulation itself and "tafsiran Lentera" where the source is
/// silent or ambiguous and the rule is Lentera's reading (docs/rules.md, "Sources").
public struct RuleSource: Sendable, Equatable, Hashable {
    public enum Standing: String, Sendable, CaseIterable {
        /// Read in the regulation (one of the seed documents, or the regulation itself).
        case primary = "sumber"
        /// Attributed to a regulation by another document; the regulation was not read.
        case secondary = "sumber sekunder"
        /// The source is silent or ambiguous: Lentera's reading.
        case reading = "tafsiran Lentera"

        /// As a page labels it, beside the citation; nil for a primary source.
        public var label: String? {
            switch self {
            case .primary: nil
            case .secondary: "sumber sekunder"
            case .reading: "tafsiran Lentera"
            }
        }
    }

    /// The regulation and its place, as a reader would look it up ("SE MenPANRB 04/2023, E.2.g").
    public var citation: String
    public var standing: Standing
    /// Why it is secondary or a reading; shown on the Metodologi page.
    public var note: String?

    public init(_ citation: String, standing: Standing = .primary, note: String? = nil) {
        self.citation = citation
        self.standing = standing
        self.note = note
    }

    /// "SE MenPANRB 04/2023, E.2.g" or "PermenPANRB 90/2021 (sumber sekunder)".
    public var caption: String {
        standing.label.map { "\(citation) (\($0))" } ?? citation
    }
}
