import LenteraContent

/// What the forms need to know about the table's shapes: the shape at a path of the form,
/// and how an `either` is shown (docs/editor.md, "Forms").
///
/// A path of the form is the tree's `FieldPath`, except inside a `.map` (element codes,
/// profile categories), whose rows are written by position (`jawaban.0`), because the key
/// is itself a value the officer edits.
enum FormSchema {
    /// The shape at `path` in a file of `kind`; nil when the table has no such place.
    static func shape(at path: FieldPath, in kind: ContentKind) -> FieldShape? {
        var shape = FieldShape.fields(kind.fields)
        for part in path.parts {
            guard let next = child(of: shape, part) else { return nil }
            shape = next
        }
        return shape
    }

    static func child(of shape: FieldShape, _ part: String) -> FieldShape? {
        switch shape {
        case .fields(let set):
            return set[part]?.shape
        case .list(let item, _):
            guard let index = Int(part), index >= 0 else { return nil }
            return item
        case .map(let value, _):
            guard let index = Int(part), index >= 0 else { return nil }
            return value
        case .either:
            return shape.fieldSet?[part]?.shape
        default:
            return nil
        }
    }

    /// The choices an item of a list may take: one, or the shapes of an `either`.
    static func variants(of item: FieldShape) -> [FieldShape] {
        if case .either(let shapes) = item { return shapes }
        return [item]
    }

    /// An empty value of a shape, as `Tambah` adds it. A new set of fields starts with one
    /// empty item in each required list (a new `kelompok` has a line to fill at once).
    static func blank(_ shape: FieldShape) -> ContentTree {
        switch shape {
        case .list: return .list([])
        case .map: return .fields([])
        case .either(let shapes): return blank(shapes[0])
        case .fields(let set):
            return .fields(set.fields.compactMap { spec in
                guard spec.required, case .list(let item, _) = spec.shape else { return nil }
                return ContentField(spec.key, .list([blank(variants(of: item)[0])]))
            })
        default: return .text("")
        }
    }
}

extension FieldShape {
    /// A value written on one line of the form (text, number, date, choice…).
    var isScalar: Bool {
        switch self {
        case .list, .fields, .either, .map: false
        default: true
        }
    }

    var isBoolean: Bool {
        if case .boolean = self { return true }
        return false
    }
}

/// How an `either` outside a list is shown. Inside a list each item shows the shape it
/// has, and a `Tambah` button per shape adds one of each.
enum EitherLayout {
    /// Only one-line shapes (`ya`/`tidak` or true/false; a number or `ya`/`tidak`): one control.
    case scalar([FieldShape])
    /// A text, or a set of fields whose first field is that text and the rest refine it
    /// (completion time: `teks` with `durasi`): the fields alone; the first one alone is written as the text.
    case merged(FieldSet)
    /// A text or a choice, or a set of fields (cost: `Gratis`, or `tarif` and `dasar_hukum`;
    /// decree: `belum`, or the decree): a text box or radio buttons (the last choosing the
    /// fields), then the fields. A word chosen wins; a text only when no field is filled in.
    case alternative(FieldShape, FieldSet)

    init(_ shapes: [FieldShape]) {
        let scalars = shapes.filter(\.isScalar)
        guard let set = shapes.lazy.compactMap(\.fieldSet).first else {
            self = .scalar(scalars)
            return
        }
        let first = set.fields.first
        if scalars.count == 1, case .text = scalars[0], let first, first.required, case .text = first.shape {
            self = .merged(set)
        } else {
            self = .alternative(scalars.first ?? .text, set)
        }
    }
}
