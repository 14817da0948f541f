#if canImport(Glibc)
import Glibc
#endif

/// A digest of what `lstat` says of every entry of a folder, at any depth: names, kinds,
/// sizes, inodes, and modification and change times to the nanosecond; a link's own and
/// its target's. Any file added, removed, renamed, written or replaced changes it (the
/// change time cannot be set back), so two equal digests taken at two moments mean the
/// folder was not changed in between: the build uses it to know that nothing changed since
/// the last build without reading a file.
public enum TreeStamp {
    /// The digest of the folder at `path`; nil when it cannot be taken: the folder is
    /// missing or unreadable, or holds a link to a folder (whose files would have to be
    /// followed) — a caller then does the work in full.
    public static func digest(of path: String) -> UInt64? {
        var hasher = ContentHasher()
        var folders = 0
        guard visit(path, relative: "", &hasher, folders: &folders) else { return nil }
        hasher.combine(UInt64(folders))
        return hasher.finalize()
    }

    /// More folders than this: no digest (a tree that large is walked by the build itself).
    static let maximumFolders = 1_000_000

    private static func visit(_ path: String, relative: String, _ hasher: inout ContentHasher, folders: inout Int) -> Bool {
        folders += 1
        guard folders <= maximumFolders, let folder = opendir(path) else { return false }
        var names: [String] = []
        while let entry = readdir(folder) {
            // The name ends at its terminating zero, inside the entry readdir returned.
            let name = withUnsafePointer(to: &entry.pointee.d_name) { field in
                field.withMemoryRebound(to: CChar.self, capacity: 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(folder)
        // Byte order, whatever the locale.
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for name in names {
            let child = path + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(child, &info) == 0 else { return false }
            hasher.combine(childRelative)
            let kind = info.st_mode & S_IFMT
            hasher.combine(UInt64(info.st_mode))
            switch kind {
            case S_IFDIR:
                guard visit(child, relative: childRelative, &hasher, folders: &folders) else { return false }
            case S_IFLNK:
                combine(info, into: &hasher)
                var target = stat()
                if stat(child, &target) == 0 {
                    if (target.st_mode & S_IFMT) == S_IFDIR { return false }
                    hasher.combine(UInt64(target.st_mode))
                    combine(target, into: &hasher)
                } else {
                    hasher.combine(0)
                }
            default:
                combine(info, into: &hasher)
            }
        }
        return true
    }

    private static func combine(_ info: stat, into hasher: inout ContentHasher) {
        hasher.combine(UInt64(bitPattern: Int64(info.st_size)))
        hasher.combine(UInt64(info.st_ino))
        hasher.combine(UInt64(info.st_dev))
        hasher.combine(UInt64(bitPattern: Int64(info.st_mtim.tv_sec)))
        hasher.combine(UInt64(info.st_mtim.tv_nsec))
        hasher.combine(UInt64(bitPattern: Int64(info.st_ctim.tv_sec)))
        hasher.combine(UInt64(info.st_ctim.tv_nsec))
    }
}
