import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says of a content file: size, device, inode, and modification and change
/// times to the nanosecond. While a file's stamp stays the same its bytes have not been
/// written since (the change time, unlike the modification time, cannot be set back by
/// `touch`): the cache of decoded services trusts an entry only while it does.
///
/// A write within the same tick of the kernel's clock as the stamp, with the same size,
/// keeps the stamp: an entry is therefore kept only for a file whose change time is well
/// before the build began (`settled(before:)`).
public struct ContentStamp: Equatable, Sendable {
    public var size: Int64
    public var device: UInt64
    public var inode: UInt64
    public var modified: Int64
    public var changed: Int64

    public init(size: Int64, device: UInt64, inode: UInt64, modified: Int64, changed: Int64) {
        self.size = size
        self.device = device
        self.inode = inode
        self.modified = modified
        self.changed = changed
    }

    /// The stamp of a regular file; nil for anything else.
    init?(_ info: stat) {
        guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(size: Int64(info.st_size), device: UInt64(info.st_dev), inode: UInt64(info.st_ino),
                  modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                  changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec))
    }

    /// The stamp of the regular file at `path`, a link not followed; nil when there is none.
    public init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The stamp of an entry kept for its process only: no file has it (no file has inode 0),
    /// so an entry with it is never taken for a file, and is not written to a cache.
    public static let unsettled = ContentStamp(size: 0, device: 0, inode: 0, modified: 0, changed: 0)

    /// How long before a build began a file must have last changed for its stamp to be
    /// trusted next time: far more than a tick of the kernel's coarse clock (1–10 ms), which
    /// is what a change time is taken from.
    public static let settling: Int64 = 1_000_000_000

    /// Whether the file last changed more than `margin` (nanoseconds) before `start`
    /// (nanoseconds since 1970, `now()`): a later write, however quick, gives it another
    /// change time.
    public func settled(before start: Int64, by margin: Int64 = settling) -> Bool { changed < start - margin }

    /// The wall clock, in nanoseconds since 1970: what change times are measured in.
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}

extension BinaryWriter {
    public mutating func stamp(_ stamp: ContentStamp) {
        number(stamp.size)
        number(stamp.device)
        number(stamp.inode)
        number(stamp.modified)
        number(stamp.changed)
    }
}

extension BinaryReader {
    public mutating func stamp() throws -> ContentStamp {
        ContentStamp(size: Int64(bitPattern: try number()), device: try number(), inode: try number(),
                     modified: Int64(bitPattern: try number()), changed: Int64(bitPattern: try number()))
    }
}
