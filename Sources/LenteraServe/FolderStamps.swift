import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the watched folders hold, as `lstat` sees it: for every entry under them (files,
/// folders, links; links are not followed), its kind, size, inode, and modification and
/// change times to the nanosecond. Two looks that differ mean something was written,
/// added, removed or renamed in between.
///
/// Why looking again every 100 ms rather than inotify: the example portal's content and
/// theme are about 100 entries, and an idle `serve` (debug build) used 0.30 s of CPU in
/// 30 s, the server's own idle work included: 1 % of one core (docs/performance.md). In
/// exchange it sees changes an editor makes by writing a new file and renaming it, new
/// and removed folders at any depth, and a folder that did not exist yet, with no watch to
/// add or lose, and works the same on every system. What it costs is up to one interval
/// (100 ms, 50 on average) before a save is seen, of the 0.45 s a save takes to show.
struct FolderStamps: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var mode: UInt32
        var size: Int64
        var inode: UInt64
        var modified: Int64
        var changed: Int64
    }

    /// Absolute path → stamp.
    private(set) var entries: [String: Stamp] = [:]

    /// Everything under each of `roots` (a root that does not exist adds nothing).
    static func look(at roots: [String]) -> FolderStamps {
        var stamps = FolderStamps()
        for root in roots { stamps.add(root) }
        return stamps
    }

    /// Bounds a walk through a folder tree that is being changed under it.
    private static let maximumEntries = 200_000

    private mutating func add(_ path: String) {
        var info = stat()
        guard entries.count < Self.maximumEntries, lstat(path, &info) == 0 else { return }
        entries[path] = Stamp(mode: UInt32(info.st_mode), size: Int64(info.st_size), inode: UInt64(info.st_ino),
                              modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                              changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec))
        guard (info.st_mode & S_IFMT) == S_IFDIR, let folder = opendir(path) else { return }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        for name in names { add(path + "/" + name) }
    }
}
