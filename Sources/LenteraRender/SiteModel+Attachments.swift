import Foundation
import LenteraDomain
import LenteraMarkdown

/// Links from texts and fields to files beside the content.
///
/// A text links a file by its path relative to the text's own file (`berkas/sk.pdf` in
/// `units/dinas-a/unit.md`, `../berkas/sk.pdf` in a service of that unit): what an editor
/// sees in the content folder, and what a Markdown preview shows. The page shows the file's
/// published address relative to the page.
public enum AttachmentLinks {
    /// The path inside the content folder that a destination written in a file of `folder`
    /// names, when it is a relative path that stays in the content folder; nil for an
    /// address (a scheme, `//host`, `/…`, `#…`).
    public static func contentPath(_ destination: String, from folder: String) -> String? {
        var text = destination.trimmingCharacters(in: .whitespaces)
        if text.isEmpty || text.hasPrefix("#") || text.hasPrefix("/") { return nil }
        if let colon = text.firstIndex(of: ":"), !text[..<colon].contains(where: { "/?#".contains($0) }) { return nil }
        if let end = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<end]) }
        text = text.removingPercentEncoding ?? text
        var parts = folder.split(separator: "/").map(String.init)
        for piece in text.split(separator: "/", omittingEmptySubsequences: true) {
            switch piece {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }

    /// Whether a path of the content folder lies in a `berkas/` folder (the portal's or a
    /// unit's): a link to it must name a published file.
    public static func isInAttachmentFolder(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        if parts.count >= 2, parts[0] == Attachment.folderName { return true }
        return parts.count >= 4 && parts[0] == "units" && parts[2] == Attachment.folderName
    }

    /// The `?…` or `#…` part of a destination, kept on the rewritten address (`#page=2`).
    static func suffix(of destination: String) -> String {
        guard let start = destination.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return "" }
        return String(destination[start...])
    }
}

extension SiteModel {
    /// The attachments of a unit, in the order of their names.
    func attachments(ofUnit slug: String) -> [Attachment] {
        content.attachments.filter { $0.owner == .unit(slug) }
    }

    /// Rewrites links of a text read from a file of `folder` (relative to the content
    /// folder) shown on the page at `route`; nil when the portal publishes no file.
    func destinations(from folder: String, route: String) -> DestinationResolver? {
        guard !attachmentsByPath.isEmpty else { return nil }
        let files = attachmentsByPath
        return { destination, _ in
            guard let path = AttachmentLinks.contentPath(destination, from: folder), let file = files[path] else { return nil }
            return ResolvedDestination(href: Routes.link(from: route, to: Routes.attachment(file, encoded: true)) + AttachmentLinks.suffix(of: destination),
                                       width: file.width, height: file.height)
        }
    }

    /// The address, from the page at `route`, of the file a field names by its path relative
    /// to the field's file in `folder` (`pindaian: berkas/maklumat-ttd.pdf`).
    public func attachment(_ written: String, from folder: String) -> Attachment? {
        AttachmentLinks.contentPath(written, from: folder).flatMap { attachmentsByPath[$0] }
    }

    /// The folder a unit's own files (`unit.md`, `maklumat.md`) are in.
    public func unitFolder(_ slug: String) -> String { content.files.unitFolder(slug) }

    /// The folder a service's file is in.
    public func serviceFolder(unit: String, slug: String) -> String {
        let file = content.files.service(unit: unit, slug: slug)
        guard let slash = file.lastIndex(of: "/") else { return "" }
        return String(file[..<slash])
    }
}

extension SiteModel {
    /// A link to a file, from the page at `route`.
    func fileLinkView(_ file: Attachment, route: String) -> FileLinkView {
        FileLinkView(name: file.name, href: link(route, to: Routes.attachment(file, encoded: true)),
                     label: "\(file.kind.label), \(Attachment.sizeText(file.size))")
    }

    /// The logo (`logo` in portal.yaml) on the page at `route`, when it names an image.
    func logoView(route: String, root: String) -> LogoView? {
        guard let written = content.portal.logo?.written, let file = attachment(written, from: ""), file.kind.isImage else { return nil }
        return LogoView(href: root + Routes.attachment(file, encoded: true), width: file.width, height: file.height)
    }

    /// The logo's absolute address (the image of a shared link), when the portal gives one.
    var logoAddress: String? {
        guard let written = content.portal.logo?.written, let file = attachment(written, from: ""), file.kind.isImage else { return nil }
        return content.portal.baseURL + Routes.attachment(file, encoded: true)
    }

    /// The site's icon: the logo when given, else the theme's own (`assets/favicon.svg`), so
    /// that no page makes the browser ask for a missing `/favicon.ico`.
    func faviconView(root: String) -> FaviconView {
        if let written = content.portal.logo?.written, let file = attachment(written, from: ""), file.kind.isImage {
            return FaviconView(href: root + Routes.attachment(file, encoded: true), type: file.kind.mediaType)
        }
        return FaviconView(href: root + Routes.favicon, type: "image/svg+xml")
    }
}
