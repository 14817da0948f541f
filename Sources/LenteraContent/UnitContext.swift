import Foundation
import LenteraDiagnostics
import LenteraDomain
import LenteraFiles

/// What placing a survey result for one unit needs from a content folder: the portal
/// settings, the unit and its folder, its services, its instansi's Zona Integritas
/// statements and its survey results (`ContentLoader.loadUnitContext`).
public struct UnitContext: Sendable {
    /// `portal.yaml`: the survey settings (elements) and the instansi.
    public var portal: Portal
    /// The slugs of the units read: the unit and its parents, or every unit that could be
    /// read, in the order of their folders, when the unit or a parent is not in a folder
    /// named as its slug (so always every unit when the unit is not found).
    public var units: [String]
    /// The unit asked for; nil when no unit has its slug.
    public var unit: WorkUnit?
    /// The name of the unit's folder in `units/`, which may differ from its slug (the unit
    /// file's `slug` field).
    public var folderName: String?
    /// The slugs of the unit's services that could be read, in the order of their files.
    public var services: [String] = []
    /// Their names, by slug (a survey sheet's service column names services so).
    public var serviceNames: [String: String] = [:]
    /// The instansi the unit belongs to through its `induk` chain; nil when the unit is not
    /// placed in the tree (a parent that does not exist, a cycle…).
    public var instansi: String?
    /// The statements the instansi's `zona-integritas/<instansi>.yaml` adds, or the
    /// appendix's alone.
    public var instrument: ZIInstrument = .standard
    /// The file of each of the unit's survey results, relative to the content folder.
    public var surveyFiles: [SurveyKey: String] = [:]
}

/// The result of `ContentLoader.loadUnitContext`: the context (nil when the portal
/// settings could not be read) and the diagnostics of the files that were read.
public struct LoadedUnitContext: Sendable {
    public var context: UnitContext?
    public var diagnostics: [Diagnostic]
    /// Every file read, relative to the content folder, in the order read.
    public var files: [String]
}

extension ContentLoader {
    /// Reads what one unit's survey result depends on, and of the other units at most their
    /// unit files: `portal.yaml`; the unit file of the unit and of each of its parents (its
    /// instansi comes through them), from the folders named as their slugs — or, when one
    /// is not there, every `units/*/unit.*` (a unit's `slug` field may differ from its
    /// folder's name); the unit's `layanan/` and `survei/`; the one
    /// `zona-integritas/<instansi>.yaml` of its instansi. Each file is read and decoded as
    /// `load()` does, with the same diagnostics; nothing else is looked at.
    public func loadUnitContext(_ slug: String) -> LoadedUnitContext {
        var run = LoadRun(root: root, displayRoot: displayRoot)
        run.referenceDate = date
        run.overlay = overlay
        return run.loadUnitContext(slug)
    }
}

extension LoadRun {
    mutating func loadUnitContext(_ slug: String) -> LoadedUnitContext {
        guard let folder = ClosedFolder(resolving: root.path) else {
            diagnostics.append(.error("content.folder-missing", at: nil, Message("content.folder-missing", ["folder": .text(displayRoot)]),
                                      advice: Message("content.folder-missing.hint")))
            return LoadedUnitContext(context: nil, diagnostics: diagnostics, files: [])
        }
        self.folder = folder
        let portal = loadPortal()
        surveySettings = portal?.survey ?? SurveySettings()
        guard let portal else { return LoadedUnitContext(context: nil, diagnostics: diagnostics, files: files) }

        // A unit and its parents usually live in folders named as their slugs: then only
        // their unit files are read. Otherwise (a `slug` field that is not the folder's
        // name, a unit or parent that is not there) every unit file is.
        var probe = self
        let chain = probe.unitChain(of: slug)
        if chain != nil { self = probe }
        let (units, unitFolder) = chain.map { ($0, Optional(slug)) } ?? everyUnit(finding: slug)
        var context = UnitContext(portal: portal, units: units.map(\.slug))
        guard let unitFolder, let unit = units.first(where: { $0.slug == slug }) else {
            return LoadedUnitContext(context: context, diagnostics: diagnostics, files: files)
        }
        context.unit = unit
        context.folderName = unitFolder
        let (tree, _) = UnitTree.build(units: units, instansi: portal.instansi)
        context.instansi = tree.instansiOf[slug]
        if let instansi = context.instansi {
            context.instrument = loadInstrument(of: instansi, portal: portal, tree: tree, units: units)
            if context.instrument != .standard { ziInstruments[slug] = context.instrument }
        }
        (context.services, context.serviceNames) = loadServiceSlugs(unitFolder: unitFolder, unit: slug)
        loadSurveys(folder: ContentPlace.surveys.path(unit: unitFolder), unit: slug, services: Set(context.services), keep: false)
        context.surveyFiles = surveyFiles
        return LoadedUnitContext(context: context, diagnostics: diagnostics, files: files)
    }

