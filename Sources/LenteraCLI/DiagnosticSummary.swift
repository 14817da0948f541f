import LenteraDiagnostics

/// The end of a long list of diagnostics: the counts per code (40 copies of one mistake
/// read as one line), and the files that hold the most, so that an officer sees where to
/// start. Printed by `check` and `build` when there are at least `threshold` diagnostics.
struct DiagnosticSummary {
    static let threshold = 5
    /// Files named at most, when diagnostics are spread over several.
    static let filesShown = 5

    let diagnostics: [Diagnostic]

    init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// The summary's lines in `language`; none below the threshold.
    func lines(in language: Language = .current) -> [String] {
        guard diagnostics.count >= Self.threshold else { return [] }
        var lines = [Message("cli.summary.header", ["counts": .text(Console.count(diagnostics.errorCount, "errors", in: language)
                                                                     + ", " + Console.count(diagnostics.warningCount, "warnings", in: language))]).text(in: language)]
        // Per code: errors first, then the most frequent, then by code.
        var byCode: [String: (severity: Severity, count: Int, files: Set<String>)] = [:]
        for diagnostic in diagnostics {
            var entry = byCode[diagnostic.code] ?? (diagnostic.severity, 0, [])
            entry.severity = max(entry.severity, diagnostic.severity)
            entry.count += 1
            if let file = diagnostic.location?.file { entry.files.insert(file) }
            byCode[diagnostic.code] = entry
        }
        let codes = byCode.sorted { a, b in
            (a.value.severity == .error ? 0 : 1, -a.value.count, a.key) < (b.value.severity == .error ? 0 : 1, -b.value.count, b.key)
        }
        let width = String(codes.map(\.value.count).max() ?? 0).count
        for (code, entry) in codes {
            let count = String(repeating: " ", count: width - String(entry.count).count) + String(entry.count)
            let arguments: [String: Message.Argument] = ["count": .text(count), "severity": .text(entry.severity.label(in: language)),
                                                         "code": .text(code), "files": .text(String(entry.files.count))]
            lines.append("  " + Message(entry.files.count > 1 ? "cli.summary.code-files" : "cli.summary.code", arguments).text(in: language))
        }
        // Per file, when several files hold more than one.
        var byFile: [String: Int] = [:]
        for diagnostic in diagnostics { if let file = diagnostic.location?.file { byFile[file, default: 0] += 1 } }
        if byFile.count > 1, byFile.values.filter({ $0 > 1 }).count > 1 {
            lines.append(Message("cli.summary.files").text(in: language))
            let files = byFile.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(Self.filesShown)
            for (file, count) in files {
                lines.append("  " + Message("cli.summary.file", ["count": .text(String(count)), "file": .text(file)]).text(in: language))
            }
        }
        return lines
    }
}
