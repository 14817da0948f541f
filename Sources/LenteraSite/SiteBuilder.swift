import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraFiles
import LenteraRender

/// What a build or a check is given.
public struct BuildOptions: Sendable {
    public var contentDirectory: URL
    /// The portal's own templates folder: its templates and assets override the built-in
    /// theme's, file by file.
    public var templatesDirectory: URL
    /// Whether `templatesDirectory` was named (`--templates DIR`): then it must exist. The
    /// default one, `templates` beside the content folder, may be absent: the built-in
    /// theme is used alone.
    public var templatesNamed: Bool
    public var outputDirectory: URL
    /// Overrides the portal's `base_url`.
    public var baseURL: String?
    /// How the folders are named in messages (as the user typed them).
    public var displayContent: String
    public var displayTemplates: String
    /// The day survey figures are judged on (a unit's last survey more than a year old is
    /// late); today, in UTC, unless given.
    public var date: CalendarDate
    /// Write a new tree from scratch rather than bring the spare up to date.
    public var fresh = false
    /// How the output folder is named in messages.
    public var displayOutput: String
    /// Seconds to wait for another build of the same output to finish before refusing.
    public var wait = BuildOptions.defaultWait
    public static let defaultWait = 10.0
    /// Told the name of each phase as it starts (`load`, `compute`, `render`, `write`): the
    /// command line shows it on a terminal when a build takes a while.
    public var progress: (@Sendable (String) -> Void)?
    /// Whether the search index is made, and by which Pagefind binary (`Pagefind.locate`);
    /// none unless asked.
    public var search = SearchSetting.off
    /// Content files checked as if they were in the content folder, without being written
    /// (`ContentLoader.overlay`): the browser editor's check of a file before it saves it.
    public var contentOverlay: [String: [UInt8]] = [:]
    /// How long before a build a service file must have last changed (nanoseconds) for the
    /// build to keep what it gave in its cache (`ContentStamp.settling`, a second).
    public var cacheSettling = ContentStamp.settling
    /// Whether a successful build's report carries what it decoded and made (`BuildMemory`),
    /// so that the next edit of one service in the same process is a quick update
    /// (`SiteBuilder.update`): the preview keeps it from build to build.
    public var keepsMemory = false

    /// `templates`: the portal's own templates folder; nil for the default, `templates`
    /// beside the content folder, used when it exists.
    public init(content: String = "content", templates: String? = nil, output: String = "public", baseURL: String? = nil,
                date: CalendarDate? = nil) {
        contentDirectory = URL(fileURLWithPath: content)
        templatesNamed = templates != nil
        let templates = templates ?? BuildOptions.defaultTemplates(content: content)
        templatesDirectory = URL(fileURLWithPath: templates)
        outputDirectory = URL(fileURLWithPath: output)
        self.baseURL = baseURL
        displayContent = content
        displayTemplates = templates
        displayOutput = output
        self.date = date ?? BuildOptions.today()
    }

    /// The default templates folder: `templates` beside the content folder (`templates`
    /// for `content`, `/srv/portal/templates` for `/srv/portal/content`), as a path
    /// written the way the content folder was.
    public static func defaultTemplates(content: String) -> String {
        let parent = PathText.containingFolder(content)
        return parent.isEmpty ? "templates" : parent == "/" ? "/templates" : parent + "/templates"
    }

    /// The portal's own templates folder to read, or nil when the built-in theme is used
    /// alone: the default folder is read when anything is at its path (a link, even a
    /// dangling one, is then judged by the closed-folder rules), a named one always.
    public var portalTemplates: URL? {
        if templatesNamed { return templatesDirectory }
        var info = stat()
        return lstat(templatesDirectory.path, &info) == 0 ? templatesDirectory : nil
    }

