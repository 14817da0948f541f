import Foundation
import Hummingbird
import LenteraContent
import LenteraDiagnostics

extension EditorServer {
    /// The kinds an officer may add to a unit from its page, in the table's order (an
    /// analysis is added beside its survey result, by its name, so not from here).
    static var unitKinds: [ContentKind] {
        ContentKinds.all.filter { $0.needs("unit") && $0.name != ContentKinds.analisisSurvei.name }
    }

    /// The portal's kinds with a file per name (free pages, Zona Integritas designations).
    static var portalKinds: [ContentKind] {
        ContentKinds.all.filter { !$0.needs("unit") && $0.needs("slug") && $0.name != ContentKinds.unit.name }
    }

    /// The home page: the units the account may edit; for an admin also the portal's files.
    func home(_ call: Call) -> Response {
        guard let account = call.account else { return forbidden(call) }
        let units = store.units().filter { account.mayEdit(unit: $0.slug) }
        var body = "<h1>\(text("editor.server.home.title"))</h1>\n"
        body += "<p>\(text("editor.server.home.intro"))</p>\n<h2>\(text("editor.server.home.units"))</h2>\n"
        if units.isEmpty {
            body += "<p>\(text("editor.server.home.no-units"))</p>\n"
        } else {
            body += "<ul class=\"daftar\">\n" + units.map { unit in
                "<li><a href=\"\(EditorHTML.address(["unit", unit.slug]))\">\(EditorHTML.escape(unit.name))</a>"
                    + (unit.name == unit.slug ? "" : " <span class=\"catatan\">\(EditorHTML.escape(unit.slug))</span>") + "</li>"
            }.joined(separator: "\n") + "\n</ul>\n"
        }
        if account.mayEditPortal {
            body += """
                <h2>\(text("editor.server.home.portal"))</h2>
                <ul class="daftar">
                <li><a href="\(EditorHTML.address(["portal"]))">\(text("editor.server.home.portal-files"))</a></li>
                <li><a href="\(EditorHTML.address(["baru", ContentKinds.unit.name]))">\(text("editor.server.home.new-unit"))</a></li>
                <li><a href="\(EditorHTML.address(["riwayat", Self.portalScope]))">\(text("editor.server.home.all-history"))</a></li>
                </ul>

                """
        }
        return framed(call).response(.ok, title: text("editor.server.home.title"), body: body)
    }

    /// A unit's page: its files grouped by kind, links to their forms, to add new ones, and
    /// to the unit's history.
    func unitPage(_ call: Call, unit slug: String) -> Response {
        guard let account = call.account, EditorPath.isName(slug) else { return notFound(framed(call)) }
        guard account.mayEdit(unit: slug) else { return forbidden(call) }
        guard let unit = store.units().first(where: { $0.slug == slug }) else { return notFound(framed(call)) }
        let files = store.files(ofUnit: slug)
        var body = "<h1>\(EditorHTML.escape(unit.name))</h1>\n"
        body += "<p><a href=\"\(EditorHTML.address(["riwayat", slug]))\">\(text("editor.server.unit.history"))</a></p>\n"
        body += fileGroups(files, kinds: [ContentKinds.unit] + Self.unitKinds + [ContentKinds.analisisSurvei]) { kind in
            guard kind.name != ContentKinds.unit.name, kind.name != ContentKinds.analisisSurvei.name else { return nil }
            // A kind of one file per unit (maklumat, SPBE) is offered only while it is missing.
            if !kind.needs("slug"), files.contains(where: { $0.kind.name == kind.name }) { return nil }
            return (EditorHTML.address(["baru", kind.name], query: [("unit", slug)]), text("editor.server.unit.add", ["kind": .text(kind.title)]))
        }
        return framed(call).response(.ok, title: EditorHTML.escape(unit.name), body: body)
    }

