import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraFiles
import LenteraRender
#if canImport(Glibc)
import Glibc
#endif

/// What a build keeps in memory for the next one in the same process (the preview, which
/// lives from edit to edit): enough to bring the page of one edited service up to date
/// without a build (`SiteBuilder.update`). Asked for with `BuildOptions.keepsMemory`.
public final class BuildMemory: Sendable {
    /// `BuildRecord.key` of the build's options: an update with other options is a build.
    let key: UInt64
    let templates: TemplateSet
    /// The model of the skeleton (no services) that service pages are rendered with.
    let model: SiteModel
    let fingerprints: BuildFingerprints
    let skeleton: UInt64
    /// Every service of a unit that was read, as the cache keeps it, by file: what the
    /// pages other than its own were made from (its elided standard), its diagnostics and
    /// its texts that may hold links.
    let services: [String: CachedService]
    /// The inode of the tree the build published.
    let published: UInt64
    /// The published tree's manifest, as the tree is now: written by the build, then
    /// changed by each update in memory only (`manifestPending`) until `SiteBuilder.settle`
    /// writes it. Rewriting a national portal's manifest (11 MB at 50,000 services) after
    /// every edit took most of an update's time.
    let manifest: OutputManifest
    /// Whether the tree has changed since its manifest file was written (which is then gone).
    let manifestPending: Bool
    /// The build's report (without its memory).
    let report: BuildReport

