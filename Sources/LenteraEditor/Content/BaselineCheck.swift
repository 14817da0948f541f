import Crypto
import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraFiles

/// What the content and templates folders held when a check read them: every entry's
/// stamp (`FolderStamps`), and the SHA-256 of the files changed in the last second before
/// the look, whose stamps alone cannot prove them unchanged (a file written again in the
/// same tick of the file system's clock keeps its stamp). The day is part of it: a check
/// judges survey dates against today.
struct ContentFingerprint: Equatable, Sendable {
    let stamps: FolderStamps
    let digests: [String: [UInt8]]
    let date: CalendarDate

    /// How long before a look a change makes a file's stamp unreliable: far more than any
    /// file system's clock tick, so that nothing depends on the tick's size.
    static let racyWindow: Int64 = 1_000_000_000

    static func take(_ roots: [String], date: CalendarDate) -> ContentFingerprint {
        let lookedAt = FolderStamps.now()
        let stamps = FolderStamps.look(at: roots)
        var digests: [String: [UInt8]] = [:]
        for path in stamps.changed(since: lookedAt - racyWindow) where stamps.entries[path]?.isRegularFile == true {
            digests[path] = digest(of: path)
        }
        return ContentFingerprint(stamps: stamps, digests: digests, date: date)
    }

    /// Whether the folders hold now what they held at this fingerprint: the same stamps,
    /// and the same bytes in the files that were recent then.
    func stillHolds(_ roots: [String], date: CalendarDate) -> Bool {
        guard date == self.date, FolderStamps.look(at: roots) == stamps else { return false }
        return digests.allSatisfy { Self.digest(of: $0.key) == $0.value }
    }

    /// Whether `now` is this fingerprint with only `path` (absolute) written as `bytes`:
    /// every other entry's stamp the same, aside from the folders from `root` down to the
    /// file (a write changes their times, and makes the missing ones) and a save's
    /// temporaries beside it; the recent files' bytes the same; the file's bytes `bytes`.
    func becomes(_ now: ContentFingerprint, writing path: String, bytes: [UInt8], under root: String, temporaryPrefix: String) -> Bool {
        guard now.date == date else { return false }
        var touched: Set<String> = [path]
        var folder = PathText.parent(path)
        while folder.count >= root.count, !folder.isEmpty {
            touched.insert(folder)
            if folder == root { break }
            folder = PathText.parent(folder)
        }
        let parent = PathText.parent(path)
        func untouched(_ entries: [String: FolderStamps.Stamp]) -> [String: FolderStamps.Stamp] {
            entries.filter { entry in
                !touched.contains(entry.key)
                    && !(PathText.parent(entry.key) == parent && PathText.lastComponent(entry.key).hasPrefix(temporaryPrefix))
            }
        }
        guard untouched(stamps.entries) == untouched(now.stamps.entries) else { return false }
        for (file, digest) in digests where file != path {
            guard (now.digests[file] ?? Self.digest(of: file)) == digest else { return false }
        }
        return Self.digest(of: path) == Array(SHA256.hash(data: bytes))
    }

    /// SHA-256 of a file's bytes; empty when it cannot be read (then it never matches a
    /// file that could).
    static func digest(of path: String) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return Array(SHA256.hash(data: data))
    }
}

/// The diagnostics of `lentera check` on the content folder as it is on disk (the baseline a
/// save's check is compared with, to tell the problems it causes elsewhere), kept with the
/// fingerprint of what that check read and reused only while the folders still match it.
/// Shared by the copies of a `ContentStore`.
final class BaselineCheck: @unchecked Sendable {
    /// Guarded by `lock`.
    private var kept: (fingerprint: ContentFingerprint, diagnostics: [Diagnostic])?
    /// How many times a kept baseline was used (tests read it).
    private var reuses = 0
    private let lock = NSLock()

    /// The kept diagnostics when the folders still match their fingerprint.
    func reusable(_ roots: [String], date: CalendarDate) -> (fingerprint: ContentFingerprint, diagnostics: [Diagnostic])? {
        guard let kept = withLock({ kept }) else { return nil }
        guard kept.fingerprint.stillHolds(roots, date: date) else { return nil }
        withLock { reuses += 1 }
        return kept
    }

    func keep(_ diagnostics: [Diagnostic], of fingerprint: ContentFingerprint) {
        withLock { kept = (fingerprint, diagnostics) }
    }

    func forget() { withLock { kept = nil } }

    /// Guarded by `lock`: a baseline is being made ahead of a save.
    private var preparing = false

    /// Claims the making of a baseline ahead of a save; false when one is under way.
    func startPreparing() -> Bool {
        withLock {
            guard !preparing else { return false }
            preparing = true
            return true
        }
    }

    func endPreparing() { withLock { preparing = false } }

    var reuseCount: Int { withLock { reuses } }

    private func withLock<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}

