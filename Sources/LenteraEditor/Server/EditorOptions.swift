import Foundation
import LenteraDiagnostics

/// How the browser editor runs: the content folder it edits, the language of its pages,
/// and what the server knows of the connection. See docs/editor.md.
public struct EditorOptions: Sendable {
    /// The content folder (`content/`): `pengguna.yaml` and `.lentera-sunting/` are beside it.
    public var content: URL
    /// The language of the editor's pages and messages.
    public var language: Language
    /// Whether browsers reach the editor over HTTPS through a reverse proxy (`--behind-tls`):
    /// the session cookie is then marked `Secure` and a form's `Origin` must be `https://`.
    /// Told by the one who starts the server, never read from a request header (a request
    /// that does not pass through the proxy could claim anything).
    public var behindTLS: Bool
    /// A session unused for this long is ended (the officer signs in again).
    public var idleTimeout: Duration
    /// The largest request body read (a form with its uploaded files); larger is refused.
    public var bodyLimit: Int
    /// How long a save waits for the preview to rebuild before showing the page anyway.
    public var buildWait: Duration

    public static let defaultIdleTimeout = Duration.seconds(8 * 3600)
    public static let defaultBodyLimit = 32 << 20
    /// The largest body read for a session not signed in (the sign-in form: a name, a
    /// password, a token).
    public static let signInBodyLimit = 64 << 10

    public init(content: URL, language: Language = .current, behindTLS: Bool = false) {
        self.content = content.standardizedFileURL
        self.language = language
        self.behindTLS = behindTLS
        idleTimeout = Self.defaultIdleTimeout
        bodyLimit = Self.defaultBodyLimit
        buildWait = .seconds(60)
    }

    /// `.lentera-sunting/` beside the content folder: the editor's state (lockouts, the
    /// history log when the content is not in Git), never published.
    public var stateFolder: URL {
        content.deletingLastPathComponent().appendingPathComponent(".lentera-sunting", isDirectory: true)
    }

    /// `pengguna.yaml` beside the content folder.
    public var accountsFile: URL { AccountBook.file(besideContent: content) }
}
