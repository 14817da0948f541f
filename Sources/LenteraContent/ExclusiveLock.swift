import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One writer at a time: an exclusive `flock(2)` on a lock file (a build's output) or on a
/// folder itself (an import's content folder). The lock belongs to the open file, so it
/// dies with the process however the process ends: a build killed with SIGKILL never
/// leaves a stale lock.
///
/// Waiting is bounded: `acquire` tries every 20 ms until `wait` seconds have passed, then
/// gives up (returns nil); the caller says who holds it (`holder`).
public final class ExclusiveLock {
    /// The locked descriptor; -1 once released.
    private var descriptor: Int32
    /// The lock file, when the lock is on a file (nil for a folder).
    private let path: String?

    private init(descriptor: Int32, path: String?) {
        self.descriptor = descriptor
        self.path = path
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        /// The `errno` of the call that failed.
        public let code: Int32
    }

    /// Locks the file at `file`, creating it (mode 0644) if needed; never follows a link
    /// there. Once held, the file holds the process id (`holder` reads it). Nil when
    /// another process held it for all of `wait` seconds.
    public static func acquire(file: URL, wait: Double) throws -> ExclusiveLock? {
        let deadline = ContinuousClock.now + .milliseconds(Int(max(wait, 0) * 1000))
        while true {
            let descriptor = open(file.path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                let code = errno
                throw Failure(description: "cannot open the lock file `\(file.path)`: \(String(cString: strerror(code)))", code: code)
            }
            var info = stat()
            guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                close(descriptor)
                throw Failure(description: "the lock file `\(file.path)` is not a plain file", code: EINVAL)
            }
            guard lock(descriptor, until: deadline) else {
                close(descriptor)
                return nil
            }
            // The holder before may have removed the file as it finished: a lock on a file
            // that is no longer at the path locks nothing. Open the path again.
            var current = stat()
            guard lstat(file.path, &current) == 0, current.st_ino == info.st_ino, current.st_dev == info.st_dev else {
                close(descriptor)
                continue
            }
            let text = "\(getpid())\n"
            _ = ftruncate(descriptor, 0)
            // The C string lives for the closure; strlen bytes of it are written.
            _ = text.withCString { pwrite(descriptor, $0, strlen($0), 0) }
            return ExclusiveLock(descriptor: descriptor, path: file.path)
        }
    }

    /// Locks a folder itself (no file is created in it). Nil when another process held
    /// it for all of `wait` seconds, or when the folder cannot be opened.
    public static func acquire(folder: URL, wait: Double) -> ExclusiveLock? {
        let deadline = ContinuousClock.now + .milliseconds(Int(max(wait, 0) * 1000))
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard lock(descriptor, until: deadline) else {
            close(descriptor)
            return nil
        }
        return ExclusiveLock(descriptor: descriptor, path: nil)
    }

    private static func lock(_ descriptor: Int32, until deadline: ContinuousClock.Instant) -> Bool {
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, ContinuousClock.now < deadline else { return false }
            usleep(20_000)
        }
        return true
    }

    /// The process id written in a lock file by the process holding it, if any.
    public static func holder(of file: URL) -> Int32? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        return Int32(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Lets the next writer in. With `removingFile`, the lock file is removed first (a
    /// process waiting on it then opens the path again, see `acquire`).
    public func release(removingFile: Bool = false) {
        guard descriptor >= 0 else { return }
        if let path {
            if removingFile { unlink(path) } else { _ = ftruncate(descriptor, 0) }
        }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
