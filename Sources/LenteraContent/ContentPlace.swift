import LenteraDiagnostics

/// The places of a content folder that Lentera reads, and the names each expects: the one
/// list that the loader's "this file is not read" errors and their suggestions follow
/// (docs/content.md describes the same layout).
enum ContentPlace: Sendable {
    /// The content folder: `portal.yaml`, `units/`, `pages/`, `zona-integritas/`.
    case root
    /// `units/`: one folder per unit, no files.
    case units
    /// `units/<unit>/`: `unit.md`, `maklumat.md`, `spbe.yaml` and four folders.
    case unit
    /// `units/<unit>/layanan/`, `pages/`: one Markdown, JSON or YAML file per thing.
    case services, pages
    /// `units/<unit>/survei/`: results (`.yaml`, `.json`) and analyses (`.md`).
    case surveys
    /// `units/<unit>/kinerja/`, `units/<unit>/sop/`, `zona-integritas/`: YAML or JSON files.
    case performance, sops, zonaIntegritas

    /// Extensions of a file that looks like content: one that is not read is an error.
    static let contentExtensions: Set<String> = ["md", "markdown", "yaml", "yml", "json", "txt"]

    /// Files with a fixed name (without extension) read here; empty where any name is read.
    var fixedNames: [String] {
        switch self {
        case .root: ["portal"]
        case .unit: ["unit", "maklumat", "spbe"]
        default: []
        }
    }

    /// The extension a fixed-name file usually has (`spbe.yaml`, `unit.md`).
    func usualExtension(of base: String) -> String {
        base == "spbe" ? "yaml" : extensions.first ?? "md"
    }

    /// Whether a file of any name (with one of `extensions`) is read here.
    var anyName: Bool { fixedNames.isEmpty && self != .units }

    /// The extensions read here, the usual one first.
    var extensions: [String] {
        switch self {
        case .root: ["yaml", "yml", "json"]
        case .units: []
        case .unit, .services, .pages: ["md", "json", "yaml", "yml", "markdown"]
        case .surveys: ["yaml", "json", "yml", "md", "markdown"]
        case .performance, .sops, .zonaIntegritas: ["yaml", "json", "yml"]
        }
    }

    /// Folders with a fixed name read here; nil where any folder is read (`units/`).
    var folders: [String]? {
        switch self {
        case .root: ["units", "pages", "zona-integritas"]
        case .units: nil
        case .unit: ["layanan", "survei", "kinerja", "sop"]
        default: []
        }
    }

    /// Whether Lentera reads the file `name` here.
    func reads(file name: String) -> Bool {
        let ext = PathText.pathExtension(name).lowercased(), base = PathText.deletingExtension(name)
        guard extensions.contains(ext) else { return false }
        return anyName || fixedNames.contains(base)
    }

    /// What belongs here, for a message: `portal.yaml`, `units/`, … or `*.md`, `*.json`, ….
    var expected: String {
        var names = fixedNames.map { "`\($0).\(usualExtension(of: $0))`" }
        if anyName { names += extensions.map { "`*.\($0)`" } }
        names += (folders ?? ["<unit>"]).map { "`\($0)/`" }
        if self == .units { names = ["`<unit>/unit.md`"] }
        return names.joined(separator: ", ")
    }
}

/// What to tell about a file or folder that is not read.
enum UnreadAdvice: Equatable {
    /// `maklumat.md.txt`: a hidden `.txt` (Notepad with extensions hidden).
    case dropTxt(String)
    /// `Unit.md`, `Layanan/`: names are lowercase.
    case lowercase(String)
    /// A near miss of a known name (`pelayanan/` → `layanan/`).
    case near(String)
    /// A known place for any name, but another extension (`aktivasi.txt` → `aktivasi.md`).
    case fileExtension(String)
    /// No file or folder is read under a place that holds files only.
    case noFolders
    /// Nothing close: list what belongs here.
    case list

    /// The name the advice renames to, when it renames.
    var target: String? {
        switch self {
        case .dropTxt(let name), .lowercase(let name), .near(let name), .fileExtension(let name): name
        case .noFolders, .list: nil
        }
    }

