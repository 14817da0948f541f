#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LenteraDiagnostics

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
    /// Whether another process held the lock when it was first tried (this one waited),
    /// and the process id that other wrote in the lock file, if any.
    public let waited: Bool
    public let waitedFor: Int32?

    private init(descriptor: Int32, path: String?, waitedFor: Int32?? = nil) {
        self.descriptor = descriptor
        self.path = path
        waited = waitedFor != nil
        self.waitedFor = waitedFor ?? nil
    }

    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong, in the reader's language.
        public let message: Message
        /// The `errno` of the call that failed.
        public let code: Int32

        /// `message` in the current language.
        public var description: String { message.text() }
    }

    /// Locks the file at `file`, creating it (mode 0644) if needed; never follows a link
    /// there. Once held, the file holds the process id (`holder` reads it). Nil when
    /// another process held it for all of `wait` seconds.
    public static func acquire(file: String, wait: Double) throws(Failure) -> ExclusiveLock? {
        let deadline = ContinuousClock.now + .milliseconds(Int(max(wait, 0) * 1000))
        /// The holder seen when the lock was first found taken (`.some(nil)`: no id written).
        var other: Int32??
        while true {
            let descriptor = open(file, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                let code = errno
                throw Failure(message: Message("files.lock.cannot-open-file", ["file": .text(file), "reason": .text(String(cString: strerror(code)))]), code: code)
            }
            var info = stat()
            guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                close(descriptor)
                throw Failure(message: Message("files.lock.not-a-file", ["file": .text(file)]), code: EINVAL)
            }
            guard lock(descriptor, until: deadline, taken: { if other == nil { other = .some(holder(of: file)) } }) else {
                close(descriptor)
                return nil
            }
            // The holder before may have removed the file as it finished: a lock on a file
            // that is no longer at the path locks nothing. Open the path again.
            var current = stat()
            guard lstat(file, &current) == 0, current.st_ino == info.st_ino, current.st_dev == info.st_dev else {
                close(descriptor)
                continue
            }
            let text = "\(getpid())\n"
            _ = ftruncate(descriptor, 0)
            // The C string lives for the closure; strlen bytes of it are written.
            _ = text.withCString { pwrite(descriptor, $0, strlen($0), 0) }
            return ExclusiveLock(descriptor: descriptor, path: file, waitedFor: other)
        }
    }

    /// Locks a folder itself (no file is created in it). Nil when another process held
    /// it for all of `wait` seconds; throws when the folder cannot be opened (with the
    /// reason: no permission, not a folder…).
    public static func acquire(folder: String, wait: Double) throws(Failure) -> ExclusiveLock? {
        let deadline = ContinuousClock.now + .milliseconds(Int(max(wait, 0) * 1000))
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw Failure(message: Message("files.lock.cannot-open-folder", ["folder": .text(folder), "reason": .text(String(cString: strerror(code)))]), code: code)
        }
        var taken = false
        guard lock(descriptor, until: deadline, taken: { taken = true }) else {
            close(descriptor)
            return nil
        }
        return ExclusiveLock(descriptor: descriptor, path: nil, waitedFor: taken ? .some(nil) : nil)
    }

    /// Tries until `deadline`; `taken` is called each time another process holds it.
    private static func lock(_ descriptor: Int32, until deadline: ContinuousClock.Instant, taken: () -> Void) -> Bool {
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { return false }
            if errno == EWOULDBLOCK { taken() }
            guard ContinuousClock.now < deadline else { return false }
            usleep(20_000)
        }
        return true
    }

    /// The process id written in a lock file by the process holding it, if any.
    public static func holder(of file: String) -> Int32? {
        guard case .success(let bytes) = RegularFile.read(file) else { return nil }
        return Int32(String(decoding: bytes.filter { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: " ") }, as: UTF8.self))
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
