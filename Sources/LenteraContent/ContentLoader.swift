import Foundation
import LenteraDiagnostics
import LenteraDomain
import LenteraFiles

/// The result of loading a content folder: the model (nil when the portal settings could
/// not be read) and every diagnostic found on the way.
public struct LoadedContent: Sendable {
    public var content: PortalContent?
    public var diagnostics: [Diagnostic]
    /// Every file read, relative to the content folder, sorted.
    public var files: [String]
    /// The file each free page was read from, by the page's slug, as diagnostics name it.
    public var pageFiles: [String: String] = [:]
    /// The file of each survey result, relative to the content folder.
    public var surveyFiles: [SurveyKey: String] = [:]
    /// Markdown texts that may hold links, with their place and page (for the link check).
    public var markdown: [MarkdownSource] = []
    /// What the next load may take instead of reading each service file again: every
    /// service decoded for a unit that was read, whose file had settled before the load
    /// began (`ContentStamp.settled(before:)`), whether read now or taken from the cache.
    /// Empty unless the load was given a cache (`ContentLoader.decodedCache`) or asked
    /// for the entries.
    public var serviceCacheEntries: [CachedService] = []
    /// How many services were taken from the cache, their files not read.
    public var servicesFromCache = 0
    /// The survey results for the next load, as `serviceCacheEntries` are (whether the
    /// load was streamed or not).
    public var surveyCacheEntries: [CachedSurvey] = []
    /// How many survey results were taken from the cache, their files not read.
    public var surveysFromCache = 0
    /// The SOPs and performance reports for the next load, likewise, and how many were
    /// taken from the cache.
    public var sopCacheEntries: [CachedSOP] = []
    public var sopsFromCache = 0
    public var performanceCacheEntries: [CachedPerformance] = []
    public var performanceFromCache = 0
    /// A streamed load: the digest of what the skeleton was made from (`digest(listings:
    /// false)` when services began to stream), and, per unit that was read (by slug), the
    /// digest of its folder — every file in it (a service by its elided standard) and every
    /// listing of it. A unit's own pages (its page, its maklumat, its SOPs) are made from
    /// those two alone.
    public var skeletonDigest: UInt64?
    public var unitDigests: [String: UInt64] = [:]
    /// A digest of everything the load read: each file's path and the hash of its bytes, and
    /// every folder listing. Two loads with the same digest (and the same day) gave the same
    /// content: the build's fingerprint of the pages made from all of it.
    public var digest: UInt64 = 0
    /// Whether the load went through a symbolic link (a file or folder of the content that
    /// is a link to another place inside it): one file's bytes may then make several pages.
    public var followedLinks = false
}

/// What makes a survey result one of a kind: unit, kind, period and service.
public struct SurveyKey: Hashable, Sendable {
    public var unit: String
    public var kind: SurveyKind
    public var period: SurveyPeriod
    public var service: String?

    public init(_ result: SurveyResult) {
        unit = result.unit
        kind = result.kind
        period = result.period
        service = result.service
    }
}

/// The load phase: reads a content folder into the domain model.
///
/// Layout (see docs/content.md): where each kind of file lives is the table of content kinds
/// (`ContentKinds.all`, walked as `ContentPlace`s): `portal.yaml`; `units/<slug>/unit.md`,
/// `maklumat.md`, `spbe.yaml`, `layanan/`, `survei/`, `kinerja/`, `sop/`; `pages/<slug>.md`;
/// `zona-integritas/<instansi>.yaml`.
public struct ContentLoader: Sendable {
    /// The content folder.
    public let root: URL
    /// How the folder is named in diagnostics (as the user gave it, e.g. `content`).
    public let displayRoot: String

    /// The day the portal is judged for (`--date`): what is due by then and was not done
    /// is reported. Nil: nothing that depends on the day is reported.
    public var date: CalendarDate?

    /// Files read as if they were in the folder, by path relative to it (`units/a/unit.md`
    /// → its bytes): listed where they would be (their folders too, when those do not
    /// exist) and read from here instead of the disk. The browser editor checks a file
    /// before it writes it this way: the same load, with nothing written.
    public var overlay: [String: [UInt8]] = [:]

    /// Files decoded by an earlier load (`ContentCache`): a streamed load takes a service
    /// from here instead of reading its file when the file's stamp is the one stored and
    /// the stream needs nothing more of it (`ServiceStream.unchanged`), and a survey
    /// result when its file's stamp is the one stored and it would be decoded the same way.
    public var decodedCache: ContentCache?
    /// Whether the load gathers `LoadedContent.serviceCacheEntries` and
    /// `surveyCacheEntries` (a build that will keep them for the next one).
    public var gathersCache = false
    /// How long before the load a service file must have last changed (nanoseconds) to be
    /// kept in the cache: `ContentStamp.settling`; a test whose files are all new sets less.
    public var cacheSettling = ContentStamp.settling

    public init(root: URL, displayRoot: String? = nil, date: CalendarDate? = nil) {
        self.root = root
        self.displayRoot = displayRoot ?? root.path
        self.date = date
    }

