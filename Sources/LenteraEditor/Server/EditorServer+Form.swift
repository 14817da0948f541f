import Foundation
import Hummingbird
import LenteraContent
import LenteraDiagnostics

extension EditorServer {
    /// Whether the account may edit the file at a content path: `units/<u>/…` needs unit
    /// `<u>`, anything else the portal (admins).
    func permitted(_ account: Account?, path: String) -> Bool {
        guard let account else { return false }
        if let unit = EditorPath.unit(of: path) { return account.mayEdit(unit: unit) }
        return account.mayEditPortal
    }

    /// `berkas/<content path>`: the form of an existing file (GET), and what it sends (POST).
    func filePage(_ call: Call, path: String) async -> Response {
        guard EditorPath.kind(of: path) != nil else { return notFound(framed(call)) }
        guard permitted(call.account, path: path) else { return forbidden(call) }
        let file: EditableFile
        do { file = try store.open(path) } catch {
            return framed(call).message(.notFound, title: text("editor.server.not-found.title"), paragraph: text.diagnostic(error.diagnostic),
                                        link: (Editor.prefix + "/", text("editor.server.frame.home")))
        }
        let action = EditorHTML.address(["berkas"] + path.split(separator: "/").map(String.init))
        if file.readOnly {
            guard !call.isPost else { return forbidden(call) }
            return readOnlyPage(call, file: file)
        }
        guard call.isPost else {
            // While the officer fills in the form, the check without the change is made
            // (a blocking whole check: on a thread of its own), so that Simpan runs one check.
            let store = store
            let thread = Thread { store.prepareBaseline() }
            thread.stackSize = 8 << 20
            thread.start()
            return formPage(call, file: file, tree: file.tree, version: file.version, action: action)
        }
        return await submit(call, base: file, action: action)
    }

    /// A form sent: uploads stored, then a list action shown again, or the file saved.
    /// `base`: the file as it is on disk now (blank for a new file).
    func submit(_ call: Call, base: EditableFile, action: String) async -> Response {
        guard let account = call.account else { return forbidden(call) }
        var pairs = call.form.pairs
        var problems: [Diagnostic] = []
        let uploadFields = Set(EditForm.uploadFields(of: base.kind).map(\.description))
        // One file per upload field, the first sent: a field sent again (a forged form)
        // never stores more.
        var stored: Set<String> = []
        for upload in call.form.uploads where upload.name.hasPrefix("u.") {
            let field = String(upload.name.dropFirst(2))
            guard uploadFields.contains(field), stored.insert(field).inserted else { continue }
            do {
                let stored = try store.storeAttachment(upload.bytes, fileName: upload.fileName, unit: base.unit)
                pairs.removeAll { $0.name == "f." + field }
                pairs.append(("f." + field, EditorPath.relative(stored, from: base.path)))
            } catch {
                problems.append(error.diagnostic)
            }
        }
        let (tree, formAction) = EditForm.read(pairs, kind: base.kind, markdownFile: Self.isMarkdown(base.path))
        let version = call.form.value("_versi") ?? ""
        let saving = formAction == .save || call.form.value("_aksi") == "simpan"
        if saving, let problem = Self.parentProblem(account, base: base, tree: tree) { problems.append(problem) }
        guard saving, problems.isEmpty else {
            let shown = saving ? tree : EditForm.apply(formAction, to: tree, kind: base.kind)
            // After a list button the browser is taken to the item added or moved.
            let focus = saving ? nil : EditForm.focus(after: formAction, in: shown, kind: base.kind)
            return formPage(call, file: base, tree: shown, version: version, action: action, preview: formAction == .preview,
                            problems: problems, status: problems.isEmpty ? .ok : .unprocessableContent, focus: focus)
        }
        // Opened as one version, the file is another now: shown, never overwritten.
        guard version == base.version else {
            return conflictPage(call, current: base, yours: store.canonicalText(of: tree, for: base), pairs: pairs, action: action)
        }
        let outcome: SaveOutcome
        do { outcome = try store.save(tree, as: base) } catch {
            return formPage(call, file: base, tree: tree, version: version, action: action, problems: [error.diagnostic], status: .internalServerError)
        }
        switch outcome {
        case .invalid(let validation):
            return formPage(call, file: base, tree: tree, version: version, action: action, validation: validation, status: .unprocessableContent)
        case .conflict(let current, let yours):
            return conflictPage(call, current: current, yours: yours, pairs: pairs, action: action)
        case .saved(let saved, let before, let warnings):
            let written = ContinuousClock.now
            let author = ChangeAuthor(account: account.name, name: account.fullName.isEmpty ? account.name : account.fullName, email: account.email)
            let message = Message(before == nil ? "editor.server.history.added" : "editor.server.history.changed", ["path": .text(saved.path)]).text(in: options.language)
            do {
                try history.record(path: saved.path, before: before, after: saved.text, author: author, date: Date(), message: message)
            } catch {
                return framed(call).message(.internalServerError, title: text("editor.server.saved.title"),
                                            paragraph: text("editor.server.saved.no-history", ["problem": .text(error.diagnostic.summary.text(in: options.language))]),
                                            link: (await publishedAddress(of: saved), text("editor.server.saved.see")))
            }
            if before != saved.text {
                await preview.lookNow()
                _ = await preview.waitForBuild(seeingChangesBefore: written, limit: options.buildWait)
            }
            let published = await publishedAddress(of: saved)
            // With nothing to say, straight to the page as it is published now; otherwise
            // first what is still to be mended, with the way back to the form.
            guard !warnings.isEmpty else { return EditorPage.redirect(published) }
            // The form of the file as saved (a new file's was `baru/…`).
            return savedWithWarningsPage(call, warnings: warnings, published: published,
                                         form: EditorHTML.address(["berkas"] + saved.path.split(separator: "/").map(String.init)))
        }
    }

