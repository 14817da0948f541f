import LenteraContent

/// The fields whose value is a file in a `berkas/` folder (the decoders read them with
/// `FileLinkField`): the form shows a file input `u.<path>` beside their text, and the
/// server stores the upload there and fills the text in. `EditFormTests` holds this list
/// and the table's descriptions ("di folder berkas/") in step.
struct FileField: Sendable {
    let kind: String
    let path: FieldPath
    /// What the file chooser offers (`accept`); the server checks the bytes as the build does.
    let accept: String

    static let images = "image/png,image/jpeg,image/webp,image/gif"

    static let all: [FileField] = [
        FileField(kind: "portal", path: FieldPath(["logo"]), accept: images),
        FileField(kind: "layanan", path: FieldPath(["poster"]), accept: images),
        FileField(kind: "layanan", path: FieldPath(["ditetapkan", "berkas"]), accept: "application/pdf"),
        FileField(kind: "maklumat", path: FieldPath(["pindaian"]), accept: "application/pdf," + images),
    ]
}

enum FileFields {
    static func of(_ kind: ContentKind) -> [FileField] { FileField.all.filter { $0.kind == kind.name } }

    static func field(_ path: FieldPath, of kind: ContentKind) -> FileField? {
        FileField.all.first { $0.kind == kind.name && $0.path == path }
    }
}