    /// One service file of a unit that a load read, read and decoded as the load does
    /// (`relative`: its path in the content folder, `unit`: the unit's slug): the standard
    /// whole, and what the cache would keep of it (its stamp as it was read). Nil when the
    /// file is not a plain file of the folder, or cannot be read or decoded (a build then
    /// says why). What `SiteBuilder.update` brings one page up to date from.
    public func decodeService(_ relative: String, unit: String) -> (service: ServiceStandard, entry: CachedService)? {
        guard let folder = ClosedFolder(resolving: root.path) else { return nil }
        var run = LoadRun(root: root, displayRoot: displayRoot)
        run.referenceDate = date
        run.folder = folder
        var info = stat()
        let name = PathText.lastComponent(relative)
        guard lstat(run.openPath(relative), &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
              case (let document?, let stamp?) = run.readStamped(relative),
              let decoded = ServiceDecoder.decode(document, unit: unit, fileSlug: PathText.deletingExtension(name), date: date),
              let hash = run.fileHashes[relative] else { return nil }
        let kept = run.cacheable(decoded, from: document, unit: unit, folder: PathText.containingFolder(relative))
        return (decoded, CachedService(path: relative, unit: unit, stamp: stamp, hash: hash, location: kept.location, service: kept.elided,
                                       digest: kept.digest, diagnostics: document.context.diagnostics, markdown: kept.markdown))
    }

    public func load() -> LoadedContent {
        var run = LoadRun(root: root, displayRoot: displayRoot)
        run.referenceDate = date
        run.overlay = overlay
        return run.load()
    }

    /// Loads with services streamed: once the portal, the pages and every unit are read,
    /// `start` is given that skeleton (no services, surveys or other unit files yet), with
    /// the digest of every file and listing read so far (what the skeleton was made from),
    /// and returns what each service is handed to as soon as it is decoded — concurrently,
    /// from several threads, and only for services of units that were read. The content then
    /// keeps each service elided (`ServiceStandard.elidingBodies`), so memory does not grow
    /// with the text of the standards. When `start` returns nil, services are kept whole.
    public func load(streamingServices start: @escaping (_ skeleton: PortalContent, _ digest: UInt64) -> ServiceStream?) -> LoadedContent {
        var run = LoadRun(root: root, displayRoot: displayRoot)
        run.referenceDate = date
        run.overlay = overlay
        run.streamStart = start
        // The cache is for files on disk: a load that checks an edit (the overlay) reads them.
        if overlay.isEmpty {
            run.decodedCache = decodedCache
            run.gathersCache = gathersCache || decodedCache != nil
            run.cacheSettling = cacheSettling
        }
        return run.load()
    }
}

/// Receives each decoded service of a streamed load, with the file it was read from;
/// called concurrently.
public typealias ServiceSink = @Sendable (ServiceStandard, ServiceSource) -> Void

/// Where a streamed load's services go.
public struct ServiceStream: Sendable {
    /// Each service decoded from its file, whole.
    public var decoded: ServiceSink
    /// A service taken from the cache (elided), its file unchanged: true when nothing more is
    /// needed of it (its page already made, and taken as it is); false, and the file is
    /// read and decoded and handed to `decoded` like any other. Called concurrently.
    public var unchanged: @Sendable (ServiceStandard, ServiceSource) -> Bool

    public init(decoded: @escaping ServiceSink, unchanged: @escaping @Sendable (ServiceStandard, ServiceSource) -> Bool = { _, _ in false }) {
        self.decoded = decoded
        self.unchanged = unchanged
    }
}

/// The file a streamed service was decoded from.
public struct ServiceSource: Sendable {
    /// Relative to the content folder.
    public var path: String
    /// The hash of its bytes (`ContentHasher`).
    public var hash: UInt64

    public init(path: String, hash: UInt64) {
        self.path = path
        self.hash = hash
    }
}

/// The state of one load.
struct LoadRun {
    let root: URL
    let displayRoot: String
    /// `ContentLoader.date`.
    var referenceDate: CalendarDate?
    var diagnostics: [Diagnostic] = []
    var files: [String] = []
    /// Files of `berkas/` folders refused with an error of their own (`PortalContent.refusedAttachments`).
    var refusedAttachments: Set<String> = []
    /// Where each unit was defined, for problems found when units are put together.
    var unitFiles: [String: Document] = [:]
    /// Where each free page was defined (slug → path relative to the content folder).
    var pageFiles: [String: String] = [:]
    var surveySettings = SurveySettings()
    /// The Zona Integritas statements of each unit whose instansi adds its own (by unit slug).
    var ziInstruments: [String: ZIInstrument] = [:]
    var surveys: [SurveyResult] = []
    var surveyAnalyses: [SurveyAnalysis] = []
    var surveyFiles: [SurveyKey: String] = [:]
    /// Files outside their usual place, for reports that name the file to write.
    var sourceFiles = SourceFiles()
    /// Entries refused when their folder was listed (a link out of the folder): reported
    /// there, so nothing that needs them is reported again.
    var refusedFiles: Set<String> = []
    var performance: [PerformanceReport] = []
    var spbe: [SPBEArchitecture] = []
    var sops: [StandardOperatingProcedure] = []
    /// Files of the current batch of unit folders, read and parsed ahead on every core
    /// (see `prepare`); `read` takes them from here.
    var prepared: [String: PreparedFile] = [:]
    /// Services of the current batch decoded ahead (and, streamed, handed on), by file.
    var preparedServices: [String: ServiceStandard?] = [:]
    /// Services of the current batch taken from the cache instead of their files, by file.
    var cachedServices: [String: CachedService] = [:]
    /// Survey results of the current batch decoded ahead, by file (nil: not decodable).
    var preparedSurveys: [String: SurveyResult?] = [:]
    /// Survey results, SOPs and performance reports of the current batch taken from the
    /// cache instead of their files, by file (`takeCached(_:as:)`).
    var cachedFiles: [String: any CachedFile] = [:]
    /// Streamed loads: how to start, and where services go once started.
    var streamStart: ((PortalContent, UInt64) -> ServiceStream?)?
    /// `ContentLoader.decodedCache`, `gathersCache`, and what is gathered.
    var decodedCache: ContentCache?
    var gathersCache = false
    var serviceCacheEntries: [CachedService] = []
    var cacheSettling = ContentStamp.settling
    var servicesFromCache = 0
    var surveyCacheEntries: [CachedSurvey] = []
    var surveysFromCache = 0
    var sopCacheEntries: [CachedSOP] = []
    var sopsFromCache = 0
    var performanceCacheEntries: [CachedPerformance] = []
    var performanceFromCache = 0
    /// The digest of what a survey result's decoding takes besides its file, by unit slug
    /// (`surveyContext`); set once the Zona Integritas files are read.
    var surveyContexts: [String: UInt64] = [:]
    /// The digest of each service file's elided standard (`ContentCache.elidedDigest`): the
    /// whole content's digest takes it instead of the file's hash.
    var serviceDigests: [String: UInt64] = [:]
    /// `LoadedContent.skeletonDigest`.
    var skeletonDigest: UInt64?
    /// When the load began (`ContentStamp.now()`): a file changed since, or just before,
    /// is not kept in the cache (`ContentStamp.settled(before:)`).
    let started = ContentStamp.now()
    /// The hash of each file read, by path relative to the content folder (a file that
    /// could not be read has a random one: nothing made from it is ever reused).
    var fileHashes: [String: UInt64] = [:]
    var sink: ServiceStream?
    /// Each unit folder's unit, read before the rest of the folders (nil: not usable).
    var unitOfFolder: [String: WorkUnit?] = [:]
    /// What exists but could not be used: a reference to it is not reported again.
    var unusable = Unusable()
    /// Markdown texts that may hold links (`recordMarkdown`).
    var markdownSources: [MarkdownSource] = []
    /// Folder listings, each read once.
    var listings: [String: [FolderEntry]] = [:]
    /// The content folder, resolved: what entries are judged against (set by `load`).
    var folder: ClosedFolder!
    /// The resolved target of each symbolic link listed (inside the folder), by relative
    /// path: what is opened for it.
    var linkTargets: [String: String] = [:]
    /// `ContentLoader.overlay`.
    var overlay: [String: [UInt8]] = [:]

