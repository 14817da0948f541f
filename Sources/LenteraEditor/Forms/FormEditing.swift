import LenteraContent

/// The list buttons of a form: add an item at the end, remove one, move one up or down.
/// Paths are the form's (map rows by position, `FormSchema`); a path that leads nowhere
/// in the tree leaves it as it is.
enum FormEditing {
    static func apply(_ action: FormAction, to tree: ContentTree, kind: ContentKind) -> ContentTree {
        var tree = tree
        let root = FieldShape.fields(kind.fields)
        switch action {
        case .save, .preview:
            break
        case .add(let path, let variant):
            guard let shape = FormSchema.shape(at: path, in: kind) else { break }
            let item: ContentTree
            switch shape {
            case .list(let itemShape, _):
                let variants = FormSchema.variants(of: itemShape)
                guard variants.indices.contains(variant) else { return tree }
                item = FormSchema.blank(variants[variant])
            case .map(let value, _):
                item = FormSchema.blank(value)
            default:
                return tree
            }
            visit(&tree, shape: root, parts: path.parts[...], create: true) { node, shape in
                switch (shape, node) {
                case (.list, .list(var items)): items.append(item); node = .list(items)
                case (.list, .text): node = .list([node, item])   // a single value: a list of one
                case (.list, _): node = .list([item])
                case (.map, .fields(var fields)): fields.append(ContentField("", item)); node = .fields(fields)
                case (.map, _): node = .fields([ContentField("", item)])
                default: break
                }
            }
        case .remove(let path), .moveUp(let path), .moveDown(let path):
            guard let last = path.parts.last, let index = Int(last) else { break }
            visit(&tree, shape: root, parts: path.parent.parts[...], create: false) { node, _ in
                node = reorder(node, index: index, action: action)
            }
        }
        return tree
    }

    /// The list or map `node` with its item `index` removed or moved.
    static func reorder(_ node: ContentTree, index: Int, action: FormAction) -> ContentTree {
        func change<T>(_ items: inout [T]) {
            guard items.indices.contains(index) else { return }
            switch action {
            case .remove: items.remove(at: index)
            case .moveUp where index > 0: items.swapAt(index, index - 1)
            case .moveDown where index + 1 < items.count: items.swapAt(index, index + 1)
            default: break
            }
        }
        switch node {
        case .list(var items): change(&items); return .list(items)
        case .fields(var fields): change(&fields); return .fields(fields)
        case .text: return node
        }
    }

    /// Runs `body` on the node at `parts` (with its shape), making the sets and fields on
    /// the way when `create` is true.
    static func visit(_ node: inout ContentTree, shape: FieldShape, parts: ArraySlice<String>, create: Bool,
                      _ body: (inout ContentTree, FieldShape) -> Void) {
        guard let part = parts.first else {
            body(&node, shape)
            return
        }
        guard let childShape = FormSchema.child(of: shape, part) else { return }
        let rest = parts.dropFirst()
        switch shape {
        case .fields, .either:
            var fields: [ContentField]
            if case .fields(let existing) = node { fields = existing } else if create { fields = [] } else { return }
            if let at = fields.firstIndex(where: { $0.key == part }) {
                visit(&fields[at].value, shape: childShape, parts: rest, create: create, body)
            } else {
                guard create else { return }
                var child = FormSchema.blank(childShape)
                visit(&child, shape: childShape, parts: rest, create: create, body)
                fields.append(ContentField(part, child))
            }
            node = .fields(fields)
        case .list:
            guard let index = Int(part) else { return }
            var items: [ContentTree]
            switch node {
            case .list(let existing): items = existing
            case .text: items = [node]   // a single value is read as a list of one
            case .fields: return
            }
            guard items.indices.contains(index) else { return }
            visit(&items[index], shape: childShape, parts: rest, create: create, body)
            node = .list(items)
        case .map:
            guard let index = Int(part), case .fields(var fields) = node, fields.indices.contains(index) else { return }
            visit(&fields[index].value, shape: childShape, parts: rest, create: create, body)
            node = .fields(fields)
        default:
            return
        }
    }
}
