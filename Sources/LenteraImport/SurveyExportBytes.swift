import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain

/// A survey export held in memory, read as `lentera survey import` reads a file: the
/// delimiter from the mapping or the header line, the records streamed through
/// `CSVRecordReader`, and the result the import would write.
public enum SurveyExportBytes {
    /// What reading gave: the tally and the result file's text, or why the export was refused.
    public struct Outcome: Sendable {
        public var tally: SurveyTally?
        public var result: SurveyResult?
        /// The aggregated result as the import writes it (nil when no row was counted).
        public var resultFile: String?
        public var diagnostics: [Diagnostic]
    }

    /// Reads `bytes` as the export `displayPath` for `unit` in `period`.
    ///
    /// - Parameters:
    ///   - chunkSize: how many bytes the reader asks for at a time (the import reads 1 MiB;
    ///     a small one makes records cross the ends of chunks).
    ///   - maximumRecordSize: the longest record the reader holds.
    public static func read(_ bytes: [UInt8], displayPath: String, kind: SurveyKind, elements: [SurveyElement],
                            mapping: ColumnMapping, unit: String, period: SurveyPeriod,
                            chunkSize: Int = 1 << 20, maximumRecordSize: Int = 64 << 20) -> Outcome {
        let reader = SurveyExportReader(url: URL(fileURLWithPath: "/dev/null"), displayPath: displayPath, kind: kind,
                                        elements: elements, mapping: mapping)
        let delimiter = mapping.delimiter ?? DelimiterSniffer.detect(head: bytes.prefix(64 * 1024))
        var csv = CSVRecordReader(source: MemoryByteSource(bytes), separator: Array(String(delimiter).utf8),
                                  chunkSize: chunkSize, maximumRecordSize: maximumRecordSize)
        let tally: SurveyTally
        do {
            tally = try reader.tally(&csv, delimiter: delimiter)
        } catch {
            return Outcome(tally: nil, result: nil, resultFile: nil, diagnostics: error.diagnostics)
        }
        guard tally.accepted > 0 else { return Outcome(tally: tally, result: nil, resultFile: nil, diagnostics: []) }
        // As `SurveyImport.run` makes the result from the tally.
        var scores: [String: ElementScore] = [:]
        for (index, element) in elements.enumerated() {
            scores[element.code] = ElementScore(counts: tally.counts[index], lowest: kind.scale.lowerBound)
        }
        let result = SurveyResult(unit: unit, kind: kind, period: period, respondents: tally.accepted, elements: scores,
                                  profile: tally.profile, source: .imported)
        return Outcome(tally: tally, result: result, resultFile: SurveyResultFile.yaml(result, elements: elements), diagnostics: [])
    }
}
