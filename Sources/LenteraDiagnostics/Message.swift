/// A sentence a user reads, as data: a key into the catalogues and the values it quotes.
/// The Indonesian and English texts live in `Catalogue+id.swift` and `Catalogue+en.swift`,
/// one catalogue per language; code never builds a user-facing sentence inline.
///
/// A text in a catalogue names its values in braces: `unit induk `{induk}` tidak ada`.
/// A value is either text quoted as it is (a slug, a field, a number as written) or another
/// message, rendered in the same language (a hint that ends with a shared sentence).
public struct Message: Sendable, Hashable {
    public typealias Argument = MessageArgument

    /// The catalogue key, e.g. `unit.unknown-parent` or `unit.unknown-parent.hint`.
    public let key: String
    public let arguments: [String: Argument]
    /// Fixed text, already in one language (a diagnostic rendered by `rendered(in:)`, and
    /// tests' expectations in English; never made under Sources/ otherwise). Rendered as it
    /// is in every language; `CatalogueTests` lists what is left.
    public let untranslated: String?

    public init(_ key: String, _ arguments: [String: Argument] = [:]) {
        self.key = key
        self.arguments = arguments
        self.untranslated = nil
    }

    /// Fixed text, already in one language.
    public init(untranslated text: String) {
        self.key = ""
        self.arguments = [:]
        self.untranslated = text
    }

    /// The text in `language`: the catalogue's template with each `{name}` replaced by
    /// its value. A key missing from the catalogue renders as `⟦key⟧`, which the catalogue
    /// tests catch.
    public func text(in language: Language = .current) -> String {
        if let untranslated { return untranslated }
        guard let template = Catalogue.template(key, in: language) else { return "⟦\(key)⟧" }
        return Catalogue.fill(template, with: arguments, in: language)
    }
}

/// One value of a message.
public enum MessageArgument: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    /// Quoted as it is, in every language.
    case text(String)
    /// Rendered from the catalogue in the reader's language.
    indirect case message(Message)

    public init(stringLiteral value: String) { self = .text(value) }
}
