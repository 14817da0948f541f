import Foundation
import LenteraFiles

/// Titles of listed files by their stamps (`ContentStore.summaryOf`), shared by the copies
/// of a `ContentStore`.
final class ListedTitles: @unchecked Sendable {
    /// Guarded by `lock`.
    private var titles: [String: (stamp: FolderStamps.Stamp, title: String, readOnly: Bool)] = [:]
    private let lock = NSLock()

    func known(_ path: String, stamp: FolderStamps.Stamp) -> (title: String, readOnly: Bool)? {
        lock.lock()
        defer { lock.unlock() }
        guard let kept = titles[path], kept.stamp == stamp else { return nil }
        return (kept.title, kept.readOnly)
    }

    func keep(_ path: String, stamp: FolderStamps.Stamp, _ summary: (title: String, readOnly: Bool)) {
        lock.lock()
        titles[path] = (stamp, summary.title, summary.readOnly)
        lock.unlock()
    }
}
