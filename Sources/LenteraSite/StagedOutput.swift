import CAtomicSwap
import Foundation
import LenteraDiagnostics
import LenteraContent
import LenteraFiles
#if canImport(Glibc)
import Glibc
#endif

/// Writes a new site beside the published one and swaps it in only when complete.
///
/// The new tree is written into a folder beside the destination (same file system, so the
/// swap is a rename). On Linux the swap is a single atomic exchange (`renameat2`), so a web
/// server reading the folder sees the old site or the new one, never a mix and never
/// nothing.
///
/// Everything outside the published folder lives in the state folder `.<name>.lentera`
/// (`StateFolder`, checked before anything is written: no link, no file, no other user's):
/// the lock (`lock`: one build at a time per output), the staging folder of a new tree
/// (`staging-<pid>-<random>`), the spare (`spare`) and the manifests (`manifest-<inode>`).
///
/// Rebuilds write only what changed. After a swap the previous tree is not deleted: it is
/// kept as the *spare*, with a manifest of its files (size and content hash, and what
/// `lstat` gave once each was written). The next build brings the spare up to date — a
/// file whose size and hash are already right, and which one `lstat` shows unchanged since
/// it was written, is not written; a file no page produces any more is removed — and swaps
/// it in. The spare is one
/// build behind, so a rebuild writes the files changed by this build and by the one before.
///
/// A manifest is trusted only while it describes exactly the tree it names: it is written
/// (whole, renamed into place) once its tree is complete, and removed before the first
/// change to that tree — an update of the spare, or (for a new tree) before the old spare
/// is deleted. A build killed at any moment therefore leaves either a spare with a true
/// manifest or one without (never trusted: the next build writes a new tree), and the
/// next build, holding the lock, removes what a killed build left (staging folders, the
/// remains of a spare being deleted, manifests of trees that are gone).
///
/// The first build (or `fresh`) writes into a new, empty folder, which on this kind of
/// file system is faster than overwriting.
// @unchecked Sendable: the workers only write files and call `touchingSpare` (behind
// `spareLock`) and `written` (locked); `state`, `lock` and the counts are used by the
// building thread alone (`init`, `publish`, `discard`).
final class StagedOutput: @unchecked Sendable {
    let destination: URL
    let staging: URL
    let stagingPath: String
    private let fileManager = FileManager.default
    /// `.<name>.lentera`: the lock, the spare tree, the manifests, the staging folder.
    private let state: StateFolder
    private var stateFolder: URL { state.url }
    /// The state folder, for work beside the staged tree (the search bundle as Pagefind writes it).
    var stateFolderURL: URL { state.url }
    /// Held from `init` to `publish` or `discard` (or until the process ends).
    private let lock: ExclusiveLock
    /// The manifest of the spare being brought up to date; nil for a fresh folder.
    let previous: OutputManifest?
    let previousFolders: Set<String>
    /// The spare's manifest, while it still describes the spare.
    private var spareManifest: URL?
    /// The spare set aside (`trash-…`) when it is not reused: deleted once the build is done.
    private var trash: String?
    private let spareLock = NSLock()
    let written = OutputManifest.Builder()
    /// Whether pages may be taken from the spare or the published tree by their
    /// fingerprints rather than rendered (not with `--fresh`).
    let reusesPages: Bool
    /// The published tree's manifest, read the first time a page is looked for in it
    /// (`reuse`); nil when there is none to trust.
    private var publishedManifest: OutputManifest??
    private let publishedLock = NSLock()
    /// Files taken by their fingerprints (`reuse`), not made again.
    private var reusedCount = 0
    var filesReused: Int { publishedLock.withLock { reusedCount } }

    /// What was written, once `publish` has run.
    private(set) var filesChanged = 0
    private(set) var filesUnchanged = 0
    private(set) var filesRemoved = 0
    /// The spare's files removed so far (before the search index is made, and at the swap).
    private var removed: Set<String> = []
    var reusedSpare: Bool { previous != nil }
    /// Whether this build waited for another build of the output, and that build's process id.
    var waited: Bool { lock.waited }
    var waitedFor: Int32? { lock.waitedFor }

    struct Failure: Error, CustomStringConvertible {
        /// What went wrong, as a message in the catalogues (a variant of `build.write-failed`).
        let message: Message
        init(_ key: String, _ arguments: [String: Message.Argument] = [:]) { message = Message(key, arguments) }
        var description: String { message.text() }
    }

