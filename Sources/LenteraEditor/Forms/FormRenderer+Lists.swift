import LenteraContent
import LenteraDiagnostics

/// Lists, maps and `either`: the fields that hold more than one value or one of several shapes.
extension FormRenderer {
    // MARK: - Lists

    mutating func list(_ item: FieldShape, _ value: ContentTree?, at place: Place, label: String, hint: String?, required: Bool) {
        var items: [ContentTree]
        switch value {
        case .list(let list): items = list
        case .text: items = [value!]   // a single value is read as a list of one
        case .fields, nil: items = []
        }
        if case .fields = value { html += notice("editor.form.value-not-shown") }
        group(at: place, label: label, hint: hint, required: required) { renderer in
            if !items.isEmpty {
                renderer.html += "<ol class=\"ef-items\">\n"
                for (index, itemValue) in items.enumerated() {
                    let itemPlace = place.appending(index)
                    let itemLabel = "\(label) \(index + 1)"
                    renderer.html += "<li class=\"ef-item\">\n"
                    renderer.show(renderer.itemShape(item, for: itemValue), itemValue, at: itemPlace, label: itemLabel, hint: nil, required: false)
                    renderer.itemButtons(at: itemPlace.form, index: index, count: items.count, label: itemLabel)
                    renderer.html += "</li>\n"
                }
                renderer.html += "</ol>\n"
            }
            renderer.addButtons(item, at: place.form, label: label)
        }
    }

    /// The shape an item is shown with: for an `either`, the one the item has (a line, or a set of fields).
    func itemShape(_ item: FieldShape, for value: ContentTree) -> FieldShape {
        guard case .either(let shapes) = item else { return item }
        if case .fields = value, let set = item.fieldSet { return .fields(set) }
        return shapes.first(where: \.isScalar) ?? .text
    }

    mutating func itemButtons(at path: FieldPath, index: Int, count: Int, label: String) {
        html += "<div class=\"ef-item-actions\">\n"
        if index > 0 { html += button(.moveUp(path), text("editor.form.move-up"), context: label, style: "ef-secondary") }
        if index + 1 < count { html += button(.moveDown(path), text("editor.form.move-down"), context: label, style: "ef-secondary") }
        html += button(.remove(path), text("editor.form.remove"), context: label, style: "ef-danger")
        html += "</div>\n"
    }

    mutating func addButtons(_ item: FieldShape, at path: FieldPath, label: String) {
        html += "<div class=\"ef-add\">\n"
        let variants = FormSchema.variants(of: item)
        for (variant, shape) in variants.enumerated() {
            let caption: String
            if variants.count == 1 {
                html += button(.add(path, variant: variant), HTMLText.escape(Message("editor.form.add", ["field": .text(label)]).text(in: language)),
                               context: nil, style: "ef-secondary")
                continue
            } else if let set = shape.fieldSet {
                caption = set["kelompok"] != nil ? text("editor.form.add-group")
                    : Message("editor.form.add-detailed", ["field": .text(set.fields.dropFirst().first?.title.lowercased() ?? "")]).text(in: language)
            } else {
                caption = text("editor.form.add-line")
            }
            html += button(.add(path, variant: variant), caption, context: label, style: "ef-secondary")
        }
        html += "</div>\n"
    }

    // MARK: - Maps: rows of a key and a value

