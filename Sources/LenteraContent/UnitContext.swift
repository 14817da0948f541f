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
    /// The slug of every unit that could be read, in the order of their folders.
    public var units: [String]
    /// The unit asked for; nil when no unit has its slug.
    public var unit: WorkUnit?
    /// The name of the unit's folder in `units/`, which may differ from its slug (the unit
    /// file's `slug` field).
    public var folderName: String?
    /// The slugs of the unit's services that could be read, in the order of their files.
    public var services: [String] = []
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
    /// Reads what one unit's survey result depends on, and nothing of the other units but
    /// their unit files: `portal.yaml`; every `units/*/unit.*` (a unit is found by its
    /// slug, which its folder's name need not be, and its instansi through the unit files
    /// of its ancestors; a slug two folders claim belongs to the first, as in `load()`);
    /// the unit's `layanan/` and `survei/`; the one `zona-integritas/<instansi>.yaml` of its
    /// instansi. Each is read and decoded as `load()` does, with the same diagnostics; what
    /// `load()` reports about the rest of the portal is not looked for.
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

        // Every unit file, parsed on every core as `load()` parses them: small files.
        let folders = children(of: ContentPlace.units.folder, directories: true)
        prepare(files: folders.flatMap { folder in
            entries(of: ContentPlace.unit.path(unit: folder)).filter { !$0.isDirectory && Self.isUnitFile($0.name) && Document.format(of: $0.name) != nil }
                .map { ContentPlace.unit.path(unit: folder) + "/" + $0.name }
        })
        var units: [WorkUnit] = []
        var unitFolder: String?
        for name in folders {
            // `loadUnit` refuses a slug an earlier folder took.
            guard let unit = loadUnit(folder: ContentPlace.unit.path(unit: name), folderName: name) else { continue }
            units.append(unit)
            if unit.slug == slug { unitFolder = name }
        }
        prepared.removeAll()
        guard let portal else { return LoadedUnitContext(context: nil, diagnostics: diagnostics, files: files) }

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
        context.services = loadServiceSlugs(unitFolder: unitFolder, unit: slug)
        loadSurveys(folder: ContentPlace.surveys.path(unit: unitFolder), unit: slug, services: Set(context.services), keep: false)
        context.surveyFiles = surveyFiles
        return LoadedUnitContext(context: context, diagnostics: diagnostics, files: files)
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
    mutating func loadServiceSlugs(unitFolder: String, unit: String) -> [String] {
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
        for relative in paths {
            let base = PathText.deletingExtension(PathText.lastComponent(relative))
            guard let document = read(relative) else { broken.insert(base); continue }
            let service = ServiceDecoder.decode(document, unit: unit, fileSlug: base, date: referenceDate)
            collect(document)
            guard let service else { broken.insert(base); continue }
            if !slugs.contains(service.slug) { slugs.append(service.slug) }
        }
        prepared.removeAll()
        unusable.services[unit] = broken
        return slugs
    }
}
