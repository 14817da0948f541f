import Foundation
import LenteraDiagnostics
#if canImport(Glibc)
import Glibc
#endif

/// Output of the commands: results on standard output, diagnostics on standard error,
/// in `Language.current`, coloured on a terminal (`ConsoleSettings`).
enum Console {
    static var settings: ConsoleSettings {
        get { storage.withLock { $0 } }
        set { storage.withLock { $0 = newValue } }
    }

    private static let storage = Locked(ConsoleSettings())

    /// Chooses colour and quietness for this run from the command's options.
    static func configure(_ options: OutputOptions, environment: [String: String] = ProcessInfo.processInfo.environment) {
        settings = ConsoleSettings(
            colour: ConsoleSettings.colour(options.colorChoice, isTerminal: isatty(STDERR_FILENO) == 1, environment: environment),
            quiet: options.quiet)
    }

    /// A result line: standard output.
    static func out(_ message: Message) {
        out(message.text())
    }

    /// A line already rendered (from the catalogues, or a path): standard output.
    static func out(_ line: String) {
        write(printable(line), to: FileHandle.standardOutput)
    }

    /// A result line that says something failed: standard error, red on a terminal.
    static func error(_ message: Message) {
        write(settings.style(printable(message.text()), .failure), to: FileHandle.standardError)
    }

    /// A line already rendered (a formatted diagnostic, say): standard error, as it is.
    static func error(_ line: String) {
        write(printable(line), to: FileHandle.standardError)
    }

    /// Information that `--quiet` leaves out.
    static func note(_ message: Message) {
        guard !settings.quiet else { return }
        out(message)
    }

    /// A line that cannot be written — the reader of a pipe has gone (`lentera serve | head`),
    /// the disk of a redirected log is full — is dropped: the command goes on (a preview keeps
    /// serving) instead of trapping on the failed write.
    static func write(_ line: String, to handle: FileHandle) {
        try? handle.write(contentsOf: Data((line + "\n").utf8))
    }

    /// `text` with every control character but the line feed shown as `\u{1B}`: messages
    /// quote what content and exports hold (a header, an answer), and an escape sequence
    /// printed as it is would drive the officer's terminal (move the cursor, hide text,
    /// retitle the window). The colours are added after this, by `ConsoleSettings.style`.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                shown += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// C0 controls but the line feed (and the tab, harmless), DEL and the C1 controls.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }

    /// Every diagnostic on standard error, like a compiler (warnings left out by `--quiet`),
    /// then the grouped summary when there are many.
    static func printDiagnostics(_ diagnostics: [Diagnostic], summary: Bool = false) {
        let settings = settings
        let shown = settings.quiet ? diagnostics.filter { $0.severity == .error } : diagnostics
        for diagnostic in shown { write(formatted(diagnostic, settings), to: FileHandle.standardError) }
        if summary, !settings.quiet {
            for line in DiagnosticSummary(diagnostics).lines() { write(printable(line), to: FileHandle.standardError) }
        }
    }

    /// `Diagnostic.formatted` in the current language, each part made printable, and
    /// styled: the location bold, the severity red or yellow.
    static func formatted(_ diagnostic: Diagnostic, _ settings: ConsoleSettings, in language: Language = .current) -> String {
        var text = ""
        if let location = diagnostic.location { text += settings.style(printable(location.description) + ":", .location) + " " }
        let severity = diagnostic.severity.label(in: language) + ":"
        text += settings.style(severity, diagnostic.severity == .error ? .error : .warning)
        text += " " + printable("\(diagnostic.summary.text(in: language)) [\(diagnostic.code)]")
        if let advice = diagnostic.advice {
            text += "\n  " + printable("\(Message("diagnostic.hint-label").text(in: language)): \(advice.text(in: language))")
        }
        return text
    }

    /// One machine-readable line per phase, `timing render 1.234567`, for `lentera-bench`
    /// and scripts: the phase name as the build report gives it, then seconds.
    static func printTimings(_ phases: [(phase: String, seconds: Double)]) {
        for (phase, seconds) in phases { write("timing \(phase) \(String(format: "%.6f", seconds))", to: FileHandle.standardError) }
    }

    /// `2 galat, 1 peringatan` / `2 errors, 1 warning`, in the current language.
    static func counts(_ diagnostics: [Diagnostic]) -> String {
        count(diagnostics.errorCount, "errors") + ", " + count(diagnostics.warningCount, "warnings")
    }

    /// `1 error`, `3 errors` (English has a plural, Indonesian does not; the catalogue has both keys).
    static func count(_ number: Int, _ noun: String, in language: Language = .current) -> String {
        Message("cli.count.\(noun).\(number == 1 ? "one" : "other")", ["count": .text(String(number))]).text(in: language)
    }

    static func seconds(_ value: Double) -> String {
        value < 1 ? String(format: "%.0f ms", value * 1000) : String(format: "%.2f s", value)
    }
}
