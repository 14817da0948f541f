import LenteraDiagnostics
import LenteraDomain
import Yams

extension Fields {
    /// A text field that must be one of `choices` (as the table of content kinds lists
    /// them); another value is reported with the choices.
    func choice(_ key: String, among choices: [String], what: Message? = nil) -> String? {
        guard let text = string(key, what: what) else { return nil }
        guard choices.contains(text) else {
            let rest = Message("content.unknown-choice.hint", ["choices": .text(choices.map { "`\($0)`" }.joined(separator: ", "))])
            context.error("content.unknown-choice", value(key), Message("content.unknown-choice", ["field": .text(key), "value": .text(text)]),
                          advice: Suggestion.advice(for: text, among: choices, then: rest))
            return nil
        }
        return text
    }

    /// `rekonstruksi`: the parts of the file not copied from the source, each `bagian` with
    /// its `catatan`. Nil when an entry is wrong (each reported); empty when absent.
    func reconstructions<Part>(_ key: String = "rekonstruksi", of _: Part.Type) -> [Reconstruction<Part>]?
    where Part: RawRepresentable & CaseIterable & Sendable & Equatable, Part.RawValue == String {
        guard let nested = set?[key]?.shape.fieldSet else {
            preconditionFailure("the table of content kinds declares no set of fields under `\(key)`")
        }
        var valid = true
        var found: [Reconstruction<Part>] = []
        for node in list(key) ?? [] {
            let what = Message("thing.field", ["field": .text(key)])
            guard let entry = Fields(node, context: context, what: what, set: nested) else { valid = false; continue }
            let part = entry.choice("bagian", among: Part.allCases.map(\.rawValue), what: what).flatMap(Part.init(rawValue:))
            let note = entry.string("catatan", what: what)
            guard let part, let note else { valid = false; continue }
            found.append(Reconstruction(part: part, note: note))
        }
        return valid ? found : nil
    }
}
