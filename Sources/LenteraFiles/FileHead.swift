/// The first bytes of a regular file and its size, read as `RegularFile` reads (never a
/// FIFO, a socket or a device; never through a link at the last component: opened as
/// `OpenedRegularFile` says): what tells a file's type by its content, and an image's
/// size, without reading a large file whole.
public struct FileHead: Sendable, Equatable {
    public var bytes: [UInt8]
    public var size: Int

    public init(bytes: [UInt8], size: Int) {
        self.bytes = bytes
        self.size = size
    }

    /// At most `count` bytes from the start of the file at `path`.
    public static func read(_ path: String, count: Int) -> Result<FileHead, EntryProblem> {
        Result { () throws(EntryProblem) in
            let file = try OpenedRegularFile(path)
            var bytes = [UInt8](repeating: 0, count: max(min(count, file.size), 0))
            let filled = try file.fill(&bytes)
            bytes.removeLast(bytes.count - filled)
            return FileHead(bytes: bytes, size: file.size)
        }
    }
}

/// A regular file read in pieces, for copying a large file without holding it whole: opened
/// as `FileHead` opens (`OpenedRegularFile`: `O_NOFOLLOW`, `O_NONBLOCK`, checked regular
/// on the descriptor).
public final class FileChunks {
    private let file: OpenedRegularFile

    public init(_ path: String) throws(EntryProblem) {
        file = try OpenedRegularFile(path)
    }

    /// Appends up to `count` bytes to `buffer`; false at the end of the file.
    public func read(into buffer: inout [UInt8], count: Int) throws(EntryProblem) -> Bool {
        guard count > 0 else { return false }   // no room: nothing read, as at the end
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        let got: Int
        do throws(EntryProblem) {
            got = try file.read(into: &buffer, at: start)
        } catch {
            buffer.removeLast(count)
            throw error
        }
        buffer.removeLast(count - got)
        return got > 0
    }
}