    init?(options: BuildOptions, checked: SiteBuilder.Checked, templates: TemplateSet, fingerprints: BuildFingerprints, published: UInt64?,
          manifest: OutputManifest) {
        // Through a link, one file's bytes can make several pages: no update then.
        guard let model = checked.skeletonModel, let skeleton = checked.skeletonDigest, let published, !checked.followedLinks else { return nil }
        key = BuildRecord.key(options)
        self.templates = templates
        self.model = model
        self.fingerprints = fingerprints
        self.skeleton = skeleton
        services = Dictionary(checked.serviceCacheEntries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        self.published = published
        self.manifest = manifest
        manifestPending = false
        report = BuildReport(diagnostics: [], filesWritten: 0, pagesWritten: 0, succeeded: true, phaseTimes: [])
    }

    private init(_ memory: BuildMemory, report: BuildReport, manifest: OutputManifest, pending: Bool) {
        key = memory.key
        templates = memory.templates
        model = memory.model
        fingerprints = memory.fingerprints
        skeleton = memory.skeleton
        services = memory.services
        published = memory.published
        self.manifest = manifest
        manifestPending = pending
        self.report = report
    }

    /// This memory with the report of its build.
    func keeping(_ report: BuildReport) -> BuildMemory {
        var report = report
        report.memory = nil
        return BuildMemory(self, report: report, manifest: manifest, pending: manifestPending)
    }

    /// This memory after an update: the tree's manifest as it is now, not yet written.
    func updated(_ manifest: OutputManifest) -> BuildMemory {
        BuildMemory(self, report: report, manifest: manifest, pending: true)
    }

    /// Whether an update has changed the tree since its manifest was written: then
    /// `SiteBuilder.settle` writes it before the next build.
    public var needsSettling: Bool { manifestPending }
}

extension SiteBuilder {
    /// Brings the published tree up to date after an edit of one service file (`relative`,
    /// in the content folder) and nothing else since the build that left `memory`, when the
    /// edit can show on the service's own page only: the file decodes to a standard that,
    /// elided, is the one the other pages were made from (`ContentCache.elidedDigest`), with
    /// the same diagnostics and the same texts for the link check. Then only that page is
    /// rendered, and written into the published tree in place of the old one (a new file
    /// renamed over it); the tree's manifest is brought up to date with it, and the last
    /// build's record goes (the tree is no longer the one it describes).
    ///
    /// The report carries the memory to give the next update (`BuildReport.memory`): the
    /// tree's manifest is kept there, changed, and written by `settle` (before the next
    /// build) rather than after every edit.
    ///
    /// Nil whenever that cannot be shown — another file, other options, a new warning, a
    /// changed name or fee, a search index to make, the output's lock held, a tree or
    /// manifest not as the build left them: then the caller builds. Crash-safe as a build
    /// is: the tree's manifest is removed before the page is replaced and written after, so
    /// a process killed between the two leaves a tree the next build does not trust.
    public static func update(_ options: BuildOptions, memory: BuildMemory, changed relative: String) -> BuildReport? {
        let start = ContinuousClock.now
        guard options.contentOverlay.isEmpty, !options.fresh, !options.search.isAvailable, BuildRecord.key(options) == memory.key,
              let before = memory.services[relative] else { return nil }
        let destination = options.outputDirectory.standardizedFileURL
        guard let state = try? StateFolder(destination: destination, display: options.displayOutput),
              let lock = try? ExclusiveLock.acquire(file: state.url.appendingPathComponent("lock").path, wait: 0) else { return nil }
        defer { lock.release() }
        let manifestURL = state.url.appendingPathComponent("manifest-\(memory.published)")
        // The tree the build left, its manifest on disk as written or removed by an update.
        guard OutputManifest.inode(of: destination.path) == memory.published,
              memory.manifestPending != FileManager.default.fileExists(atPath: manifestURL.path) else { return nil }
        var manifest = memory.manifest

        let loader = ContentLoader(root: options.contentDirectory, displayRoot: options.displayContent, date: options.date)
        guard let (service, now) = loader.decodeService(relative, unit: before.unit), now.digest == before.digest,
              now.diagnostics == before.diagnostics, now.markdown == before.markdown, now.location == before.location,
              memory.model.tree.unitsBySlug[service.unit] != nil else { return nil }
        let file = Routes.file(for: Routes.service(unit: service.unit, slug: service.slug))
        let fingerprint = memory.fingerprints.service(skeleton: memory.skeleton, source: ServiceSource(path: relative, hash: now.hash), file: file)
        var report = memory.report
        report.memory = memory
        report.incremental = true
        report.filesReused = 0
        report.filesRemoved = 0
        report.servicesFromCache = 0
        report.surveysFromCache = 0
        report.sopsFromCache = 0
        report.performanceFromCache = 0
        guard manifest.fingerprints[file] != fingerprint else {
            // Saved as it was: the page is already right.
            (report.filesChanged, report.filesUnchanged) = (0, report.filesWritten)
            report.phaseTimes = [("update", (ContinuousClock.now - start).seconds)]
            return report
        }
        guard let bytes = try? memory.model.renderServicePageBytes(service, with: memory.templates),
              let folder = try? OpenFolder(path: destination.path).folder(path: PathText.containingFolder(file), create: false) else { return nil }
        // From here the tree changes: what describes it goes first.
        if !memory.manifestPending {
            try? BuildRecord.remove(stateFolder: state.url)
            guard unlink(manifestURL.path) == 0 else { return nil }
        }
        let name = PathText.lastComponent(file)
        do {
            try bytes.withUnsafeBytes { try AtomicFile.write($0, as: name, in: folder, temporary: ".\(name).tmp-\(getpid())", sync: false) }
        } catch {
            return nil
        }
        guard let stamp = FileStamp(path: destination.path + "/" + file) else { return nil }
        manifest.files[file] = OutputManifest.Entry(size: bytes.count, hash: bytes.withUnsafeBytes { OutputManifest.hash($0) })
        manifest.stamps[file] = stamp
        manifest.fingerprints[file] = fingerprint
        report.memory = memory.updated(manifest)
        (report.filesChanged, report.filesUnchanged) = (1, report.filesWritten - 1)
        report.phaseTimes = [("update", (ContinuousClock.now - start).seconds)]
        return report
    }

    /// Writes the manifest of the tree that updates changed (`BuildMemory.needsSettling`),
    /// so that the next build trusts the tree: it copies pages from it, and brings it up to
    /// date once it is the spare. Nothing to do after a build; a tree that is no longer the
    /// one the memory knows is left without one (no build trusts it: it writes more).
    public static func settle(_ options: BuildOptions, memory: BuildMemory) {
        guard memory.needsSettling else { return }
        let destination = options.outputDirectory.standardizedFileURL
        guard let state = try? StateFolder(destination: destination, display: options.displayOutput),
              let lock = try? ExclusiveLock.acquire(file: state.url.appendingPathComponent("lock").path, wait: options.wait) else { return }
        defer { lock.release() }
        guard OutputManifest.inode(of: destination.path) == memory.published else { return }
        try? memory.manifest.write(to: state.url.appendingPathComponent("manifest-\(memory.published)"))
    }
}