    /// The portal's files (settings, free pages, Zona Integritas): admins only.
    func portalPage(_ call: Call) -> Response {
        guard let account = call.account, account.mayEditPortal else { return forbidden(call) }
        let title = text("editor.server.home.portal-files")
        var body = "<h1>\(title)</h1>\n"
        body += "<p><a href=\"\(EditorHTML.address(["riwayat", Self.portalScope]))\">\(text("editor.server.home.all-history"))</a></p>\n"
        body += fileGroups(store.portalFiles(), kinds: [ContentKinds.portal] + Self.portalKinds) { kind in
            guard kind.needs("slug") else { return nil }
            return (EditorHTML.address(["baru", kind.name]), text("editor.server.unit.add", ["kind": .text(kind.title)]))
        }
        return framed(call).response(.ok, title: title, body: body)
    }

    /// Files as sections per kind (in `kinds`' order), each with its "add" link when `add` gives one.
    private func fileGroups(_ files: [FileSummary], kinds: [ContentKind], add: (ContentKind) -> (href: String, label: String)?) -> String {
        var html = ""
        for kind in kinds {
            let ofKind = files.filter { $0.kind.name == kind.name }
            let addition = add(kind)
            guard !ofKind.isEmpty || addition != nil else { continue }
            html += "<section class=\"kelompok\">\n<h2>\(EditorHTML.escape(kind.title))</h2>\n"
            if !ofKind.isEmpty {
                html += "<ul class=\"daftar\">\n"
                for file in ofKind {
                    html += "<li><a href=\"\(EditorHTML.address(["berkas"] + file.path.split(separator: "/").map(String.init)))\">\(EditorHTML.escape(file.title))</a>"
                    if file.readOnly { html += " <span class=\"tanda\">\(text("editor.server.unit.imported"))</span>" }
                    html += " <span class=\"catatan\">\(EditorHTML.escape(file.path))</span></li>\n"
                }
                html += "</ul>\n"
            }
            if let addition { html += "<p><a class=\"tombol\" href=\"\(EditorHTML.escape(addition.href))\">\(addition.label)</a></p>\n" }
            html += "</section>\n"
        }
        return html
    }

    /// The history scope of the portal's files (`riwayat/_portal`): every change, for admins.
    static let portalScope = "_portal"

    /// `riwayat/<unit>` (the unit's changes) and `riwayat/<unit>/<id>` (one change's difference).
    func historyPage(_ call: Call, scope: String, id: String?) -> Response {
        guard let account = call.account else { return forbidden(call) }
        let prefix: String
        let title: String
        if scope == Self.portalScope {
            guard account.mayEditPortal else { return forbidden(call) }
            prefix = ""
            title = text("editor.server.home.all-history")
        } else {
            guard EditorPath.isName(scope) else { return notFound(framed(call)) }
            guard account.mayEdit(unit: scope) else { return forbidden(call) }
            prefix = "units/\(scope)/"
            title = text("editor.server.history.title", ["unit": .text(store.units().first { $0.slug == scope }?.name ?? scope)])
        }
        let changes: [Change]
        do { changes = try history.changes(under: prefix, limit: id == nil ? 200 : 2000) } catch {
            return framed(call).message(.internalServerError, title: title, paragraph: text.diagnostic(error.diagnostic))
        }
        guard let id else {
            let list = changes.isEmpty ? "<p>\(text("editor.server.history.none"))</p>" : HistoryView.list(changes, unit: scope, language: options.language)
            return framed(call).response(.ok, title: title, body: "<h1>\(title)</h1>\n\(list)\n")
        }
        // Only a change found under the scope's prefix is shown: an id of another unit's
        // change gets nothing here.
        guard id.utf8.count <= 100, let change = changes.first(where: { $0.id == id }) else { return notFound(framed(call)) }
        let files: [FileDifference]
        do { files = try history.difference(of: id) } catch {
            return framed(call).message(.internalServerError, title: title, paragraph: text.diagnostic(error.diagnostic))
        }
        let shown = files.filter { $0.path.hasPrefix(prefix) }
        let heading = text("editor.server.history.change")
        let back = "<h1>\(heading)</h1>\n<p><a href=\"\(EditorHTML.address(["riwayat", scope]))\">\(title)</a></p>\n"
        return framed(call).response(.ok, title: heading, body: back + HistoryView.difference(change, shown, language: options.language))
    }
}