    /// The page after a save that the check passed with warnings: the file is saved and the
    /// site rebuilt, and each warning is listed (where, what, what to do) with a link to the
    /// published page and one back to the form.
    func savedWithWarningsPage(_ call: Call, warnings: [Diagnostic], published: String, form: String) -> Response {
        let title = text("editor.server.saved.warnings.title", ["count": .text(String(warnings.count))])
        var body = "<h1>\(title)</h1>\n<p>\(text("editor.server.saved.warnings.intro"))</p>\n<div class=\"peringatan\" role=\"status\"><ul>\n"
        body += warnings.map { "<li>\($0.location.map { EditorHTML.escape($0.description) + ": " } ?? "")\(text.diagnostic($0))</li>" }.joined(separator: "\n")
        body += "\n</ul></div>\n"
        body += "<ul class=\"tautan\">\n<li><a href=\"\(EditorHTML.escape(form))\">\(text("editor.server.saved.warnings.edit"))</a></li>\n"
        body += "<li><a href=\"\(EditorHTML.escape(published))\">\(text("editor.server.saved.see"))</a></li>\n</ul>\n"
        return framed(call).response(.ok, title: title, body: body)
    }

    /// A unit's `induk` changed by an officer to (or from) a unit they do not edit: the
    /// unit would appear on (or vanish from) that unit's published page, which is not
    /// theirs. Admins place any unit.
    static func parentProblem(_ account: Account, base: EditableFile, tree: ContentTree) -> Diagnostic? {
        guard !account.mayEditPortal, base.kind.name == ContentKinds.unit.name else { return nil }
        let before = base.tree["induk"]?.text ?? "", after = tree["induk"]?.text ?? ""
        guard before != after else { return nil }
        guard let parent = [after, before].first(where: { !$0.isEmpty && !account.mayEdit(unit: $0) }) else { return nil }
        return .error("editor.parent-not-allowed", at: SourceLocation(file: base.path), Message("editor.parent-not-allowed", ["parent": .text(parent)]),
                      advice: Message("editor.parent-not-allowed.hint", ["parent": .text(parent)]))
    }

    static func isMarkdown(_ path: String) -> Bool { path.hasSuffix(".md") || path.hasSuffix(".markdown") }

