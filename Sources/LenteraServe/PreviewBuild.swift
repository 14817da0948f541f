import Foundation
import LenteraDiagnostics
import LenteraSite

/// One build of the preview: the content and the theme, as `lentera build` reads them,
/// into the preview's private folder, with the served address as the base URL (so that
/// the 404 page's links and the canonical addresses lead back to the preview, whatever
/// `base_url` the portal gives). A failed build leaves the folder as it was: the last
/// good build.
struct PreviewBuild: Sendable {
    let options: PreviewOptions
    let output: URL
    let baseURL: String

    /// Builds on a thread of its own (a build is blocking work of up to a few seconds,
    /// which must not hold up the tasks serving requests).
    func run() async -> BuildReport {
        var build = BuildOptions(content: options.content, templates: options.templates, output: output.path, baseURL: baseURL)
        build.wait = 60
        build.search = options.search
        let settings = build
        return await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: SiteBuilder.build(settings)) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// The address of the preview as a browser on this machine reaches it.
    static func address(host: String, port: Int) -> String {
        let shown: String
        switch host {
        case "0.0.0.0", "": shown = "127.0.0.1"
        case "::", "[::]": shown = "[::1]"
        default: shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        }
        return "http://\(shown):\(port)/"
    }
}
