import LenteraDiagnostics

/// A place of a content folder that Lentera reads, and the names it expects there, derived
/// from the table of content kinds (`ContentKinds.all`): the loader walks these places, and
/// its "this file is not read" errors and their suggestions follow them. A kind added to the
/// table is read and checked without another list to edit (docs/content.md describes the
/// same layout).
struct ContentPlace: Sendable {
    /// The folder, relative to the content folder, with `{unit}` for a unit's folder:
    /// `""`, `units`, `units/{unit}`, `units/{unit}/layanan`, `pages`, `zona-integritas`.
    let folder: String
    /// Kinds read here under a fixed name (`unit`, `maklumat`, `spbe`), in table order.
    let fixedKinds: [ContentKind]
    /// The kind read here under any name (`layanan/<slug>.md`), if any.
    let anyNameKind: ContentKind?
    /// Folders read here, in table order; nil where any folder is read (`units/`, one per unit).
    let folders: [String]?
    /// The folder's text before and after `{unit}`, where it has one (`path(unit:)`).
    let aroundUnit: (before: String, after: String)?

    init(folder: String, fixedKinds: [ContentKind], anyNameKind: ContentKind?, folders: [String]?) {
        self.folder = folder
        self.fixedKinds = fixedKinds
        self.anyNameKind = anyNameKind
        self.folders = folders
        if let range = folder.range(of: "{unit}") {
            aroundUnit = (String(folder[..<range.lowerBound]), String(folder[range.upperBound...]))
        } else {
            aroundUnit = nil
        }
    }

    /// Extensions of a file that looks like content: one that is not read is an error.
    static let contentExtensions: Set<String> = ["md", "markdown", "yaml", "yml", "json", "txt"]

    /// The place of every folder the table names, from the content folder down.
    static let all: [ContentPlace] = {
        var folders: [String] = [""]
        for kind in ContentKinds.all {
            // Every folder on the way to the kind's own: `units`, `units/{unit}`, `units/{unit}/sop`.
            var path = ""
            for part in kind.folder.split(separator: "/") {
                path = path.isEmpty ? String(part) : path + "/" + part
                if !folders.contains(path) { folders.append(path) }
            }
        }
        return folders.map { folder in
            let kinds = ContentKinds.all.filter { $0.folder == folder }
            // The folders just below this one; a placeholder (`{unit}`) means any name.
            var below: [String] = []
            for other in folders where other != folder && PathText.parent(other) == folder {
                below.append(PathText.lastComponent(other))
            }
            return ContentPlace(folder: folder, fixedKinds: kinds.filter { $0.fileName != nil },
                                anyNameKind: kinds.first { $0.fileName == nil },
                                folders: below.contains { $0.hasPrefix("{") } ? nil : below)
        }
    }()

    /// The place a kind's files are in.
    static func of(_ kind: ContentKind) -> ContentPlace { all.first { $0.folder == kind.folder }! }

    static let root = all[0]
    static let units = of(ContentKinds.unit).parent
    static let unit = of(ContentKinds.unit)
    static let services = of(ContentKinds.layanan)
    static let pages = of(ContentKinds.halaman)
    static let surveys = of(ContentKinds.survei)
    static let performance = of(ContentKinds.kinerja)
    static let sops = of(ContentKinds.sop)
    static let zonaIntegritas = of(ContentKinds.zonaIntegritas)

    /// The place this one's folder is in.
    var parent: ContentPlace { Self.all.first { $0.folder == PathText.parent(folder) }! }

    /// Places of files of any name just below this one: the folders of a unit
    /// (`layanan/`, `sop/`, …) or of the content folder (`pages/`, `zona-integritas/`).
    var childPlaces: [ContentPlace] {
        Self.all.filter { $0.folder != folder && PathText.parent($0.folder) == folder && $0.anyNameKind != nil }
    }

    /// The folder's own name (`layanan`), for a place inside another.
    var name: String { PathText.lastComponent(folder) }

    /// This place's folder for a unit's folder name (`units/dinas-a/layanan`).
    /// (Put together from the parts around `{unit}`: a search and replace cost 3 % of a
    /// rebuild's samples, the loader asks for several places of every unit.)
    func path(unit: String) -> String {
        guard let (before, after) = aroundUnit else { return folder }
        return before + unit + after
    }

    /// Files with a fixed name (without extension) read here; empty where any name is read.
    var fixedNames: [String] { fixedKinds.compactMap(\.fileName) }

    /// The extensions of a fixed-name file (`spbe` → `yaml`, `yml`, `json`).
    func extensions(of base: String) -> [String] {
        fixedKinds.first { $0.fileName == base }?.extensions ?? extensions
    }

    /// The extension a fixed-name file usually has (`spbe.yaml`, `unit.md`).
    func usualExtension(of base: String) -> String { extensions(of: base).first ?? "md" }

    /// Whether a file of any name (with one of `extensions`) is read here.
    var anyName: Bool { anyNameKind != nil }

    /// The extensions read here, the usual one first: the kind's, then its companions'
    /// (a survey result's analysis, `.md`).
    var extensions: [String] {
        var result: [String] = []
        for kind in (anyNameKind.map { [$0] } ?? fixedKinds) {
            for ext in kind.extensions + kind.companionExtensions where !result.contains(ext) { result.append(ext) }
        }
        return result
    }

    /// Whether Lentera reads the file `name` here.
    func reads(file name: String) -> Bool {
        let ext = PathText.pathExtension(name).lowercased(), base = PathText.deletingExtension(name)
        if anyName { return extensions.contains(ext) }
        return fixedNames.contains(base) && extensions(of: base).contains(ext)
    }

    /// What belongs here, for a message: `portal.yaml`, `units/`, … or `*.md`, `*.json`, ….
    var expected: String {
        if folders == nil && fixedNames.isEmpty && !anyName { return "`<unit>/\(ContentKinds.unit.fileName!).\(ContentKinds.unit.extensions[0])`" }
        var names = fixedNames.map { "`\($0).\(usualExtension(of: $0))`" }
        if anyName { names += extensions.map { "`*.\($0)`" } }
        names += (folders ?? ["<unit>"]).map { "`\($0)/`" }
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
