import Foundation
import LenteraDiagnostics
import LenteraFiles
import LenteraSite
import ServiceLifecycle

/// The preview's builder: waits for the server to listen (the address is the base URL),
/// builds once, then looks at the content and templates folders every `pollInterval` and
/// builds again once a change has settled (a look `settle` later finds nothing new),
/// telling the waiting pages after every build. Where the kernel tells of changes
/// (`FolderWatch`), a change in a watched folder asks for a look at once, so a save is seen
/// without waiting for the next turn (which, on a large portal, is seconds away). Stops on a graceful shutdown
/// (Ctrl+C, SIGTERM), answering the waiting pages first so that the server can stop.
struct PreviewWatcher: Service {
    let options: PreviewOptions
    let state: PreviewState
    let output: URL
    let port: AsyncStream<Int>
    let events: @Sendable (PreviewEvent) -> Void

    func run() async throws {
        await withGracefulShutdownHandler {
            await watch()
        } onGracefulShutdown: { [state] in
            Task { await state.stop() }
        }
        await state.stop()
    }

    /// The content folder and the portal's templates folder (the default one watched even
    /// while it does not exist: made later, it is read from the next build on). The built-in
    /// theme is part of the program and does not change while it runs.
    private var roots: [String] {
        [options.content, options.templates ?? BuildOptions.defaultTemplates(content: options.content)]
            .map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    private func watch() async {
        var listening: Int?
        for await port in port.cancelOnGracefulShutdown() {
            listening = port
            break
        }
        guard let listening else { return }
        let address = PreviewBuild.address(host: options.host, port: listening)
        let build = PreviewBuild(options: options, output: output, baseURL: address)
        await state.setBaseURL(address)
        var look = ContinuousClock.now
        var seen = FolderStamps.look(at: roots)
        // Told of changes as they happen: every folder seen is watched (again when made anew).
        let kernel = options.kernelWatch ? FolderWatch() : nil
        var watched: [String: UInt64] = [:]
        func watchFolders(_ stamps: FolderStamps) {
            guard let kernel else { return }
            let folders = stamps.folders
            let new = Set(folders.filter { watched[$0.key] != $0.value }.map(\.key)).union(kernel.unwatched(folders.keys))
            if !new.isEmpty { kernel.watch(Array(new)) }
            watched = folders
        }
        watchFolders(seen)
        if let kernel {
            let thread = Thread { [state] in
                while kernel.wait() { Task { await state.lookNow() } }
            }
            thread.start()
        }
        defer { kernel?.stop() }
        // What the last good build left, and the folders as they were when it began (with
        // every quick update since): one service file edited since is brought up to date
        // without a build when the edit shows on its own page alone.
        var memory = await runBuild(build, first: true, lookedAt: look).memory
        var built = seen
        events(.listening(address: address, network: NetworkAddresses.shown(host: options.host, port: listening)))

        // A look at everything (one `lstat` per entry) takes 0.3–0.5 s on a national portal:
        // it is made every `pollInterval`, or less often on a large portal, so that looking
        // never takes more than about 5 % of a core. Between two such looks, where the
        // kernel tells of every change (a complete watch), only the folders it names are
        // looked at again (`FolderStamps.refreshing`), and when it names none nothing changed.
        var lookTime = Duration.zero
        var lastFullLook = ContinuousClock.now
        func lookAgain(_ last: FolderStamps, turn: Bool) -> FolderStamps {
            look = ContinuousClock.now
            let interval = max(options.pollInterval, lookTime * 20)
            if let kernel, kernel.isComplete, let folders = kernel.takeChanges() {
                // Nothing named: nothing changed, until the turn of a full look comes.
                if folders.isEmpty && !(turn && look - lastFullLook >= interval) { return last }
                // Named folders, but a full look is still made now and then while changes
                // keep coming (a tool writing all the time), as the check of last resort.
                // Many named folders (the start, a checkout) are one full look rather than many
                // small ones (each scans the entries seen).
                if !folders.isEmpty && folders.count <= FolderStamps.refreshLimit && look - lastFullLook < interval * 4 {
                    return last.refreshing(folders)
                }
            }
            let stamps = FolderStamps.look(at: roots)
            lastFullLook = look
            lookTime = ContinuousClock.now - look
            return stamps
        }
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            // The editor asks for a look as soon as it has written a file (`PreviewHandle.lookNow`).
            await state.pause(for: max(options.pollInterval, lookTime * 20))
            var now = lookAgain(seen, turn: true)
            watchFolders(now)
            guard now != seen else { continue }
            // Changed: build once the folders have stayed the same for `settle` (the rest of
            // a burst of saves, such as "save all", joins this build).
            repeat {
                seen = now
                try? await Task.sleep(for: options.settle)
                now = lookAgain(now, turn: false)
                watchFolders(now)
            } while now != seen && !Task.isCancelled
            if Task.isShuttingDownGracefully || Task.isCancelled { break }
            let before = built
            built = now
            let start = ContinuousClock.now
            if let kept = memory, let file = build.oneContentFile(changedFrom: before, to: now),
               let report = await build.update(kept, changed: file) {
                memory = report.memory
                await finished(report, first: false, lookedAt: look, since: start)
                continue
            }
            events(.rebuilding)
            if let kept = memory {
                await build.settle(kept)
                // Not held through the build: the build makes its own.
                memory = nil
                // A build that found nothing to do leaves the tree as the memory knows it.
                let next = await runBuild(build, first: false, lookedAt: look)
                memory = next.unchanged ? kept : next.memory
            } else {
                memory = await runBuild(build, first: false, lookedAt: look).memory
            }
        }
    }

    /// `look`: when the look at the folders that found them as this build reads them began
    /// (what `PreviewHandle.waitForBuild` compares with). Returns what the build keeps for
    /// the next one (nil when it failed), and whether it found nothing to do.
    private func runBuild(_ build: PreviewBuild, first: Bool, lookedAt look: ContinuousClock.Instant) async -> (memory: BuildMemory?, unchanged: Bool) {
        let start = ContinuousClock.now
        let report = await build.run()
        await finished(report, first: first, lookedAt: look, since: start)
        return (report.memory, report.succeeded && report.unchanged)
    }

    /// Tells the waiting pages and the terminal how a build (or a quick update) went.
    private func finished(_ report: BuildReport, first: Bool, lookedAt look: ContinuousClock.Instant, since start: ContinuousClock.Instant) async {
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if report.succeeded {
            await state.succeeded(in: output, lookedAt: look)
            events(.built(pages: report.pagesWritten, warnings: report.diagnostics.filter { $0.severity == .warning },
                          seconds: seconds, first: first))
        } else {
            await state.failed(report.diagnostics, lookedAt: look)
            let kept: Bool
            if case .built = await state.site { kept = true } else { kept = false }
            events(.failed(diagnostics: report.diagnostics, keptPrevious: kept))
        }
    }
}
