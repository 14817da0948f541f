import Foundation
import LenteraDomain

/// A JSON Schema (draft 2020-12) of a content kind, made from the table of content kinds:
/// the same keys, required fields, allowed values and bounds that `check` enforces, with
/// the table's Indonesian titles and descriptions.
public enum JSONSchema {
    public static let draft = "https://json-schema.org/draft/2020-12/schema"

    /// The schema of a whole JSON or YAML file of `kind`, or (`frontMatter`) of the front
    /// matter of a Markdown file, which holds no body field.
    public static func schema(of kind: ContentKind, frontMatter: Bool = false) -> [String: Any] {
        var schema = object(kind.fields, markdown: frontMatter)
        schema["$schema"] = draft
        schema["title"] = kind.title
        schema["description"] = kind.description
        return schema
    }

    /// The file name a schema is written to: `layanan.schema.json`, `layanan.frontmatter.schema.json`.
    public static func fileName(of kind: ContentKind, frontMatter: Bool = false) -> String {
        kind.name + (frontMatter ? ".frontmatter" : "") + ".schema.json"
    }

    /// The schema as JSON text: keys sorted, indented, ending in a line break.
    public static func text(_ schema: [String: Any]) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: schema, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func object(_ set: FieldSet, markdown: Bool = false) -> [String: Any] {
        var properties: [String: Any] = [:]
        var required: [String] = []
        for field in set.fields where !(markdown && field.isBody) {
            // An optional field left empty (`nip:`) is read as absent; a required one is missing.
            var property = field.required ? schema(of: field.shape) : ["anyOf": [schema(of: field.shape), ["type": "null"]]]
            property["title"] = field.title
            property["description"] = field.description
            properties[field.key] = property
            if field.required { required.append(field.key) }
        }
        var object: [String: Any] = ["type": "object", "properties": properties, "additionalProperties": false]
        if !required.isEmpty { object["required"] = required }
        return object
    }

    static func schema(of shape: FieldShape) -> [String: Any] {
        switch shape {
        case .text, .markdown:
            // Numbers, dates and `true` written without quotes are read as the text they are.
            return ["type": ["string", "number", "boolean"]]
        case .date:
            return ["type": "string", "pattern": "^(19[0-9]{2}|20[0-9]{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"]
        case .slug:
            return ["type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 120]
        case .url(let schemes):
            return ["type": "string", "pattern": "^(\(schemes.map(\.rawValue).joined(separator: "|"))):[^\\s]+$"]
        case .email:
            return ["type": "string", "pattern": "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"]
        case .choice(let values):
            return ["enum": values]
        case .pattern(let pattern, _):
            // A year written without quotes is a number: the pattern applies to text only.
            return ["type": ["string", "integer"], "pattern": pattern]
        case .wholeNumber(let bound):
            var schema: [String: Any] = ["type": "integer"]
            if bound.range.lowerBound != Int.min { schema["minimum"] = bound.range.lowerBound }
            if bound.range.upperBound != Int.max { schema["maximum"] = bound.range.upperBound }
            return schema
        case .number(let bound):
            var schema: [String: Any] = ["type": "number"]
            if bound.range.lowerBound.isFinite { schema["minimum"] = bound.range.lowerBound }
            if bound.range.upperBound.isFinite { schema["maximum"] = bound.range.upperBound }
            return schema
        case .rupiah:
            return ["anyOf": [
                ["type": "integer", "minimum": Limits.rupiah.range.lowerBound, "maximum": Limits.rupiah.range.upperBound],
                ["type": "string", "pattern": "^(Rp ?)?([0-9]+|[0-9]{1,3}(\\.[0-9]{3})+)(,-|,00)?$"],
            ] as [[String: Any]]]
        case .boolean:
            return ["type": "boolean"]
        case .list(let item, let single):
            let list: [String: Any] = ["type": "array", "items": schema(of: item)]
            return single ? ["anyOf": [schema(of: item), list]] : list
        case .fields(let set):
            return object(set)
        case .either(let shapes):
            return ["anyOf": shapes.map(schema(of:))]
        case .map(let value, let keyPattern):
            var schema: [String: Any] = ["type": "object", "additionalProperties": schema(of: value)]
            if let keyPattern { schema["propertyNames"] = ["pattern": keyPattern] }
            return schema
        }
    }
}
