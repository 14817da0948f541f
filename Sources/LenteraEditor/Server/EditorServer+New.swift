import Foundation
import Hummingbird
import LenteraContent
import LenteraDiagnostics

extension EditorServer {
    /// `baru/<kind>?unit=<u>`: a new file in three steps, each a plain form — its name; the
    /// address proposed from the name (editable), checked to be free; then the kind's blank
    /// form with the name filled in, saved like any other (a file made meanwhile by someone
    /// else is a conflict). Kinds of one file per unit (maklumat, SPBE) skip the first two.
    /// New units are for admins only.
    func newFilePage(_ call: Call, kindName: String) async -> Response {
        guard let account = call.account else { return forbidden(call) }
        guard let kind = ContentKinds.named(kindName),
              kind.name == ContentKinds.unit.name || Self.unitKinds.contains(where: { $0.name == kind.name })
                || Self.portalKinds.contains(where: { $0.name == kind.name }) else { return notFound(framed(call)) }
        var unit: String?
        if kind.needs("unit") {
            guard let asked = call.query("unit"), EditorPath.isName(asked) else { return notFound(framed(call)) }
            guard account.mayEdit(unit: asked) else { return forbidden(call) }
            guard store.units().contains(where: { $0.slug == asked }) else { return notFound(framed(call)) }
            unit = asked
        } else if !account.mayEditPortal {
            return forbidden(call)
        }
        var query = unit.map { [("unit", $0)] } ?? []
        let title = text("editor.server.new.title", ["kind": .text(kind.title)])

        // One file per unit: straight to its form (or to the file, when it exists).
        if !kind.needs("slug") {
            let blank = store.blank(kind, unit: unit, slug: "")
            let action = EditorHTML.address(["baru", kind.name], query: query)
            if let existing = try? store.open(blank.path) {
                guard call.isPost else { return EditorPage.redirect(EditorHTML.address(["berkas"] + existing.path.split(separator: "/").map(String.init))) }
                return await submit(call, base: existing, action: action)
            }
            return call.isPost ? await submit(call, base: blank, action: action)
                               : formPage(call, file: blank, tree: .empty, version: "", action: action)
        }

        let step = call.isPost ? (call.form.value("_langkah") ?? "") : "nama"
        let name = (call.form.value("nama") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        switch step {
        case "nama":
            return nameStep(call, title: title, kind: kind, query: query, name: name, error: nil)
        case "alamat":
            guard !name.isEmpty else { return nameStep(call, title: title, kind: kind, query: query, name: name, error: text("editor.server.new.name-missing")) }
            return slugStep(call, title: title, kind: kind, unit: unit, query: query, name: name,
                            slug: store.proposedSlug(for: name, kind: kind, unit: unit), error: nil)
        case "periksa":
            let slug = (call.form.value("alamat") ?? "").trimmingCharacters(in: .whitespaces)
            guard Self.isFileSlug(slug) else {
                return slugStep(call, title: title, kind: kind, unit: unit, query: query, name: name, slug: slug, error: text("editor.server.new.slug-invalid"))
            }
            guard store.slugIsFree(slug, kind: kind, unit: unit) else {
                return slugStep(call, title: title, kind: kind, unit: unit, query: query, name: name, slug: store.proposedSlug(for: name, kind: kind, unit: unit),
                                error: text("editor.server.new.slug-taken", ["slug": .text(slug)]))
            }
            let blank = store.blank(kind, unit: unit, slug: slug)
            var tree = ContentTree.empty
            if let key = ["nama", "judul"].first(where: { kind.fields[$0] != nil }) { tree.set(.text(name), at: FieldPath([key])) }
            query.append(("berkas", slug))
            return formPage(call, file: blank, tree: tree, version: "", action: EditorHTML.address(["baru", kind.name], query: query))
        default:
            // The blank form sent: the file's name is in the address.
            guard call.isPost, let slug = call.query("berkas"), Self.isFileSlug(slug) else { return notFound(framed(call)) }
            let blank = store.blank(kind, unit: unit, slug: slug)
            let action = EditorHTML.address(["baru", kind.name], query: query + [("berkas", slug)])
            guard permitted(account, path: blank.path) else { return forbidden(call) }
            let base = (try? store.open(blank.path)) ?? blank
            return await submit(call, base: base, action: action)
        }
    }

    /// A file's own name: a slug (lower-case letters, digits, hyphens), or for a survey
    /// result its period (`skm-2026-Q1`).
    static func isFileSlug(_ slug: String) -> Bool {
        EditorPath.isName(slug) && !slug.contains(".") && slug.utf8.count <= 100
    }

    private func nameStep(_ call: Call, title: String, kind: ContentKind, query: [(String, String)], name: String, error: String?) -> Response {
        let action = EditorHTML.address(["baru", kind.name], query: query)
        let body = """
            <h1>\(title)</h1>
            \(error.map { "<p class=\"galat\" role=\"alert\" id=\"nama-galat\">\($0)</p>\n" } ?? "")<form method="post" action="\(EditorHTML.escape(action))">
            <input type="hidden" name="_csrf" value="\(EditorHTML.escape(call.session?.csrf ?? ""))">
            <input type="hidden" name="_langkah" value="alamat">
            <p><label for="nama">\(text("editor.server.new.name"))</label>
            <span class="petunjuk" id="nama-petunjuk">\(text("editor.server.new.name-hint"))</span>
            <input id="nama" name="nama" type="text" required value="\(EditorHTML.escape(name))" aria-describedby="nama-petunjuk\(error == nil ? "" : " nama-galat")"\(error == nil ? "" : " aria-invalid=\"true\"")></p>
            <p><button type="submit">\(text("editor.server.new.next"))</button></p>
            </form>
            """
        return framed(call).response(error == nil ? .ok : .unprocessableContent, title: title, body: body)
    }

    private func slugStep(_ call: Call, title: String, kind: ContentKind, unit: String?, query: [(String, String)], name: String, slug: String, error: String?) -> Response {
        let action = EditorHTML.address(["baru", kind.name], query: query)
        let path = kind.needs("unit") ? kind.path(unit: unit, slug: slug, ext: kind.extensions[0]) : kind.path(unit: slug, slug: slug, ext: kind.extensions[0])
        let body = """
            <h1>\(title)</h1>
            \(error.map { "<p class=\"galat\" role=\"alert\" id=\"alamat-galat\">\($0)</p>\n" } ?? "")<form method="post" action="\(EditorHTML.escape(action))">
            <input type="hidden" name="_csrf" value="\(EditorHTML.escape(call.session?.csrf ?? ""))">
            <input type="hidden" name="_langkah" value="periksa">
            <input type="hidden" name="nama" value="\(EditorHTML.escape(name))">
            <p>\(text("editor.server.new.name-given", ["name": .text(name)]))</p>
            <p><label for="alamat">\(text("editor.server.new.slug"))</label>
            <span class="petunjuk" id="alamat-petunjuk">\(text("editor.server.new.slug-hint", ["path": .text(path)]))</span>
            <input id="alamat" name="alamat" type="text" required autocapitalize="none" spellcheck="false" value="\(EditorHTML.escape(slug))" aria-describedby="alamat-petunjuk\(error == nil ? "" : " alamat-galat")"\(error == nil ? "" : " aria-invalid=\"true\"")></p>
            <p><button type="submit">\(text("editor.server.new.to-form"))</button></p>
            </form>
            """
        return framed(call).response(error == nil ? .ok : .unprocessableContent, title: title, body: body)
    }
}
