/// Writes YAML the way a person would: plain scalars where YAML reads them back as the
/// same text, double quotes where it would not (`: `, ` #`, a leading indicator, or a
/// value YAML would take for a number, a date or a boolean).
struct YAMLText {
    private(set) var text = ""

    init(capacity: Int = 4096) {
        text.reserveCapacity(capacity)
    }

    /// `key: value` at `indent` spaces.
    mutating func field(_ key: String, _ value: String, indent: Int = 0) {
        pad(indent)
        text += key
        text += ": "
        text += YAMLText.scalar(value)
        text += "\n"
    }

    /// `key: value` with the value written as given (numbers, quoted periods, flow lists).
    mutating func raw(_ key: String, _ value: String, indent: Int = 0) {
        pad(indent)
        text += key
        text += ": "
        text += value
        text += "\n"
    }

    /// `key:` opening a block below it.
    mutating func open(_ key: String, indent: Int = 0) {
        pad(indent)
        text += key
        text += ":\n"
    }

    /// `- item` at `indent` spaces.
    mutating func item(_ value: String, indent: Int = 0) {
        pad(indent)
        text += "- "
        text += YAMLText.scalar(value)
        text += "\n"
    }

    /// `key:` and the items as a block list under it.
    mutating func list(_ key: String, _ items: [String], indent: Int = 0) {
        open(key, indent: indent)
        for item in items { self.item(item, indent: indent + 2) }
    }

    mutating func line(_ line: String) {
        text += line
        text += "\n"
    }

    private mutating func pad(_ count: Int) {
        if count > 0 { text += String(repeating: " ", count: count) }
    }

    static func scalar(_ value: String) -> String {
        needsQuotes(value) ? quoted(value) : value
    }

    static func quoted(_ value: String) -> String {
        var result = "\""
        for character in value {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    private static let indicators: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`"]
    private static let words: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "ya", "tidak"]

    private static func needsQuotes(_ value: String) -> Bool {
        guard let first = value.first, let last = value.last else { return true }
        if indicators.contains(first) || first == " " || last == " " || last == ":" { return true }
        if value.contains(": ") || value.contains(" #") { return true }
        if words.contains(value.lowercased()) { return true }
        if first.isNumber || first == "." || first == "+" {
            // 2026, 1.5, 2026-03, 2024-01-08, 0x1F: leave it to quotes rather than guess.
            return value.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "e" || $0 == "E" || $0 == "x" || $0 == "+" }
        }
        return false
    }
}
