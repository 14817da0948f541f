import Foundation
import LenteraDiagnostics

/// What the preview serves right now, and the pages waiting to hear of the next build.
///
/// Every finished build, good or not, gets a new token; a page is served with the token
/// of the build it shows and asks (`LiveReload.waitPath`) to be told when the token is no
/// longer the current one, then reloads. The token starts with this server's own random
/// part, so a page left open across a restart of `serve` reloads too.
actor PreviewState {
    enum Site: Sendable {
        /// The first build has not finished.
        case starting
        /// No build has succeeded: only the errors can be shown.
        case failedFirst
        /// The folder of the last good build.
        case built(URL)
    }

    private(set) var site: Site = .starting
    /// The base URL the builds are made with (the preview's address), once known.
    private(set) var baseURL: String?
    /// The errors (and warnings) of the latest build when it failed; empty when it succeeded.
    private(set) var problems: [Diagnostic] = []
    private var generation = 0
    private let instance = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    private var waiting: [UUID: CheckedContinuation<String, Never>] = [:]
    private var waitingForFirst: [CheckedContinuation<Void, Never>] = []
    private var stopped = false
    /// When the look at the folders that the latest finished build started from began.
    private(set) var lastLook: ContinuousClock.Instant?

    var isStopped: Bool { stopped }
    /// The watcher's pause between two looks at the folders, when it is in one.
    private var pausing: CheckedContinuation<Void, Never>?
    /// Whether a look was asked for (`lookNow`) since the watcher's last pause.
    private var lookAsked = false

    /// The watcher's wait before its next look: `duration`, or less when a look is asked
    /// for meanwhile (or was since the last pause), or the server stops.
    func pause(for duration: Duration) async {
        guard !lookAsked, !stopped else {
            lookAsked = false
            return
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                pausing = continuation
                Task { [weak self] in
                    try? await Task.sleep(for: duration)
                    await self?.endPause()
                }
            }
        } onCancel: {
            Task { await self.endPause() }
        }
        lookAsked = false
    }

    /// Asks the watcher to look at the folders now rather than at its next turn: the
    /// editor has just written a file.
    func lookNow() {
        lookAsked = true
        endPause()
    }

    private func endPause() {
        pausing?.resume()
        pausing = nil
    }

    var token: String { "\(instance)-\(generation)" }

    func setBaseURL(_ address: String) {
        baseURL = address
    }

    /// After a good build into `folder`.
    func succeeded(in folder: URL, lookedAt look: ContinuousClock.Instant? = nil) {
        if let look { lastLook = look }
        site = .built(folder)
        problems = []
        finished()
    }

    /// After a build that stopped on errors; the last good build, if any, stays.
    func failed(_ diagnostics: [Diagnostic], lookedAt look: ContinuousClock.Instant? = nil) {
        if let look { lastLook = look }
        if case .starting = site { site = .failedFirst }
        problems = diagnostics
        finished()
    }

    private func finished() {
        generation += 1
        let now = token
        for (_, waiter) in waiting { waiter.resume(returning: now) }
        waiting = [:]
        for waiter in waitingForFirst { waiter.resume() }
        waitingForFirst = []
    }

    /// Returns at once when the first build has finished, else when it does.
    func firstBuild() async {
        if case .starting = site, !stopped {
            await withCheckedContinuation { waitingForFirst.append($0) }
        }
    }

    /// The current token as soon as it is not `seen`, or after `limit` (the page then asks
    /// again), or when the server stops.
    func token(after seen: String, limit: Duration) async -> String {
        guard seen == token, !stopped else { return token }
        let id = UUID()
        return await withCheckedContinuation { continuation in
            waiting[id] = continuation
            Task { [weak self] in
                try? await Task.sleep(for: limit)
                await self?.expire(id)
            }
        }
    }

    private func expire(_ id: UUID) {
        waiting.removeValue(forKey: id)?.resume(returning: token)
    }

    /// Answers every waiting page, so that the server can stop without waiting for them.
    func stop() {
        stopped = true
        endPause()
        for (_, waiter) in waiting { waiter.resume(returning: token) }
        waiting = [:]
        for waiter in waitingForFirst { waiter.resume() }
        waitingForFirst = []
    }
}