    init(root: URL, displayRoot: String) {
        self.root = root
        self.displayRoot = displayRoot
    }

    func display(_ relative: String) -> String {
        displayRoot.isEmpty || displayRoot == "." ? relative : (displayRoot.hasSuffix("/") ? displayRoot + relative : displayRoot + "/" + relative)
    }

    mutating func load() -> LoadedContent {
        // The folder's own path is resolved once (it may be reached through links); every
        // entry is judged against the resolved path.
        guard let folder = ClosedFolder(resolving: root.path) else {
            diagnostics.append(.error("content.folder-missing", at: nil, Message("content.folder-missing", ["folder": .text(displayRoot)]),
                                      advice: Message("content.folder-missing.hint")))
            return LoadedContent(content: nil, diagnostics: diagnostics, files: [])
        }
        self.folder = folder

        let portal = loadPortal()
        surveySettings = portal?.survey ?? SurveySettings()
        var units: [WorkUnit] = []
        var services: [ServiceStandard] = []
        var maklumat: [Maklumat] = []
        let folders = children(of: ContentPlace.units.folder, directories: true)
        // First the units (small files, parsed on every core) and the free pages: all a
        // service's page needs besides the service itself.
        prepare(files: folders.flatMap { folder in
            entries(of: ContentPlace.unit.path(unit: folder)).filter { !$0.isDirectory && Self.isUnitFile($0.name) && Document.format(of: $0.name) != nil }
                .map { ContentPlace.unit.path(unit: folder) + "/" + $0.name }
        })
        for folder in folders {
            let unit = loadUnit(folder: ContentPlace.unit.path(unit: folder), folderName: folder)
            unitOfFolder[folder] = .some(unit)
            if let unit {
                units.append(unit)
                sourceFiles.recordUnit(unit.slug, folder: ContentPlace.unit.path(unit: folder))
            }
        }
        prepared.removeAll()
        // The Zona Integritas files need only the units, and the survey results of a unit
        // must answer the statements its instansi's file declares.
        let zonaIntegritas = loadZonaIntegritas(portal: portal, units: units)
        let instansiOf = UnitTree.build(units: units, instansi: portal?.instansi ?? []).tree.instansiOf
        for record in zonaIntegritas where record.instrument != .standard {
            for (unit, instansi) in instansiOf where instansi == record.instansi { ziInstruments[unit] = record.instrument }
        }
        surveyContexts = surveyContexts(units: units, instansiOf: instansiOf)
        let pages = loadPages()
        // Before any page is rendered: texts link to these files.
        let attachments = loadAttachments(unitFolders: folders)
        if let portal, let streamStart {
            var skeleton = PortalContent(portal: portal, units: units, pages: pages)
            skeleton.attachments = attachments
            skeleton.files = sourceFiles
            // The skeleton is made from the files read so far alone (the unit files, the
            // portal's settings, the free pages, the attachments' first bytes), each named by
            // its path: which folders exist beside them (a unit's new `survei/`) does not reach it.
            let skeletonDigest = digest(listings: false)
            self.skeletonDigest = skeletonDigest
            sink = streamStart(skeleton, skeletonDigest)
        }
        // Then the rest of the unit folders in batches: each batch's files are read, parsed
        // and (services) decoded on every core — and, streamed, each service handed on —
        // then put together in order on one; memory holds one batch of parsed files.
        let batches = stride(from: 0, to: folders.count, by: Self.batchSize).map { Array(folders[$0..<min($0 + Self.batchSize, folders.count)]) }
        var pending = batches.first.map { startPreparing($0) }
        for (number, batch) in batches.enumerated() {
            let ready = pending!.wait()
            // The next batch is read on the other cores while this one is put together.
            pending = number + 1 < batches.count ? startPreparing(batches[number + 1]) : nil
            take(ready)
            for folder in batch {
                loadUnitFolder(folder, services: &services, maklumat: &maklumat)
            }
            prepared.removeAll()
            preparedServices.removeAll()
            cachedServices.removeAll()
            preparedSurveys.removeAll()
            cachedFiles.removeAll()
        }
        for name in children(of: "", directories: false) where !ContentPlace.root.reads(file: name) {
            unread(file: name, in: .root)
        }
        for name in children(of: "", directories: true) where !(ContentPlace.root.folders ?? []).contains(name) && name != Attachment.folderName {
            unread(folder: name, in: .root)
        }
        for name in children(of: ContentPlace.units.folder, directories: false) {
            unread(file: "\(ContentPlace.units.folder)/\(name)", in: .units)
        }
        for place in ContentPlace.root.childPlaces {
            unreadFolders(in: place.folder, place: place)
        }

        guard let portal else {
            return LoadedContent(content: nil, diagnostics: diagnostics, files: files.sorted())
        }
        var content = PortalContent(portal: portal, units: units, services: services, maklumat: maklumat, pages: pages,
                                    surveys: surveys, surveyAnalyses: surveyAnalyses, zonaIntegritas: zonaIntegritas, sops: sops)
        content.performance = performance
        content.spbe = spbe
        content.files = sourceFiles
        content.attachments = attachments
        content.refusedAttachments = refusedAttachments
        validate(&content)
        var loaded = LoadedContent(content: content, diagnostics: diagnostics, files: files.sorted(), pageFiles: pageFiles.mapValues(display),
                                   surveyFiles: surveyFiles, markdown: markdownSources)
        loaded.digest = digest()
        loaded.followedLinks = !linkTargets.isEmpty
        loaded.serviceCacheEntries = serviceCacheEntries
        loaded.servicesFromCache = servicesFromCache
        loaded.surveyCacheEntries = surveyCacheEntries
        loaded.surveysFromCache = surveysFromCache
        loaded.sopCacheEntries = sopCacheEntries
        loaded.sopsFromCache = sopsFromCache
        loaded.performanceCacheEntries = performanceCacheEntries
        loaded.performanceFromCache = performanceFromCache
        loaded.skeletonDigest = skeletonDigest
        loaded.unitDigests = unitDigests()
        return loaded
    }

