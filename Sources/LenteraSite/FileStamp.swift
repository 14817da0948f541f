import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `lstat` gives for a file once it is written: its size, inode, and modification and
/// change times to the nanosecond. A file whose stamp is still the same has not been
/// written, replaced or truncated since (the change time, unlike the modification time,
/// cannot be set back by `touch`), so the manifest's hash of it still holds without reading
/// it: one `lstat` per file.
struct FileStamp: Equatable, Sendable {
    var size: Int64
    var inode: UInt64
    var modified: Int64
    var changed: Int64

    /// The stamp of a regular file; nil for anything else.
    init?(_ info: stat) {
        guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }

    /// The stamp of the regular file at `path` (a link is not followed); nil when there is
    /// none.
    init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The stamp of an open file.
    init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }

    init(size: Int64, inode: UInt64, modified: Int64, changed: Int64) {
        self.size = size
        self.inode = inode
        self.modified = modified
        self.changed = changed
    }
}
