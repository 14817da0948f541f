import LenteraDiagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder read as a closed world: the content folder, or the templates folder.
///
/// The folder's own path may go through symbolic links (a home folder laid out with
/// links); it is resolved once, and every entry is judged against the resolved path.
/// Inside, an entry is listed only when it is a regular file or a folder, or a symbolic
/// link whose fully resolved target is one of those and lies inside the folder (and, for a
/// folder, does not contain the link). Everything else — a link leading outside, a
/// dangling link, a cycle of links, a FIFO, a socket, a device — is refused with the
/// reason, and never followed nor opened.
public struct ClosedFolder: Sendable {
    /// The folder's absolute path, with every symbolic link resolved.
    public let path: String

    /// Nil when `path` does not exist or is not a folder (after resolving links).
    public init?(resolving path: String) {
        guard let real = FileSystem.realPath(path), FileSystem.kind(of: real, followingLinks: false) == S_IFDIR else { return nil }
        self.path = real
    }

    /// The absolute path of `relative` (a path inside the folder, `a/b`; empty for the folder).
    public func absolute(_ relative: String) -> String {
        if relative.isEmpty { return path }
        return path == "/" ? "/" + relative : path + "/" + relative
    }

    /// Whether a resolved absolute path is the folder or lies inside it.
    public func contains(_ resolved: String) -> Bool {
        FileSystem.isSameOrInside(resolved, path)
    }

    /// The entries of the folder at `relative`, sorted by name, hidden ones (a name
    /// starting with `.`) left out, and the entries refused, with the reason. Both empty
    /// when the folder does not exist; when it exists but cannot be read (no permission),
    /// the folder itself is refused, under the empty name. One `readdir` pass; the entry's type comes with it
    /// on the usual file systems, else one `lstat`; only links cost more (a `realpath`).
    public func list(_ relative: String) -> (entries: [FolderEntry], refused: [(name: String, problem: EntryProblem)]) {
        let folder = absolute(relative)
        guard let directory = opendir(folder) else {
            if errno == ENOENT || errno == ENOTDIR { return ([], []) }
            return ([], [("", .unreadable(reason: FileSystem.lastErrorReason()))])
        }
        defer { closedir(directory) }
        var found: [FolderEntry] = []
        var refused: [(name: String, problem: EntryProblem)] = []
        /// The listed folder's resolved path, for links to folders; found at the first one.
        var resolvedFolder: String?
        while let entry = readdir(directory) {
            // The name is read in place, up to its terminating zero: a record is only as
            // long as its name, so copying the declared 256-byte field would read past
            // the end of the last record in readdir's buffer.
            let name = String(cString: (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!).assumingMemoryBound(to: CChar.self))
            guard !name.hasPrefix(".") else { continue }
            let full = folder == "/" ? "/" + name : folder + "/" + name
            var mode = FileSystem.mode(ofDirectoryEntryType: Int32(entry.pointee.d_type))
            if mode == nil {
                guard let known = FileSystem.kind(of: full, followingLinks: false) else {
                    refused.append((name, .unreadable(reason: FileSystem.lastErrorReason())))
                    continue
                }
                mode = known
            }
            switch mode! {
            case S_IFREG: found.append(FolderEntry(name: name, isDirectory: false))
            case S_IFDIR: found.append(FolderEntry(name: name, isDirectory: true))
            case S_IFLNK:
                switch resolveLink(full, folder: folder, resolvedFolder: &resolvedFolder) {
                case .success(let (isDirectory, target)): found.append(FolderEntry(name: name, isDirectory: isDirectory, target: target))
                case .failure(let problem): refused.append((name, problem))
                }
            case let other: refused.append((name, .specialFile(kind: FileSystem.describe(other))))
            }
        }
        found.sort { $0.name < $1.name }
        refused.sort { $0.name < $1.name }
        return (found, refused)
    }

    /// What the link at `full` (an entry of `folder`) resolves to, if it may be read.
    private func resolveLink(_ full: String, folder: String, resolvedFolder: inout String?) -> Result<(Bool, String), EntryProblem> {
        guard let target = FileSystem.realPath(full) else {
            switch errno {
            case ELOOP: return .failure(.linkLoop)
            case ENOENT, ENOTDIR: return .failure(.danglingLink)
            default: return .failure(.unreadable(reason: FileSystem.lastErrorReason()))
            }
        }
        guard contains(target) else { return .failure(.linkOutside(target: target)) }
        // The target has no link left in it, so this is the type of what would be read.
        guard let kind = FileSystem.kind(of: target, followingLinks: false) else { return .failure(.danglingLink) }
        switch kind {
        case S_IFREG:
            return .success((false, target))
        case S_IFDIR:
            if resolvedFolder == nil { resolvedFolder = FileSystem.realPath(folder) ?? folder }
            let here = resolvedFolder!
            // A link to the folder that holds it (or to one above) makes an endless tree.
            if FileSystem.isSameOrInside(here, target) { return .failure(.linkLoop) }
            return .success((true, target))
        default:
            return .failure(.specialFile(kind: FileSystem.describe(kind)))
        }
    }
}
