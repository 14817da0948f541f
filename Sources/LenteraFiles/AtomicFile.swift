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

/// A file written in pieces and sealed as `BinaryWriter.seal` seals bytes (the hash of all
/// of them after them), whole or not at all: into `temporary` in `folder` (created
/// exclusively, never through a link nor over another file), renamed over `name` by
/// `finish`; the temporary is removed on any failure and by `abandon`. A large file (the
/// build cache of a national portal, hundreds of megabytes) is then never all in memory.
public final class SealedFile {
    private let folder: OpenFolder
    private let name: String
    private let temporary: String
    private var descriptor: Int32
    private var hasher = ContentHasher()

    public init(_ name: String, in folder: OpenFolder, temporary: String) throws(AtomicFile.Failure) {
        descriptor = openat(folder.descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw AtomicFile.Failure.last() }
        self.folder = folder
        self.name = name
        self.temporary = temporary
    }

    /// Appends `bytes` (and counts them in the seal).
    public func write(_ bytes: [UInt8]) throws(AtomicFile.Failure) {
        guard descriptor >= 0 else { throw AtomicFile.Failure(reason: "closed", code: EBADF) }
        var failure: AtomicFile.Failure?
        bytes.withUnsafeBytes { raw in
            hasher.update(raw)
            do throws(AtomicFile.Failure) { try AtomicFile.writeAll(raw, to: descriptor) } catch { failure = error }
        }
        if let failure {
            abandon()
            throw failure
        }
    }

    /// Writes the seal, closes the file and renames it over `name`.
    public func finish() throws(AtomicFile.Failure) {
        let seal = withUnsafeBytes(of: hasher.finalize().littleEndian) { Array($0) }
        try write(seal)
        let closed = close(descriptor)
        descriptor = -1
        guard closed == 0, renameat(folder.descriptor, temporary, folder.descriptor, name) == 0 else {
            let failure = AtomicFile.Failure.last()
            unlinkat(folder.descriptor, temporary, 0)
            throw failure
        }
    }

    /// Closes and removes the temporary (nothing is renamed).
    public func abandon() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        unlinkat(folder.descriptor, temporary, 0)
    }

    deinit { abandon() }
}
