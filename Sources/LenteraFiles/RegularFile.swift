/// Reads a whole regular file, and nothing else: never a FIFO, a socket or a device, and
/// (unless asked) never through a symbolic link — opened as `OpenedRegularFile` says.
public enum RegularFile {
    /// The largest file read: 16 MiB. The largest service standard of a national portal is a
    /// few KB; a bound keeps a stray multi-gigabyte file from filling the memory.
    public static let maximumSize = 16 * 1_048_576

    /// The file's bytes, or why it was not read. `followingLinks` is for a path the user
    /// named (a command-line option), not for entries of a closed folder.
    public static func read(_ path: String, followingLinks: Bool = false) -> Result<[UInt8], EntryProblem> {
        Result { () throws(EntryProblem) in try readWhole(path, followingLinks: followingLinks) }
    }

    /// A file of the build's own (never through a link) that may be larger than content
    /// files are allowed to be, up to `limit` bytes.
    public static func read(_ path: String, atMost limit: Int) -> Result<[UInt8], EntryProblem> {
        Result { () throws(EntryProblem) in try readWhole(path, followingLinks: false, limit: limit) }
    }

    /// The file's bytes and its stamp as it was opened (a write after that changes the
    /// stamp, so the stamp is never newer than the bytes), or why it was not read.
    public static func readStamped(_ path: String) -> Result<(bytes: [UInt8], stamp: ContentStamp?), EntryProblem> {
        Result { () throws(EntryProblem) in
            var stamp: ContentStamp?
            let bytes = try readWhole(path, followingLinks: false) { stamp = $0 }
            return (bytes, stamp)
        }
    }

    private static func readWhole(_ path: String, followingLinks: Bool, limit maximumSize: Int = maximumSize,
                                  opened: (ContentStamp?) -> Void = { _ in }) throws(EntryProblem) -> [UInt8] {
        let file = try OpenedRegularFile(path, followingLinks: followingLinks)
        opened(file.stamp)
        guard file.size <= maximumSize else { throw .tooLarge(bytes: file.size) }
        // One byte more than the size, so that a file that did not grow is read to its end
        // (a read of 0) without a second allocation.
        var bytes = [UInt8](repeating: 0, count: file.size + 1)
        var filled = try file.fill(&bytes)
        while filled == bytes.count {
            // The file grew while it was read: held to the same bound.
            if filled > maximumSize { throw .tooLarge(bytes: filled) }
            bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096)))
            filled = try file.fill(&bytes, from: filled)
        }
        if filled > maximumSize { throw .tooLarge(bytes: filled) }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }
}
