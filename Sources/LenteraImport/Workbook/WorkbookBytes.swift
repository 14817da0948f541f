import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain

/// A sheet's XML held in memory, read as `lentera survey import` reads a workbook's part:
/// scanned in pieces, its rows tallied. What the fuzz target `workbook-sheet` calls.
public enum WorkbookBytes {
    /// Reads `xml` as an .xlsx worksheet (with `sharedStrings` as its table), or as an .ods
    /// `content.xml` (`ods`), in pieces of `chunkSize` bytes.
    public static func readSheet(_ xml: [UInt8], ods: Bool, sharedStrings: [String] = [], kind: SurveyKind, elements: [SurveyElement],
                                 chunkSize: Int = 61) -> (tally: SurveyTally?, diagnostics: [Diagnostic]) {
        let reader = SurveyExportReader(url: URL(fileURLWithPath: "/dev/null"), displayPath: "lembar", kind: kind, elements: elements,
                                        mapping: ColumnMapping())
        let tallier = SurveyTallier(reader)
        do throws(ExportProblem) {
            if ods {
                var handler = ODSSheets.Handler(tallier: tallier, choice: nil, displayPath: "lembar.ods")
                try scan(xml, chunkSize: chunkSize, into: &handler)
                var done = handler.tallier
                return (try done.finish(delimiter: nil), [])
            }
            var survey = XLSXSheet.ColumnSurvey(perColumn: XLSXSheet.ColumnSurvey.defaultPerColumn)
            try scan(xml, chunkSize: chunkSize, into: &survey)
            var strings = SharedStrings()
            for (index, text) in sharedStrings.enumerated() {
                try strings.append(Array(text.utf8), keep: survey.wanted.contains(UInt32(truncatingIfNeeded: index)))
            }
            var handler = XLSXSheet.Handler(tallier: tallier, strings: strings, formats: [], date1904: false, merges: survey.merges,
                                            displayPath: "lembar.xlsx")
            try scan(xml, chunkSize: chunkSize, into: &handler)
            var done = handler.tallier
            return (try done.finish(delimiter: nil), [])
        } catch {
            return (nil, error.diagnostics)
        }
    }

    /// Scans `bytes` into `handler` in pieces, as `Workbook.scan` does an inflating part.
    static func scan<Handler: XMLEventHandler>(_ bytes: [UInt8], chunkSize: Int, into handler: inout Handler) throws(ExportProblem) {
        var scanner = XMLStreamScanner()
        do {
            var offset = 0
            try bytes.withUnsafeBytes { all in
                while offset < all.count {
                    let end = min(all.count, offset + max(1, chunkSize))
                    try scanner.feed(UnsafeRawBufferPointer(rebasing: all[offset..<end]), to: &handler)
                    offset = end
                }
            }
            try scanner.finish(to: &handler)
        } catch let problem as ExportProblem {
            throw problem
        } catch is Workbook.StopReading {
            return
        } catch let error as XMLScanError {
            throw Workbook.problem("import.workbook-malformed", "lembar", ["part": .text("sheet"), "reason": .text(Workbook.describe(error))])
        } catch {
            throw Workbook.problem("import.workbook-unreadable", "lembar", ["reason": .text("\(error)")])
        }
    }
}
