import LenteraContent

/// The values of the `_aksi` button: `simpan`, `pratinjau`, `tambah:<path>:<variant>`,
/// `hapus:<path>`, `naik:<path>`, `turun:<path>` (a path of the form: `persyaratan.2`).
/// Anything else — a value no button of this kind's form could send — reads as
/// `pratinjau`: the form is shown again, nothing is saved.
public enum FormActionName {
    public static let save = "simpan"
    public static let preview = "pratinjau"

    public static func value(of action: FormAction) -> String {
        switch action {
        case .save: save
        case .preview: preview
        case .add(let path, let variant): "tambah:\(path):\(variant)"
        case .remove(let path): "hapus:\(path)"
        case .moveUp(let path): "naik:\(path)"
        case .moveDown(let path): "turun:\(path)"
        }
    }

    /// The action a submitted `_aksi` asks for in a form of `kind`.
    static func parse(_ value: String?, kind: ContentKind) -> FormAction {
        guard let value else { return .preview }
        if value == save { return .save }
        guard let colon = value.firstIndex(of: ":") else { return .preview }
        let verb = value[..<colon], rest = String(value[value.index(after: colon)...])
        switch verb {
        case "tambah":
            guard let last = rest.lastIndex(of: ":"), let variant = Int(rest[rest.index(after: last)...]),
                  String(variant) == rest[rest.index(after: last)...] else { return .preview }
            let path = FieldPath(text: String(rest[..<last]))
            guard !path.parts.isEmpty, let shape = FormSchema.shape(at: path, in: kind) else { return .preview }
            switch shape {
            case .list(let item, _) where FormSchema.variants(of: item).indices.contains(variant): return .add(path, variant: variant)
            case .map where variant == 0: return .add(path, variant: 0)
            default: return .preview
            }
        case "hapus", "naik", "turun":
            let path = FieldPath(text: rest)
            guard let index = path.parts.last, let number = Int(index), number >= 0, String(number) == index,
                  let holder = FormSchema.shape(at: path.parent, in: kind) else { return .preview }
            switch holder {
            case .list, .map: break
            default: return .preview
            }
            return verb == "hapus" ? .remove(path) : verb == "naik" ? .moveUp(path) : .moveDown(path)
        default:
            return .preview
        }
    }
}