    /// The unit `slug` and its parents, each read from the folder of `units/` named as its
    /// slug; nil when one of them is not found there (no such folder, a unit file that cannot
    /// be read or gives another slug). Of two folders that claim one slug, `load()` takes the
    /// first by name: this takes the one named as the slug without looking for the other
    /// (a portal with two is refused by `check` and `build`, `unit.duplicate-slug`).
    mutating func unitChain(of slug: String) -> [WorkUnit]? {
        let folders = Set(children(of: ContentPlace.units.folder, directories: true))
        var chain: [WorkUnit] = []
        var next: String? = slug
        // A parent already on the chain is a cycle: the tree places none of its units.
        while let wanted = next, !chain.contains(where: { $0.slug == wanted }) {
            guard folders.contains(wanted), let unit = loadUnit(folder: ContentPlace.unit.path(unit: wanted), folderName: wanted),
                  unit.slug == wanted else { return nil }
            chain.append(unit)
            next = unit.parent
        }
        return chain
    }

    /// Every unit, read as `load()` reads them (parsed on every core; a slug two folders
    /// claim is the first's), and the name of the folder of the unit `slug`, if any.
    mutating func everyUnit(finding slug: String) -> (units: [WorkUnit], folder: String?) {
        let folders = children(of: ContentPlace.units.folder, directories: true)
        prepare(files: folders.flatMap { folder in
            entries(of: ContentPlace.unit.path(unit: folder)).filter { !$0.isDirectory && Self.isUnitFile($0.name) && Document.format(of: $0.name) != nil }
                .map { ContentPlace.unit.path(unit: folder) + "/" + $0.name }
        })
        var units: [WorkUnit] = []
        var found: String?
        for name in folders {
            guard let unit = loadUnit(folder: ContentPlace.unit.path(unit: name), folderName: name) else { continue }
            units.append(unit)
            if unit.slug == slug { found = name }
        }
        prepared.removeAll()
        return (units, found)
    }

    /// The statements of `zona-integritas/<instansi>.*`, read and decoded as
    /// `loadZonaIntegritas` does (of two files of the instansi, the first by name).
    mutating func loadInstrument(of instansi: String, portal: Portal, tree: UnitTree, units: [WorkUnit]) -> ZIInstrument {
        let folder = ContentPlace.zonaIntegritas.folder
        let name = children(of: folder, directories: false).first { name in
            let format = Document.format(of: name)
            return (format == .yaml || format == .json) && PathText.deletingExtension(name) == instansi
        }
        guard let name, let document = read("\(folder)/\(name)") else { return .standard }
        defer { collect(document) }
        let unplaced = unusable.units.union(Set(units.map(\.slug)).subtracting(tree.instansiOf.keys))
        let decoder = ZIRecordDecoder(context: document.context, instansi: instansi, tree: tree, unplaced: unplaced, date: referenceDate)
        return decoder.decode(document.root)?.instrument ?? .standard
    }

    /// The slugs of the services in a unit's `layanan/` that decode, the first of a slug
    /// taken twice, as `loadUnitFolder` keeps them; the files that could not be used are
    /// recorded in `unusable` (a survey result of one of them is not reported again).
    mutating func loadServiceSlugs(unitFolder: String, unit: String) -> ([String], [String: String]) {
        let folder = ContentPlace.unit.path(unit: unitFolder)
        var broken: Set<String> = []
        if let misnamed = misnamedFolder(ContentPlace.services.name, in: folder, place: .unit) {
            for name in children(of: "\(folder)/\(misnamed)", directories: false) where Document.format(of: name) != nil {
                broken.insert(PathText.deletingExtension(name))
            }
        }
        let servicesFolder = "\(folder)/\(ContentPlace.services.name)"
        let paths = children(of: servicesFolder, directories: false).filter(ContentPlace.services.reads(file:)).map { "\(servicesFolder)/\($0)" }
        prepare(files: paths)
        var slugs: [String] = []
        var names: [String: String] = [:]
        for relative in paths {
            let base = PathText.deletingExtension(PathText.lastComponent(relative))
            guard let document = read(relative) else { broken.insert(base); continue }
            let service = ServiceDecoder.decode(document, unit: unit, fileSlug: base, date: referenceDate)
            collect(document)
            guard let service else { broken.insert(base); continue }
            if !slugs.contains(service.slug) {
                slugs.append(service.slug)
                names[service.slug] = service.name
            }
        }
        prepared.removeAll()
        unusable.services[unit] = broken
        return (slugs, names)
    }
}
