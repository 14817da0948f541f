#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tree of real folders and regular files only: what a build may write into by path.
/// A symbolic link or a special file anywhere in it would make a write by path land
/// elsewhere (or block), so a tree that holds one is not written into.
public enum PlainTree {
    /// The first entry under `path` (a folder; links in `path` itself are the caller's
    /// concern) that is neither a real folder nor a regular file: its path relative to
    /// `path`, and what it is. Nil when there is none. Entries that cannot be examined
    /// count as found (nothing unknown is trusted). One `readdir` pass per folder; the
    /// entry's type comes with it on the usual file systems, else one `lstat`.
    public static func firstIrregular(under path: String) -> (relative: String, kind: String)? {
        guard let directory = opendir(path) else { return ("", "an unreadable folder") }
        defer { closedir(directory) }
        var folders: [String] = []
        while let entry = readdir(directory) {
            // The name is read in place, up to its terminating zero (see `ClosedFolder.list`).
            let name = String(cString: (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            var mode = FileSystem.mode(ofDirectoryEntryType: Int32(entry.pointee.d_type))
            if mode == nil { mode = FileSystem.kind(of: path + "/" + name, followingLinks: false) }
            switch mode {
            case S_IFREG: continue
            case S_IFDIR: folders.append(name)
            case let other?: return (name, FileSystem.describe(other))
            case nil: return (name, "an entry that cannot be examined")
            }
        }
        for name in folders {
            if let found = firstIrregular(under: path + "/" + name) { return (name + "/" + found.relative, found.kind) }
        }
        return nil
    }
}