    static func today() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

extension SiteBuilder {
    /// The report of the last build, when nothing changed since: the same program and
    /// options, the content and templates folders as they were (`stamps`, taken now), and
    /// the tree that build published still in place. Nil otherwise: the build does its work.
    /// Called with the output's lock held (`StagedOutput`), the state folder `state` checked.
    static func unchangedReport(_ options: BuildOptions, stamps: (content: UInt64, templates: UInt64), state: URL) -> BuildReport? {
        guard let record = BuildRecord.read(stateFolder: state.path), record.key == BuildRecord.key(options),
              record.content == stamps.content, record.templates == stamps.templates,
              OutputManifest.inode(of: options.outputDirectory.standardizedFileURL.path) == record.published else { return nil }
        var report = BuildReport(diagnostics: record.diagnostics, filesWritten: record.filesWritten, pagesWritten: record.pagesWritten,
                                 succeeded: true, phaseTimes: [])
        report.filesUnchanged = record.filesWritten
        report.incremental = true
        report.unchanged = true
        return report
    }

    /// `10 s`, `0.5 s`.
    static func seconds(_ value: Double) -> String {
        (value == value.rounded() ? String(Int(value)) : String(value)) + " s"
    }
}

/// What a finished build reports.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Files written (pages, sitemap, robots.txt, assets); 0 when the build failed.
    public var filesWritten: Int
    public var pagesWritten: Int
    /// Of `filesWritten`: files whose content changed (all of them in a fresh tree), files
    /// already right in the spare and not written again, files removed from the spare.
    public var filesChanged = 0
    public var filesUnchanged = 0
    public var filesRemoved = 0
    /// Of `filesWritten`: pages and other files made from the content that were not made
    /// again, because a tree already held them with the same fingerprint (all of the
    /// inputs they are made from unchanged: `BuildFingerprints`).
    public var filesReused = 0
    /// Services taken from the build's cache: their files not read, their pages reused.
    public var servicesFromCache = 0
    /// Survey results and SOPs taken from the build's cache: their files not read.
    public var surveysFromCache = 0
    public var sopsFromCache = 0
    public var performanceFromCache = 0
    /// Whether nothing had changed since the last build (content, theme, options, program):
    /// the published tree was left as it was, nothing read or written; its report is the
    /// last build's (`BuildRecord`).
    public var unchanged = false
    /// Whether the previous tree was brought up to date rather than a new one written.
    public var incremental = false
    /// Whether the build waited for another build of the same output to finish, and that
    /// build's process id (when it had written it in the lock file).
    public var waited = false
    public var waitedFor: Int32?
    public var succeeded: Bool
    /// Seconds spent in each phase, in order.
    public var phaseTimes: [(phase: String, seconds: Double)]
    /// What the next build in the same process may start from (`BuildOptions.keepsMemory`):
    /// nil unless asked for, and after a build that failed.
    public var memory: BuildMemory?
}

/// The build, as named phases with typed input and output, so that a test can stop
/// after any of them:
/// load (files → model, validated, then the site model with its unit tree; `check` stops
/// here) → render (pages → HTML, concurrently, into a staging folder) → publish (swap the
/// staging folder in).
public enum SiteBuilder {
    /// Load, validate and prepare: content and templates, with every diagnostic, services
    /// kept whole. The site model is built once here (output paths are checked on it).
    public static func check(_ options: BuildOptions) -> (model: SiteModel?, templates: TemplateSet?, diagnostics: [Diagnostic]) {
        let checked = check(options, services: .whole, loaded: {})
        return (checked.model, checked.templates, checked.diagnostics)
    }

    /// Every diagnostic of the content and the templates, services kept elided: what
    /// `lentera check` prints. (The model and templates are dropped here, inside this
    /// module: taking only the diagnostics out of `check`'s tuple in another module was
    /// compiled, with optimisation, into a release of the templates that freed part of
    /// the model — found with valgrind.)
    public static func diagnostics(_ options: BuildOptions) -> [Diagnostic] {
        let checked = check(options, services: .elided, loaded: {})
        withExtendedLifetime((checked.model, checked.templates)) {}
        return checked.diagnostics
    }