    /// The form page: the generated fields inside a multipart form with the session's token
    /// and the file's version, the notice that comments are not kept, and the Simpan button,
    /// at the top and at the end: a service's form is some twenty screens on a phone, and an
    /// officer who changed its first requirement should not have to scroll to the end to save.
    func formPage(_ call: Call, file: EditableFile, tree: ContentTree, version: String, action: String, validation: Validation? = nil,
                  preview: Bool = false, problems: [Diagnostic] = [], status: HTTPResponse.Status = .ok, focus: FieldPath? = nil) -> Response {
        let name = tree["nama"]?.text ?? tree["judul"]?.text ?? file.path
        let title = EditorHTML.escape(file.kind.title) + ": " + EditorHTML.escape(name)
        var body = "<h1>\(title)</h1>\n<p class=\"catatan\">\(text(file.isNew ? "editor.server.form.new-file" : "editor.server.form.file", ["path": .text(file.path)]))</p>\n"
        if file.hasComments {
            body += "<p class=\"peringatan\" role=\"note\">\(text("editor.server.form.comments"))</p>\n"
        }
        let outside = problems + (validation?.elsewhere ?? [])
        if !outside.isEmpty {
            body += "<div class=\"galat\" role=\"alert\"><h2>\(text(problems.isEmpty ? "editor.server.form.elsewhere" : "editor.server.form.problems"))</h2>\n<ul>\n"
            body += outside.map { "<li>\($0.location.map { EditorHTML.escape($0.description) + ": " } ?? "")\(text.diagnostic($0))</li>" }.joined(separator: "\n")
            body += "\n</ul></div>\n"
        }
        let topSave = "<p class=\"simpan-atas\"><button type=\"submit\" name=\"_aksi\" value=\"simpan\">\(text("editor.server.form.save"))</button></p>\n"
        let back = file.unit.map { EditorHTML.address(["unit", $0]) } ?? EditorHTML.address(["portal"])
        body += """
            <form method="post" action="\(EditorHTML.escape(action))" enctype="multipart/form-data" class="sunting">
            <input type="hidden" name="_csrf" value="\(EditorHTML.escape(call.session?.csrf ?? ""))">
            <input type="hidden" name="_versi" value="\(EditorHTML.escape(version))">
            <button type="submit" class="bawaan" tabindex="-1" aria-hidden="true">\(text("editor.server.form.refresh"))</button>
            \(EditForm.fields(kind: file.kind, tree: tree, validation: validation, markdownFile: Self.isMarkdown(file.path), preview: preview,
                              language: options.language, focus: focus, beforeFields: topSave))
            <div class="simpan">
            <button type="submit" name="_aksi" value="simpan">\(text("editor.server.form.save"))</button>
            <a href="\(back)">\(text("editor.server.form.cancel"))</a>
            </div>
            </form>

            """
        return framed(call).response(status, title: title, body: body)
    }

    /// An imported survey result: shown, not editable (`lentera survey import` writes it).
    func readOnlyPage(_ call: Call, file: EditableFile) -> Response {
        let title = EditorHTML.escape(file.kind.title) + ": " + EditorHTML.escape(file.path)
        let body = "<h1>\(title)</h1>\n<p class=\"peringatan\">\(text("editor.server.form.read-only"))</p>\n<pre class=\"berkas\" tabindex=\"0\" role=\"region\" aria-label=\"\(EditorHTML.escape(file.path))\">\(EditorHTML.escape(file.text))</pre>\n"
        return framed(call).response(.ok, title: title, body: body)
    }

    enum ShownLine: Equatable {
        case line(DiffLine)
        /// Unchanged lines left out.
        case skipped(Int)
    }

    /// A difference with only `context` unchanged lines kept around each change: a long run
    /// of unchanged lines is shown as their count.
    static func withContext(_ lines: [DiffLine], context: Int = 3) -> [ShownLine] {
        var shown: [ShownLine] = []
        var index = 0
        while index < lines.count {
            guard case .same = lines[index] else {
                shown.append(.line(lines[index]))
                index += 1
                continue
            }
            var end = index
            while end < lines.count, case .same = lines[end] { end += 1 }
            let keepBefore = index == 0 ? 0 : context, keepAfter = end == lines.count ? 0 : context
            if end - index > keepBefore + keepAfter + 1 {
                shown += lines[index..<(index + keepBefore)].map(ShownLine.line)
                shown.append(.skipped(end - index - keepBefore - keepAfter))
                shown += lines[(end - keepAfter)..<end].map(ShownLine.line)
            } else {
                shown += lines[index..<end].map(ShownLine.line)
            }
            index = end
        }
        return shown
    }

