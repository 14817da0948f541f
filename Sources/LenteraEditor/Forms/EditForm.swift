// PLACEHOLDER of the server branch (server15): the contract declarations of the forms part
// with trivial bodies, so that the server builds and its tests run. Replaced at merge by the
// forms part's file; nothing else belongs here.
import LenteraContent
import LenteraDiagnostics

public enum FormAction: Equatable, Sendable {
    case save, preview
    case add(FieldPath, variant: Int)
    case remove(FieldPath), moveUp(FieldPath), moveDown(FieldPath)
}

public enum EditForm {
    public static func fields(kind: ContentKind, tree: ContentTree, validation: Validation?, markdownFile: Bool,
                              preview: Bool, language: Language) -> String {
        var html = ""
        var tree = tree
        for spec in kind.fields.fields where tree[spec.key] == nil {
            if case .text = spec.shape { tree.set(.text(""), at: FieldPath([spec.key])) }
        }
        func walk(_ node: ContentTree, _ path: FieldPath) {
            switch node {
            case .text(let text):
                let name = "f." + path.description
                let id = "f-" + path.parts.joined(separator: "-")
                let errors = (validation?.byField[path] ?? []).map { "<p class=\"galat\">\(EditorHTML.escape($0.summary.text(in: language)))</p>" }.joined()
                html += "<p><label for=\"\(id)\">\(EditorHTML.escape(path.description))</label>\(errors)"
                html += "<textarea id=\"\(id)\" name=\"\(EditorHTML.escape(name))\">\(EditorHTML.escape(text))</textarea></p>\n"
            case .list(let items):
                for (index, item) in items.enumerated() { walk(item, path.appending(index)) }
            case .fields(let fields):
                for field in fields { walk(field.value, path.appending(field.key)) }
            }
        }
        walk(tree, FieldPath([]))
        return html
    }

    public static func read(_ pairs: [(name: String, value: String)], kind: ContentKind, markdownFile: Bool) -> (tree: ContentTree, action: FormAction) {
        var tree = ContentTree.empty
        var action = FormAction.preview
        for (name, value) in pairs {
            if name == "_aksi" { action = value == "simpan" ? .save : .preview }
            guard name.hasPrefix("f."), !value.isEmpty else { continue }
            let path = FieldPath(text: String(name.dropFirst(2)))
            // A list index past the end is appended: the placeholder reads lists in order.
            var parts: [String] = []
            for part in path.parts {
                if Int(part) != nil, tree[FieldPath(parts)] == nil || tree[FieldPath(parts)]?.text != nil {
                    tree.set(.list([]), at: FieldPath(parts))
                }
                parts.append(part)
            }
            tree.set(.text(value), at: path)
        }
        return (tree, action)
    }

    public static func apply(_ action: FormAction, to tree: ContentTree, kind: ContentKind) -> ContentTree { tree }

    public static func uploadFields(of kind: ContentKind) -> [FieldPath] { [] }

    public static let stylesheet = ""
}
