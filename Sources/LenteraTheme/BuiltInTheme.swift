import Foundation

/// The default theme, compiled into the program: every template and asset of the
/// repository's `templates/` folder, byte for byte. The EmbedTheme build plugin generates
/// `encoded` from that folder at every build (docs/architecture.md, "The built-in theme").
///
/// A portal's own templates folder overrides it file by file (`TemplateSet.load`), and
/// `lentera theme export DIR` writes it out to start a custom theme.
public enum BuiltInTheme {
    /// Every file, by path relative to the theme folder (`layout.mustache`,
    /// `partials/unit-node.mustache`, `assets/style.css`) → its bytes. Decoded once.
    public static let files: [String: [UInt8]] = {
        var files: [String: [UInt8]] = [:]
        for (path, base64) in encoded {
            // The generator wrote it from `Data.base64EncodedString`; it always decodes.
            guard let data = Data(base64Encoded: base64) else { preconditionFailure("the built-in theme's \(path) is not base64") }
            files[path] = [UInt8](data)
        }
        return files
    }()

    /// How the built-in theme's files are named in messages (`(built-in theme)/home.mustache`).
    public static let displayRoot = "(built-in theme)"
}
