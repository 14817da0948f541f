import LenteraDiagnostics
import Yams

/// A list item meant as text that YAML read as a field, because it holds `: `:
/// `- Kotak saran: di ruang tunggu` is the field `Kotak saran` with the value
/// `di ruang tunggu`, not the text. Said in the user's terms, with the quoted line to
/// write instead, rather than as a group (`kelompok`) the user never wrote.
enum TextWithColon {
    /// Group keys: a mapping with one of them is a group, right or wrong.
    static let groupKeys: Set<String> = ["kelompok", "butir"]

    /// Whether the item is one `key: value` pair of plain text, neither key a group key.
    static func isText(_ mapping: Node.Mapping) -> Bool {
        mapping.count == 1 && mapping.allSatisfy { pair in
            guard let key = pair.key.scalar?.string, !groupKeys.contains(key) else { return false }
            return pair.value.scalar != nil
        }
    }

    static func report(_ item: Node, _ mapping: Node.Mapping, list: String, context: FileContext) {
        guard let (key, value) = mapping.first.flatMap({ pair in pair.key.scalar.map { ($0.string, pair.value.scalar?.string ?? "") } }) else { return }
        let text = value.isEmpty ? key + ":" : key + ": " + value
        let quoted = "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        context.add(.error("content.colon-in-item", at: context.location(item),
                           Message("content.colon-in-item", ["list": .text(list), "text": .text(text)]),
                           advice: Message("content.colon-in-item.hint", ["quoted": .text(quoted)])))
    }
}
