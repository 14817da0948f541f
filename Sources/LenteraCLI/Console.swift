import Foundation
import LenteraDiagnostics

/// Output of the commands: results on standard output, diagnostics on standard error.
enum Console {
    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((printable(line) + "\n").utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((printable(line) + "\n").utf8))
    }

    /// `text` with every control character but the line feed shown as `\u{1B}`: messages
    /// quote what content and exports hold (a header, an answer), and an escape sequence
    /// printed as it is would drive the officer's terminal (move the cursor, hide text,
    /// retitle the window).
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

    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { error(diagnostic.formatted) }
    }

    /// One machine-readable line per phase, `timing render 1.234567`, for `lentera-bench`
    /// and scripts: the phase name as the build report gives it, then seconds.
    static func printTimings(_ phases: [(phase: String, seconds: Double)]) {
        for (phase, seconds) in phases { error("timing \(phase) \(String(format: "%.6f", seconds))") }
    }

    static func counts(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    static func seconds(_ value: Double) -> String {
        value < 1 ? String(format: "%.0f ms", value * 1000) : String(format: "%.2f s", value)
    }
}
