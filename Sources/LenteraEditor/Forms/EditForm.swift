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
