import Foundation
import LenteraDiagnostics
import LenteraSite

/// What `lentera serve` is given: the folders `build` reads, where to listen, and the
/// language of the error pages.
public struct PreviewOptions: Sendable {
    /// The content folder and the portal's own templates folder, as the user typed them
    /// (messages show them so); no templates folder: `templates` beside the content folder
    /// when it exists, the built-in theme alone otherwise (as for `build`).
    public var content: String
    public var templates: String?
    /// The address to listen on: loopback unless asked otherwise.
    public var host: String
    /// 0: a free port the system chooses.
    public var port: Int
    /// The language of the pages that show the content's errors.
    public var language: Language
    /// How often the folders are looked at for changes.
    public var pollInterval: Duration
    /// Whether the kernel is asked to tell of changes (`FolderWatch`), so that a save is
    /// looked at at once rather than at the next turn. Off: the turns alone (a test of them).
    public var kernelWatch = true
    /// How long a change must stay as it is before it is built: a burst of saves (an
    /// editor's "save all", a folder copied in) is built once, not file by file.
    public var settle: Duration
    /// How long a page's wait for the next build is held open before it asks again.
    public var reloadWait: Duration
    /// Whether each build makes the search index (as `lentera build`).
    public var search = SearchSetting.off
    /// What is added to the preview's server (the browser editor of `serve --edit`).
    public var addOns: [any PreviewAddOn] = []

    public static let defaultHost = "127.0.0.1"
    public static let defaultPort = 8080
    public static let defaultPollInterval = Duration.milliseconds(100)
    public static let defaultSettle = Duration.milliseconds(50)

    public init(content: String = "content", templates: String? = nil, host: String = PreviewOptions.defaultHost,
                port: Int = PreviewOptions.defaultPort, language: Language = .current) {
        self.content = content
        self.templates = templates
        self.host = host
        self.port = port
        self.language = language
        pollInterval = Self.defaultPollInterval
        settle = Self.defaultSettle
        reloadWait = .seconds(25)
    }

    /// Whether the server can be reached from other machines (not only this one).
    public var isReachableFromNetwork: Bool {
        !(host == "localhost" || host == "::1" || host.hasPrefix("127."))
    }
}

/// What the preview tells the command as it runs, for the terminal.
public enum PreviewEvent: Sendable {
    /// Listening; the address to open in a browser on this machine, and those other
    /// machines on the network open (none unless it listens on every address).
    case listening(address: String, network: [String])
    /// A build finished without errors (its warnings given), in `seconds`.
    case built(pages: Int, warnings: [Diagnostic], seconds: Double, first: Bool)
    /// A build stopped on errors; the last good build (if any) is still served.
    case failed(diagnostics: [Diagnostic], keptPrevious: Bool)
    /// A change was seen and a build starts.
    case rebuilding
}
