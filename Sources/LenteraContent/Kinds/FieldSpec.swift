import LenteraDomain

/// One field of a content file as the table of content kinds declares it: its key, the
/// shape of its value, whether it is required, and its Indonesian title and description
/// (what the JSON Schema and the starter files show an officer).
public struct FieldSpec: Sendable {
    public let key: String
    public let shape: FieldShape
    public let required: Bool
    public let title: String
    public let description: String
    /// Only in JSON and YAML files: in a Markdown file this is the text below the front matter.
    public let isBody: Bool
    /// Not required by the file format, but expected by the regulation: a service component
    /// (PermenPANRB 15/2014), without which the standard is shown incomplete.
    public let expectedByRegulation: Bool

    public init(_ key: String, _ shape: FieldShape, required: Bool = false, expectedByRegulation: Bool = false, title: String,
                _ description: String, isBody: Bool = false) {
        self.expectedByRegulation = expectedByRegulation
        self.key = key
        self.shape = shape
        self.required = required
        self.title = title
        self.description = description
        self.isBody = isBody
    }
}

/// The shape of a field's value, as the decoders read it.
public indirect enum FieldShape: Sendable {
    /// A line or block of text. Numbers, dates and `true` written without quotes are read as
    /// the text they are.
    case text
    /// Text rendered as Markdown.
    case markdown
    /// `YYYY-MM-DD`, in `Limits.years`.
    case date
    /// Lowercase letters, digits and hyphens (an address).
    case slug
    /// A whole address in one of these schemes.
    case url([LinkScheme])
    case email
    /// One of these words.
    case choice([String])
    /// Text matching a regular expression (a period `2026-Q3`, an element code).
    case pattern(String, example: String)
    /// A whole number within the bound.
    case wholeNumber(Limits.Bound<Int>)
    /// A number (a decimal point or comma accepted) within the bound.
    case number(Limits.Bound<Double>)
    /// An amount in whole Rupiah: digits, or text with full stops between thousands.
    case rupiah
    case boolean
    /// A list; a single value is read as a list of one when `single` is true.
    case list(FieldShape, single: Bool = true)
    /// A set of `key: value` fields.
    case fields(FieldSet)
    /// Any one of these shapes (a text or a set of fields…).
    case either([FieldShape])
    /// Fields whose keys are not known in advance (element codes, profile categories).
    case map(FieldShape, keyPattern: String?)
}

/// A set of `key: value` fields: every key it may hold.
public struct FieldSet: Sendable {
    public let fields: [FieldSpec]

    public init(_ fields: [FieldSpec]) { self.fields = fields }

    /// Every key allowed, in the order of the table.
    public var keys: [String] { fields.map(\.key) }

    /// The keys allowed in a file with a Markdown body (`markdown`) or without: a body field
    /// is a key only in JSON and YAML files.
    public func keys(markdown: Bool) -> [String] { fields.filter { !(markdown && $0.isBody) }.map(\.key) }

    public var requiredKeys: [String] { fields.filter(\.required).map(\.key) }

    public func isRequired(_ key: String) -> Bool { self[key]?.required ?? false }

    public subscript(key: String) -> FieldSpec? { fields.first { $0.key == key } }

    /// The field set of the field `key` (or of its list items).
    public func nested(_ key: String) -> FieldSet {
        guard let shape = self[key]?.shape, let set = shape.fieldSet else {
            preconditionFailure("the table of content kinds has no set of fields under `\(key)`")
        }
        return set
    }
}

extension FieldShape {
    /// The field set this shape holds, directly, as list items, or as one of its choices.
    public var fieldSet: FieldSet? {
        switch self {
        case .fields(let set): set
        case .list(let item, _): item.fieldSet
        case .either(let shapes): shapes.lazy.compactMap(\.fieldSet).first
        default: nil
        }
    }
}
