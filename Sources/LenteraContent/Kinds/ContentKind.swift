import Foundation

/// A kind of content file: where it lives, the formats it may be written in, and its
/// fields. Declared once, in `ContentKinds` (the table of content kinds), and read by the
/// decoders (allowed and required keys), `lentera schema` (a JSON Schema per kind),
/// `lentera new` (where a new file goes) and the documentation.
public struct ContentKind: Sendable {
    /// The kind's name as commands take it: `lentera new layanan`, `layanan.schema.json`.
    public let name: String
    /// Indonesian, for the schema and the command output.
    public let title: String
    public let description: String
    /// The file's place in the content folder without its extension; `{unit}` is a unit's
    /// folder, `{slug}` the file's own name (`units/{unit}/layanan/{slug}`).
    public let place: String
    /// The extensions Lentera reads for this kind, the one `lentera new` writes first.
    public let extensions: [String]
    public let fields: FieldSet
    /// Extensions of files read beside this kind's, of the same name, that are not of
    /// the kind (a survey result's analysis and follow-up plan: `skm-2026-Q1.md`).
    public let companionExtensions: [String]

    public init(name: String, title: String, description: String, place: String, extensions: [String],
                companionExtensions: [String] = [], fields: FieldSet) {
        self.name = name
        self.title = title
        self.description = description
        self.place = place
        self.extensions = extensions
        self.companionExtensions = companionExtensions
        self.fields = fields
    }

    /// The folder the file is in, relative to the content folder, a unit's folder written
    /// `{unit}`: `units/{unit}/layanan`, `units/{unit}` (a unit's own file), `` (`portal`).
    public var folder: String {
        let parts = place.split(separator: "/").dropLast().map { $0.hasPrefix("{") ? "{unit}" : String($0) }
        return parts.joined(separator: "/")
    }

    /// The file's own name without its extension (`unit`, `spbe`); nil where each file is
    /// named for what it holds (`{slug}`).
    public var fileName: String? {
        let last = place.split(separator: "/").last.map(String.init) ?? place
        return last.hasPrefix("{") ? nil : last
    }

    /// The file's place with every `{…}` part as `*`: `units/*/layanan/*`.
    public var glob: String {
        var result = "", inside = false
        for character in place {
            switch character {
            case "{": inside = true; result += "*"
            case "}": inside = false
            default: if !inside { result.append(character) }
            }
        }
        return result
    }

    /// Whether the file's place has a part named `part` (`unit`, `slug`).
    public func needs(_ part: String) -> Bool { place.contains("{\(part)}") }

    /// The file's path for a unit folder and a slug, with `ext`.
    public func path(unit: String? = nil, slug: String? = nil, ext: String) -> String {
        var path = place
        if let unit { path = path.replacingOccurrences(of: "{unit}", with: unit) }
        if let slug { path = path.replacingOccurrences(of: "{slug}", with: slug) }
        return path + "." + ext
    }

    /// Whether files of this kind may be Markdown with front matter.
    public var allowsMarkdown: Bool { extensions.contains("md") }

    /// Whether a field is only in JSON and YAML files (the body of a Markdown file).
    public var hasBodyField: Bool { fields.fields.contains(where: \.isBody) }
}
