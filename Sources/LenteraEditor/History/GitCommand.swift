import Foundation
import LenteraDiagnostics

/// One run of `git`: Foundation's `Process`, the arguments as an array (never a shell), in
/// the content folder, with an environment of its own and a time limit.
///
/// The server's `GIT_*` variables are not passed on (a `GIT_DIR` or `GIT_INDEX_FILE` set for
/// another purpose would send the commit elsewhere); `HOME` is, so that the machine's own
/// settings such as `safe.directory` still apply. What could make a save wait for a person
/// or a program (signing, hooks, a pager, a password prompt) is turned off by `-c` options.
struct GitCommand {
    /// What a finished run gave.
    struct Result {
        let status: Int32
        let output: Data
        let errors: String
        var succeeded: Bool { status == 0 }
        var text: String { String(decoding: output, as: UTF8.self) }
    }

    /// Settings given on every run, over whatever the repository or the machine sets.
    static let settings = [
        "-c", "core.hooksPath=/dev/null",   // no hooks (see docs/editor.md, "History")
        "-c", "commit.gpgSign=false",       // a signing key would ask for a passphrase
        "-c", "log.showSignature=false",    // and its output would enter the log
        "-c", "color.ui=false",
        "-c", "core.pager=cat",
        "-c", "gc.auto=0",                  // no housekeeping in the middle of a save
        "-c", "maintenance.auto=false",
    ]

    /// The `git` program: found on `PATH` by `/usr/bin/env`.
    var executable = URL(fileURLWithPath: "/usr/bin/env")
    /// Where git runs: the content folder.
    let folder: URL
    /// At most this long, then the run is stopped and counts as failed.
    var timeLimit: Duration = .seconds(30)
    /// How long a stopped run has to end on SIGTERM before SIGKILL.
    var killGrace: Duration = .seconds(2)
    /// The environment the server was started with (tests give one of their own).
    var baseEnvironment = ProcessInfo.processInfo.environment

    /// The server's environment without its `GIT_*` variables, and the fixed ones of every run.
    static func environment(_ base: [String: String] = ProcessInfo.processInfo.environment,
                            adding extra: [String: String] = [:]) -> [String: String] {
        var environment = base.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_LITERAL_PATHSPECS"] = "1"   // a path is a path, never a pattern
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["LC_ALL"] = "C"                  // git's own messages as the code expects them
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// Runs `git <settings> arguments`; nil when git could not be started or ran out of time.
    func run(_ arguments: [String], environment extra: [String: String] = [:]) -> Result? {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["git"] + Self.settings + arguments
        process.currentDirectoryURL = folder
        process.environment = Self.environment(baseEnvironment, adding: extra)
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }

        // Both pipes are read at once, so that neither fills and stops git.
        let errorText = Locked<Data>(Data())
        let errorsRead = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let data = errors.fileHandleForReading.readDataToEndOfFile()
            errorText.withLock { $0 = data }
            errorsRead.signal()
        }
        let timedOut = Locked(false)
        let deadline = DispatchTime.now() + .milliseconds(Int(timeLimit / .milliseconds(1)))
        let watch = DispatchWorkItem {
            guard process.isRunning else { return }
            timedOut.withLock { $0 = true }
            // SIGTERM first: git removes its lock files (`index.lock`) on it, where SIGKILL
            // would leave them and stop every later commit. SIGKILL after `killGrace`, for a process
            // that ignores SIGTERM (the disposition "ignored" passes from the server on).
            // A program git started and that still holds the pipes would keep the reads
            // below waiting: hooks, signing and the pager, which could, are off.
            process.terminate()
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(Int(killGrace / .milliseconds(1)))) {
                if process.isRunning { kill(pid, SIGKILL) }
            }
        }
        DispatchQueue.global().asyncAfter(deadline: deadline, execute: watch)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        errorsRead.wait()
        process.waitUntilExit()
        watch.cancel()
        guard !timedOut.withLock({ $0 }), process.terminationReason == .exit else { return nil }
        return Result(status: process.terminationStatus, output: data,
                      errors: String(decoding: errorText.withLock { $0 }, as: UTF8.self))
    }

    /// Runs and insists on success; the failure names the command and git's last words.
    /// A run refused because another git holds the repository's `index.lock` (the owner's
    /// own `git status`, a second server) is tried again, for up to about 2 s.
    func require(_ arguments: [String], path: String? = nil, environment extra: [String: String] = [:]) throws(EditorFileError) -> Result {
        let command = arguments.first ?? ""
        var outcome = run(arguments, environment: extra)
        for _ in 0..<20 {
            guard let result = outcome, !result.succeeded, result.errors.contains("index.lock") else { break }
            usleep(100_000)
            outcome = run(arguments, environment: extra)
        }
        guard let result = outcome else {
            throw .history("editor.history.git-failed", path: path, "editor.history.git-failed",
                           ["command": .text(command), "reason": .message(Message("editor.history.git-stopped"))],
                           advice: "editor.history.git-failed.hint")
        }
        guard result.succeeded else {
            let last = result.errors.split(whereSeparator: \.isNewline).suffix(2).joined(separator: " / ")
            throw .history("editor.history.git-failed", path: path, "editor.history.git-failed",
                           ["command": .text(command), "reason": .text(last.isEmpty ? "status \(result.status)" : last)],
                           advice: "editor.history.git-failed.hint")
        }
        return result
    }
}