    static func forFile(_ name: String, in place: ContentPlace) -> UnreadAdvice {
        let lower = name.lowercased()
        if lower.hasSuffix(".txt") {
            let inner = String(name.dropLast(4))
            if place.reads(file: inner) { return .dropTxt(inner) }
            if place.reads(file: inner.lowercased()) { return .dropTxt(inner.lowercased()) }
        }
        if lower != name, place.reads(file: lower) { return .lowercase(lower) }
        let base = PathText.deletingExtension(lower)
        let ext = PathText.pathExtension(lower)
        func named(_ base: String) -> String { "\(base).\(place.extensions.contains(ext) ? ext : place.usualExtension(of: base))" }
        if place.fixedNames.contains(base) { return .fileExtension(named(base)) }
        if let guess = Suggestion.closest(to: base, among: place.fixedNames) { return .near(named(guess)) }
        if place.anyName, !base.isEmpty, !place.extensions.contains(ext) { return .fileExtension(named(base)) }
        return .list
    }

    static func forFolder(_ name: String, in place: ContentPlace) -> UnreadAdvice {
        guard let folders = place.folders, !folders.isEmpty else { return .noFolders }
        if folders.contains(name.lowercased()) { return .lowercase(name.lowercased()) }
        if let guess = Suggestion.closest(to: name, among: folders) { return .near(guess) }
        return .list
    }
}

extension LoadRun {
    /// Whether `name` is a file that looks like content (`.md`, `.yaml`, `.yml`, `.json`,
    /// `.txt`, also behind another extension: `maklumat.md.txt`).
    static func looksLikeContent(_ name: String) -> Bool {
        ContentPlace.contentExtensions.contains(PathText.pathExtension(name).lowercased())
    }

    /// A file in `place` that Lentera does not read: an error with a suggestion when it
    /// looks like content, else the warning it always was.
    mutating func unread(file relative: String, in place: ContentPlace) {
        let name = PathText.lastComponent(relative)
        guard Self.looksLikeContent(name) else { return unknownFile(relative) }
        let advice = UnreadAdvice.forFile(name, in: place)
        let hint: Message = switch advice {
        case .dropTxt(let target): Message("content.unread-file.hint-txt", ["name": .text(target)])
        case .lowercase(let target): Message("content.unread-file.hint-case", ["name": .text(target)])
        case .near(let target): Message("content.unread-file.hint-near", ["name": .text(target)])
        case .fileExtension(let target):
            Message("content.unread-file.hint-extension", ["name": .text(target), "extensions": .text(place.extensions.map { "`.\($0)`" }.joined(separator: ", "))])
        case .noFolders, .list: Message("content.unread-file.hint-list", ["expected": .text(place.expected)])
        }
        diagnostics.append(.error("content.unread-file", at: SourceLocation(file: display(relative)),
                                  Message("content.unread-file", ["name": .text(name)]), advice: hint))
    }

    /// A folder in `place` that Lentera does not read: always an error.
    mutating func unread(folder relative: String, in place: ContentPlace) {
        let name = PathText.lastComponent(relative)
        let hint: Message = switch UnreadAdvice.forFolder(name, in: place) {
        case .lowercase(let target): Message("content.unread-folder.hint-case", ["name": .text(target)])
        case .near(let target): Message("content.unread-folder.hint-near", ["name": .text(target)])
        case .noFolders: Message("content.unread-folder.hint-none", ["place": .text(display(PathText.parent(relative)))])
        case .dropTxt, .fileExtension, .list: Message("content.unread-folder.hint-list", ["expected": .text(place.expected)])
        }
        diagnostics.append(.error("content.unread-folder", at: SourceLocation(file: display(relative)),
                                  Message("content.unread-folder", ["name": .text(name)]), advice: hint))
    }

    /// The name a misnamed file of `folder` stands for (`Unit.md`, `maklumat.md.txt`), when
    /// it stands for one with base name `base`: the missing file is then not reported too.
    mutating func misnamed(_ base: String, in folder: String, place: ContentPlace) -> Bool {
        entries(of: folder).contains { entry in
            guard !entry.isDirectory, !place.reads(file: entry.name), Self.looksLikeContent(entry.name),
                  let target = UnreadAdvice.forFile(entry.name, in: place).target else { return false }
            return PathText.deletingExtension(target) == base
        }
    }

    /// The folder of `parent` that stands for `name` (`pelayanan/` for `layanan/`), if any.
    mutating func misnamedFolder(_ name: String, in parent: String, place: ContentPlace) -> String? {
        entries(of: parent).first { entry in
            entry.isDirectory && !(place.folders ?? []).contains(entry.name) && UnreadAdvice.forFolder(entry.name, in: place).target == name
        }?.name
    }
}
