#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing files whole or not at all, and the one loop that writes a buffer to a
/// descriptor. Used for the survey results an import writes into the content folder and
/// for the manifests a build writes into its state folder.
public enum AtomicFile {
    /// A write that failed: what was being done, and the system's reason.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let reason: String
        /// The `errno` of the call that failed.
        public let code: Int32
        public var description: String { reason }

        public init(reason: String, code: Int32) {
            self.reason = reason
            self.code = code
        }

        /// The current `errno`, in words.
        static func last() -> Failure {
            let code = errno
            return Failure(reason: String(cString: strerror(code)), code: code)
        }
    }

    /// Writes all of `bytes` to `descriptor`, however many `write` calls it takes
    /// (retried on EINTR).
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) throws(Failure) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            // `offset < bytes.count`, so `base + offset` and the `count - offset` bytes after
            // it lie inside the buffer.
            let written = systemWrite(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure.last()
            }
            offset += written
        }
    }

    /// Writes `bytes` as `name` in `folder`, whole or not at all: into `temporary` beside
    /// it (created exclusively, never through a link nor over another file), synced first
    /// when `sync`, then renamed over `name` (a link there is replaced, not followed). The
    /// temporary is removed on any failure. The file is made with `mode` (less the umask):
    /// 0600 for a file only its owner may read, such as the editor's accounts.
    public static func write(_ bytes: UnsafeRawBufferPointer, as name: String, in folder: OpenFolder, temporary: String,
                             sync: Bool, mode: mode_t = 0o644) throws(Failure) {
        let descriptor = openat(folder.descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw Failure.last() }
        var failure: Failure?
        do { try writeAll(bytes, to: descriptor) } catch { failure = error }
        if failure == nil && sync && fsync(descriptor) != 0 { failure = .last() }
        if close(descriptor) != 0 && failure == nil { failure = .last() }
        if failure == nil && renameat(folder.descriptor, temporary, folder.descriptor, name) != 0 { failure = .last() }
        if let failure {
            unlinkat(folder.descriptor, temporary, 0)
            throw failure
        }
    }
}

/// `write(2)`, under a name that `AtomicFile.write` does not hide.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
