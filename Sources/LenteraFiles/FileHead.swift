import LenteraDiagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first bytes of a regular file and its size, read as `RegularFile` reads (never a
/// FIFO, a socket or a device; never through a link at the last component): what tells a
/// file's type by its content, and an image's size, without reading a large file whole.
public struct FileHead: Sendable, Equatable {
    public var bytes: [UInt8]
    public var size: Int

    public init(bytes: [UInt8], size: Int) {
        self.bytes = bytes
        self.size = size
    }

    /// At most `count` bytes from the start of the file at `path`.
    public static func read(_ path: String, count: Int) -> Result<FileHead, EntryProblem> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard descriptor >= 0 else {
            if errno == ELOOP { return .failure(.unreadable(reason: Message("files.replaced-by-link"))) }
            return .failure(.unreadable(reason: FileSystem.lastErrorReason()))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(reason: FileSystem.lastErrorReason())) }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else { return .failure(.specialFile(kind: FileSystem.describe(kind))) }
        var bytes = [UInt8](repeating: 0, count: max(min(count, Int(info.st_size)), 0))
        var filled = 0
        while filled < bytes.count {
            let got = bytes.withUnsafeMutableBytes { buffer in headRead(descriptor, buffer.baseAddress! + filled, buffer.count - filled) }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason: FileSystem.lastErrorReason()))
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeLast(bytes.count - filled)
        return .success(FileHead(bytes: bytes, size: Int(info.st_size)))
    }
}

/// A regular file read in pieces, for copying a large file without holding it whole: opened
/// as `FileHead` opens (`O_NOFOLLOW`, `O_NONBLOCK`, checked regular on the descriptor).
public final class FileChunks {
    private var descriptor: Int32

    public init(_ path: String) throws(EntryProblem) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard descriptor >= 0 else {
            if errno == ELOOP { throw .unreadable(reason: Message("files.replaced-by-link")) }
            throw .unreadable(reason: FileSystem.lastErrorReason())
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            close(descriptor)
            throw .unreadable(reason: FileSystem.lastErrorReason())
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw .specialFile(kind: FileSystem.describe(info.st_mode & S_IFMT))
        }
        self.descriptor = descriptor
    }

    /// Appends up to `count` bytes to `buffer`; false at the end of the file.
    public func read(into buffer: inout [UInt8], count: Int) throws(EntryProblem) -> Bool {
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        while true {
            let got = buffer.withUnsafeMutableBytes { bytes in headRead(descriptor, bytes.baseAddress! + start, count) }
            if got < 0 {
                if errno == EINTR { continue }
                buffer.removeLast(count)
                throw .unreadable(reason: FileSystem.lastErrorReason())
            }
            buffer.removeLast(count - got)
            return got > 0
        }
    }

    deinit { close(descriptor) }
}

/// `read(2)`, under a name that the types' own `read` does not hide.
private func headRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
