import Foundation
import LenteraDiagnostics

/// Output of the commands: results on standard output, diagnostics on standard error.
enum Console {
    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
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
