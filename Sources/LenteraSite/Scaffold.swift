import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain

/// Writes new content files: a whole portal (`lentera init`), one file of a kind
/// (`lentera new`), the JSON Schemas (`lentera schema`). Nothing existing is overwritten.
public enum Scaffold {
    /// A refusal, with the diagnostic that says why.
    public struct Refusal: Error, Sendable {
        public let diagnostic: Diagnostic
    }

    /// Writes a new portal into `folder`/content. The folder must be missing or empty.
    /// Returns the paths written, relative to `folder`.
    public static func initialise(_ folder: String, today: CalendarDate) throws(Refusal) -> [String] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            let entries = (try? manager.contentsOfDirectory(atPath: folder)) ?? ["?"]
            if !isFolder.boolValue || !entries.isEmpty {
                // No location: the sentence names the folder (printed once, officer's report).
                throw Refusal(diagnostic: .error("cli.init.not-empty", at: nil,
                                                 Message("cli.init.not-empty", ["folder": .text(folder)]),
                                                 advice: Message("cli.init.not-empty.hint")))
            }
        }
        var written: [String] = []
        for file in Starters.portal(today: today) {
            let relative = "content/" + file.path
            try write(file.text, to: (folder as NSString).appendingPathComponent(relative), shown: relative)
            written.append(relative)
        }
        return written
    }

    /// Writes a new file of `kind` into the content folder; refuses to overwrite one.
    /// Returns its path as `content` names the folder.
    public static func add(_ kind: ContentKind, _ request: Starters.Request, content: String) throws(Refusal) -> String {
        let file = Starters.file(kind, request)
        let path = (content as NSString).appendingPathComponent(file.path)
        if FileManager.default.fileExists(atPath: path) || existingSibling(of: path, kind: kind) != nil {
            let existing = existingSibling(of: path, kind: kind) ?? path
            // No location: the sentence names the file (printed once, officer's report).
            throw Refusal(diagnostic: .error("cli.new.exists", at: nil,
                                             Message("cli.new.exists", ["path": .text(existing)]),
                                             advice: Message("cli.new.exists.hint")))
        }
        try write(file.text, to: path, shown: path)
        return path
    }

    /// A file of the same name in another format Lentera reads (`unit.json` beside a new `unit.md`).
    static func existingSibling(of path: String, kind: ContentKind) -> String? {
        let base = (path as NSString).deletingPathExtension
        return kind.extensions.map { base + "." + $0 }.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Writes the JSON Schema of every kind into `folder`, with a settings snippet for VS
    /// Code's YAML extension and a note; `content` is how the editor's workspace names the
    /// content folder. Returns the number of schemas written.
    public static func schemas(into folder: String, content: String) throws(Refusal) -> Int {
        var count = 0
        var yamlSchemas: [String: [String]] = [:]
        var jsonSchemas: [[String: Any]] = []
        let prefix = content.isEmpty || content == "." ? "" : (content.hasSuffix("/") ? content : content + "/")
        for kind in ContentKinds.all {
            for frontMatter in kind.allowsMarkdown ? [false, true] : [false] {
                let name = JSONSchema.fileName(of: kind, frontMatter: frontMatter)
                let text: String
                do { text = try JSONSchema.text(JSONSchema.schema(of: kind, frontMatter: frontMatter)) } catch {
                    throw failure(name, error)
                }
                try write(text, to: (folder as NSString).appendingPathComponent(name), shown: name, overwrite: true)
                count += 1
            }
            let schemaPath = (folder as NSString).appendingPathComponent(JSONSchema.fileName(of: kind))
            yamlSchemas[schemaPath] = kind.extensions.filter { $0 == "yaml" || $0 == "yml" }.map { prefix + kind.glob + "." + $0 }
            if kind.extensions.contains("json") {
                jsonSchemas.append(["fileMatch": ["**/" + prefix + kind.glob + ".json"], "url": "./" + schemaPath])
            }
        }
        let settings: [String: Any] = ["yaml.schemas": yamlSchemas, "json.schemas": jsonSchemas]
        do {
            let data = try JSONSerialization.data(withJSONObject: settings, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            try write(String(decoding: data, as: UTF8.self) + "\n", to: (folder as NSString).appendingPathComponent("vscode-settings.json"),
                      shown: "vscode-settings.json", overwrite: true)
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw failure("vscode-settings.json", error)
        }
        try write(Message("cli.schema.readme", ["folder": .text(folder)]).text() + "\n",
                  to: (folder as NSString).appendingPathComponent("README.md"), shown: "README.md", overwrite: true)
        return count
    }

    static func failure(_ path: String, _ error: Error) -> Refusal {
        Refusal(diagnostic: .error("cli.write-failed", at: SourceLocation(file: path),
                                   Message("cli.write-failed", ["path": .text(path), "reason": .text("\(error)")])))
    }

    /// Writes a whole file, making its folders; without `overwrite`, never over an existing file.
    static func write(_ text: String, to path: String, shown: String, overwrite: Bool = false) throws(Refusal) {
        do {
            let folder = PathText.containingFolder(path)
            try FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: overwrite ? [.atomic] : [.withoutOverwriting])
        } catch {
            throw failure(shown, error)
        }
    }
}

