import LenteraContent
import LenteraDiagnostics
import LenteraMarkdown

/// Writes a form's fields as HTML by walking the table of content kinds with the tree.
/// Rendered twice: the first pass finds where each path of the tree is shown (its element
/// id and label), so that every diagnostic of the validation lands on the nearest field
/// shown — a diagnostic about `persyaratan.2.butir` when that list has no line yet goes to
/// item 2 — and the error summary can link to it; the second pass writes them beside it.
struct FormRenderer {
    let kind: ContentKind
    let language: Language
    let preview: Bool
    let markdownFile: Bool
    /// Diagnostics by form path, after placing.
    var placed: [FieldPath: [Diagnostic]] = [:]
    /// Heading level of the part the fields stand in (the page's `<h1>` is the server's).
    var headingLevel = 1

    /// The form path whose first control gets `autofocus` (the item a list button added or moved).
    var focus: FieldPath?
    var focused = false

    var html = ""
    /// Filled while rendering: every form path shown, in document order, with the id to
    /// link to and the field's label; and the tree path each came from.
    var shown: [(form: FieldPath, id: String, label: String)] = []
    var formPathOfTreePath: [FieldPath: FieldPath] = [:]

    static func render(kind: ContentKind, tree: ContentTree, validation: Validation?, markdownFile: Bool,
                       preview: Bool, language: Language, focus: FieldPath? = nil, beforeFields: String = "") -> String {
        var first = FormRenderer(kind: kind, language: language, preview: preview, markdownFile: markdownFile)
        first.body(tree)
        var second = FormRenderer(kind: kind, language: language, preview: preview, markdownFile: markdownFile, focus: focus)
        var unplaced: [Diagnostic] = []
        for (treePath, diagnostics) in (validation?.byField ?? [:]).sorted(by: { $0.key < $1.key }) {
            var path = treePath
            while first.formPathOfTreePath[path] == nil && !path.parts.isEmpty { path = path.parent }
            if let form = first.formPathOfTreePath[path] {
                second.placed[form, default: []] += diagnostics
            } else {
                unplaced += diagnostics
            }
        }
        second.body(tree)
        let summary = FormSummary(language: language, shown: first.shown, placed: second.placed,
                                  inFile: unplaced + (validation?.inFile ?? []))
        return second.defaultButton() + summary.html() + beforeFields + second.html
    }

    // MARK: - The whole form

    /// Pressing Enter in a text box submits the form with its first button: this one, which
    /// shows the form again (never a list's `Hapus`, never a save).
    func defaultButton() -> String {
        "<button type=\"submit\" name=\"_aksi\" value=\"\(FormActionName.preview)\" class=\"ef-vh\" tabindex=\"-1\" formnovalidate>"
            + text("editor.form.default-button") + "</button>\n"
    }

    mutating func body(_ tree: ContentTree) {
        let place = Place(tree: FieldPath([]), form: FieldPath([]))
        formPathOfTreePath[place.tree] = place.form
        html += unknownFields(in: tree, of: kind.fields)
        let sections = FormSection.of(kind)
        for section in sections {
            if let title = section.title {
                html += "<section class=\"ef-section\" aria-labelledby=\"ef-part-\(section.id)\">\n"
                html += "<h2 id=\"ef-part-\(section.id)\">\(HTMLText.escape(title.text(in: language)))</h2>\n"
                if let about = section.about { html += "<p class=\"ef-section-about\">\(HTMLText.escape(about.text(in: language)))</p>\n" }
                headingLevel = 2
            }
            for key in section.keys {
                guard let spec = kind.fields[key] else { continue }
                field(spec, value: tree[key], at: place.appending(key))
            }
            if section.title != nil { html += "</section>\n" }
        }
    }

    // MARK: - A field of a set

    mutating func field(_ spec: FieldSpec, value: ContentTree?, at place: Place) {
        show(spec.shape, value, at: place, label: spec.title, hint: spec.description, required: spec.required)
    }

    /// A value of `shape`: a field of a set (with its description as hint), a list item or a map row's value.
    mutating func show(_ shape: FieldShape, _ value: ContentTree?, at place: Place, label: String, hint: String?, required: Bool) {
        switch shape {
        case .fields(let set):
            if let value, case .fields = value {} else if value != nil { html += notice("editor.form.value-not-shown") }
            group(at: place, label: label, hint: hint, required: required) { renderer in
                renderer.set(set, value, at: place)
            }
        case .list(let item, _):
            list(item, value, at: place, label: label, hint: hint, required: required)
        case .map(let valueShape, _):
            map(valueShape, value, at: place, label: label, hint: hint, required: required)
        case .either(let shapes):
            either(shapes, value, at: place, label: label, hint: hint, required: required)
        default:
            scalarField(shape, value, at: place, label: label, hint: hint, required: required)
        }
    }

    mutating func set(_ set: FieldSet, _ value: ContentTree?, at place: Place) {
        if let value { html += unknownFields(in: value, of: set) }
        for spec in set.fields {
            field(spec, value: value?[spec.key], at: place.appending(spec.key))
        }
    }

