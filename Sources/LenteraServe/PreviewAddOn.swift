import Foundation
import Hummingbird
import LenteraDiagnostics

/// Something added to the preview's server: routes of its own under `/_lentera/` (the
/// preview's own prefix, which no page of a site can have), given a handle on the running
/// preview. The browser editor (`lentera serve --edit`, module LenteraEditor) is one; the
/// preview knows nothing of what an add-on does, so LenteraServe does not depend on it.
public protocol PreviewAddOn: Sendable {
    /// Adds the add-on's routes; called once, before the server starts. The preview's own
    /// routes are added after, so an add-on's paths under `/_lentera/` win over the site's.
    func install(on router: Router<BasicRequestContext>, preview: PreviewHandle)
}

/// What an add-on may ask of the running preview: the folder of the last good build, the
/// address it is served at, and to wait for a build that sees a change just made.
public struct PreviewHandle: Sendable {
    let state: PreviewState

    /// The folder of the last good build, once the first build has finished; nil while no
    /// build has succeeded.
    public func builtSite() async -> URL? {
        await state.firstBuild()
        if case .built(let folder) = await state.site { return folder }
        return nil
    }

    /// The address the site is built for (`http://127.0.0.1:8080/`), once listening.
    public func address() async -> String? { await state.baseURL }

    /// The errors of the latest build; empty when it succeeded.
    public func problems() async -> [Diagnostic] { await state.problems }

    /// Asks the preview to look at the folders now rather than at its next turn (up to
    /// `pollInterval`, longer on a large portal): a file was just written.
    public func lookNow() async { await state.lookNow() }

    /// Waits until a build has finished whose look at the folders began at or after
    /// `instant` (so it holds every file written before then), or `limit` has passed.
    /// Returns whether such a build finished (good or not).
    public func waitForBuild(seeingChangesBefore instant: ContinuousClock.Instant, limit: Duration = .seconds(60)) async -> Bool {
        let deadline = ContinuousClock.now + limit
        while true {
            let token = await state.token
            if let looked = await state.lastLook, looked >= instant { return true }
            let left = deadline - ContinuousClock.now
            guard left > .zero, !(await state.isStopped) else { return false }
            _ = await state.token(after: token, limit: min(left, .seconds(5)))
        }
    }
}

/// The preview's way of putting a catalogue's text into HTML, for add-ons' pages too.
public enum PreviewHTML {
    /// `text` escaped, each part between backticks (a field, a value, a command) as `<code>`.
    public static func withCode(_ text: String) -> String { ProblemsView.withCode(text) }
}
