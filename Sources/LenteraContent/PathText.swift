/// The parts of a relative path, for the paths Lentera makes itself (`units/x/layanan/y.md`:
/// no `..`, no repeated or trailing slashes). `NSString`'s path methods do the same through
/// a bridge and a normalisation that cost, measured, about 3 % of a build.
public enum PathText {
    /// `units/x/y.md` → `y.md`.
    public static func lastComponent(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    /// `units/x/y.md` → `units/x`; `y.md` → `` (empty).
    public static func parent(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// The folder that holds `path`, a path as a person wrote it on the command line:
    /// `content` → `` (the working folder), `portal/isi/` → `portal`, `/srv/x` → `/`,
    /// `.` → `..`, `..` → `../..`, `x/.` → ``. Foundation's `deletingLastPathComponent`
    /// traps on a one-character path (`.`, `c`, `./`: Swift 6.3 on Linux), so user paths
    /// never go through it.
    public static func containingFolder(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if trimmed == "/" { return "/" }
        if trimmed.isEmpty || trimmed == "." { return ".." }
        let last = trimmed.lastIndex(of: "/").map { trimmed[trimmed.index(after: $0)...] } ?? trimmed
        if last == ".." { return trimmed + "/.." }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if last == "." { return containingFolder(String(trimmed[..<slash])) }
        if slash == trimmed.startIndex { return "/" }
        var parent = trimmed[..<slash]
        while parent.count > 1, parent.hasSuffix("/") { parent = parent.dropLast() }
        return String(parent)
    }

    /// `y.md` → `y`; a name without a dot, or whose only dot opens it, stays as it is.
    public static func deletingExtension(_ name: String) -> String {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex,
              !name[dot...].utf8.contains(UInt8(ascii: "/")) else { return name }
        return String(name[..<dot])
    }

    /// `y.md` → `md`; empty when there is none.
    public static func pathExtension(_ name: String) -> String {
        let last = lastComponent(name)
        guard let dot = last.utf8.lastIndex(of: UInt8(ascii: ".")), dot != last.utf8.startIndex else { return "" }
        return String(last[last.utf8.index(after: dot)...])
    }
}
