import Dispatch
import Foundation
import LenteraDiagnostics
#if canImport(Glibc)
import Glibc
#endif

/// The phase a long build is in, on one line of standard error that is rewritten in place
/// (`membaca konten… 3 dtk`): shown only when standard error is a terminal, never under
/// `--quiet`, and only once the build has taken `delay` seconds, so a quick build and every
/// log or pipe stay as they were. The line is erased before anything else is printed.
final class BuildProgress: @unchecked Sendable {
    // Invariant: `phase`, `shown` (the line on screen) and `finished` are only touched while `lock` is held; the
    // timer's handler and the builder's threads go through `update` and `finish`.
    private let lock = NSLock()
    private var phase: String?
    private var shown: String?
    private var finished = false
    private let start = ContinuousClock.now
    private let timer: DispatchSourceTimer
    private let write: @Sendable (String) -> Void

    /// Seconds a build runs before its progress is shown.
    static let delay = 2.0

    /// A progress line for this run, or nil when none may be shown.
    static func forThisRun(quiet: Bool) -> BuildProgress? {
        guard !quiet, isatty(STDERR_FILENO) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb" else { return nil }
        return BuildProgress(delay: delay) { text in try? FileHandle.standardError.write(contentsOf: Data(text.utf8)) }
    }

    init(delay: Double, write: @escaping @Sendable (String) -> Void) {
        self.write = write
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "lentera.progress"))
        timer.schedule(deadline: .now() + delay, repeating: 0.25)
        timer.setEventHandler { [weak self] in self?.tick() }
        timer.resume()
    }

    /// The build entered `phase` (`load`, `compute`, `render`, `write`).
    func update(_ phase: String) {
        locked { self.phase = phase }
    }

    /// Stops, and erases the line if one was shown.
    func finish() {
        timer.cancel()
        locked {
            finished = true
            if shown != nil { write("\r\u{1B}[2K") }
        }
    }

    private func locked(_ body: () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        body()
    }

    private func tick() {
        locked {
            guard !finished, let phase else { return }
            let elapsed = ContinuousClock.now - start
            let seconds = String(Int(elapsed.components.seconds))
            let line = Message("cli.progress.line", ["phase": .message(Message("cli.progress.\(phase)")), "seconds": .text(seconds)]).text()
            // Written again only when it changes (each second, or at a new phase).
            guard line != shown else { return }
            write("\r\u{1B}[2K" + line)
            shown = line
        }
    }
}