    /// The digest of every file read so far (path and hash, in path order) and, with
    /// `listings`, every folder listed (its path and its entries' names and kinds).
    ///
    /// A service file of a unit that was read counts by its elided standard
    /// (`serviceDigests`), not its bytes: the pages other than its own are made from that
    /// alone (a streamed load keeps nothing else of it), so an edit to a requirement's text
    /// changes its own page and none of the others.
    func digest(listings withListings: Bool = true) -> UInt64 {
        var hasher = ContentHasher()
        for path in fileHashes.keys.sorted() { combine(file: path, into: &hasher) }
        for folder in withListings ? listings.keys.sorted() : [] { combine(listing: folder, into: &hasher) }
        return hasher.finalize()
    }

    /// A file read, into a digest: its path, and the hash of its bytes or, a service of a
    /// unit that was read, the digest of its elided standard.
    func combine(file path: String, into hasher: inout ContentHasher) {
        hasher.combine(path)
        if let service = serviceDigests[path] {
            hasher.combine(2)
            hasher.combine(service)
        } else {
            hasher.combine(1)
            hasher.combine(fileHashes[path]!)
        }
    }

    /// A folder listed, into a digest: its path and its entries' names and kinds.
    func combine(listing folder: String, into hasher: inout ContentHasher) {
        hasher.combine(folder)
        for entry in listings[folder]! {
            hasher.combine(entry.name)
            hasher.combine(entry.isDirectory ? 1 : 0)
        }
    }

    /// The digest of each unit's folder (by the unit's slug): every file read in it (path,
    /// and hash or elided standard, as `digest` counts them) and every folder listed in it.
    func unitDigests() -> [String: UInt64] {
        let units = ContentPlace.units.folder + "/"
        var files: [String: [String]] = [:], folders: [String: [String]] = [:]
        // The unit folder's name, between `units/` and the next slash (looked for among the
        // bytes: every file and folder read is asked).
        func folderName(_ path: String) -> String? {
            guard path.hasPrefix(units) else { return nil }
            let start = path.utf8.index(path.utf8.startIndex, offsetBy: units.utf8.count)
            let end = path.utf8[start...].firstIndex(of: UInt8(ascii: "/")) ?? path.utf8.endIndex
            return start == end ? nil : String(path[start..<end])
        }
        for path in fileHashes.keys { if let name = folderName(path) { files[name, default: []].append(path) } }
        for path in listings.keys { if let name = folderName(path) { folders[name, default: []].append(path) } }
        var digests: [String: UInt64] = [:]
        for (name, unit) in unitOfFolder {
            guard let unit else { continue }
            var hasher = ContentHasher()
            hasher.combine(name)
            for path in (files[name] ?? []).sorted() { combine(file: path, into: &hasher) }
            for folder in (folders[name] ?? []).sorted() { combine(listing: folder, into: &hasher) }
            digests[unit.slug] = hasher.finalize()
        }
        return digests
    }

    // MARK: - Files

    /// Names in a folder (relative to the content root), sorted, hidden ones left out.
    mutating func children(of relative: String, directories: Bool) -> [String] {
        entries(of: relative).filter { $0.isDirectory == directories }.map(\.name)
    }

    /// A folder's entries, sorted, hidden ones left out; read once per load. Entries that
    /// may not be read (links leading outside, dangling links, loops, special files) are
    /// reported here, once, and left out. A folder that its own folder's listing did not
    /// accept (a link leading outside…) has no entries: it is never listed through.
    mutating func entries(of relative: String) -> [FolderEntry] {
        if let known = listings[relative] { return known }
        if !relative.isEmpty {
            let name = PathText.lastComponent(relative), parent = PathText.parent(relative)
            guard entries(of: parent).contains(where: { $0.isDirectory && $0.name == name }) else {
                listings[relative] = []
                return []
            }
        }
        let (found, refused) = folder.list(relative)
        let prefix = relative.isEmpty ? "" : relative + "/"
        for (name, problem) in refused {
            // The empty name is the folder itself, which could not be read.
            let path = name.isEmpty ? (relative.isEmpty ? "." : relative) : prefix + name
            diagnostics.append(problem.diagnostic(at: display(path), area: "content"))
            refusedFiles.insert(path)
        }
        var listed = found
        if !overlay.isEmpty { listed = overlaid(found, in: relative) }
        for entry in listed where entry.target != nil { linkTargets[prefix + entry.name] = entry.target }
        listings[relative] = listed
        return listed
    }

