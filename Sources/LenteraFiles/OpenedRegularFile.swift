import LenteraDiagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file open for reading, opened the one way this module's readers open a file
/// (`RegularFile` whole, `FileHead` its first bytes, `FileChunks` in pieces): never a FIFO,
/// a socket, a device or a folder, and (unless asked) never through a symbolic link.
///
/// The file is opened with `O_NOFOLLOW` (a last component that became a link after the
/// folder was listed is refused) and `O_NONBLOCK` (opening a FIFO does not wait for a
/// writer), then `fstat` on the open descriptor — the very file that will be read, not the
/// name looked at before — must say it is a regular file before a byte is read. The
/// descriptor is closed when the value goes (it cannot be copied, so it is closed once).
struct OpenedRegularFile: ~Copyable {
    private let descriptor: Int32
    /// The size `fstat` gave when the file was opened.
    let size: Int
    /// What `fstat` gave when the file was opened.
    let stamp: ContentStamp?

    /// Opens `path`. `followingLinks` is for a path the user named (a command-line
    /// option), not for entries of a closed folder.
    init(_ path: String, followingLinks: Bool = false) throws(EntryProblem) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followingLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else {
            if errno == ELOOP && !followingLinks { throw .unreadable(reason: Message("files.replaced-by-link")) }
            throw .unreadable(reason: FileSystem.lastErrorReason())
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = FileSystem.lastErrorReason()   // before `close` can change `errno`
            close(descriptor)
            throw .unreadable(reason: reason)
        }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else {
            close(descriptor)
            throw .specialFile(kind: FileSystem.describe(kind))
        }
        self.descriptor = descriptor
        self.size = max(Int(info.st_size), 0)
        self.stamp = ContentStamp(info)
    }

    deinit { close(descriptor) }

    /// One `read(2)` into `buffer` from `offset` to its end (which must hold at least one
    /// byte), again when a signal interrupts it: how many bytes came, 0 at the end of the file.
    func read(into buffer: inout [UInt8], at offset: Int) throws(EntryProblem) -> Int {
        precondition(offset >= 0 && offset < buffer.count, "no room to read into")
        while true {
            // `offset < buffer.count`, so the buffer from `offset` holds `count - offset` bytes.
            let got = buffer.withUnsafeMutableBytes { bytes in systemRead(descriptor, bytes.baseAddress! + offset, bytes.count - offset) }
            if got >= 0 { return got }
            if errno != EINTR { throw .unreadable(reason: FileSystem.lastErrorReason()) }
        }
    }

    /// Reads into `buffer` from `offset` until it is full or the file ends: how far it is
    /// filled (less than `buffer.count` only at the end of the file).
    func fill(_ buffer: inout [UInt8], from offset: Int = 0) throws(EntryProblem) -> Int {
        var filled = offset
        while filled < buffer.count {
            let got = try read(into: &buffer, at: filled)
            if got == 0 { break }
            filled += got
        }
        return filled
    }
}

/// `read(2)`, under a name that the type's own `read` does not hide.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
