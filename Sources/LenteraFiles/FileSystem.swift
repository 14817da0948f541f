import LenteraDiagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few system calls the closed folders need, in Swift's terms.
enum FileSystem {
    /// `path` with every symbolic link, `.` and `..` resolved; nil (with `errno` set)
    /// when it cannot be resolved.
    static func realPath(_ path: String) -> String? {
        // `realpath` with a nil buffer returns memory from `malloc`, owned here and freed
        // once copied into a Swift string.
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The file type bits (`S_IFREG`, `S_IFDIR`, `S_IFLNK`…) of `path`; nil (with `errno`
    /// set) when it cannot be examined.
    static func kind(of path: String, followingLinks: Bool) -> mode_t? {
        var info = stat()
        let status = followingLinks ? stat(path, &info) : lstat(path, &info)
        return status == 0 ? info.st_mode & S_IFMT : nil
    }

    /// The file type bits a `readdir` type stands for; nil when it is `DT_UNKNOWN` (some
    /// file systems never fill it in) and `lstat` must say.
    static func mode(ofDirectoryEntryType type: Int32) -> mode_t? {
        switch type {
        case Int32(DT_REG): S_IFREG
        case Int32(DT_DIR): S_IFDIR
        case Int32(DT_LNK): S_IFLNK
        case Int32(DT_FIFO): S_IFIFO
        case Int32(DT_SOCK): S_IFSOCK
        case Int32(DT_CHR): S_IFCHR
        case Int32(DT_BLK): S_IFBLK
        default: nil
        }
    }

    /// A file type in words, for messages.
    static func describe(_ kind: mode_t) -> Message {
        switch kind {
        case S_IFIFO: Message("files.kind.fifo")
        case S_IFSOCK: Message("files.kind.socket")
        case S_IFCHR: Message("files.kind.character-device")
        case S_IFBLK: Message("files.kind.block-device")
        case S_IFLNK: Message("files.kind.symbolic-link")
        case S_IFDIR: Message("files.kind.folder")
        default: Message("files.kind.special")
        }
    }

    /// The last system error (`strerror`), as the reason of a message.
    static func lastErrorReason() -> Message {
        Message("files.system-error", ["reason": .text(lastError())])
    }

    /// Whether `path` is `folder` or lies inside it; both resolved, absolute. Compared byte
    /// by byte, as the file system does: `String`'s `==` and `hasPrefix` treat canonically
    /// equivalent names (`é` composed or not) as equal, which two different folders can be.
    static func isSameOrInside(_ path: String, _ folder: String) -> Bool {
        let path = path.utf8, folder = folder.utf8
        guard path.starts(with: folder) else { return false }
        if path.count == folder.count || folder.last == UInt8(ascii: "/") { return true }
        return path[path.index(path.startIndex, offsetBy: folder.count)] == UInt8(ascii: "/")
    }

    /// The current `errno` in words.
    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
