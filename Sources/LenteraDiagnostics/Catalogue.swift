/// The message catalogues, one per language (`Catalogue+id.swift`, `Catalogue+en.swift`):
/// key → template. Every key has a text in both; `CatalogueTests` holds them in step and
/// `docs/diagnostics.md` lists them.
public enum Catalogue {
    public static func table(_ language: Language) -> [String: String] {
        switch language {
        case .id: return indonesian
        case .en: return english
        }
    }

    public static func template(_ key: String, in language: Language) -> String? {
        table(language)[key]
    }

    /// `template` with every `{name}` replaced by its argument; a name without an argument
    /// is left as it is (the catalogue tests catch it).
    static func fill(_ template: String, with arguments: [String: Message.Argument], in language: Language) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            // A brace that closes no placeholder is text: the rest is kept as written.
            guard let close = rest[afterOpen...].firstIndex(of: "}") else {
                rest = rest[open...]
                break
            }
            let name = String(rest[afterOpen..<close])
            switch arguments[name] {
            case .text(let value)?: result += value
            case .message(let message)?: result += message.text(in: language)
            case nil: result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    /// The names a template uses, `{name}`, in order of first use.
    public static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            let name = String(rest[afterOpen..<close])
            if !names.contains(name) { names.append(name) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
