import LenteraContent
import LenteraDiagnostics
import LenteraMarkdown

/// One-line values and Markdown texts: the control for each shape of the table.
extension FormRenderer {
    /// A field holding one value: label, description, diagnostics, then the control (GOV.UK's order).
    /// `ownsPlace` is false for the text of an `either` whose group shows the place's diagnostics.
    mutating func scalarField(_ shape: FieldShape, _ value: ContentTree?, at place: Place, label: String, hint: String?,
                              required: Bool, notePlace ownsPlace: Bool = true) {
        var current = ""
        switch value {
        case .text(let text): current = text
        case .list, .fields: html += notice("editor.form.value-not-shown")
        case nil: break
        }
        let id = HTMLText.id("f", place.form)
        if ownsPlace { note(place, id: id, label: label) }
        let messages = ownsPlace ? self.messages(at: place.form, id: id) : FieldMessages()
        var describedBy: [String] = []
        if hint != nil { describedBy.append(id + "~h") }
        describedBy += messages.ids
        let invalid = (messages.hasError ? " aria-invalid=\"true\"" : "") + autofocus(place.form)
        let described = describedBy.isEmpty ? "" : " aria-describedby=\"\(describedBy.joined(separator: " "))\""
        let name = "f.\(place.form)"

        if case .boolean = shape {
            // The hidden `false` is sent when the box is not ticked; a ticked box's `true` comes after it and wins.
            let checked = ["true", "ya", "yes"].contains(current.lowercased())
            html += "<div class=\"ef-field ef-check\(messages.hasError ? " ef-invalid" : "")\">\n"
            html += "<input type=\"hidden\" name=\"\(name)\" value=\"false\">\n"
            html += "<input class=\"ef-checkbox\" type=\"checkbox\" id=\"\(id)\" name=\"\(name)\" value=\"true\"\(checked ? " checked" : "")\(described)\(invalid)>\n"
            html += "<label class=\"ef-check-label\" for=\"\(id)\">\(HTMLText.escape(label))\(requiredMark(required))</label>\n"
            if let hint { html += hintHTML(hint, id: id + "~h") }
            html += messages.html + "</div>\n"
            return
        }

        html += "<div class=\"ef-field\(messages.hasError ? " ef-invalid" : "")\">\n"
        html += "<label class=\"ef-label\" for=\"\(id)\">\(HTMLText.escape(label))\(requiredMark(required))</label>\n"
        if let hint { html += hintHTML(hint, id: id + "~h") }
        html += messages.html
        html += control(shape, current, id: id, name: name, attributes: described + invalid, required: required)
        if case .markdown = shape {
            html += button(.preview, text("editor.form.preview"), context: label, style: "ef-secondary")
            if preview { html += markdownPreview(current, label: label) }
        }
        if ownsPlace, let file = FileFields.field(place.form, of: kind) { html += upload(file, label: label) }
        html += "</div>\n"
    }

    func control(_ shape: FieldShape, _ value: String, id: String, name: String, attributes: String, required: Bool) -> String {
        let common = "id=\"\(id)\" name=\"\(name)\"\(attributes)"
        func input(_ type: String, _ extra: String = "", width: String = "") -> String {
            "<input class=\"ef-input\(width)\" type=\"\(type)\" \(common) value=\"\(HTMLText.escape(value))\"\(extra) autocomplete=\"off\">\n"
        }
        // A new line right after the start tag, which HTML drops: a value that starts with one keeps it.
        func textarea(rows: Int) -> String {
            "<textarea class=\"ef-textarea\" \(common) rows=\"\(rows)\">\n\(HTMLText.escape(value))</textarea>\n"
        }
        switch shape {
        case .markdown:
            return textarea(rows: 10)
        case .text:
            return value.contains("\n") ? textarea(rows: 4) : input("text")
        case .date:
            // A date input shows (and sends) nothing for a value that is not YYYY-MM-DD: such a value stays text.
            return value.isEmpty || value.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil ? input("date", width: " ef-short") : input("text", width: " ef-short")
        case .email:
            return input("email", " spellcheck=\"false\"")
        case .url:
            return input("url", " spellcheck=\"false\"")
        case .slug:
            return input("text", " autocapitalize=\"none\" spellcheck=\"false\"", width: " ef-medium")
        case .wholeNumber, .rupiah:
            return input("text", " inputmode=\"numeric\"", width: " ef-short")
        case .number:
            return input("text", " inputmode=\"decimal\"", width: " ef-short")
        case .pattern:
            return input("text", " spellcheck=\"false\"", width: " ef-medium")
        case .choice(let choices):
            return select(choices, value, common: common, required: required)
        case .either(let shapes):
            // One-line alternatives: a choice (with true/false beside it) is a list to pick from; with a number, a text box.
            let choices = shapes.flatMap { shape -> [String] in if case .choice(let values) = shape { values } else { [] } }
            let numeric = shapes.contains { if case .number = $0 { true } else if case .wholeNumber = $0 { true } else { false } }
            if !choices.isEmpty && !numeric { return select(choices, value, common: common, required: required) }
            return input("text", width: " ef-medium")
        default:
            return input("text")
        }
    }

    /// A choice: an empty first option unless the field is required and has a value (a
    /// required choice left empty must not look chosen); a value outside the choices is kept as an option.
    func select(_ choices: [String], _ value: String, common: String, required: Bool) -> String {
        var options = choices
        if !value.isEmpty && !options.contains(value) { options.insert(value, at: 0) }
        var html = "<select class=\"ef-select\" \(common)>\n"
        if !required || value.isEmpty {
            html += "<option value=\"\"\(value.isEmpty ? " selected" : "")>\(text("editor.form.choose"))</option>\n"
        }
        for option in options {
            html += "<option value=\"\(HTMLText.escape(option))\"\(option == value ? " selected" : "")>\(HTMLText.escape(option))</option>\n"
        }
        return html + "</select>\n"
    }

    /// The Markdown as the site will show it: LenteraMarkdown with the site's options (raw HTML off).
    func markdownPreview(_ markdown: String, label: String) -> String {
        let title = HTMLText.escape(Message("editor.form.preview-title", ["field": .text(label)]).text(in: language))
        var html = "<div class=\"ef-preview\" role=\"region\" aria-label=\"\(title)\">\n<p class=\"ef-preview-title\">\(title)</p>\n"
        if markdown.isEmpty {
            html += "<p>\(text("editor.form.preview-empty"))</p>\n"
        } else {
            html += MarkdownRenderer().under(headingLevel).html(markdown)
        }
        return html + "</div>\n"
    }

    func upload(_ file: FileField, label: String) -> String {
        let id = HTMLText.id("u", file.path)
        let caption = HTMLText.escape(Message("editor.form.upload", ["field": .text(label)]).text(in: language))
        return "<div class=\"ef-upload\">\n<label class=\"ef-label-small\" for=\"\(id)\">\(caption)</label>\n"
            + "<input class=\"ef-file\" type=\"file\" id=\"\(id)\" name=\"u.\(file.path)\" accept=\"\(file.accept)\">\n</div>\n"
    }
}
