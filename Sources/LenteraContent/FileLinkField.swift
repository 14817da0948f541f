import LenteraDiagnostics
import LenteraDomain

/// A field naming a file beside the content (`pindaian`, `poster`, `logo`, a decree's
/// `berkas`): its text and place. Whether the file exists is checked once every file is
/// known (`FileFieldCheck` in the site), at this place.
enum FileLinkField {
    static func read(_ fields: Fields, _ key: String) -> FileLink? {
        guard let text = fields.string(key)?.trimmed(), !text.isEmpty else { return nil }
        return FileLink(text, at: fields.context.location(fields.value(key)))
    }
}
