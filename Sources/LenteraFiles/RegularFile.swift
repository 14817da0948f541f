import LenteraDiagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole regular file, and nothing else: never a FIFO, a socket or a device, and
/// (unless asked) never through a symbolic link.
///
/// The file is opened with `O_NOFOLLOW` (a last component that became a link after the
/// folder was listed is refused) and `O_NONBLOCK` (opening a FIFO does not wait for a
/// writer), then `fstat` on the open descriptor — the very file that will be read, not
/// the name looked at before — must say it is a regular file before a byte is read.
public enum RegularFile {
    /// The largest file read: 16 MiB. The largest service standard of a national portal is a
    /// few KB; a bound keeps a stray multi-gigabyte file from filling the memory.
    public static let maximumSize = 16 * 1_048_576

    /// The file's bytes, or why it was not read. `followingLinks` is for a path the user
    /// named (a command-line option), not for entries of a closed folder.
    public static func read(_ path: String, followingLinks: Bool = false) -> Result<[UInt8], EntryProblem> {
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followingLinks ? 0 : O_NOFOLLOW)
        let descriptor = open(path, flags)
        guard descriptor >= 0 else {
            if errno == ELOOP && !followingLinks {
                return .failure(.unreadable(reason: Message("files.replaced-by-link")))
            }
            return .failure(.unreadable(reason: FileSystem.lastErrorReason()))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(reason: FileSystem.lastErrorReason())) }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else { return .failure(.specialFile(kind: FileSystem.describe(kind))) }
        guard Int(info.st_size) <= maximumSize else { return .failure(.tooLarge(bytes: Int(info.st_size))) }
        // One byte more than the size, so that a file that did not grow is read to its end
        // (a read of 0) without a second allocation.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
            // `filled < bytes.count`, so the buffer from `filled` holds `count - filled` bytes.
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason: FileSystem.lastErrorReason()))
            }
            if count == 0 { break }
            filled += count
            // A file that grows while it is read is held to the same bound.
            if filled > maximumSize { return .failure(.tooLarge(bytes: filled)) }
        }
        bytes.removeLast(bytes.count - filled)
        return .success(bytes)
    }
}

/// `read(2)`, under a name that the enum's own `read` does not hide.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
