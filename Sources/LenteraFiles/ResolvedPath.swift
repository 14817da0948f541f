#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a path leads, for comparing folders that may not exist yet: the part that exists
/// is resolved with `realpath` (every link, `.` and `..`), the rest appended to it with its
/// `.` and `..` taken as written.
public enum ResolvedPath {
    /// `path` (absolute, or relative to the working folder) resolved as far as it exists.
    public static func of(_ path: String) -> String {
        var head = path.hasPrefix("/") ? path : currentFolder() + "/" + path
        var tail: [Substring] = []
        while true {
            if let real = FileSystem.realPath(head.isEmpty ? "/" : head) { return appending(tail, to: real) }
            guard let slash = head.lastIndex(of: "/") else { return appending(tail, to: "/") }
            tail.insert(head[head.index(after: slash)...], at: 0)
            head = String(head[..<slash])
        }
    }

    /// Whether `path` is `folder` or lies inside it; both resolved. Compared byte by byte,
    /// as the file system does.
    public static func isSameOrInside(_ path: String, _ folder: String) -> Bool {
        FileSystem.isSameOrInside(path, folder)
    }

    /// The home folder of the user running the program (`HOME`, else the password
    /// database), resolved; nil when there is none.
    public static func home() -> String? {
        if let home = getenv("HOME"), home.pointee != 0 { return of(String(cString: home)) }
        guard let entry = getpwuid(geteuid()), let directory = entry.pointee.pw_dir else { return nil }
        return of(String(cString: directory))
    }

    private static func appending(_ tail: [Substring], to base: String) -> String {
        var parts = base.split(separator: "/").map(String.init)
        for part in tail {
            switch part {
            case "", ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(part))
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    private static func currentFolder() -> String {
        guard let folder = getcwd(nil, 0) else { return "" }
        defer { free(folder) }
        return String(cString: folder)
    }
}