extension Scaffold {
    /// The kinds `lentera new` writes: every kind but the portal settings (`lentera init`).
    public static var newKinds: [ContentKind] { ContentKinds.all.filter { $0.name != "portal" } }

    /// `lentera new`: checks the kind, the unit and the name, then writes the file.
    public static func new(kind name: String, slug given: String?, unit: String?, name title: String?, content: String,
                           today: CalendarDate) throws(Refusal) -> String {
        func refuse(_ code: String, _ values: [String: MessageArgument] = [:], at file: String? = nil, hint: Bool = true) -> Refusal {
            Refusal(diagnostic: .error(code, at: file.map { SourceLocation(file: $0) }, Message(code, values),
                                       advice: hint ? Message(code + ".hint", values) : nil))
        }
        guard let kind = newKinds.first(where: { $0.name == name }) else {
            throw refuse("cli.new.unknown-kind", ["kind": .text(name), "kinds": .text(newKinds.map(\.name).joined(separator: ", "))])
        }
        guard let instansi = PortalFile.instansi(in: content) else {
            throw refuse("cli.new.no-portal", ["folder": .text(content)])
        }
        // A unit's parent, or the unit the file goes in.
        let units = ((try? FileManager.default.contentsOfDirectory(atPath: (content as NSString).appendingPathComponent("units"))) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
        if let unit {
            let folder = (content as NSString).appendingPathComponent("units/" + unit)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw refuse("cli.new.unknown-unit", ["unit": .text(unit), "folder": .text(folder), "units": .text(units.joined(separator: ", "))])
            }
        } else if kind.needs("unit") {
            // The existing units, as for a misspelt unit (officer's report).
            throw Refusal(diagnostic: .error("cli.new.needs-unit", at: nil, Message("cli.new.needs-unit", ["kind": .text(kind.name)]),
                                             advice: units.isEmpty ? Message("cli.new.needs-unit.hint.none")
                                                                   : Message("cli.new.needs-unit.hint", ["units": .text(units.joined(separator: ", "))])))
        }
        let defaultSlug = Starters.defaultSlug(for: kind, instansi: instansi.first ?? "instansi", today: today)
        var slug = given ?? title.map(Slug.suggestion(for:)) ?? defaultSlug
        if !kind.needs("slug") { slug = kind.name }
        guard let slug, !slug.isEmpty else {
            throw refuse("cli.new.needs-name", ["kind": .text(kind.name)])
        }
        // Performance files and survey results are named after their period (`2026-S1`,
        // `skm-2026-Q3`): capitals allowed; every other name is an address.
        let periodNamed = kind.name == "kinerja" || kind.name == "survei" || kind.name == "analisis-survei"
        guard Slug.isValid(periodNamed ? slug.lowercased() : slug) || !kind.needs("slug") else {
            let suggestion = Slug.suggestion(for: slug)
            throw refuse("cli.new.invalid-slug", ["slug": .text(slug), "suggestion": .text(suggestion.isEmpty ? "nama-baru" : suggestion)])
        }
        let request = Starters.Request(slug: slug, unit: unit, name: title ?? defaultTitle(kind, slug: slug),
                                       instansi: instansi.first ?? "instansi", today: today)
        return try add(kind, request, content: content)
    }

    /// A name for the file when `--nama` is not given: its slug in words.
    static func defaultTitle(_ kind: ContentKind, slug: String) -> String {
        switch kind.name {
        case "maklumat": return "Maklumat Pelayanan"
        case "sop": return "SOP " + words(slug)
        default: return words(slug)
        }
    }

    static func words(_ slug: String) -> String {
        slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
