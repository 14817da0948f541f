import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Told by the kernel (Linux `inotify`) when anything changes in a set of folders: an entry
/// made, written, removed, renamed or its metadata changed. It says *where* (`takeChanges`:
/// the folders with an event), not what: the preview looks again at those folders
/// (`FolderStamps.refreshing`) to know. When the kernel's queue overflowed, or an event came
/// from a watch it does not know, it says so, and the preview looks at everything. Without it, a preview of a
/// national portal looked at its folders only every few seconds (a look takes 0.3–0.5 s at
/// 50,000 services, and looking was kept near 5 % of a core).
///
/// A folder beyond the system's limit of watches (`fs.inotify.max_user_watches`) is not
/// watched: `isComplete` is false then, and the preview keeps looking on its own as before.
public final class FolderWatch: @unchecked Sendable {
    // Invariant (why it may be shared): `descriptor` is set once; `complete` and `stopped`
    // are read and written under `lock`.
    private let descriptor: Int32
    private let lock = NSLock()
    private var complete = true
    private var stopped = false
    /// Each watch's folder (`inotify_add_watch` gives one watch per folder); the folders
    /// with events since the last `takeChanges`, and whether any event could not be placed.
    private var folders: [Int32: String] = [:]
    private var watches: [String: Int32] = [:]
    private var changed: Set<String> = []
    private var lost = false

    private static let events = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
                                       | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    /// Nil where the kernel offers no such watch.
    public init?() {
        let descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Whether every folder given to `watch` is watched.
    public var isComplete: Bool { lock.withLock { complete } }

    /// Watches these folders too (a folder watched already costs one system call). A path
    /// that is not a folder now, or a link, is left out (`IN_ONLYDIR`, `IN_DONT_FOLLOW`).
    public func watch(_ folders: [String]) {
        var all = true
        var added: [Int32: String] = [:]
        for folder in folders {
            let watch = inotify_add_watch(descriptor, folder, Self.events | UInt32(IN_DONT_FOLLOW))
            if watch >= 0 {
                added[watch] = folder
            } else if errno != ENOENT && errno != ENOTDIR {
                // ENOENT, ENOTDIR: gone or no folder now (the next look says so); anything
                // else (ENOSPC: the system's limit) means a change there could be missed.
                all = false
            }
        }
        lock.withLock {
            complete = complete && all
            for (watch, folder) in added where self.folders[watch] != folder {
                // A folder new to the watch (or the same folder under its new name, after a
                // rename) is named as changed: whatever was written in it before its watch
                // existed is then looked at.
                if let old = self.folders[watch] { watches[old] = nil }
                self.folders[watch] = folder
                watches[folder] = watch
                changed.insert(folder)
            }
        }
    }

    /// Of `paths`, the folders without a live watch (never watched, or whose watch went with
    /// the folder: a folder made again under the same name may get the old inode back).
    public func unwatched(_ paths: some Sequence<String>) -> [String] {
        lock.withLock { paths.filter { watches[$0] == nil } }
    }

    /// The folders in which something changed since the last call (absolute paths, as
    /// given to `watch`), emptied; nil when that cannot be told (the kernel's queue
    /// overflowed, an event of an unknown watch): then everything must be looked at.
    public func takeChanges() -> Set<String>? {
        lock.withLock {
            defer { (changed, lost) = ([], false) }
            return lost ? nil : changed
        }
    }

    /// Notes the folders of the events in `bytes` (`struct inotify_event`s, one after the other).
    private func note(_ bytes: UnsafeRawBufferPointer) {
        let header = MemoryLayout<inotify_event>.size
        var offset = 0
        lock.withLock {
            while offset + header <= bytes.count {
                let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                offset += header + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    lost = true
                } else if mask & UInt32(IN_IGNORED) != 0 {
                    // The watch is gone with its folder (its parent's watch told of that).
                    if let folder = folders.removeValue(forKey: watch), watches[folder] == watch { watches[folder] = nil }
                } else if let folder = folders[watch] {
                    changed.insert(folder)
                } else {
                    lost = true
                }
            }
        }
    }

    /// Waits until something changes in a watched folder (true), or until `stop` (false).
    /// Reads every event waiting, so that a burst of changes is one signal.
    public func wait() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            if lock.withLock({ stopped }) { return false }
            var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&waiting, 1, 200)
            guard ready > 0 else { continue }
            var got = false
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                buffer.withUnsafeBytes { note(UnsafeRawBufferPointer(rebasing: $0.prefix(count))) }
                got = true
            }
            if got { return true }
        }
    }

    /// Ends `wait` (within a fifth of a second).
    public func stop() {
        lock.withLock { stopped = true }
    }
}
