// PLACEHOLDER of the server branch (server15): the contract declarations of the store part
// with trivial bodies, so that the server builds and its tests run. Replaced at merge by the
// store part's file; nothing else belongs here.
import Foundation
import LenteraContent
import LenteraDiagnostics
import Yams

public struct EditableFile: Sendable {
    public let kind: ContentKind
    public let path: String
    public var tree: ContentTree
    public let version: String
    public let text: String
    public let hasComments: Bool
    public var isNew: Bool { version.isEmpty }
    public var unit: String?
    public var readOnly: Bool
}

public struct Validation: Sendable {
    public var byField: [FieldPath: [Diagnostic]]
    public var inFile: [Diagnostic]
    public var elsewhere: [Diagnostic]
    public var isValid: Bool
}

public enum SaveOutcome: Sendable {
    case saved(EditableFile, before: String?)
    case invalid(Validation)
    case conflict(current: EditableFile, yours: String)
}

public struct EditorFileError: Error, Sendable { public let diagnostic: Diagnostic }

public struct UnitSummary: Sendable { public let slug: String; public let name: String; public let parent: String? }

public struct FileSummary: Sendable { public let kind: ContentKind; public let path: String; public let title: String; public let readOnly: Bool }

public struct ContentStore: Sendable {
    let content: URL

    public init(content: URL) { self.content = content.standardizedFileURL }

    private static func failure(_ text: String) -> EditorFileError {
        EditorFileError(diagnostic: .error("editor.placeholder", at: nil, Message(untranslated: text)))
    }

