import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraMarkdown
import LenteraRender

/// Links and images in the content's Markdown that lead to no page or file of the site:
/// an error at the line of the link, with the closest page when one is near. Addresses
/// with a scheme (`https:`, `mailto:`) and links within the page (`#…`) are not checked;
/// nor are the open data (`data/`) and the theme's files (`assets/`), written by the
/// build itself. Relative links start from the page the text is shown on — but a link
/// into a `berkas/` folder starts from the text's own file (`berkas/sk.pdf` in a unit's
/// `unit.md`, `../berkas/sk.pdf` in its services) and must name a file published there
/// (`attachment.missing`, at the link's line and column). An image without alternative
/// text is a warning.
///
/// The site's pages are not listed: each link is resolved first, then the pages are walked
/// once (`SiteModel.forEachPage`) to find the files the links want, and once more, only when
/// a link is broken, for the pages beside its target. A national portal has 480,000 pages;
/// its links are few.
enum LinkCheck {
    /// A link found in the content, in the order found: a diagnostic known at once, or a
    /// target among the site's pages, judged once the pages are walked.
    enum Found {
        case known(Diagnostic)
        case target(Target, route: String, destination: String, isImage: Bool, at: SourceLocation)
    }

    static func broken(_ sources: [MarkdownSource], in model: SiteModel) -> [Diagnostic] {
        guard !sources.isEmpty else { return [] }
        var found: [Found] = []
        // The files the targets would be, for `exists`.
        var wanted = Set<String>()
        for source in sources {
            let route = model.route(of: page(source.page))
            for link in MarkdownRenderer.links(in: source.text) {
                let location = SourceLocation(file: source.file, line: source.linesMatch ? source.line + link.line - 1 : source.line,
                                              column: source.linesMatch ? link.column : source.column)
                if link.isImage, link.text.trimmingCharacters(in: .whitespaces).isEmpty {
                    found.append(.known(.warning("content.image-no-alt", at: location, Message("content.image-no-alt", ["target": .text(link.destination)]),
                                                 advice: Message("content.image-no-alt.hint"))))
                }
                if let path = AttachmentLinks.contentPath(link.destination, from: source.folder), AttachmentLinks.isInAttachmentFolder(path) {
                    if let file = model.attachmentsByPath[path] {
                        if link.isImage, !file.kind.isImage {
                            found.append(.known(.error("attachment.not-an-image", at: location,
                                                       Message("attachment.not-an-image", ["target": .text(link.destination), "kind": .text(file.kind.label)]),
                                                       advice: Message("attachment.not-an-image.hint"))))
                        }
                    } else if !model.content.refusedAttachments.contains(path) {
                        found.append(.known(.error("attachment.missing", at: location,
                                                   Message(link.isImage ? "attachment.missing.image" : "attachment.missing", ["target": .text(link.destination)]),
                                                   advice: Message("attachment.missing.hint", ["path": .text(path)]))))
                    }
                    continue
                }
                guard let target = resolve(link.destination, from: route) else { continue }
                wanted.formUnion(files(for: target))
                found.append(.target(target, route: route, destination: link.destination, isImage: link.isImage, at: location))
            }
        }
        // Which of the wanted files the site has: the pages, one at a time, and the rest.
        var files = Set(["sitemap.xml", "robots.txt", Routes.feed].filter(wanted.contains))
        files.formUnion(model.content.attachments.map { Routes.attachment($0) }.filter(wanted.contains))
        if !wanted.isEmpty {
            model.forEachPage { page in
                let file = Routes.file(for: model.route(of: page))
                if wanted.contains(file) { files.insert(file) }
            }
        }
        // The pages beside each broken target, for the closest one.
        var beside: [String: [String: String]] = [:]
        for case .target(let target, _, _, _, _) in found where !exists(target, in: files) {
            beside[split(target.path).0] = [:]
        }
        if !beside.isEmpty {
            model.forEachPage { page in
                let route = model.route(of: page)
                guard !route.isEmpty else { return }
                let (parent, name) = split(route)
                if beside[parent] != nil { beside[parent]![name] = route }
            }
        }
        return found.compactMap { found in
            switch found {
            case .known(let diagnostic):
                return diagnostic
            case .target(let target, let route, let destination, let isImage, let location):
                guard !exists(target, in: files) else { return nil }
                let summary = Message(isImage ? "content.broken-link.image" : "content.broken-link", ["target": .text(destination)])
                let advice: Message
                if let near = nearest(target, among: beside[split(target.path).0] ?? [:]) {
                    let written = destination.hasPrefix("/") ? "/" + near : relative(from: route, to: near)
                    advice = Message("content.broken-link.hint-near", ["suggestion": .text(written)])
                } else {
                    advice = Message(isImage ? "content.broken-link.hint-image" : "content.broken-link.hint")
                }
                return .error("content.broken-link", at: location, summary, advice: advice)
            }
        }
    }

