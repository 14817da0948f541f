import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the watched folders hold, as `lstat` sees it: for every entry under them (files,
/// folders, links; links are not followed), its kind, size, inode, and modification and
/// change times to the nanosecond. Two looks that differ mean something was written,
/// added, removed or renamed in between.
///
/// The preview (`lentera serve`) looks every 100 ms to know when to build again; the editor
/// looks before a save to know whether the content is still as its last check saw it.
///
/// Why the preview looks again every 100 ms rather than inotify: the example portal's content and
/// theme are about 100 entries, and an idle `serve` (debug build) used 0.30 s of CPU in
/// 30 s, the server's own idle work included: 1 % of one core (docs/performance.md). In
/// exchange it sees changes an editor makes by writing a new file and renaming it, new
/// and removed folders at any depth, and a folder that did not exist yet, with no watch to
/// add or lose, and works the same on every system. What it costs is up to one interval
/// (100 ms, 50 on average) before a save is seen, of the 0.45 s a save takes to show.
public struct FolderStamps: Equatable, Sendable {
    public struct Stamp: Equatable, Sendable {
        public var mode: UInt32
        public var size: Int64
        public var inode: UInt64
        /// Nanoseconds since the epoch (the file system's clock).
        public var modified: Int64
        public var changed: Int64

        public var isRegularFile: Bool { (mode & UInt32(S_IFMT)) == UInt32(S_IFREG) }
    }

    /// Absolute path → stamp.
    public private(set) var entries: [String: Stamp] = [:]

    /// The folders seen, each with its inode (a folder removed and made again under the same
    /// name is another folder).
    public var folders: [String: UInt64] {
        var folders: [String: UInt64] = [:]
        for (path, stamp) in entries where (stamp.mode & UInt32(S_IFMT)) == UInt32(S_IFDIR) { folders[path] = stamp.inode }
        return folders
    }

    public init() {}

    /// Everything under each of `roots` (a root that does not exist adds nothing).
    public static func look(at roots: [String]) -> FolderStamps {
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

    /// The entries added, removed or changed since `before`, sorted. A folder that is still
    /// the same folder (its inode) is not counted for its own times: what was added to it,
    /// removed or renamed in it is counted as those entries.
    public func differences(since before: FolderStamps) -> [String] {
        var found: [String] = []
        for (path, stamp) in entries where before.entries[path] != stamp {
            if let old = before.entries[path], Self.isFolder(old), Self.isFolder(stamp), old.inode == stamp.inode { continue }
            found.append(path)
        }
        for path in before.entries.keys where entries[path] == nil { found.append(path) }
        return found.sorted()
    }

    private static func isFolder(_ stamp: Stamp) -> Bool { (stamp.mode & UInt32(S_IFMT)) == UInt32(S_IFDIR) }

    /// The entries modified or changed at or after `instant` (nanoseconds since the epoch,
    /// `FolderStamps.now()`). A file system stamps times from a clock that moves in ticks of
    /// a few milliseconds: a file written again in the tick of a look keeps the stamp that
    /// look saw, so the entries changed shortly before a look cannot be told unchanged by
    /// their stamps alone (Git's "racily clean" entries); their content must be compared.
    public func changed(since instant: Int64) -> [String] {
        entries.filter { max($0.value.modified, $0.value.changed) >= instant }.map(\.key).sorted()
    }

    /// The file system's clock now, in nanoseconds since the epoch.
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