    private static func digest(_ bytes: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16) + "-" + String(bytes.count)
    }

    private static func tree(_ node: Node) -> ContentTree {
        switch node {
        case .scalar(let scalar): .text(scalar.string)
        case .sequence(let items): .list(items.map(tree))
        case .mapping(let pairs): .fields(pairs.map { ContentField($0.key.string ?? "", tree($0.value)) })
        default: .text("")
        }
    }

    public func open(_ path: String) throws(EditorFileError) -> EditableFile {
        guard let (kind, unit) = EditorPath.kind(of: path) else { throw Self.failure("unknown kind: \(path)") }
        guard let bytes = FileManager.default.contents(atPath: content.appendingPathComponent(path).path) else { throw Self.failure("cannot read \(path)") }
        let text = String(decoding: bytes, as: UTF8.self)
        var yaml = text, body: String?
        if path.hasSuffix(".md"), text.hasPrefix("---\n"), let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex) {
            yaml = String(text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound])
            body = String(text[end.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var tree = ((try? Yams.compose(yaml: yaml)) ?? nil).map(Self.tree) ?? .empty
        if let body, let key = kind.fields.fields.first(where: \.isBody)?.key, !body.isEmpty { tree.set(.text(body), at: FieldPath([key])) }
        return EditableFile(kind: kind, path: path, tree: tree, version: Self.digest(bytes), text: text, hasComments: text.contains("#"),
                            unit: unit, readOnly: text.contains("sumber: impor"))
    }

    public func blank(_ kind: ContentKind, unit: String?, slug: String) -> EditableFile {
        let path = kind.needs("unit") ? kind.path(unit: unit, slug: slug, ext: kind.extensions[0]) : kind.path(unit: slug, slug: slug, ext: kind.extensions[0])
        return EditableFile(kind: kind, path: path, tree: .empty, version: "", text: "", hasComments: false,
                            unit: kind.needs("unit") ? unit : (kind.name == "unit" ? slug : nil), readOnly: false)
    }

    private static func scalar(_ text: String) -> String {
        let plain = text.range(of: #"^[A-Za-z0-9][A-Za-z0-9 .,()/-]*$"#, options: .regularExpression) != nil
        if plain { return text }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
        return "\"\(escaped)\""
    }

    private static func yaml(_ tree: ContentTree, indent: String) -> String {
        switch tree {
        case .text(let text): return " " + scalar(text) + "\n"
        case .list(let items):
            return "\n" + items.map { item -> String in
                switch item {
                case .text(let text): return indent + "- " + scalar(text) + "\n"
                case .fields(let fields):
                    return fields.enumerated().map { index, field in
                        (index == 0 ? indent + "- " : indent + "  ") + field.key + ":" + yaml(field.value, indent: indent + "    ")
                    }.joined()
                case .list: return indent + "- []\n"
                }
            }.joined()
        case .fields(let fields):
            return "\n" + fields.map { indent + $0.key + ":" + yaml($0.value, indent: indent + "  ") }.joined()
        }
    }

    public func canonicalText(of tree: ContentTree, for file: EditableFile) -> String {
        let bodyKey = file.path.hasSuffix(".md") ? file.kind.fields.fields.first(where: \.isBody)?.key : nil
        guard case .fields(let fields) = tree else { return "" }
        let front = fields.filter { $0.key != bodyKey }
        let text = front.map { $0.key + ":" + Self.yaml($0.value, indent: "  ") }.joined()
        guard file.path.hasSuffix(".md") else { return text }
        let body = bodyKey.flatMap { tree[$0]?.text } ?? ""
        return "---\n" + text + "---\n\n" + body + "\n"
    }

    public func validate(_ tree: ContentTree, as file: EditableFile) -> Validation {
        Validation(byField: [:], inFile: [], elsewhere: [], isValid: true)
    }

    public func save(_ tree: ContentTree, as file: EditableFile) throws(EditorFileError) -> SaveOutcome {
        let url = content.appendingPathComponent(file.path)
        let current = FileManager.default.contents(atPath: url.path)
        if (current.map(Self.digest) ?? "") != file.version, let now = try? open(file.path) {
            return .conflict(current: now, yours: canonicalText(of: tree, for: file))
        }
        let text = canonicalText(of: tree, for: file)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch { throw Self.failure("\(error)") }
        return .saved(try open(file.path), before: current.map { String(decoding: $0, as: UTF8.self) })
    }

    public func units() -> [UnitSummary] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("units").path)) ?? []
        return names.sorted().map { UnitSummary(slug: $0, name: $0, parent: nil) }
    }

    public func files(ofUnit slug: String) -> [FileSummary] {
        let folder = content.appendingPathComponent("units/\(slug)")
        guard let walk = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return walk.compactMap { $0 as? String }.sorted().compactMap { name in
            let path = "units/\(slug)/\(name)"
            guard let (kind, _) = EditorPath.kind(of: path) else { return nil }
            return FileSummary(kind: kind, path: path, title: name, readOnly: false)
        }
    }

    public func portalFiles() -> [FileSummary] {
        let paths = ["portal.yaml"] + ["pages", "zona-integritas"].flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent(folder).path)) ?? []).sorted().map { "\(folder)/\($0)" }
        }
        return paths.compactMap { path in EditorPath.kind(of: path).map { FileSummary(kind: $0.kind, path: path, title: path, readOnly: false) } }
    }

    public func proposedSlug(for name: String, kind: ContentKind, unit: String?) -> String {
        let base = Slug.suggestion(for: name)
        var slug = base, number = 2
        while !slugIsFree(slug, kind: kind, unit: unit) { slug = "\(base)-\(number)"; number += 1 }
        return slug
    }

    public func slugIsFree(_ slug: String, kind: ContentKind, unit: String?) -> Bool {
        !kind.extensions.contains { ext in
            let path = kind.needs("unit") ? kind.path(unit: unit, slug: slug, ext: ext) : kind.path(unit: slug, slug: slug, ext: ext)
            return FileManager.default.fileExists(atPath: content.appendingPathComponent(path).path)
        }
    }

    public func storeAttachment(_ bytes: [UInt8], fileName: String, unit: String?) throws(EditorFileError) -> String {
        let folder = unit.map { "units/\($0)/berkas" } ?? "berkas"
        let path = folder + "/" + fileName
        do {
            try FileManager.default.createDirectory(at: content.appendingPathComponent(folder), withIntermediateDirectories: true)
            try Data(bytes).write(to: content.appendingPathComponent(path), options: .withoutOverwriting)
        } catch { throw Self.failure("\(error)") }
        return path
    }
}