    /// Another build holds the output's lock (its process id, when it wrote it).
    struct Busy: Error, CustomStringConvertible {
        let holder: Int32?
        let waited: Double
        var description: String { "another build is running" + (holder.map { " (process \($0))" } ?? "") }
    }

    /// Nothing to do: `unchanged` gave this report once the lock was held. The lock is let go.
    struct Unchanged: Error {
        let report: BuildReport
        let waited: Bool
        let waitedFor: Int32?
    }

    /// Takes the output's lock (waiting up to `wait` seconds for another build), then
    /// chooses where the new tree goes. `display` names the output in messages.
    ///
    /// `unchanged`, given the state folder once the lock is held (no other build can then
    /// be changing the published tree), may find that there is nothing to do: its report is
    /// then thrown as `Unchanged`, and nothing is written.
    init(destination: URL, fresh: Bool = false, wait: Double = 0, display: String? = nil,
         unchanged: ((URL) -> BuildReport?)? = nil) throws {
        self.destination = destination.standardizedFileURL
        reusesPages = !fresh
        let parent = self.destination.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let display = display ?? self.destination.path
        // Checked before the state folder is made, and again once the lock is held (a
        // build that held it may have swapped another tree in meanwhile).
        _ = try Self.publishedTree(at: self.destination.path, display: display)
        let (state, lock) = try Self.lockedState(of: self.destination, display: display, wait: wait)
        if let unchanged, let report = unchanged(state.url) {
            lock.release()
            throw Unchanged(report: report, waited: lock.waited, waitedFor: lock.waitedFor)
        }
        self.state = state
        self.lock = lock
        let spare = state.url.appendingPathComponent("spare")
        do {
            let info = try Self.publishedTree(at: self.destination.path, display: display)
            let published = info != nil
            let spareInfo = try state.folder("spare", what: Message("build.unsafe-folder.spare"))
            state.removeLeftovers(spare: spareInfo, published: info)
            let manifestURL = spareInfo.map { state.url.appendingPathComponent("manifest-\($0.st_ino)") }
            // A spare is written into by path, so it is trusted only while it holds nothing
            // but real folders and the regular files its manifest lists: a link planted in a
            // published tree (which becomes the spare) would otherwise be followed, out of the
            // output, and a planted page would be published again by every other build.
            if !fresh, published, let manifestURL, let manifest = OutputManifest.read(from: manifestURL),
               PlainTree.firstIrregular(under: spare.path, expected: { manifest.files[$0] != nil }) == nil {
                // The manifest is removed only when the spare is first changed (`touchingSpare`):
                // a build that stops on a content error before writing anything keeps the
                // spare trusted, so the next build is still incremental.
                spareManifest = manifestURL
                staging = spare
                previous = manifest
                previousFolders = manifest.folders
            } else {
                if let manifestURL {
                    // The spare is no longer trusted before the first file of it goes.
                    if unlink(manifestURL.path) != 0 && errno != ENOENT {
                        throw Failure("build.write-failed.mark-replaced", ["reason": .text(String(cString: strerror(errno)))])
                    }
                    // Set aside at once; deleted after the publish, outside the build's time (TrashRemoval).
                    let trash = state.url.appendingPathComponent("trash-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
                    if rename(spare.path, trash.path) == 0 { self.trash = trash.path } else { try? fileManager.removeItem(at: spare) }
                }
                staging = state.url.appendingPathComponent("staging-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
                guard mkdir(staging.path, 0o755) == 0 else {
                    throw Failure("build.write-failed.new-folder", ["reason": .text(String(cString: strerror(errno)))])
                }
                previous = nil
                previousFolders = []
            }
        } catch {
            lock.release()
            throw error
        }
        stagingPath = staging.path
    }

    /// The published folder (nil when there is none yet); refused when it is a link or not
    /// a folder.
    private static func publishedTree(at path: String, display: String) throws -> stat? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            throw StateFolder.Unsafe("build.unsafe-folder.output-link", ["folder": .text(display)])
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw Failure("build.write-failed.not-folder", ["folder": .text(display)]) }
        return info
    }