    /// What `lentera check` reports: every diagnostic, and every unit's standing on its
    /// obligations on `options.date` (nil when the content could not be read).
    public static func checkReport(_ options: BuildOptions) -> (diagnostics: [Diagnostic], completeness: CompletenessReport?) {
        let checked = check(options, services: .elided, loaded: {})
        withExtendedLifetime(checked.templates) {}
        return (checked.diagnostics, checked.model?.completeness)
    }

    /// What becomes of each service as it is read.
    enum ServiceHandling {
        /// Kept whole in the model.
        case whole
        /// Kept elided.
        case elided
        /// Its page rendered and written at once by the stream, then kept elided; a service
        /// of the cache whose file is unchanged and whose page the stream takes as it is,
        /// not read at all.
        case streamed(ServicePageStream, cache: ContentCache?)
    }

    /// What `check` found: the model and theme (nil on errors that stop them), every
    /// diagnostic, and the digest of the content read (`LoadedContent.digest`).
    struct Checked {
        var model: SiteModel?
        var templates: TemplateSet?
        var diagnostics: [Diagnostic]
        var contentDigest: UInt64
        /// What the pages' fingerprints are made of (nil without a theme).
        var fingerprints: BuildFingerprints?
        /// The services to keep for the next build (`LoadedContent.serviceCacheEntries`).
        var serviceCacheEntries: [CachedService] = []
        var servicesFromCache = 0
        /// The survey results to keep (`LoadedContent.surveyCacheEntries`).
        var surveyCacheEntries: [CachedSurvey] = []
        var surveysFromCache = 0
        /// The SOPs to keep (`LoadedContent.sopCacheEntries`).
        var sopCacheEntries: [CachedSOP] = []
        var sopsFromCache = 0
        /// The performance reports to keep (`LoadedContent.performanceCacheEntries`).
        var performanceCacheEntries: [CachedPerformance] = []
        var performanceFromCache = 0
        /// `LoadedContent.skeletonDigest` and `unitDigests`.
        var skeletonDigest: UInt64?
        var unitDigests: [String: UInt64] = [:]
        /// The model of the skeleton that service pages were rendered with (streamed loads).
        var skeletonModel: SiteModel?
        /// `LoadedContent.followedLinks`.
        var followedLinks = false
    }

    /// What a streamed load's start leaves for after the load: the skeleton's model.
    private final class StreamStart: @unchecked Sendable {
        var model: SiteModel?
    }

