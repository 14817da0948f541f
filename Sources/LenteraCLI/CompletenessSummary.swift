import LenteraDiagnostics
import LenteraDomain

/// `lentera check`'s summary of the completeness report: one line of counts, then the units
/// with obligations not met and which (at most `unitsShown`); with `--format json`, one
/// object `{"kelengkapan": {…}}` on the last line of standard output.
struct CompletenessSummary {
    static let unitsShown = 10

    let report: CompletenessReport

    func lines(in language: Language = .current) -> [String] {
        let summary = report.summary
        var lines = [Message("cli.check.completeness", [
            "date": .text(report.referenceDate.iso), "complete": .text(String(summary.completeUnits)),
            "notMetUnits": .text(String(summary.unitsNotMet)), "notMet": .text(String(summary.obligationsNotMet)),
            "unknownUnits": .text(String(summary.unitsUnknown)), "unknown": .text(String(summary.obligationsUnknown)),
        ]).text(in: language)]
        for row in report.units.filter({ $0.count(.notMet) > 0 }).prefix(Self.unitsShown) {
            let ids = row.entries.filter { $0.finding.status == .notMet }.map(\.obligation.id).joined(separator: ", ")
            lines.append("  " + Message("cli.check.completeness.unit", ["unit": .text(row.unit.slug), "obligations": .text(ids)]).text(in: language))
        }
        return lines
    }

    /// The counts as one JSON object on one line; keys in Indonesian, as the open data's.
    func jsonLine() -> String {
        let summary = report.summary
        let notMet = report.units.filter { $0.count(.notMet) > 0 }.map { row in
            "{\"unit\":\(DiagnosticJSON.string(row.unit.slug)),\"kewajiban\":["
                + row.entries.filter { $0.finding.status == .notMet }.map { DiagnosticJSON.string($0.obligation.id) }.joined(separator: ",") + "]}"
        }
        let fields: [(String, String)] = [
            ("tanggal_penilaian", DiagnosticJSON.string(report.referenceDate.iso)), ("unit_lengkap", String(summary.completeUnits)),
            ("unit_belum_terpenuhi", String(summary.unitsNotMet)), ("kewajiban_belum_terpenuhi", String(summary.obligationsNotMet)),
            ("unit_belum_diketahui", String(summary.unitsUnknown)), ("kewajiban_belum_diketahui", String(summary.obligationsUnknown)),
            ("belum_terpenuhi", "[" + notMet.joined(separator: ",") + "]"),
        ]
        return "{\"kelengkapan\":{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}}"
    }
}
