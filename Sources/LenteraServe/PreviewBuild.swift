import Foundation
import LenteraDiagnostics
import LenteraFiles
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
        let settings = settings
        return await onThread { SiteBuilder.build(settings) }
    }

    /// Brings the preview up to date after an edit of the one file `changed` (relative to
    /// the content folder) since the build that left `memory` (`SiteBuilder.update`); nil
    /// when that edit needs a build.
    func update(_ memory: BuildMemory, changed: String) async -> BuildReport? {
        let settings = settings
        return await onThread { SiteBuilder.update(settings, memory: memory, changed: changed) }
    }

    /// Writes what updates kept in memory of the tree (its manifest) before a build.
    func settle(_ memory: BuildMemory) async {
        let settings = settings
        await onThread { SiteBuilder.settle(settings, memory: memory) }
    }

    /// The options of every build of the preview: each keeps what the next may start from.
    private var settings: BuildOptions {
        var build = BuildOptions(content: options.content, templates: options.templates, output: output.path, baseURL: baseURL)
        build.wait = 60
        build.search = options.search
        build.keepsMemory = true
        return build
    }

    /// `work` on a thread of its own.
    private func onThread<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// The content file that is the one difference between two looks at the folders, by
    /// its path in the content folder: a plain file then and now. Nil for anything else.
    func oneContentFile(changedFrom before: FolderStamps, to now: FolderStamps) -> String? {
        let root = URL(fileURLWithPath: options.content).standardizedFileURL.path + "/"
        // Hidden entries (an editor's lock or swap files) are not read by a build either.
        let changed = now.differences(since: before).filter { !$0.contains("/.") }
        guard changed.count == 1, let path = changed.first, path.hasPrefix(root),
              before.entries[path]?.isRegularFile == true, now.entries[path]?.isRegularFile == true else { return nil }
        return String(path.dropFirst(root.count))
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
