import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Told by the kernel (Linux `inotify`) when anything changes in a set of folders: an entry
/// made, written, removed, renamed or its metadata changed. It says only *that* something
/// changed, never what: the preview still looks at the folders (`FolderStamps`) to know, so
/// a missed or extra signal costs a look, never a wrong build. Without it, a preview of a
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
        for folder in folders where inotify_add_watch(descriptor, folder, Self.events | UInt32(IN_DONT_FOLLOW)) < 0 {
            // ENOENT, ENOTDIR: gone or no folder now (the next look says so); anything else
            // (ENOSPC: the system's limit) means a change there could be missed.
            if errno != ENOENT && errno != ENOTDIR { all = false }
        }
        lock.withLock { complete = complete && all }
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
            while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 { got = true }
            if got { return true }
        }
    }

    /// Ends `wait` (within a fifth of a second).
    public func stop() {
        lock.withLock { stopped = true }
    }
}
