import Foundation
import LenteraDiagnostics
import LenteraEditor
#if canImport(Glibc)
import Glibc
#endif

/// A new password for `lentera user add` and `passwd`. On a terminal it is typed twice,
/// not shown (echo off); otherwise it is the first line of standard input (for scripts:
/// `printf '%s\n' "$SANDI" | lentera user add …`), never an argument, which other users
/// of the machine could read in the process list. Checked against `PasswordRules`.
enum PasswordInput {
    static func newPassword(for name: String) throws -> String {
        let password: String
        if isatty(STDIN_FILENO) == 1 {
            password = try hiddenLine(Message("cli.user.prompt.password", ["name": .text(name)]).text())
            if let problem = PasswordRules.problem(with: password) { throw refusal(problem) }
            let again = try hiddenLine(Message("cli.user.prompt.repeat").text())
            guard again == password else {
                throw UserCommand.refusal("cli.user.password-mismatch", advice: Message("cli.user.password-mismatch.hint"))
            }
        } else {
            guard var line = readLine(strippingNewline: true) else {
                throw UserCommand.refusal("cli.user.no-password", advice: Message("cli.user.no-password.hint"))
            }
            if line.hasSuffix("\r") { line.removeLast() }
            password = line
        }
        if let problem = PasswordRules.problem(with: password) { throw refusal(problem) }
        return password
    }

    static func refusal(_ problem: Message) -> UserCommand.Refusal {
        UserCommand.Refusal(diagnostic: .error("editor.password.rules", at: nil, problem, advice: Message("editor.password.hint")))
    }

    /// One line typed with the terminal's echo off; the echo comes back however the line
    /// ends, Ctrl+C included.
    static func hiddenLine(_ prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else {
            throw UserCommand.refusal("cli.user.no-password", advice: Message("cli.user.no-password.hint"))
        }
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        savedTerminal = original
        let previous = signal(SIGINT, restoreAndExit)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        let line = readLine(strippingNewline: true)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &original)
        signal(SIGINT, previous)
        FileHandle.standardError.write(Data("\n".utf8))
        guard var line else { throw UserCommand.refusal("cli.user.no-password", advice: Message("cli.user.no-password.hint")) }
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}

/// The terminal's settings before the echo was turned off, for the Ctrl+C handler.
/// Invariant: written only on the main thread before the handler is installed, then only
/// read, by the handler.
nonisolated(unsafe) private var savedTerminal = termios()

/// Ctrl+C while a password is typed: the echo back on, then the usual exit status of SIGINT.
private func restoreAndExit(_ signal: Int32) {
    // `tcsetattr` and `_exit` are async-signal-safe.
    tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal)
    _exit(128 + signal)
}