    /// `loaded` is called when the files are read and validated, before the site model is
    /// computed (the boundary between the load and compute phases).
    static func check(_ options: BuildOptions, services handling: ServiceHandling,
                      loaded finishedLoading: () -> Void) -> Checked {
        let (templates, templateDiagnostics) = TemplateSet.load(from: options.portalTemplates, displayRoot: options.displayTemplates)
        var diagnostics = templateDiagnostics
        var baseURL: String?
        if let override = options.baseURL {
            baseURL = BaseURL.normalise(override)
            if baseURL == nil {
                diagnostics.append(.error("portal.invalid-base-url", at: nil, Message("portal.invalid-base-url.option", ["value": .text(override)]),
                                          advice: Message("portal.invalid-base-url.option.hint")))
            }
        }
        let fingerprints = templates.map { BuildFingerprints(templates: $0, options: options, baseURL: baseURL) }
        var loader = ContentLoader(root: options.contentDirectory, displayRoot: options.displayContent, date: options.date)
        loader.overlay = options.contentOverlay
        let loaded: LoadedContent
        let started = StreamStart()
        switch handling {
        case .whole:
            loaded = loader.load()
        case .elided:
            loaded = loader.load(streamingServices: { _, _ in ServiceStream(decoded: { _, _ in }) })
        case .streamed(let stream, let cache):
            loader.decodedCache = cache
            loader.gathersCache = true
            loader.cacheSettling = options.cacheSettling
            loaded = loader.load(streamingServices: { skeleton, digest in
                // Service pages are rendered only from a sound theme; otherwise they are kept
                // elided and the build stops on the theme's errors.
                guard let templates, let fingerprints, !diagnostics.hasErrors else { return ServiceStream(decoded: { _, _ in }) }
                var skeleton = skeleton
                if let baseURL { skeleton.portal.baseURL = baseURL }
                var model = SiteModel(content: skeleton, referenceDate: options.date)
                model.searchAvailable = options.search.isAvailable
                started.model = model
                return stream.start(model: model, templates: templates, fingerprint: { source, file in
                    fingerprints.service(skeleton: digest, source: source, file: file)
                })
            })
        }
        diagnostics += loaded.diagnostics
        var content = loaded.content
        if let baseURL { content?.portal.baseURL = baseURL }
        finishedLoading()
        var model = content.map { SiteModel(content: $0, referenceDate: options.date) }
        model?.searchAvailable = options.search.isAvailable
        if options.search == .missing {
            diagnostics.append(.warning("search.pagefind-missing", at: nil, Message("search.pagefind-missing"), advice: Message("search.pagefind-missing.hint")))
        }
        if let model {
            diagnostics += OutputPlan.conflicts(in: model, display: options.displayContent, pageFiles: loaded.pageFiles)
            diagnostics += LinkCheck.broken(loaded.markdown, in: model)
            diagnostics += FileFieldCheck.problems(in: model)
        }
        return Checked(model: model, templates: templates, diagnostics: diagnostics.sortedByLocation(), contentDigest: loaded.digest,
                       fingerprints: fingerprints, serviceCacheEntries: loaded.serviceCacheEntries, servicesFromCache: loaded.servicesFromCache,
                       surveyCacheEntries: loaded.surveyCacheEntries, surveysFromCache: loaded.surveysFromCache,
                       sopCacheEntries: loaded.sopCacheEntries, sopsFromCache: loaded.sopsFromCache,
                       performanceCacheEntries: loaded.performanceCacheEntries, performanceFromCache: loaded.performanceFromCache,
                       skeletonDigest: loaded.skeletonDigest, unitDigests: loaded.unitDigests, skeletonModel: started.model,
                       followedLinks: loaded.followedLinks)
    }

