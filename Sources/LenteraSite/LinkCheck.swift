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
enum LinkCheck {
    static func broken(_ sources: [MarkdownSource], in model: SiteModel) -> [Diagnostic] {
        guard !sources.isEmpty else { return [] }
        let routes = model.plan.map { model.route(of: $0) }
        var files = Set(routes.map(Routes.file(for:)))
        files.formUnion(["sitemap.xml", "robots.txt", Routes.feed])
        files.formUnion(model.content.attachments.map { Routes.attachment($0) })
        var diagnostics: [Diagnostic] = []
        for source in sources {
            let route = model.route(of: page(source.page))
            for link in MarkdownRenderer.links(in: source.text) {
                let location = SourceLocation(file: source.file, line: source.linesMatch ? source.line + link.line - 1 : source.line,
                                              column: source.linesMatch ? link.column : source.column)
                if link.isImage, link.text.trimmingCharacters(in: .whitespaces).isEmpty {
                    diagnostics.append(.warning("content.image-no-alt", at: location, Message("content.image-no-alt", ["target": .text(link.destination)]),
                                                advice: Message("content.image-no-alt.hint")))
                }
                if let path = AttachmentLinks.contentPath(link.destination, from: source.folder), AttachmentLinks.isInAttachmentFolder(path) {
                    if let file = model.attachmentsByPath[path] {
                        if link.isImage, !file.kind.isImage {
                            diagnostics.append(.error("attachment.not-an-image", at: location,
                                                      Message("attachment.not-an-image", ["target": .text(link.destination), "kind": .text(file.kind.label)]),
                                                      advice: Message("attachment.not-an-image.hint")))
                        }
                    } else if !model.content.refusedAttachments.contains(path) {
                        diagnostics.append(.error("attachment.missing", at: location,
                                                  Message(link.isImage ? "attachment.missing.image" : "attachment.missing", ["target": .text(link.destination)]),
                                                  advice: Message("attachment.missing.hint", ["path": .text(path)])))
                    }
                    continue
                }
                guard let target = resolve(link.destination, from: route), !exists(target, in: files) else { continue }
                let summary = Message(link.isImage ? "content.broken-link.image" : "content.broken-link", ["target": .text(link.destination)])
                let advice: Message
                if let near = nearest(target, among: routes) {
                    let written = link.destination.hasPrefix("/") ? "/" + near : relative(from: route, to: near)
                    advice = Message("content.broken-link.hint-near", ["suggestion": .text(written)])
                } else {
                    advice = Message(link.isImage ? "content.broken-link.hint-image" : "content.broken-link.hint")
                }
                diagnostics.append(.error("content.broken-link", at: location, summary, advice: advice))
            }
        }
        return diagnostics
    }

    /// The page beside the target (same folder) whose name is closest to the target's.
    static func nearest(_ target: Target, among routes: [String]) -> String? {
        let (parent, name) = split(target.path)
        var candidates: [String: String] = [:]
        for route in routes where !route.isEmpty {
            let (routeParent, routeName) = split(route)
            if routeParent == parent { candidates[routeName] = route }
        }
        return Suggestion.closest(to: name, among: candidates.keys.sorted()).flatMap { candidates[$0] }
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
