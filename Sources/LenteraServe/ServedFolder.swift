import Foundation
import Hummingbird
import LenteraFiles
#if canImport(Glibc)
import Glibc
#endif

/// The built site as the preview serves it: a request path is a file under the folder or
/// nothing. `/x/` is `/x/index.html`; a folder asked for without its slash is sent to
/// the address with it (so that the page's relative links work); no folder is ever
/// listed; nothing outside the folder is reached (no `..`, no hidden names, no link).
struct ServedFolder: Sendable {
    enum Lookup: Equatable, Sendable {
        case file(String)
        case redirect(String)
        case notFound
    }

    /// The folder, resolved.
    let root: String

    init(_ folder: URL) {
        root = ResolvedPath.of(folder.path)
    }

    /// `path` as the request gave it (percent-encoded, without the query).
    func lookup(_ path: String) -> Lookup {
        guard path.hasPrefix("/"), let decoded = path.removingPercentEncoding else { return .notFound }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        var names: [Substring] = []
        for (index, part) in parts.enumerated() {
            if part.isEmpty {
                // Only the last one may be empty: `/x/`.
                guard index == parts.count - 1 else { return .notFound }
                continue
            }
            guard !part.hasPrefix("."), !part.contains("\0"), !part.contains("\\") else { return .notFound }
            names.append(part)
        }
        let relative = names.joined(separator: "/")
        let target = relative.isEmpty ? root : root + "/" + relative
        switch kind(of: target) {
        case S_IFREG? where !decoded.hasSuffix("/"):
            return inside(target) ? .file(target) : .notFound
        case S_IFDIR?:
            guard decoded.hasSuffix("/") else { return .redirect(path + "/") }
            let index = target + "/index.html"
            return kind(of: index) == S_IFREG && inside(index) ? .file(index) : .notFound
        default:
            return .notFound
        }
    }

    /// The 404 page of the build, if it has one.
    var notFoundPage: String? {
        let page = root + "/404.html"
        return kind(of: page) == S_IFREG ? page : nil
    }

    /// The kind of the entry itself (a link is a link, not what it points to).
    private func kind(of path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    /// Whether the file, every link on its way followed, is under the folder.
    private func inside(_ path: String) -> Bool {
        ResolvedPath.isSameOrInside(ResolvedPath.of(path), root)
    }

    /// The content type of a file by its extension; text in UTF-8.
    static func contentType(of path: String) -> String {
        let ext = (path as NSString).pathExtension.lowercased()
        guard let type = MediaType.getMediaType(forExtension: ext) else { return "application/octet-stream" }
        switch ext {
        case "html", "css", "csv", "txt", "js", "svg", "xml", "json": return "\(type); charset=utf-8"
        default: return type.description
        }
    }
}