    // MARK: - Groups: fieldsets

    /// A `<fieldset>` with its legend, description and diagnostics, around `content`.
    mutating func group(at place: Place, label: String, hint: String?, required: Bool, idPrefix: String = "g",
                        _ content: (inout FormRenderer) -> Void) {
        let id = HTMLText.id(idPrefix, place.form)
        note(place, id: id, label: label)
        let messages = self.messages(at: place.form, id: id)
        var describedBy: [String] = []
        if hint != nil { describedBy.append(id + "~h") }
        describedBy += messages.ids
        html += "<fieldset class=\"ef-group\(messages.hasError ? " ef-invalid" : "")\" id=\"\(id)\""
        if !describedBy.isEmpty { html += " aria-describedby=\"\(describedBy.joined(separator: " "))\"" }
        html += ">\n<legend class=\"ef-legend\">\(HTMLText.escape(label))\(requiredMark(required))</legend>\n"
        if let hint { html += hintHTML(hint, id: id + "~h") }
        html += messages.html
        content(&self)
        html += "</fieldset>\n"
    }

    // MARK: - Pieces

    mutating func note(_ place: Place, id: String, label: String) {
        if formPathOfTreePath[place.tree] == nil { formPathOfTreePath[place.tree] = place.form }
        if !shown.contains(where: { $0.form == place.form }) { shown.append((place.form, id, label)) }
    }

    /// ` autofocus` on the first control at or below the focus path, once.
    mutating func autofocus(_ path: FieldPath) -> String {
        guard let focus, !focused, path.parts.starts(with: focus.parts) else { return "" }
        focused = true
        return " autofocus"
    }

    func text(_ key: String) -> String { HTMLText.escape(Message(key).text(in: language)) }

    func requiredMark(_ required: Bool) -> String {
        required ? " <span class=\"ef-required\">(\(text("editor.form.required")))</span>" : ""
    }

    func hintHTML(_ hint: String, id: String) -> String {
        "<div class=\"ef-hint\" id=\"\(id)\">\(MarkdownRenderer().inlineHTML(hint))</div>\n"
    }

    func notice(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> String {
        "<p class=\"ef-notice\">\(HTMLText.escape(Message(key, arguments).text(in: language)))</p>\n"
    }

    func unknownFields(in value: ContentTree, of set: FieldSet) -> String {
        guard case .fields(let fields) = value else { return "" }
        let unknown = fields.map(\.key).filter { set[$0] == nil }
        guard !unknown.isEmpty else { return "" }
        return notice("editor.form.unknown-fields", ["fields": .text(unknown.map { "`\($0)`" }.joined(separator: ", "))])
    }

    /// A submit button of the form, its label made unique for screen readers by `context`.
    func button(_ action: FormAction, _ caption: String, context: String?, style: String) -> String {
        var html = "<button type=\"submit\" class=\"ef-button \(style)\" name=\"_aksi\" value=\"\(HTMLText.escape(FormActionName.value(of: action)))\" formnovalidate>"
        html += caption
        if let context { html += "<span class=\"ef-vh\"> — \(HTMLText.escape(context))</span>" }
        return html + "</button>\n"
    }

    /// The diagnostics placed at `path`, as paragraphs with ids for `aria-describedby`.
    func messages(at path: FieldPath, id: String) -> FieldMessages {
        let diagnostics = (placed[path] ?? []).sorted { $0.severity > $1.severity }
        var html = "", ids: [String] = []
        for (index, diagnostic) in diagnostics.enumerated() {
            let messageID = id + "~m\(index)"
            ids.append(messageID)
            html += "<p class=\"ef-message ef-\(diagnostic.severity.rawValue)\" id=\"\(messageID)\">"
            html += "<strong class=\"ef-severity\">\(HTMLText.escape(diagnostic.severity.label(in: language).capitalisedFirst)):</strong> "
            html += HTMLText.withCode(diagnostic.summary.text(in: language))
            if let advice = diagnostic.advice {
                html += "<br><span class=\"ef-advice\">\(HTMLText.escape(Message("diagnostic.hint-label").text(in: language).capitalisedFirst)): "
                html += HTMLText.withCode(advice.text(in: language)) + "</span>"
            }
            html += "</p>\n"
        }
        return FieldMessages(html: html, ids: ids, hasError: diagnostics.contains { $0.severity == .error })
    }
}

/// The diagnostics shown at a field.
struct FieldMessages {
    var html = ""
    var ids: [String] = []
    var hasError = false
}

/// Where a value is: its path in the tree, and its path in the form (the same, but for map
/// rows, which the form numbers).
struct Place {
    var tree: FieldPath
    var form: FieldPath

    func appending(_ key: String) -> Place { Place(tree: tree.appending(key), form: form.appending(key)) }
    func appending(_ index: Int) -> Place { Place(tree: tree.appending(index), form: form.appending(index)) }
}

extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
