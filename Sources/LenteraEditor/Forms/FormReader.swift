import LenteraContent

/// A submitted form read back into a tree, following the table: names that are no field of
/// the kind are ignored, and the tree comes out in the table's order whatever the order of
/// the pairs. Empty values are left out, except list items (an item just added stays while
/// the officer fills it in; saving drops it). Each value is kept as typed, but for line
/// ends (browsers send CR LF) and whitespace at its end.
struct FormReader {
    /// `f.<path>`: values; a name sent twice keeps its last value (a checkbox after its hidden `false`).
    private(set) var values: [FieldPath: String] = [:]
    /// `k.<path>`: the key of a map row (`k.jawaban.0` = `U1`).
    private(set) var keys: [FieldPath: String] = [:]
    /// The parts seen below each path.
    private var children: [FieldPath: Set<String>] = [:]
    /// The one `_aksi` sent; nil when none or several.
    private(set) var action: String?

    init(_ pairs: [(name: String, value: String)]) {
        var actions = Set<String>()
        for (name, value) in pairs {
            if name == "_aksi" {
                actions.insert(value)
                continue
            }
            let isValue = name.hasPrefix("f."), isKey = name.hasPrefix("k.")
            guard isValue || isKey else { continue }
            let path = FieldPath(text: String(name.dropFirst(2)))
            guard !path.parts.isEmpty else { continue }
            if isValue { values[path] = Self.clean(value) } else { keys[path] = Self.clean(value) }
            for depth in path.parts.indices {
                children[FieldPath(Array(path.parts[..<depth])), default: []].insert(path.parts[depth])
            }
        }
        action = actions.count == 1 ? actions.first : nil
    }

    /// Line ends as `\n`, and no whitespace at the end; nothing else changed.
    static func clean(_ value: String) -> String {
        var text = value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }

    func tree(of kind: ContentKind) -> ContentTree {
        set(kind.fields, at: FieldPath([]), isItem: false) ?? .empty
    }

    private func set(_ set: FieldSet, at path: FieldPath, isItem: Bool) -> ContentTree? {
        let fields = set.fields.compactMap { spec in
            field(spec.shape, at: path.appending(spec.key), required: spec.required).map { ContentField(spec.key, $0) }
        }
        return fields.isEmpty && !isItem ? nil : .fields(fields)
    }

    /// The positions below `path` (list items, map rows), in order.
    private func positions(under path: FieldPath) -> [Int] {
        (children[path] ?? []).compactMap { part in Int(part).flatMap { $0 >= 0 && String($0) == part ? $0 : nil } }.sorted()
    }

    private func scalar(_ path: FieldPath) -> ContentTree? {
        guard let value = values[path], !value.isEmpty else { return nil }
        return .text(value)
    }

    private func field(_ shape: FieldShape, at path: FieldPath, required: Bool) -> ContentTree? {
        switch shape {
        case .boolean:
            // An unticked box sends its hidden `false`: no line, as the decoders read a missing flag.
            guard let value = scalar(path) else { return nil }
            return value == .text("false") && !required ? nil : value
        case .fields(let fieldSet):
            return set(fieldSet, at: path, isItem: false)
        case .list(let item, _):
            let items = positions(under: path)
            return items.isEmpty ? nil : .list(items.map { self.item(item, at: path.appending($0)) })
        case .map(let value, _):
            let rows = positions(under: path).filter { keys[path.appending($0)] != nil }
            guard !rows.isEmpty else { return nil }
            return .fields(rows.map { row in
                ContentField(keys[path.appending(row)] ?? "", item(value, at: path.appending(row)))
            })
        case .either(let shapes):
            switch EitherLayout(shapes) {
            case .scalar:
                return scalar(path)
            case .merged(let fieldSet):
                guard let fields = set(fieldSet, at: path, isItem: false) else { return nil }
                if case .fields(let list) = fields, list.count == 1, list[0].key == fieldSet.fields[0].key { return list[0].value }
                return fields
            case .alternative(let one, let fieldSet):
                // A word chosen (`belum`) is what is saved; a text box (`Gratis`) only when no detail is filled in.
                if case .choice = one, let chosen = scalar(path) { return chosen }
                return set(fieldSet, at: path, isItem: false) ?? scalar(path)
            }
        default:
            return scalar(path)
        }
    }

    /// A list item or map row: always a value, empty when nothing was filled in.
    private func item(_ shape: FieldShape, at path: FieldPath) -> ContentTree {
        switch shape {
        case .fields(let fieldSet):
            return set(fieldSet, at: path, isItem: true) ?? .fields([])
        case .either:
            if let value = values[path] { return .text(value) }
            if let fieldSet = shape.fieldSet { return set(fieldSet, at: path, isItem: true) ?? .fields([]) }
            return .text("")
        case .list:
            return field(shape, at: path, required: false) ?? .list([])
        case .map:
            return field(shape, at: path, required: false) ?? .fields([])
        default:
            return .text(values[path] ?? "")
        }
    }
}
