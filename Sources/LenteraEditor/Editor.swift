import HummingbirdBcrypt
import MultipartKit

/// Editing in the browser, added to the preview by `lentera serve --edit`. See docs/editor.md.
public enum Editor {
    /// Where the editor's pages live in the preview: under the prefix the preview keeps for
    /// itself, so that no page of a portal can take their addresses.
    public static let prefix = "/_lentera/sunting"
}