    /// A folder's entries with the overlay's files in it (one on disk of the same name
    /// replaced), and the folders on the way to deeper ones.
    func overlaid(_ found: [FolderEntry], in relative: String) -> [FolderEntry] {
        var entries = found
        let prefix = relative.isEmpty ? "" : relative + "/"
        for path in overlay.keys where path.hasPrefix(prefix) {
            let rest = path.dropFirst(prefix.count)
            guard let name = rest.split(separator: "/", omittingEmptySubsequences: false).first.map(String.init), !name.isEmpty else { continue }
            let isDirectory = rest.count > name.count
            entries.removeAll { $0.name == name && (!isDirectory || !$0.isDirectory) }
            if !entries.contains(where: { $0.name == name }) { entries.append(FolderEntry(name: name, isDirectory: isDirectory)) }
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// A file of the overlay, or the file on disk, read and parsed.
    func preparedFile(_ relative: String) -> PreparedFile {
        if let bytes = overlay[relative] { return PreparedFile(bytes: bytes, display: display(relative)) }
        return PreparedFile(path: openPath(relative), display: display(relative))
    }

    /// The path to open for a listed file: its link's target, or its place in the folder.
    func openPath(_ relative: String) -> String {
        linkTargets[relative] ?? folder.absolute(relative)
    }

    mutating func read(_ relative: String) -> Document? {
        readStamped(relative).document
    }

    /// `read`, with what `fstat` said of the file as it was opened (nil for the overlay's).
    mutating func readStamped(_ relative: String) -> (document: Document?, stamp: ContentStamp?) {
        files.append(relative)
        let file = prepared.removeValue(forKey: relative) ?? preparedFile(relative)
        fileHashes[relative] = file.hash ?? .random(in: 0...UInt64.max)
        // A usable document's diagnostics are collected after it is decoded (`collect`).
        if file.document == nil { diagnostics += file.problems }
        return (file.document, file.stamp)
    }

    /// A file taken from the cache instead of being read: counted as read, with the hash of
    /// its bytes and the diagnostics reading it gave.
    mutating func takeCached(_ relative: String, hash: UInt64, diagnostics found: [Diagnostic]) {
        files.append(relative)
        fileHashes[relative] = hash
        diagnostics += found
    }

    /// The current batch's cache entry of a file (a survey result, an SOP, a performance
    /// report), taken as the file read (`takeCached(_:hash:diagnostics:)`); nil when the file
    /// is to be read.
    mutating func takeCached<Entry: CachedFile>(_ relative: String, as kind: Entry.Type) -> Entry? {
        guard let entry = cachedFiles.removeValue(forKey: relative) as? Entry else { return nil }
        takeCached(relative, hash: entry.hash, diagnostics: entry.diagnostics)
        return entry
    }

    /// A decoded service as the cache keeps it: where it begins, its texts that may hold
    /// links (not added to the load's), the standard elided and the digest of that.
    mutating func cacheable(_ decoded: ServiceStandard, from document: Document, unit: String,
                            folder: String) -> (location: SourceLocation, markdown: [MarkdownSource], elided: ServiceStandard, digest: UInt64) {
        let recordedBefore = markdownSources.count
        recordMarkdown(document, page: .service(unit: unit, slug: decoded.slug), folder: folder, values: true)
        let markdown = Array(markdownSources[recordedBefore...])
        markdownSources.removeLast(markdown.count)
        let elided = decoded.elided == nil ? decoded.elidingBodies() : decoded
        return (document.context.location(nil), markdown, elided, ContentCache.elidedDigest(of: elided))
    }

    /// How many unit folders are prepared at once.
    static let batchSize = 8

    /// Reads and parses every content file of the given unit folders but their `unit.*`
    /// (read before) concurrently, and decodes their services for their unit.
    /// A decoded service of a unit that was read, streamed: handed to the sink, and kept
    /// elided.
    func handOn(_ service: ServiceStandard, from relative: String) -> ServiceStandard {
        guard let sink else { return service }
        sink.decoded(service, ServiceSource(path: relative, hash: fileHashes[relative] ?? .random(in: 0...UInt64.max)))
        return service.elidingBodies()
    }

    /// Reads and parses the given files concurrently (`read` takes them from `prepared`).
    mutating func prepare(files paths: [String]) {
        let opens = paths.map(openPath)
        let displays = paths.map(display)
        let overlaid = paths.map { overlay[$0] }
        let results = ConcurrentResults<PreparedFile>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            results.set(index, overlaid[index].map { PreparedFile(bytes: $0, display: displays[index]) }
                ?? PreparedFile(path: opens[index], display: displays[index]))
        }
        for (index, path) in paths.enumerated() { prepared[path] = results.take(index) }
    }

    /// Lists a batch's files (here, on the loading thread: listings are kept in `self`),
    /// then reads, parses and decodes them on every core in the background. The loading
    /// thread puts the previous batch together meanwhile, so both cores stay busy.
    mutating func startPreparing(_ folders: [String]) -> PendingBatch {
        var found: [String] = []
        var unitOfService: [String: (slug: String, streamed: Bool)] = [:]
        // Survey results are decoded ahead too, for the unit they are read for (`loadSurveys`).
        var unitOfSurvey: [String: String] = [:]
        // SOPs and performance reports of units that were read may be taken from the cache.
        var unitOfSOP: [String: String] = [:], unitOfReport: [String: String] = [:]
        for folder in folders {
            let base = ContentPlace.unit.path(unit: folder)
            for entry in entries(of: base) {
                if entry.isDirectory {
                    guard (ContentPlace.unit.folders ?? []).contains(entry.name) else { continue }
                    for child in entries(of: "\(base)/\(entry.name)") where !child.isDirectory && Document.format(of: child.name) != nil {
                        let path = "\(base)/\(entry.name)/\(child.name)"
                        found.append(path)
                        if entry.name == ContentPlace.services.name {
                            let unit = unitOfFolder[folder] ?? nil
                            unitOfService[path] = (unit?.slug ?? folder, unit != nil)
                        } else if entry.name == ContentPlace.surveys.name, [.yaml, .json].contains(Document.format(of: child.name)) {
                            let unit = unitOfFolder[folder] ?? nil
                            unitOfSurvey[path] = unit?.slug ?? folder
                        } else if entry.name == ContentPlace.sops.name, let unit = unitOfFolder[folder] ?? nil {
                            unitOfSOP[path] = unit.slug
                        } else if entry.name == ContentPlace.performance.name, let unit = unitOfFolder[folder] ?? nil {
                            unitOfReport[path] = unit.slug
                        }
                    }
                } else if Document.format(of: entry.name) != nil, !Self.isUnitFile(entry.name) {
                    found.append("\(base)/\(entry.name)")
                }
            }
        }
        let paths = found, serviceUnit = unitOfService, sink = sink, referenceDate = referenceDate
        let surveyUnit = unitOfSurvey, settings = surveySettings, instruments = ziInstruments
        let opens = paths.map(openPath), displays = paths.map(display), overlaid = paths.map { overlay[$0] }
        // A service's cache entry, when its file is a plain file of the folder (not a link,
        // not the overlay's) and was decoded for the same unit.
        let cached: [CachedService?] = paths.map { path in
            guard let cache = decodedCache, let unit = serviceUnit[path], unit.streamed, overlay[path] == nil, linkTargets[path] == nil,
                  let entry = cache.entries[path], entry.unit == unit.slug else { return nil }
            return entry
        }
        // A survey result's, an SOP's or a performance report's, likewise, decoded for the same
        // unit (a survey result, in the same context).
        let cachedFile: [(any CachedFile)?] = paths.map { path in
            guard let cache = decodedCache, overlay[path] == nil, linkTargets[path] == nil else { return nil }
            if let unit = surveyUnit[path], let entry = cache.surveys[path], entry.unit == unit, entry.context == surveyContexts[unit] { return entry }
            if let unit = unitOfSOP[path], let entry = cache.sops[path], entry.unit == unit { return entry }
            if let unit = unitOfReport[path], let entry = cache.performance[path], entry.unit == unit { return entry }
            return nil
        }
        let pending = PendingBatch()
        DispatchQueue.global().async {
            let results = ConcurrentResults<PreparedEntry>(count: paths.count)
            DispatchQueue.concurrentPerform(iterations: paths.count) { index in
                let path = paths[index]
                // Unchanged since it was cached, and its page needs nothing of it: not read.
                if let entry = cached[index], let sink, ContentStamp(path: opens[index]) == entry.stamp,
                   sink.unchanged(entry.service, ServiceSource(path: path, hash: entry.hash)) {
                    results.set(index, .cached(entry))
                    return
                }
                if let entry = cachedFile[index], ContentStamp(path: opens[index]) == entry.stamp {
                    results.set(index, .cachedFile(entry))
                    return
                }
                let file = overlaid[index].map { PreparedFile(bytes: $0, display: displays[index]) }
                    ?? PreparedFile(path: opens[index], display: displays[index])
                var service: ServiceStandard?? = nil
                if let unit = serviceUnit[path], let document = file.document {
                    let name = PathText.lastComponent(path)
                    var decoded = ServiceDecoder.decode(document, unit: unit.slug, fileSlug: PathText.deletingExtension(name), date: referenceDate)
                    if let whole = decoded, unit.streamed, let sink {
                        sink.decoded(whole, ServiceSource(path: path, hash: file.hash ?? .random(in: 0...UInt64.max)))
                        decoded = whole.elidingBodies()
                    }
                    service = .some(decoded)
                }
                if let unit = surveyUnit[path], let document = file.document {
                    let result = SurveyResultDecoder.decode(document, unit: unit, settings: settings, instrument: instruments[unit] ?? .standard)
                    results.set(index, .survey(file, result))
                    return
                }
                results.set(index, .read(file, service))
            }
            var batch = PreparedBatch()
            for (index, path) in paths.enumerated() {
                switch results.take(index) {
                case .read(let file, let service):
                    batch.files[path] = file
                    if let service { batch.services[path] = service }
                case .cached(let entry):
                    batch.cached[path] = entry
                case .survey(let file, let result):
                    batch.files[path] = file
                    batch.surveys[path] = result
                case .cachedFile(let entry):
                    batch.cachedFiles[path] = entry
                }
            }
            pending.finish(batch)
        }
        return pending
    }

    /// Makes a prepared batch the one `read` and `loadUnitFolder` take files from.
    mutating func take(_ batch: PreparedBatch) {
        prepared = batch.files
        preparedServices = batch.services
        cachedServices = batch.cached
        preparedSurveys = batch.surveys
        cachedFiles = batch.cachedFiles
    }

    /// Finishes a decoder's work: its diagnostics join the run's.
    mutating func collect(_ document: Document) {
        diagnostics += document.context.diagnostics
    }

    /// Whether a file of a unit's folder is its `unit.*` (read before the rest of the folder).
    static func isUnitFile(_ name: String) -> Bool { PathText.deletingExtension(name) == ContentKinds.unit.fileName }

    /// The one file named `<base>` with one of the extensions its kind is read in
    /// (`ContentPlace.extensions(of:)`) in a folder; an error when there are several.
    mutating func single(_ folder: String, base: String, place: ContentPlace) -> String? {
        let present = Set(entries(of: folder).lazy.filter { !$0.isDirectory }.map(\.name))
        let candidates = place.extensions(of: base).map { "\(base).\($0)" }.filter(present.contains)
        if candidates.count > 1 {
            diagnostics.append(.error("content.ambiguous-file", at: SourceLocation(file: display("\(folder)/\(candidates[1])")),
                                      Message("content.ambiguous-file", ["first": .text(candidates[0]), "second": .text(candidates[1]), "folder": .text(folder)]),
                                      advice: Message("content.duplicate-key.hint")))
        }
        return candidates.first.map { "\(folder)/\($0)" }
    }

    /// Every folder inside `folder`, a place that holds files only, is an error.
    mutating func unreadFolders(in folder: String, place: ContentPlace) {
        for name in children(of: folder, directories: true) { unread(folder: "\(folder)/\(name)", in: place) }
    }

    mutating func unknownFile(_ relative: String) {
        diagnostics.append(.warning("content.unknown-file", at: SourceLocation(file: display(relative)),
                                    Message("content.unknown-file", ["file": .text(relative)]),
                                    advice: Message("content.unknown-file.hint")))
    }

    // MARK: - Kinds of file

    mutating func loadPortal() -> Portal? {
        guard let path = single("", base: ContentKinds.portal.fileName!, place: .root).map({ String($0.dropFirst()) }) else {
            // `Portal.yaml`, `portal.yaml.txt`: reported as a file to rename, not as missing.
            if misnamed(ContentKinds.portal.fileName!, in: "", place: .root) { return nil }
            diagnostics.append(.error("portal.missing", at: SourceLocation(file: display("portal.yaml")),
                                      Message("portal.missing"), advice: Message("portal.missing.hint")))
            return nil
        }
        guard let document = read(path) else { return nil }
        defer { collect(document) }
        return PortalDecoder.decode(document, date: referenceDate)
    }

    mutating func loadUnitFolder(_ folderName: String, services: inout [ServiceStandard], maklumat: inout [Maklumat]) {
        let folder = ContentPlace.unit.path(unit: folderName)
        // A unit that cannot be read is left out, but its maklumat and services are still
        // read, so that `check` reports every problem at once rather than one file a run.
        let unit = unitOfFolder[folderName] ?? nil
        let unitSlug = unit?.slug ?? folderName
        if unit != nil { sourceFiles.recordUnit(unitSlug, folder: folder) }

        let maklumatName = ContentKinds.maklumat.fileName!
        let maklumatPath = single(folder, base: maklumatName, place: .unit)
        if maklumatPath != nil || misnamed(maklumatName, in: folder, place: .unit) { unusable.maklumatPresent.insert(unitSlug) }
        if let path = maklumatPath, let document = read(path) {
            if let pledge = MaklumatDecoder.decode(document, unit: unitSlug), unit != nil {
                maklumat.append(pledge)
                recordMarkdown(document, page: .maklumat(unit: unitSlug), folder: folder)
            }
            collect(document)
        }

        var serviceFiles: [String: String] = [:]
        // Services whose file exists but could not be read: named elsewhere, not reported again.
        var brokenServices: Set<String> = []
        // `pelayanan/` for `layanan/`: its services are not read, nor reported unknown elsewhere.
        let servicesFolder = "\(folder)/\(ContentPlace.services.name)"
        if let misnamed = misnamedFolder(ContentPlace.services.name, in: folder, place: .unit) {
            for name in children(of: "\(folder)/\(misnamed)", directories: false) where Document.format(of: name) != nil {
                brokenServices.insert(PathText.deletingExtension(name))
            }
        }
        unreadFolders(in: servicesFolder, place: .services)
        for name in children(of: servicesFolder, directories: false) {
            let relative = "\(servicesFolder)/\(name)"
            guard ContentPlace.services.reads(file: name) else { unread(file: relative, in: .services); continue }
            let service: ServiceStandard, location: SourceLocation, markdown: [MarkdownSource]
            if let entry = cachedServices.removeValue(forKey: relative) {
                // Unchanged since the cache was written: what reading it gave then.
                takeCached(relative, hash: entry.hash, diagnostics: entry.diagnostics)
                (service, location, markdown) = (entry.service, entry.location, entry.markdown)
                serviceDigests[relative] = entry.digest
                serviceCacheEntries.append(entry)
                servicesFromCache += 1
            } else {
                let ahead = preparedServices.removeValue(forKey: relative)
                let (read, stamp) = readStamped(relative)
                guard let document = read else { brokenServices.insert(PathText.deletingExtension(name)); continue }
                let decoded: ServiceStandard?
                if let ahead {
                    decoded = ahead
                } else {
                    decoded = ServiceDecoder.decode(document, unit: unitSlug, fileSlug: PathText.deletingExtension(name), date: referenceDate)
                        .map { unit == nil ? $0 : handOn($0, from: relative) }
                }
                let found = document.context.diagnostics
                collect(document)
                guard let decoded else { brokenServices.insert(PathText.deletingExtension(name)); continue }
                let kept = cacheable(decoded, from: document, unit: unitSlug, folder: servicesFolder)
                (service, location, markdown) = (decoded, kept.location, kept.markdown)
                if unit != nil { serviceDigests[relative] = kept.digest }
                if gathersCache, unit != nil, let stamp, overlay[relative] == nil, linkTargets[relative] == nil {
                    // A file changed just before the load is gathered with no stamp to trust:
                    // kept for this process (`BuildMemory`), never written to the cache.
                    let trusted = stamp.settled(before: started, by: cacheSettling) ? stamp : ContentStamp.unsettled
                    serviceCacheEntries.append(CachedService(path: relative, unit: unitSlug, stamp: trusted, hash: fileHashes[relative]!, location: location,
                                                             service: kept.elided, digest: kept.digest, diagnostics: found, markdown: markdown))
                }
            }
            if let first = serviceFiles[service.slug] {
                diagnostics.append(.error("service.duplicate-slug", at: location,
                                          Message("service.duplicate-slug", ["slug": .text(service.slug), "file": .text(display(first))]),
                                          advice: Message("service.duplicate-slug.hint")))
                continue
            }
            serviceFiles[service.slug] = relative
            if unit != nil {
                sourceFiles.recordService(unit: unitSlug, slug: service.slug, file: relative)
                services.append(service)
                markdownSources += markdown
            }
        }
        unusable.services[unitSlug] = brokenServices
        loadSurveys(folder: ContentPlace.surveys.path(unit: folderName), unit: unitSlug, services: Set(serviceFiles.keys), keep: unit != nil)
        loadPerformance(folder: ContentPlace.performance.path(unit: folderName), unit: unitSlug, keep: unit != nil)
        loadSPBE(folder: folder, unit: unitSlug, services: Set(serviceFiles.keys), keep: unit != nil)
        loadSOPs(folder: ContentPlace.sops.path(unit: folderName), unit: unitSlug, keep: unit != nil)
        for name in children(of: folder, directories: false) where !ContentPlace.unit.reads(file: name) {
            unread(file: "\(folder)/\(name)", in: .unit)
        }
        for name in children(of: folder, directories: true) where !(ContentPlace.unit.folders ?? []).contains(name) && name != Attachment.folderName {
            unread(folder: "\(folder)/\(name)", in: .unit)
        }
        // The services' folder was looked at above, before its files were read.
        for place in ContentPlace.unit.childPlaces where place.folder != ContentPlace.services.folder {
            unreadFolders(in: place.path(unit: folderName), place: place)
        }
    }

    /// Reads a unit folder's `unit.md`; nil when it is missing, cannot be read, or takes
    /// another unit's address (each reported).
    mutating func loadUnit(folder: String, folderName: String) -> WorkUnit? {
        let unitName = ContentKinds.unit.fileName!
        guard let unitPath = single(folder, base: unitName, place: .unit) else {
            // `Unit.md`, `unit.md.txt`: reported as a file to rename, not as missing.
            if misnamed(unitName, in: folder, place: .unit) {
                unusable.units.insert(folderName)
                return nil
            }
            diagnostics.append(.error("unit.missing-file", at: SourceLocation(file: display(folder)),
                                      Message("unit.missing-file", ["folder": .text(folderName)]),
                                      advice: Message("unit.missing-file.hint", ["path": .text("\(folder)/\(unitName).\(ContentPlace.unit.usualExtension(of: unitName))")])))
            return nil
        }
        guard let document = read(unitPath) else {
            unusable.units.insert(folderName)
            return nil
        }
        let unit = UnitDecoder.decode(document, folderSlug: folderName)
        collect(document)
        guard let unit else {
            unusable.units.insert(folderName)
            return nil
        }
        if let other = unitFiles[unit.slug] {
            diagnostics.append(.error("unit.duplicate-slug", at: document.context.location(nil),
                                      Message("unit.duplicate-slug", ["slug": .text(unit.slug), "file": .text(other.context.file)]),
                                      advice: Message("unit.duplicate-slug.hint")))
            return nil
        }
        unitFiles[unit.slug] = document
        recordMarkdown(document, page: .unit(unit.slug), folder: folder)
        return unit
    }

    mutating func loadPages() -> [Page] {
        var pages: [Page] = []
        for name in children(of: ContentPlace.pages.folder, directories: false) {
            let relative = "\(ContentPlace.pages.folder)/\(name)"
            guard ContentPlace.pages.reads(file: name) else { unread(file: relative, in: .pages); continue }
            guard let document = read(relative) else { continue }
            let page = PageDecoder.decode(document, fileSlug: PathText.deletingExtension(name))
            collect(document)
            guard let page else { continue }
            if let first = pageFiles[page.slug] {
                diagnostics.append(.error("page.duplicate-slug", at: document.context.location(nil),
                                          Message("page.duplicate-slug", ["slug": .text(page.slug), "file": .text(display(first))]),
                                          advice: Message("service.duplicate-slug.hint")))
                continue
            }
            pageFiles[page.slug] = relative
            pages.append(page)
            recordMarkdown(document, page: .page(page.slug), folder: ContentPlace.pages.folder)
        }
        return pages
    }
}

/// Things whose file exists but could not be used (each file's own problem is reported):
/// a reference to one of them is not reported as a reference to nothing.
struct Unusable {
    /// Unit folders whose `unit.md` could not be read or decoded, and units left out of
    /// the tree because of them (a sub-unit of such a unit).
    var units: Set<String> = []
    /// By unit: services whose file exists but could not be read or decoded (file names
    /// without extension).
    var services: [String: Set<String>] = [:]
    /// Units with a maklumat file, read or not.
    var maklumatPresent: Set<String> = []
}

/// The files of a batch of unit folders, read, parsed and (services) decoded ahead.
struct PreparedBatch: @unchecked Sendable {
    var files: [String: PreparedFile] = [:]
    var services: [String: ServiceStandard?] = [:]
    var cached: [String: CachedService] = [:]
    var surveys: [String: SurveyResult?] = [:]
    var cachedFiles: [String: any CachedFile] = [:]
}

/// One file of a batch: read (and, a service, decoded), or a service taken from the cache.
enum PreparedEntry: @unchecked Sendable {
    case read(PreparedFile, ServiceStandard??)
    case cached(CachedService)
    /// A survey result's file, read and decoded.
    case survey(PreparedFile, SurveyResult?)
    /// A survey result, an SOP or a performance report taken from the cache.
    case cachedFile(any CachedFile)
}

/// A batch being prepared in the background.
final class PendingBatch: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var batch: PreparedBatch?

    func finish(_ batch: PreparedBatch) {
        self.batch = batch
        done.signal()
    }

    /// Waits for the batch (the semaphore orders the write before this read).
    func wait() -> PreparedBatch {
        done.wait()
        return batch.take()!
    }
}

/// Results of concurrent workers, one slot each, written once and read after all ended.
final class ConcurrentResults<Value>: @unchecked Sendable {
    /// Allocated up front and never moved; each index is written by exactly one worker, so
    /// no two threads touch one slot.
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: max(count, 1))
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ index: Int, _ value: Value) { slots[index] = value }
    func take(_ index: Int) -> Value { slots[index].take()! }
}