    /// The state folder, checked, with its lock held. A failed first build removes the
    /// state folder it created as it lets go of the lock; a build that was waiting for it
    /// then finds no lock file and starts again (once or twice).
    private static func lockedState(of destination: URL, display: String, wait: Double) throws -> (StateFolder, ExclusiveLock) {
        var attempt = 0
        while true {
            let state = try StateFolder(destination: destination, display: display)
            let file = state.url.appendingPathComponent("lock").path
            do {
                guard let lock = try ExclusiveLock.acquire(file: file, wait: wait) else {
                    throw Busy(holder: ExclusiveLock.holder(of: file), waited: wait)
                }
                return (state, lock)
            } catch let failure as ExclusiveLock.Failure where failure.code == ENOENT && attempt < 3 {
                attempt += 1
            }
        }
    }

    /// Called before anything in the spare changes: from then on its manifest no longer
    /// describes it, so the manifest goes first (once). A spare left half updated by a
    /// failed build is never trusted again.
    func touchingSpare() throws {
        guard previous != nil else { return }
        try spareLock.withLock {
            guard let manifest = spareManifest else { return }
            if unlink(manifest.path) != 0 && errno != ENOENT {
                throw Failure("build.write-failed.mark-updating", ["reason": .text(String(cString: strerror(errno)))])
            }
            spareManifest = nil
        }
    }

    /// Removes the spare's files that the new tree does not hold (so far), except those
    /// `sparing` keeps for later: before the search index is made, so that Pagefind reads
    /// only the pages of this build. Nothing to do in a fresh tree.
    func removeStale(sparing: (String) -> Bool = { _ in false }) throws {
        try removeStale(given: written.manifest, sparing: sparing)
    }

    private func removeStale(given manifest: OutputManifest, sparing: (String) -> Bool = { _ in false }) throws {
        guard let previous else { return }
        for stale in previous.files.keys where manifest.files[stale] == nil && !removed.contains(stale) && !sparing(stale) {
            try touchingSpare()
            unlink(stagingPath + "/" + stale)
            removed.insert(stale)
        }
    }

    /// Removes what the spare holds and the new site does not, then swaps the new tree in;
    /// the old tree becomes the spare, with its manifest. Lets the next build in.
    /// `then` runs once the new tree is in place, before the lock is let go.
    func publish(then: () throws -> Void = {}) throws {
        try swapIn()
        try then()
        lock.release()
        if let trash { TrashRemoval.start(trash) }
    }

    private func swapIn() throws {
        let manifest = written.manifest
        if let previous {
            filesUnchanged = written.kept
            if manifest.files.count != filesUnchanged || previous.files.count != filesUnchanged { try touchingSpare() }
            try removeStale(given: manifest)
            filesRemoved = removed.count
            // Folders left empty, deepest first.
            for folder in previousFolders.subtracting(manifest.folders).sorted(by: { $0.count > $1.count }) {
                rmdir(stagingPath + "/" + folder)
            }
        }
        filesChanged = manifest.files.count - filesUnchanged
        var info = stat()
        let exists = lstat(destination.path, &info) == 0
        if exists && (info.st_mode & S_IFMT) != S_IFDIR {
            discard()
            throw Failure("build.write-failed.not-folder", ["folder": .text(destination.path)])
        }
        try state.verify()
        guard let newInode = OutputManifest.inode(of: stagingPath) else { throw Failure("build.write-failed.vanished") }
        // The new tree is complete: its manifest may now exist.
        try manifest.write(to: stateFolder.appendingPathComponent("manifest-\(newInode)"))
        if !exists {
            guard rename(stagingPath, destination.path) == 0 else { throw Failure("build.write-failed.publish", ["reason": .text(String(cString: strerror(errno)))]) }
            return
        }
        let spare = stateFolder.appendingPathComponent("spare")
        if lentera_exchange_paths(stagingPath, destination.path) == 0 {
            // The old site now sits where the new one was written; it becomes the spare
            // (its manifest, written when it was published, still describes it).
            if stagingPath != spare.path, rename(stagingPath, spare.path) != 0 { try? fileManager.removeItem(at: staging) }
            removeStaleManifests()
            return
        }
        // Without an atomic exchange: two renames, with the old tree kept until the new
        // one is in place; no spare is kept.
        let old = stateFolder.appendingPathComponent("trash-old-\(getpid())")
        guard rename(destination.path, old.path) == 0 else { throw Failure("build.write-failed.publish", ["reason": .text(String(cString: strerror(errno)))]) }
        guard rename(stagingPath, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            rename(old.path, destination.path)
            throw Failure("build.write-failed.publish", ["reason": .text(reason)])
        }
        try? fileManager.removeItem(at: old)
        removeStaleManifests()
    }