    mutating func map(_ valueShape: FieldShape, _ value: ContentTree?, at place: Place, label: String, hint: String?, required: Bool) {
        var rows: [ContentField] = []
        if case .fields(let fields) = value { rows = fields } else if value != nil { html += notice("editor.form.value-not-shown") }
        group(at: place, label: label, hint: hint, required: required) { renderer in
            if !rows.isEmpty {
                renderer.html += "<ol class=\"ef-items\">\n"
                for (index, row) in rows.enumerated() {
                    let rowPlace = Place(tree: place.tree.appending(row.key), form: place.form.appending(index))
                    let rowLabel = "\(label) \(index + 1)"
                    renderer.html += "<li class=\"ef-item\">\n<fieldset class=\"ef-group ef-row\">\n<legend class=\"ef-legend\">\(HTMLText.escape(rowLabel))</legend>\n"
                    let keyID = HTMLText.id("k", rowPlace.form)
                    renderer.html += "<div class=\"ef-field\">\n<label class=\"ef-label\" for=\"\(keyID)\">\(renderer.text("editor.form.map-key"))</label>\n"
                    renderer.html += "<input class=\"ef-input ef-short\" type=\"text\" id=\"\(keyID)\" name=\"k.\(rowPlace.form)\" value=\"\(HTMLText.escape(row.key))\" autocomplete=\"off\" spellcheck=\"false\"\(renderer.autofocus(rowPlace.form))>\n</div>\n"
                    renderer.show(valueShape, row.value, at: rowPlace, label: renderer.text("editor.form.map-value"), hint: nil, required: false)
                    renderer.html += "</fieldset>\n"
                    renderer.itemButtons(at: rowPlace.form, index: index, count: rows.count, label: rowLabel)
                    renderer.html += "</li>\n"
                }
                renderer.html += "</ol>\n"
            }
            renderer.html += "<div class=\"ef-add\">\n"
            renderer.html += renderer.button(.add(place.form, variant: 0), renderer.text("editor.form.add-row"), context: label, style: "ef-secondary")
            renderer.html += "</div>\n"
        }
    }

    // MARK: - Either

    mutating func either(_ shapes: [FieldShape], _ value: ContentTree?, at place: Place, label: String, hint: String?, required: Bool) {
        switch EitherLayout(shapes) {
        case .scalar(let scalars):
            scalarField(.either(scalars), value, at: place, label: label, hint: hint, required: required)
        case .merged(let set):
            // The text alone is the first field alone.
            var fields = value
            if case .text(let text) = value { fields = .fields([ContentField(set.fields[0].key, .text(text))]) }
            group(at: place, label: label, hint: hint, required: required) { renderer in
                renderer.set(set, fields, at: place)
            }
        case .alternative(let scalar, let set):
            let text = value?.text
            let fields: ContentTree? = if case .fields = value { value } else { nil }
            group(at: place, label: label, hint: hint, required: required) { renderer in
                if case .choice(let choices) = scalar {
                    renderer.choiceRadios(choices, chosen: text, at: place)
                } else {
                    renderer.scalarField(scalar, text.map(ContentTree.text), at: place, label: renderer.text("editor.form.either.text"), hint: nil, required: false, notePlace: false)
                    renderer.html += "<p class=\"ef-or\">\(renderer.text("editor.form.either.fields"))</p>\n"
                }
                renderer.set(set, fields, at: place)
            }
        }
    }

    /// Words to choose from beside a set of fields (`belum` beside a decree): radio buttons,
    /// the last one choosing the fields. The choice made is what is saved.
    mutating func choiceRadios(_ choices: [String], chosen: String?, at place: Place) {
        var options = choices
        if let chosen, !options.contains(chosen) { options.insert(chosen, at: 0) }
        let name = "f.\(place.form)"
        html += "<div class=\"ef-radios\">\n"
        for (index, option) in (options + [""]).enumerated() {
            let id = index == 0 ? HTMLText.id("f", place.form) : HTMLText.id("f", place.form) + "~r\(index)"
            let checked = option.isEmpty ? chosen == nil : option == chosen
            let caption = option.isEmpty ? text("editor.form.either.choose-fields") : HTMLText.escape(option)
            html += "<div class=\"ef-check\">\n<input class=\"ef-checkbox\" type=\"radio\" id=\"\(id)\" name=\"\(name)\" value=\"\(HTMLText.escape(option))\"\(checked ? " checked" : "")>\n"
            html += "<label class=\"ef-check-label\" for=\"\(id)\">\(caption)</label>\n</div>\n"
        }
        html += "</div>\n"
    }
}
