#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LenteraDiagnostics

/// A folder held open, so that what is done in it happens in that very folder, whatever
/// its path comes to name meanwhile. Sub-folders are opened (and made) one name at a time
/// relative to it, never through a symbolic link: a path written through `OpenFolder`
/// stays inside the folder it started from.
public final class OpenFolder {
    /// The open folder; valid until the object goes.
    public let descriptor: Int32

    /// Why a folder could not be opened or made.
    public enum Problem: Error, Equatable, Sendable {
        /// A symbolic link where a folder was expected (not followed).
        case symbolicLink
        /// Something else than a folder (a file, a FIFO…).
        case notAFolder
        /// The system's reason (no permission, no space…).
        case failed(reason: String, code: Int32)

        /// The problem as the end of a sentence, in the reader's language: "is a symbolic
        /// link", "is not a folder"…
        public var message: Message {
            switch self {
            case .symbolicLink: Message("files.open-folder.symbolic-link")
            case .notAFolder: Message("files.open-folder.not-a-folder")
            case .failed(let reason, _): Message("files.open-folder.failed", ["reason": .text(reason)])
            }
        }

        /// Transitional: `message` in English, for sentences not yet in the catalogues.
        public var words: String {
            switch self {
            case .symbolicLink: "is a symbolic link"
            case .notAFolder: "is not a folder"
            case .failed(let reason, _): "cannot be opened: \(reason)"
            }
        }
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Opens the folder at `path`; links in `path` are followed (a path the user named).
    public convenience init(path: String) throws(Problem) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw errno == ENOTDIR ? .notAFolder : Self.failure() }
        self.init(descriptor: descriptor)
    }

    /// The folder `name` (one name, no `/`) in this one, made (mode 0755) when absent and
    /// `create`. Refused when it is a symbolic link or not a folder.
    public func folder(_ name: String, create: Bool) throws(Problem) -> OpenFolder {
        guard !name.isEmpty, name != ".", name != "..", !name.contains("/") else { throw .notAFolder }
        var made = false
        while true {
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if child >= 0 { return OpenFolder(descriptor: child) }
            let code = errno
            switch code {
            case ENOENT where create && !made:
                // Made here, then opened like any other (a link put there meanwhile is refused).
                guard mkdirat(descriptor, name, 0o755) == 0 || errno == EEXIST else { throw Self.failure() }
                made = true
            case ELOOP, ENOTDIR:
                var info = stat()
                let isLink = fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
                throw isLink ? .symbolicLink : .notAFolder
            default:
                throw .failed(reason: String(cString: strerror(code)), code: code)
            }
        }
    }

    /// The folder at `relative` (`a/b/c`), each folder on the way opened as `folder` does.
    public func folder(path relative: String, create: Bool) throws(OpenFolderPathProblem) -> OpenFolder {
        var current = self
        var walked: [Substring] = []
        for name in relative.split(separator: "/") {
            walked.append(name)
            do { current = try current.folder(String(name), create: create) } catch {
                throw OpenFolderPathProblem(path: walked.joined(separator: "/"), problem: error)
            }
        }
        return current
    }

    /// The names in the folder, `.` and `..` left out; empty when it cannot be read.
    public func names() -> [String] {
        // `fdopendir` takes over the descriptor it is given (closed by `closedir`), so a
        // duplicate is given, and this folder's own stays open.
        let copy = dup(descriptor)
        guard copy >= 0 else { return [] }
        guard let directory = fdopendir(copy) else {
            close(copy)
            return []
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            // The name is read in place, up to its terminating zero (see `ClosedFolder.list`).
            let name = String(cString: (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!).assumingMemoryBound(to: CChar.self))
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Removes the entry `name` (a file or a link, never what a link leads to).
    @discardableResult
    public func remove(_ name: String) -> Bool {
        unlinkat(descriptor, name, 0) == 0
    }

    private static func failure() -> Problem {
        let code = errno
        return .failed(reason: String(cString: strerror(code)), code: code)
    }

    deinit { close(descriptor) }
}

/// A folder on the way that could not be opened: its path from the folder started from.
public struct OpenFolderPathProblem: Error, Sendable {
    public let path: String
    public let problem: OpenFolder.Problem
}