    /// The files whose presence makes a target exist (see `exists`).
    static func files(for target: Target) -> [String] {
        guard !target.outside else { return [] }
        if target.path.isEmpty || target.path.hasSuffix("/") { return [target.path + "index.html"] }
        return [target.path, target.path + "/index.html"]
    }

    /// The page beside the target (same folder) whose name is closest to the target's,
    /// among the pages of its folder (name → route).
    static func nearest(_ target: Target, among beside: [String: String]) -> String? {
        let (_, name) = split(target.path)
        return Suggestion.closest(to: name, among: beside.keys.sorted()).flatMap { beside[$0] }
    }

    /// A path's folder (with its `/`) and last name (without it).
    static func split(_ path: String) -> (String, String) {
        var trimmed = Substring(path)
        if trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return ("", String(trimmed)) }
        return (String(trimmed[...slash]), String(trimmed[trimmed.index(after: slash)...]))
    }

    /// The shortest relative link from the page at `route` (a folder) to `target`, naming
    /// the target's last folder or file (never `./`).
    static func relative(from route: String, to target: String) -> String {
        let from = route.split(separator: "/"), to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let up = String(repeating: "../", count: from.count - common)
        return up + to[common...].joined(separator: "/") + (target.hasSuffix("/") ? "/" : "")
    }

    static func page(_ page: MarkdownSource.Page) -> PageKind {
        switch page {
        case .unit(let slug): .unit(slug)
        case .maklumat(let unit): .maklumat(unit: unit)
        case .service(let unit, let slug): .service(unit: unit, slug: slug)
        case .page(let slug): .page(slug)
        }
    }

    /// A local target, relative to the site root; `outside` when `..` climbs above it.
    struct Target {
        var path: String
        var outside = false
    }

    /// The site path a destination written on the page at `route` leads to; nil when it is
    /// not checked (a scheme, `//host`, `#fragment` only, `data/`, `assets/`).
    static func resolve(_ destination: String, from route: String) -> Target? {
        var text = destination.trimmingCharacters(in: .whitespaces)
        if text.isEmpty || text.hasPrefix("#") || text.hasPrefix("//") { return nil }
        if let colon = text.firstIndex(of: ":"), !text[..<colon].contains(where: { "/?#".contains($0) }) { return nil }
        if let end = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<end]) }
        text = text.removingPercentEncoding ?? text
        let absolute = text.hasPrefix("/")
        var parts = absolute ? [] : route.split(separator: "/").map(String.init)
        var outside = false
        let pieces = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        for piece in pieces {
            switch piece {
            case ".": continue
            case "..": if parts.isEmpty { outside = true } else { parts.removeLast() }
            default: parts.append(piece)
            }
        }
        let folder = text.hasSuffix("/") || pieces.last == "." || pieces.last == ".." || (text.isEmpty == false && pieces.isEmpty)
        var path = parts.joined(separator: "/")
        if folder && !path.isEmpty { path += "/" }
        if ["data", "assets"].contains(parts.first ?? "") { return nil }
        return Target(path: path, outside: outside)
    }

    static func exists(_ target: Target, in files: Set<String>) -> Bool {
        guard !target.outside else { return false }
        if target.path.isEmpty || target.path.hasSuffix("/") { return files.contains(target.path + "index.html") }
        return files.contains(target.path) || files.contains(target.path + "/index.html")
    }
}
