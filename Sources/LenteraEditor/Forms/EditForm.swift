import LenteraContent
import LenteraDiagnostics

/// A button of an edit form: what the officer asked for when the form came back.
public enum FormAction: Equatable, Sendable {
    case save, preview
    /// A new item at the end of the list at the path (variant: which shape of an `either`).
    case add(FieldPath, variant: Int)
    case remove(FieldPath), moveUp(FieldPath), moveDown(FieldPath)
}

/// The form of a content file, generated from the table of content kinds (`ContentKinds`):
/// no form is written by hand. See docs/editor.md, "Forms".
public enum EditForm {
    /// The form's fields as HTML (no <form> element, no CSRF/version fields, no save button),
    /// grouped (the 14 components as the regulation groups them), with each field's title,
    /// description, value, and its diagnostics beside it; `preview`: Markdown fields show their rendering.
    public static func fields(kind: ContentKind, tree: ContentTree, validation: Validation?, markdownFile: Bool,
                              preview: Bool, language: Language) -> String {
        FormRenderer.render(kind: kind, tree: tree, validation: validation, markdownFile: markdownFile,
                            preview: preview, language: language)
    }

    /// The submitted name/value pairs (in order) back into a tree, and the button pressed.
    public static func read(_ pairs: [(name: String, value: String)], kind: ContentKind, markdownFile: Bool) -> (tree: ContentTree, action: FormAction) {
        let reader = FormReader(pairs)
        return (reader.tree(of: kind), FormActionName.parse(reader.action, kind: kind))
    }

    public static func apply(_ action: FormAction, to tree: ContentTree, kind: ContentKind) -> ContentTree {
        FormEditing.apply(action, to: tree, kind: kind)
    }

    /// The paths of the fields that take an uploaded file (poster, decree document, signed scan, logo).
    public static func uploadFields(of kind: ContentKind) -> [FieldPath] {
        FileFields.of(kind).map(\.path)
    }
}

extension EditForm {
    /// `fields`, with `autofocus` on the first control of `focus` (a form path, from
    /// `focus(after:in:kind:)`): without JavaScript the page comes back at its top after a
    /// list button, and the browser brings the new or moved item into view instead.
    /// `beforeFields` (the page's own HTML, such as a Simpan button) goes after the error
    /// summary and before the first field.
    public static func fields(kind: ContentKind, tree: ContentTree, validation: Validation?, markdownFile: Bool,
                              preview: Bool, language: Language, focus: FieldPath?, beforeFields: String = "") -> String {
        FormRenderer.render(kind: kind, tree: tree, validation: validation, markdownFile: markdownFile,
                            preview: preview, language: language, focus: focus, beforeFields: beforeFields)
    }

    /// Where the officer was working after `action` was applied to give `tree`: the item
    /// added, the item now in the place of the one removed (or the one before it), the item
    /// moved. Nil for saving, preview, or an empty list.
    public static func focus(after action: FormAction, in tree: ContentTree, kind: ContentKind) -> FieldPath? {
        func count(_ list: FieldPath) -> Int {
            var copy = tree, count = 0
            FormEditing.visit(&copy, shape: .fields(kind.fields), parts: list.parts[...], create: false) { node, _ in
                switch node {
                case .list(let items): count = items.count
                case .fields(let fields): count = fields.count
                case .text: count = 1
                }
            }
            return count
        }
        switch action {
        case .save, .preview:
            return nil
        case .add(let list, _):
            let items = count(list)
            return items > 0 ? list.appending(items - 1) : nil
        case .remove(let item), .moveUp(let item), .moveDown(let item):
            // The index comes from the request: a forged one (negative, or Int.max) is
            // brought into the list before one is added to it or taken from it.
            guard let given = item.parts.last.flatMap({ Int($0) }), given >= 0 else { return nil }
            let items = count(item.parent)
            guard items > 0 else { return nil }
            let index = min(given, items)
            let moved = switch action {
            case .moveUp: index - 1
            case .moveDown: index + 1
            default: index
            }
            return item.parent.appending(max(0, min(moved, items - 1)))
        }
    }
}
