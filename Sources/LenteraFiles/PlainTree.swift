#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LenteraDiagnostics

/// A tree of real folders and regular files only: what a build may write into by path.
/// A symbolic link or a special file anywhere in it would make a write by path land
/// elsewhere (or block), so a tree that holds one is not written into.
public enum PlainTree {
    /// The first entry under `path` (a folder; links in `path` itself are the caller's
    /// concern) that is neither a real folder nor a regular file: its path relative to
    /// `path`, and what it is. Nil when there is none. Entries that cannot be examined
    /// count as found (nothing unknown is trusted). One `readdir` pass per folder; the
    /// entry's type comes with it on the usual file systems, else one `lstat`.
    ///
    /// With `expected`, a regular file whose relative path it does not accept counts as
    /// found too (a file the last build did not write, planted in the published tree).
    public static func firstIrregular(under path: String, expected: ((String) -> Bool)? = nil) -> (relative: String, kind: Message)? {
        firstIrregular(under: path, prefix: "", expected: expected)
    }

    private static func firstIrregular(under path: String, prefix: String, expected: ((String) -> Bool)?) -> (relative: String, kind: Message)? {
        guard let directory = opendir(path) else { return ("", Message("files.kind.unreadable-folder")) }
        defer { closedir(directory) }
        var folders: [String] = []
        while let entry = readdir(directory) {
            // The name is read in place, up to its terminating zero (see `ClosedFolder.list`).
            let name = String(cString: (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            var mode = FileSystem.mode(ofDirectoryEntryType: Int32(entry.pointee.d_type))
            if mode == nil { mode = FileSystem.kind(of: path + "/" + name, followingLinks: false) }
            switch mode {
            case S_IFREG:
                if let expected, !expected(prefix + name) { return (name, Message("files.kind.unexpected-file")) }
            case S_IFDIR: folders.append(name)
            case let other?: return (name, FileSystem.describe(other))
            case nil: return (name, Message("files.kind.unexaminable"))
            }
        }
        for name in folders {
            if let found = firstIrregular(under: path + "/" + name, prefix: prefix + name + "/", expected: expected) {
                return (name + "/" + found.relative, found.kind)
            }
        }
        return nil
    }
}
