import LenteraDiagnostics
import LenteraTemplate

/// The texts the theme writes (headings, labels, table headers, verdict words, the words
/// of dates), in the portal's language: `bahasa: en` gives English, anything else
/// Indonesian. One table per language (`ThemeText+id.swift`, `ThemeText+en.swift`), each
/// with every key; a test fails when a key is in one table only, or used nowhere.
///
/// Templates read a text as `{{t.key}}` from any context: `SiteModel` renders every page
/// and the layout inside `Localized`, whose only own name is `t`, so the name resolves up
/// the context stack wherever a section has moved the innermost context. Keys have no dots
/// (Mustache would read a dot as a step into a value): `dashboardTitle`, not
/// `dashboard.title`. A portal's own templates use the same keys; a portal that wants other
/// words overrides the template, not the text (one mechanism to learn, see docs/i18n.md).
///
/// The tables are static dictionaries built once per process; a lookup is one hash of a
/// short key, measured in docs/i18n.md.
public struct ThemeText: Sendable {
    public let language: Language
    let table: [String: String]

    public static let indonesian = ThemeText(language: .id, table: ThemeText.idTable)
    public static let english = ThemeText(language: .en, table: ThemeText.enTable)

    /// The texts for a portal's `bahasa` (`en`, `en-GB`… give English; anything else Indonesian).
    public static func forPortal(language code: String) -> ThemeText {
        Language(code: code) == .en ? english : indonesian
    }

    /// The text of `key`; the key itself (visible, so a test or a reader notices) when the
    /// table lacks it.
    public subscript(_ key: String) -> String {
        if let text = table[key] { return text }
        assertionFailure("theme text \(key) is not in the \(language.rawValue) table")
        return key
    }

    /// The text of `key` with `{name}` placeholders replaced by `values`, in one pass over
    /// the text: a placeholder whose name `values` lacks stays as written, and a value is
    /// never searched for placeholders itself (replacing one name after the other, as
    /// before, filled a `{name}` that a value held, in the dictionary's random order).
    public func format(_ key: String, _ values: [String: String]) -> String {
        let text = self[key]
        let utf8 = text.utf8
        guard !values.isEmpty, var open = utf8.firstIndex(of: UInt8(ascii: "{")) else { return text }
        var result = ""
        result.reserveCapacity(utf8.count + 32)
        var copied = utf8.startIndex
        while true {
            let nameStart = utf8.index(after: open)
            guard let close = utf8[nameStart...].firstIndex(of: UInt8(ascii: "}")) else { break }
            var searchFrom = nameStart
            if let value = values[String(text[nameStart..<close])] {
                result += text[copied..<open]
                result += value
                copied = utf8.index(after: close)
                searchFrom = copied
            }
            guard let next = utf8[searchFrom...].firstIndex(of: UInt8(ascii: "{")) else { break }
            open = next
        }
        result += text[copied...]
        return result
    }

    /// A count in words: `key` with `{n}` (or the placeholder `on`) filled with `n` as a
    /// whole number of the language; in English `<key>One` when `n` is 1 (`1 service`,
    /// `2 services`). Indonesian has no plural: its `<key>One` is the same text.
    public func count(_ key: String, _ n: Int, _ values: [String: String] = [:], on name: String = "n") -> String {
        let singular = key + "One"
        let chosen = language == .en && n == 1 && table[singular] != nil ? singular : key
        return format(chosen, values.merging([name: Formatting.integer(n, language)]) { _, count in count })
    }

    /// Every key of the table (for the tests and the docs).
    public var keys: Set<String> { Set(table.keys) }

    /// True for the English texts: templates write `{{#t.isEnglish}}…{{/t.isEnglish}}`
    /// where markup differs by language.
    public var isEnglish: Bool { language == .en }
}

extension ThemeText: TemplateContext, TemplateValueConvertible {
    public func value(for key: String) -> TemplateValue {
        if key == "isEnglish" { return .bool(isEnglish) }
        if let text = table[key] { return .text(text) }
        return .missing
    }
}

/// A page's root view model (or the layout's) with the theme's texts as `t`. Every other
/// name is the view model's own.
struct Localized: TemplateContext {
    let base: any TemplateContext
    let texts: ThemeText

    func value(for key: String) -> TemplateValue {
        if key == "t" { return .context(texts) }
        return base.value(for: key)
    }
}
