import Crypto
import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraFiles

extension ContentStore {
    /// Where the editor keeps its state: `.lentera-sunting/` beside the content folder.
    /// (`PathText.containingFolder`: Foundation's own traps on one-character paths.)
    var stateFolder: URL {
        let parent = PathText.containingFolder(content.path)
        return URL(fileURLWithPath: parent.isEmpty ? "." : parent).appendingPathComponent(".lentera-sunting")
    }

    /// How the content folder is named in diagnostics: its own name, as `lentera check`
    /// run beside it names it (`content/units/…`).
    var displayContent: String { PathText.lastComponent(content.path) }

    static func error(_ code: String, _ path: String?, _ key: String, _ values: [String: Message.Argument] = [:], hint: String? = nil) -> EditorFileError {
        EditorFileError(diagnostic: .error(code, at: path.map { SourceLocation(file: $0) }, Message(key, values),
                                           advice: hint.map { Message($0, values) }))
    }

    // MARK: - Paths

    /// The path's parts when it is a path the editor may touch: relative, inside the
    /// content folder (no `..`, `.`, empty or hidden part), and of a kind the editor knows.
    static func kind(of path: String) -> ContentKind? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !path.hasPrefix("/"), !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") && !$0.contains("\\") }) else { return nil }
        let ext = PathText.pathExtension(path).lowercased()
        let base = PathText.deletingExtension(path)
        for kind in ContentKinds.all where kind.extensions.contains(ext) {
            let pattern = kind.place.split(separator: "/").map(String.init)
            let baseParts = base.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard pattern.count == baseParts.count else { continue }
            if zip(pattern, baseParts).allSatisfy({ $0.hasPrefix("{") || $0 == $1 }) { return kind }
        }
        return nil
    }

    /// The unit a path belongs to: `units/<u>/…`.
    static func unit(of path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count >= 3, parts[0] == "units" else { return nil }
        return String(parts[1])
    }

    /// Checks the path and says why it may not be used.
    func checked(_ path: String) throws(EditorFileError) -> ContentKind {
        guard let kind = Self.kind(of: path) else {
            throw Self.error("editor.path-refused", path, "editor.path-refused", ["path": .text(path)], hint: "editor.path-refused.hint")
        }
        return kind
    }

    /// Whether every part of the path is a real folder or file (never a link, never a FIFO
    /// or device), listed through the closed folder: what may be opened or replaced. Nil
    /// when the file is not there; throws when something on the way may not be used.
    func existing(_ path: String) throws(EditorFileError) -> String? {
        guard let folder = ClosedFolder(resolving: content.path) else {
            throw Self.error("editor.content-missing", nil, "editor.content-missing", ["folder": .text(content.path)])
        }
        var relative = ""
        let parts = path.split(separator: "/").map(String.init)
        for (index, name) in parts.enumerated() {
            let (entries, refused) = folder.list(relative)
            if let problem = refused.first(where: { $0.name == name || $0.name.isEmpty })?.problem {
                throw EditorFileError(diagnostic: problem.diagnostic(at: displayContent + "/" + path, area: "content"))
            }
            guard let entry = entries.first(where: { $0.name == name }) else { return nil }
            let last = index == parts.count - 1
            guard entry.target == nil, entry.isDirectory != last else {
                throw Self.error("editor.path-refused", path, "editor.path-not-plain", ["path": .text(path)], hint: "editor.path-refused.hint")
            }
            relative = relative.isEmpty ? name : relative + "/" + name
        }
        return folder.absolute(relative)
    }

    /// The file's bytes as on disk now, nil when it is not there.
    func currentBytes(_ path: String) throws(EditorFileError) -> [UInt8]? {
        guard let absolute = try existing(path) else { return nil }
        switch RegularFile.read(absolute) {
        case .success(let bytes): return bytes
        case .failure(let problem): throw EditorFileError(diagnostic: problem.diagnostic(at: displayContent + "/" + path, area: "content"))
        }
    }

    static func version(of bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    // MARK: - Opening

    func openFile(_ path: String) throws(EditorFileError) -> EditableFile {
        let kind = try checked(path)
        guard let bytes = try currentBytes(path) else {
            throw Self.error("editor.file-missing", path, "editor.file-missing", ["path": .text(path)], hint: "editor.file-missing.hint")
        }
        return try Self.editable(bytes, kind: kind, path: path, display: displayContent + "/" + path)
    }

    /// A file's bytes as the editor holds them.
    static func editable(_ bytes: [UInt8], kind: ContentKind, path: String, display: String) throws(EditorFileError) -> EditableFile {
        let text = String(decoding: bytes, as: UTF8.self)
        var tree: ContentTree
        var comments = false
        let ext = PathText.pathExtension(path).lowercased()
        let markdown = ext == "md" || ext == "markdown"
        let normalised = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if markdown && kind.name == ContentKinds.analisisSurvei.name && !normalised.hasPrefix("---") {
            // An analysis without front matter: the whole file is its text.
            tree = .fields([ContentField("isi", .text(CanonicalWriter.trimmedBody(normalised)))])
        } else {
            let written = WrittenFile.read(bytes, name: display)
            guard let root = written.root else {
                throw EditorFileError(diagnostic: written.diagnostics.first ?? .error("editor.file-unreadable", at: SourceLocation(file: display),
                                                                                        Message("editor.file-unreadable", ["path": .text(path)])))
            }
            tree = ContentTree(root)
            comments = written.hasComments
            if markdown, let body = kind.fields.fields.first(where: \.isBody), let text = written.body, !text.isEmpty {
                if case .fields(var fields) = tree {
                    fields.removeAll { $0.key == body.key }
                    fields.append(ContentField(body.key, .text(text)))
                    tree = .fields(fields)
                }
            }
        }
        let readOnly = kind.name == ContentKinds.survei.name && tree["sumber"]?.text == "impor"
        return EditableFile(kind: kind, path: path, tree: tree, version: version(of: bytes), text: text, hasComments: comments,
                            unit: unit(of: path), readOnly: readOnly)
    }

    func blankFile(_ kind: ContentKind, unit: String?, slug: String) -> EditableFile {
        var path = kind.place
        if kind.name == ContentKinds.unit.name {
            // A unit's file is in its own folder, named by its slug.
            path = path.replacingOccurrences(of: "{slug}", with: unit ?? slug)
        } else {
            path = path.replacingOccurrences(of: "{unit}", with: unit ?? "").replacingOccurrences(of: "{slug}", with: slug)
        }
        path += "." + kind.extensions[0]
        return EditableFile(kind: kind, path: path, tree: .empty, version: "", text: "", hasComments: false,
                            unit: Self.unit(of: path), readOnly: false)
    }
}

extension ContentTree {
    init(_ value: WrittenValue) {
        switch value {
        case .text(let text): self = .text(text)
        case .list(let items): self = .list(items.map(ContentTree.init))
        case .fields(let fields): self = .fields(fields.map { ContentField($0.key, ContentTree($0.value)) })
        }
    }
}