    /// Builds the site into `options.outputDirectory`. The published folder is replaced
    /// only when every page was written; on any error it is left exactly as it was.
    ///
    /// Service pages, nearly all of a large portal, are rendered and written while the
    /// content is read (each as soon as its file is decoded), so that the text of the
    /// standards is never all in memory; the other pages follow once everything is read.
    public static func build(_ options: BuildOptions) -> BuildReport {
        var times: [(String, Double)] = []
        var clock = ContinuousClock.now
        func lap(_ phase: String) {
            let now = ContinuousClock.now
            times.append((phase, seconds(now - clock)))
            clock = now
        }
        func seconds(_ duration: Swift.Duration) -> Double { duration.seconds }

        // Before anything is written, the lock folder included.
        if let problem = OutputPlacement.problem(output: options.outputDirectory, content: options.contentDirectory, templates: options.templatesDirectory) {
            let refused = Diagnostic.error("build.output-overlaps", at: nil,
                                           Message("build.output-overlaps", ["output": .text(options.displayOutput), "problem": .message(problem)]),
                                           advice: Message("build.output-overlaps.hint"))
            return BuildReport(diagnostics: [refused], filesWritten: 0, pagesWritten: 0, succeeded: false, phaseTimes: times)
        }
        // What the folders hold now, before anything is read: kept with the build's report,
        // so that the next build knows whether anything changed since.
        let stamps = options.contentOverlay.isEmpty ? BuildRecord.stamps(options) : nil
        let unchanged: ((URL) -> BuildReport?)? = options.fresh ? nil : stamps.map { stamps in
            { state in unchangedReport(options, stamps: stamps, state: state) }
        }
        var found: [Diagnostic] = []
        do {
            let writer = try StagedOutput(destination: options.outputDirectory, fresh: options.fresh, wait: options.wait, display: options.displayOutput,
                                          unchanged: unchanged)
            // Waiting for another build is not part of any phase.
            clock = ContinuousClock.now
            do {
                // From here on the published tree may change: the last build's record goes.
                try BuildRecord.remove(stateFolder: writer.stateFolderURL)
                // Pages render and are written by the same workers, overlapped; each phase's
                // time is shared between render and write as the workers' time was.
                let streaming = WorkerClock()
                let stream = ServicePageStream(writer: writer, clock: streaming)
                // What the last build decoded, unless everything is to be made again.
                let cacheKey = BuildFingerprints.serviceCacheKey(options)
                let cache = options.fresh ? nil : ContentCache.read(stateFolder: writer.stateFolderURL.path, key: cacheKey)
                var loadTime = 0.0
                options.progress?("load")
                var checked = check(options, services: .streamed(stream, cache: cache), loaded: {
                    options.progress?("compute")
                    loadTime = seconds(ContinuousClock.now - clock)
                    clock = ContinuousClock.now
                })
                let (model, templates, diagnostics) = (checked.model, checked.templates, checked.diagnostics)
                found = diagnostics
                // The load phase's wall time, less the share the service pages took of it
                // (their workers' time spread over the cores).
                let streamedWall = min(loadTime, streaming.total / Double(max(ProcessInfo.processInfo.activeProcessorCount, 1)))
                times.append(("load", loadTime - streamedWall))
                lap("compute")
                guard !diagnostics.hasErrors, let model, let templates, let fingerprints = checked.fingerprints else {
                    writer.discard()
                    var report = BuildReport(diagnostics: diagnostics, filesWritten: 0, pagesWritten: 0, succeeded: false, phaseTimes: times)
                    (report.servicesFromCache, report.surveysFromCache, report.sopsFromCache, report.performanceFromCache) =
                        (checked.servicesFromCache, checked.surveysFromCache, checked.sopsFromCache, checked.performanceFromCache)
                    return report
                }
                if let failure = stream.failure { throw failure }

                options.progress?("render")
                let workers = WorkerClock()
                let pageStart = ContinuousClock.now
                let digest = checked.contentDigest, skeleton = checked.skeletonDigest, units = checked.unitDigests
                let fingerprint: @Sendable (String) -> UInt64 = { fingerprints.page(content: digest, file: $0) }
                let pages = try PageRenderer.renderAll(model, templates: templates, into: writer, clock: workers, streamed: stream.pagesWritten,
                                                       fingerprint: { page, file in
                    // A unit's own page, from the skeleton and its folder; every other, from all.
                    guard let skeleton, let unit = BuildFingerprints.unitPage(of: page), let folder = units[unit] else { return fingerprint(file) }
                    return fingerprints.unitPage(skeleton: skeleton, unit: folder, file: file)
                })
                let pageTime = seconds(ContinuousClock.now - pageStart)
                times.append(("render", pageTime * workers.renderShare + streamedWall * streaming.renderShare))
                options.progress?("write")
                let extrasStart = ContinuousClock.now
                var files = pages
                files += try writer.writeExtras(model: model, templates: templates, fingerprint: fingerprint)
                let writeTime = pageTime * (1 - workers.renderShare) + streamedWall * (1 - streaming.renderShare) + seconds(ContinuousClock.now - extrasStart)
                // The search index reads the finished pages of the staged tree, before the swap.
                var searchTime: Double?
                if case .pagefind(let binary) = options.search {
                    options.progress?("search")
                    let searchStart = ContinuousClock.now
                    files += try SearchIndex.build(with: binary, into: writer)
                    searchTime = seconds(ContinuousClock.now - searchStart)
                }
                let swapStart = ContinuousClock.now
                try writer.publish(then: {
                    // Under the lock still: the record of the tree just swapped in.
                    guard let stamps, let published = OutputManifest.inode(of: writer.destination.path) else { return }
                    let record = BuildRecord(key: BuildRecord.key(options), content: stamps.content, templates: stamps.templates, published: published,
                                             filesWritten: files, pagesWritten: pages, diagnostics: diagnostics)
                    try? record.write(stateFolder: writer.stateFolderURL)
                })
                // For the next build in this process: what brings one service page up to date.
                let memory = options.keepsMemory
                    ? BuildMemory(options: options, checked: checked, templates: templates, fingerprints: fingerprints,
                                  published: OutputManifest.inode(of: writer.destination.path), manifest: writer.written.manifest)
                    : nil
                // For the next build: what each service, survey result, SOP and performance
                // report file gave (a cache that cannot be written is only a slower next build).
                let entries = checked.serviceCacheEntries, surveys = checked.surveyCacheEntries, sops = checked.sopCacheEntries
                let performance = checked.performanceCacheEntries
                checked.serviceCacheEntries = []
                checked.surveyCacheEntries = []
                checked.sopCacheEntries = []
                checked.performanceCacheEntries = []
                try? ContentCache.write(entries, surveys: surveys, sops: sops, performance: performance, key: cacheKey, stateFolder: writer.stateFolderURL)
                // The sitemap, open data and assets, and the swap, count as writing.
                times.append(("write", writeTime + seconds(ContinuousClock.now - swapStart)))
                if let searchTime { times.append(("search", searchTime)) }
                var report = BuildReport(diagnostics: diagnostics, filesWritten: files, pagesWritten: pages, succeeded: true, phaseTimes: times)
                report.filesChanged = writer.filesChanged
                report.filesUnchanged = writer.filesUnchanged
                report.filesRemoved = writer.filesRemoved
                report.filesReused = writer.filesReused
                report.servicesFromCache = checked.servicesFromCache
                report.surveysFromCache = checked.surveysFromCache
                report.sopsFromCache = checked.sopsFromCache
                report.performanceFromCache = checked.performanceFromCache
                report.incremental = writer.reusedSpare
                report.waited = writer.waited
                report.waitedFor = writer.waitedFor
                report.memory = memory?.keeping(report)
                return report
            } catch {
                writer.discard()
                throw error
            }
        } catch let nothing as StagedOutput.Unchanged {
            var report = nothing.report
            report.waited = nothing.waited
            report.waitedFor = nothing.waitedFor
            times.append(("check", seconds(ContinuousClock.now - clock)))
            report.phaseTimes = times
            return report
        } catch let busy as StagedOutput.Busy {
            let summary = busy.holder.map { Message("build.busy.process", ["output": .text(options.displayOutput), "process": .text(String($0))]) }
                ?? Message("build.busy", ["output": .text(options.displayOutput)])
            let failure = Diagnostic.error("build.busy", at: nil, summary,
                                           advice: Message("build.busy.hint", ["seconds": .text(Self.seconds(busy.waited))]))
            return BuildReport(diagnostics: [failure], filesWritten: 0, pagesWritten: 0, succeeded: false, phaseTimes: times)
        } catch let refused as StateFolder.Unsafe {
            let failure = Diagnostic.error("build.unsafe-folder", at: nil, Message("build.unsafe-folder", ["problem": .message(refused.message)]),
                                           advice: Message("build.unsafe-folder.hint"))
            return BuildReport(diagnostics: found + [failure], filesWritten: 0, pagesWritten: 0, succeeded: false, phaseTimes: times)
        } catch {
            let reason: Message.Argument = switch error {
            case let failure as StagedOutput.Failure: .message(failure.message)
            case let failure as PageRenderer.PageFailure: .message(failure.message)
            default: .text("\(error)")
            }
            if let failure = error as? SearchIndex.Failure {
                let diagnostic = Diagnostic.error("search.pagefind-failed", at: nil, failure.message, advice: Message("search.pagefind-failed.hint"))
                return BuildReport(diagnostics: found + [diagnostic], filesWritten: 0, pagesWritten: 0, succeeded: false, phaseTimes: times)
            }
            let failure = Diagnostic.error("build.write-failed", at: nil, Message("build.write-failed", ["reason": reason]),
                                           advice: Message("build.write-failed.hint"))
            return BuildReport(diagnostics: found + [failure], filesWritten: 0, pagesWritten: 0, succeeded: false, phaseTimes: times)
        }
    }
}