    /// Two saves of one file: the current file and the officer's version side by side with
    /// their difference, and the two ways on — the current version in the form, or the
    /// officer's saved over it (a new form carrying the current version's token, so that a
    /// third save in between is caught again).
    func conflictPage(_ call: Call, current: EditableFile, yours: String, pairs: [(name: String, value: String)], action: String) -> Response {
        let title = text("editor.server.conflict.title")
        var body = "<h1>\(title)</h1>\n<p>\(text("editor.server.conflict.intro", ["path": .text(current.path)]))</p>\n"
        body += "<h2>\(text("editor.server.conflict.difference"))</h2>\n<p class=\"catatan\">\(text("editor.server.conflict.legend"))</p>\n<ol class=\"perbedaan\">\n"
        for line in Self.withContext(LineDifference.between(current.text, yours)) {
            switch line {
            case .line(.same(let line)): body += "<li><span class=\"tanda\" aria-hidden=\"true\"> </span>\(EditorHTML.escape(line))</li>\n"
            case .line(.removed(let line)): body += "<li class=\"hapus\"><span class=\"tanda\" aria-hidden=\"true\">−</span><span class=\"tersembunyi\">\(text("editor.server.conflict.only-current")) </span>\(EditorHTML.escape(line))</li>\n"
            case .line(.added(let line)): body += "<li class=\"tambah\"><span class=\"tanda\" aria-hidden=\"true\">+</span><span class=\"tersembunyi\">\(text("editor.server.conflict.only-yours")) </span>\(EditorHTML.escape(line))</li>\n"
            case .skipped(let count): body += "<li class=\"lewat\">\(text("editor.server.conflict.unchanged", ["count": .text(String(count))]))</li>\n"
            }
        }
        body += "</ol>\n"
        // Each version scrolls on its own: focusable, so that a keyboard can scroll it too.
        body += "<div class=\"versi\"><section><h2 id=\"versi-kini\">\(text("editor.server.conflict.current"))</h2>\n"
        body += "<pre class=\"berkas\" tabindex=\"0\" role=\"region\" aria-labelledby=\"versi-kini\">\(EditorHTML.escape(current.text))</pre></section>\n"
        body += "<section><h2 id=\"versi-anda\">\(text("editor.server.conflict.yours"))</h2>\n"
        body += "<pre class=\"berkas\" tabindex=\"0\" role=\"region\" aria-labelledby=\"versi-anda\">\(EditorHTML.escape(yours))</pre></section></div>\n"
        body += "<h2>\(text("editor.server.conflict.choose"))</h2>\n"
        body += "<p><a class=\"tombol\" href=\"\(EditorHTML.escape(action))\">\(text("editor.server.conflict.reload"))</a> \(text("editor.server.conflict.reload-note"))</p>\n"
        body += "<form method=\"post\" action=\"\(EditorHTML.escape(action))\">\n"
        body += "<input type=\"hidden\" name=\"_csrf\" value=\"\(EditorHTML.escape(call.session?.csrf ?? ""))\">\n"
        body += "<input type=\"hidden\" name=\"_versi\" value=\"\(EditorHTML.escape(current.version))\">\n"
        for pair in pairs where pair.name.hasPrefix("f.") {
            body += "<input type=\"hidden\" name=\"\(EditorHTML.escape(pair.name))\" value=\"\(EditorHTML.escape(pair.value).replacingOccurrences(of: "\n", with: "&#10;"))\">\n"
        }
        body += "<p><button type=\"submit\" name=\"_aksi\" value=\"simpan\">\(text("editor.server.conflict.overwrite"))</button> \(text("editor.server.conflict.overwrite-note"))</p>\n</form>\n"
        return framed(call).response(.conflict, title: title, body: body)
    }
}