    /// Keeps the manifests of the published tree and of the spare, removes the others.
    private func removeStaleManifests() {
        let keep = [destination.path, stateFolder.appendingPathComponent("spare").path].compactMap(OutputManifest.inode).map { "manifest-\($0)" }
        for name in (try? fileManager.contentsOfDirectory(atPath: stateFolder.path)) ?? [] where OutputManifest.isManifest(name) && !keep.contains(name) {
            try? fileManager.removeItem(at: stateFolder.appendingPathComponent(name))
        }
    }

    /// Removes a fresh staged tree; a spare being updated is left (without a manifest,
    /// so it is not trusted again). The published one is untouched. A state folder this
    /// build created and left empty goes too (a failed first build leaves nothing). Lets
    /// the next build in.
    func discard() {
        if previous == nil { try? fileManager.removeItem(at: staging) }
        if state.created, (try? fileManager.contentsOfDirectory(atPath: state.path)) == ["lock"] {
            lock.release(removingFile: true)
            rmdir(state.path)
        } else {
            lock.release()
        }
        if let trash { TrashRemoval.start(trash) }
    }
}

extension StagedOutput {
    /// Takes the page at `relative` as it already is, without rendering it, when a tree
    /// holds it with the same `fingerprint` (so made from the same inputs): the spare being
    /// brought up to date (nothing to do), or else the published tree (its file copied, once
    /// its stamp and hash show it is still what was written). False: render it.
    func reuse(_ relative: String, fingerprint: UInt64) throws -> Bool {
        try reuse([(relative, fingerprint)])
    }

    /// `reuse` for files made together: all of them taken, or none.
    func reuse(_ files: [(relative: String, fingerprint: UInt64)]) throws -> Bool {
        guard reusesPages else { return false }
        var found: [(String, UInt64, Reused)] = []
        for (relative, fingerprint) in files {
            guard let reused = try reusable(relative, fingerprint: fingerprint) else { return false }
            found.append((relative, fingerprint, reused))
        }
        for (relative, fingerprint, reused) in found {
            switch reused {
            case .kept(let entry, let stamp):
                written.add(relative, entry, stamp, kept: true, fingerprint: fingerprint)
            case .copied(let bytes):
                try makeFolder(of: relative)
                try bytes.withUnsafeBytes { try write(relative, bytes: $0, fingerprint: fingerprint) }
            }
        }
        publishedLock.withLock { reusedCount += found.count }
        return true
    }

    /// Where a page with its fingerprint already is.
    private enum Reused {
        /// In the spare, as it must be.
        case kept(OutputManifest.Entry, FileStamp)
        /// In the published tree: these bytes.
        case copied([UInt8])
    }

    private func reusable(_ relative: String, fingerprint: UInt64) throws -> Reused? {
        let path = stagingPath + "/" + (try confined(relative))
        if let previous, previous.fingerprints[relative] == fingerprint, let entry = previous.files[relative],
           let stamp = previous.holds(relative, entry, at: path) {
            return .kept(entry, stamp)
        }
        guard let published = published(), published.fingerprints[relative] == fingerprint,
              let entry = published.files[relative], let stamp = published.stamps[relative],
              let bytes = Self.contents(of: destination.path + "/" + relative, stamp: stamp),
              bytes.withUnsafeBytes({ OutputManifest.hash($0) }) == entry.hash else { return nil }
        return .copied(bytes)
    }

    /// The published tree's manifest, when there is a published tree and its manifest.
    private func published() -> OutputManifest? {
        publishedLock.withLock {
            if let known = publishedManifest { return known }
            let manifest = OutputManifest.inode(of: destination.path)
                .flatMap { OutputManifest.read(from: stateFolderURL.appendingPathComponent("manifest-\($0)")) }
            publishedManifest = .some(manifest)
            return manifest
        }
    }

    /// The bytes of the regular file at `path` (never through a link) when one `fstat`
    /// gives `stamp`: the file is still the one a manifest describes.
    private static func contents(of path: String, stamp: FileStamp) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard FileStamp(descriptor: descriptor) == stamp, stamp.size >= 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(stamp.size))
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + done, $0.count - done) }
            guard count > 0 else { return nil }
            done += count
        }
        return bytes
    }
}
