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
/// Where the kernel's watch is complete (`FolderWatch`), the preview looks again between
/// full looks only at the folders the kernel names (`refreshing`).
public struct FolderStamps: Equatable, Sendable {
    public struct Stamp: Equatable, Sendable {
        public var mode: UInt32
        public var size: Int64
        public var inode: UInt64
        /// Nanoseconds since the epoch (the file system's clock).
        public var modified: Int64
        public var changed: Int64

        public var isRegularFile: Bool { (mode & UInt32(S_IFMT)) == UInt32(S_IFREG) }

        init(mode: UInt32, size: Int64, inode: UInt64, modified: Int64, changed: Int64) {
            self.mode = mode
            self.size = size
            self.inode = inode
            self.modified = modified
            self.changed = changed
        }

        init(_ info: stat) {
            self.init(mode: UInt32(info.st_mode), size: Int64(info.st_size), inode: UInt64(info.st_ino),
                      modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                      changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec))
        }
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

    /// How many folders `refreshing` is for: each scans every entry seen, so more than this
    /// are one full `look` instead.
    public static let refreshLimit = 64

    /// Bounds a walk through a folder tree that is being changed under it.
    private static let maximumEntries = 200_000

    /// This look brought up to date in the given folders only (absolute paths, as `look`
    /// names them): what each holds now, each entry's stamp, a folder new there (or another
    /// folder under an old name) walked whole, a folder gone with everything under it. What
    /// `look` would give when nothing changed elsewhere — which the kernel's watch tells
    /// (`FolderWatch.takeChanges`): a national portal's full look is 0.3–0.5 s, a folder's a
    /// few hundred microseconds.
    public func refreshing(_ folders: Set<String>) -> FolderStamps {
        var stamps = self
        // Outer folders first: an inner one gone with its parent is not walked again.
        for folder in folders.sorted(by: { $0.utf8.count < $1.utf8.count }) { stamps.refresh(folder) }
        return stamps
    }

    private mutating func refresh(_ folder: String) {
        // A folder never seen (its parent's look did not find it) is its parent's to add.
        guard let known = entries[folder], Self.isFolder(known) else { return }
        let prefix = folder + "/"
        var before: [String: Stamp] = [:]
        for (path, stamp) in entries where path.hasPrefix(prefix) && !path.utf8.dropFirst(prefix.utf8.count).contains(UInt8(ascii: "/")) {
            before[path] = stamp
        }
        var info = stat()
        guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, UInt64(info.st_ino) == known.inode else {
            // Gone, or something else now: its parent's watch tells of what took its place.
            removeTree(folder)
            return
        }
        entries[folder] = Stamp(info)
        var now: Set<String> = []
        for name in Self.names(in: folder) {
            let path = prefix + name
            now.insert(path)
            guard lstat(path, &info) == 0 else { continue }
            let stamp = Stamp(info)
            if let old = before[path], Self.isFolder(old) {
                // The same folder: what is in it is its own watch's to tell.
                if Self.isFolder(stamp) && old.inode == stamp.inode {
                    entries[path] = stamp
                    continue
                }
                removeTree(path)
            }
            add(path)
        }
        for (path, stamp) in before where !now.contains(path) {
            if Self.isFolder(stamp) { removeTree(path) } else { entries[path] = nil }
        }
    }

    /// Removes `path` and everything under it.
    private mutating func removeTree(_ path: String) {
        entries[path] = nil
        let prefix = path + "/"
        for key in entries.keys where key.hasPrefix(prefix) { entries[key] = nil }
    }

    private static func names(in path: String) -> [String] {
        guard let folder = opendir(path) else { return [] }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    private mutating func add(_ path: String) {
        var info = stat()
        guard entries.count < Self.maximumEntries, lstat(path, &info) == 0 else { return }
        entries[path] = Stamp(info)
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return }
        for name in Self.names(in: path) { add(path + "/" + name) }
    }

    /// The entries added, removed or changed since `before`, sorted. A folder that is still
    /// the same folder (its inode, its permissions) is not counted for its own times: what was added to it,
    /// removed or renamed in it is counted as those entries.
    public func differences(since before: FolderStamps) -> [String] {
        var found: [String] = []
        for (path, stamp) in entries where before.entries[path] != stamp {
            if let old = before.entries[path], Self.isFolder(old), old.mode == stamp.mode, old.inode == stamp.inode { continue }
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
