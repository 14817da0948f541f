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
    /// The build's report (without its memory).
    let report: BuildReport

    init?(options: BuildOptions, checked: SiteBuilder.Checked, templates: TemplateSet, fingerprints: BuildFingerprints, published: UInt64?) {
        guard let model = checked.skeletonModel, let skeleton = checked.skeletonDigest, let published else { return nil }
        key = BuildRecord.key(options)
        self.templates = templates
        self.model = model
        self.fingerprints = fingerprints
        self.skeleton = skeleton
        services = Dictionary(checked.serviceCacheEntries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        self.published = published
        report = BuildReport(diagnostics: [], filesWritten: 0, pagesWritten: 0, succeeded: true, phaseTimes: [])
    }

    private init(_ memory: BuildMemory, report: BuildReport) {
        key = memory.key
        templates = memory.templates
        model = memory.model
        fingerprints = memory.fingerprints
        skeleton = memory.skeleton
        services = memory.services
        published = memory.published
        self.report = report
    }

    /// This memory with the report of its build.
    func keeping(_ report: BuildReport) -> BuildMemory {
        var report = report
        report.memory = nil
        return BuildMemory(self, report: report)
    }
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
        guard OutputManifest.inode(of: destination.path) == memory.published, var manifest = OutputManifest.read(from: manifestURL) else { return nil }

        let loader = ContentLoader(root: options.contentDirectory, displayRoot: options.displayContent, date: options.date)
        guard let (service, now) = loader.decodeService(relative, unit: before.unit), now.digest == before.digest,
              now.diagnostics == before.diagnostics, now.markdown == before.markdown, now.location == before.location,
              memory.model.tree.unitsBySlug[service.unit] != nil else { return nil }
        let file = Routes.file(for: Routes.service(unit: service.unit, slug: service.slug))
        let fingerprint = memory.fingerprints.service(skeleton: memory.skeleton, source: ServiceSource(path: relative, hash: now.hash), file: file)
        var report = memory.report
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
        try? BuildRecord.remove(stateFolder: state.url)
        guard unlink(manifestURL.path) == 0 else { return nil }
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
        // A manifest that cannot be written leaves a tree no build trusts: the next one writes more.
        try? manifest.write(to: manifestURL)
        (report.filesChanged, report.filesUnchanged) = (1, report.filesWritten - 1)
        report.phaseTimes = [("update", (ContinuousClock.now - start).seconds)]
        return report
    }
}
