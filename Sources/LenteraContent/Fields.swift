import Foundation
import LenteraDiagnostics
import LenteraDomain
import Yams

/// A YAML (or JSON) mapping whose keys are known in advance. Unknown keys and keys given
/// twice are reported when it is made; the typed accessors report values of the wrong
/// shape. Every accessor returns nil for a missing or empty value.
struct Fields {
    let context: FileContext
    let node: Node
    /// The fields as the table of content kinds declares them (`ContentKinds`): the keys
    /// allowed, and which are required when an accessor is not told.
    let set: FieldSet?
    private let values: [String: (key: Node, value: Node)]
    /// Allowed keys that an unknown key was reported as a likely misspelling of: a missing
    /// one is not reported again (one mistake, one message).
    let misspelt: Set<String>

    /// A mapping declared in the table of content kinds: its allowed keys are the set's
    /// (without the body field in a Markdown file), its required ones the set's.
    init?(_ node: Node, context: FileContext, what: Message, set: FieldSet, markdown: Bool = false) {
        self.init(node, context: context, what: what, allowed: set.keys(markdown: markdown), set: set)
    }

    /// - Parameters:
    ///   - what: how users name the thing, for messages (`thing.unit`, `thing.fee`).
    ///   - allowed: every key this mapping may hold.
    init?(_ node: Node, context: FileContext, what: Message, allowed: [String], set: FieldSet? = nil) {
        self.context = context
        self.node = node
        self.set = set
        guard case .mapping(let mapping) = node else {
            context.error("content.not-a-mapping", node, Message("content.not-a-mapping", ["what": .message(what), "shape": .message(node.shapeName)]),
                          advice: Message("content.not-a-mapping.hint"))
            return nil
        }
        // Typed as the stored property, labels and all: a `[String: (Node, Node)]` assigned
        // to it was converted entry by entry (`_dictionaryUpCast`, 11,000 instructions a
        // mapping).
        var values: [String: (key: Node, value: Node)] = Dictionary(minimumCapacity: mapping.count)
        var misspelt: Set<String> = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                context.error("content.invalid-key", key, Message("content.invalid-key"))
                continue
            }
            if let previous = values[name] {
                context.error("content.duplicate-key", key,
                              Message("content.duplicate-key", ["field": .text(name), "line": .text(String(context.location(previous.key).line ?? 0))]),
                              advice: Message("content.duplicate-key.hint"))
                continue
            }
            guard allowed.contains(name) else {
                if let guess = Suggestion.closest(to: name, among: allowed) { misspelt.insert(guess) }
                context.error("content.unknown-key", key, Message("content.unknown-key", ["field": .text(name), "what": .message(what)]),
                              advice: Suggestion.advice(for: name, among: allowed))
                continue
            }
            values[name] = (key, value)
        }
        self.values = values
        self.misspelt = misspelt
    }

    func has(_ key: String) -> Bool { value(key) != nil }

    /// The value node, or nil when absent or null.
    func value(_ key: String) -> Node? {
        guard let value = values[key]?.value else { return nil }
        if value.isNull { return nil }
        return value
    }

    func keyNode(_ key: String) -> Node? { values[key]?.key }

    /// A text field. Numbers and dates written without quotes are read as the text they are.
    /// `required`: reports a missing or empty value; by default, whether the table of
    /// content kinds says the field is required.
    func string(_ key: String, required: Bool? = nil, what: Message? = nil) -> String? {
        let required = required ?? isRequired(key)
        guard let node = value(key) else {
            if required { missing(key, what: what) }
            return nil
        }
        guard let text = node.scalar?.string else {
            context.error("content.expected-text", node, Message("content.expected-text", ["field": .text(key), "shape": .message(node.shapeName)]),
                          advice: Message("content.expected-text.hint", ["field": .text(key)]))
            return nil
        }
        let trimmed = text.trimmed()
        if trimmed.isEmpty {
            if required { missing(key, what: what) }
            return nil
        }
        return trimmed
    }

    /// A date, `YYYY-MM-DD`. A list or a mapping is an error that asks for a date (not the
    /// advice for texts); a value left blank (`diperbarui: ""`) is an error that asks for a
    /// date or the line's removal, as the JSON Schema refuses it: never passed over.
    func date(_ key: String, required: Bool? = nil, what: Message? = nil) -> CalendarDate? {
        if let node = value(key) {
            guard let scalar = node.scalar else {
                context.error("content.expected-date", node, Message("content.expected-date", ["field": .text(key), "shape": .message(node.shapeName)]),
                              advice: Message("content.invalid-date.hint", ["field": .text(key)]))
                return nil
            }
            if scalar.string.trimmed().isEmpty, !(required ?? isRequired(key)) {
                context.error("content.blank-date", node, Message("content.blank-date", ["field": .text(key)]),
                              advice: Message("content.blank-date.hint", ["field": .text(key)]))
                return nil
            }
        }
        guard let text = string(key, required: required, what: what) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            context.error("content.invalid-date", value(key), Message("content.invalid-date", ["field": .text(key), "value": .text(text)]),
                          advice: Message("content.invalid-date.hint", ["field": .text(key)]))
            return nil
        }
        guard Limits.years.contains(date.year) else {
            context.outOfRange(key, value(key), written: text, bound: Limits.years)
            return nil
        }
        return date
    }

    func fields(_ key: String, what: Message, allowed: [String]) -> Fields? {
        guard let node = value(key) else { return nil }
        return Fields(node, context: context, what: what, allowed: allowed)
    }

    /// The set of fields under `key`, as the table declares it.
    func fields(_ key: String, what: Message) -> Fields? {
        guard let node = value(key) else { return nil }
        guard let nested = set?[key]?.shape.fieldSet else {
            preconditionFailure("the table of content kinds declares no set of fields under `\(key)`")
        }
        return Fields(node, context: context, what: what, set: nested)
    }

    /// Whether the table of content kinds says `key` is required here.
    func isRequired(_ key: String) -> Bool { set?.isRequired(key) ?? false }

    /// Reports `key` as missing when the table says it is required and it is absent: for
    /// fields not read as text (a list, a set of fields, a number).
    func requireIfRequired(_ key: String, what: Message) {
        if isRequired(key) && value(key) == nil { missing(key, what: what) }
    }

    /// A list of nodes; a single value is read as a list of one.
    func list(_ key: String) -> [Node]? {
        guard let node = value(key) else { return nil }
        if case .sequence(let sequence) = node { return Array(sequence) }
        return [node]
    }

    /// `what` nil: the file itself.
    func missing(_ key: String, what: Message?) {
        // `persyaratn:` is reported as a misspelling of `persyaratan`, not also as its absence.
        guard !misspelt.contains(key) else { return }
        context.error("content.missing-field", node,
                      Message("content.missing-field", ["field": .text(key), "what": .message(what ?? Message("thing.file"))]),
                      advice: Message("content.missing-field.hint", ["field": .text(key)]))
    }
}

extension Node {
    /// The number a scalar holds, with a decimal point or comma; nil for anything else.
    var decimalValue: Double? {
        guard let text = scalar?.string.trimmedSpaces(), !text.isEmpty else { return nil }
        guard let number = NumberText.decimal(text), number.isFinite else { return nil }
        return number
    }

    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    var shapeName: Message {
        switch self {
        case .scalar: Message("content.shape.text")
        case .mapping: Message("content.shape.fields")
        case .sequence: Message("content.shape.list")
        case .alias: Message("content.shape.alias")
        }
    }
}

import Foundation
