import LenteraDiagnostics
import LenteraImport

extension RejectedRow {
    /// A rejected row with its reason in English, for tests that compare the text.
    struct English: Equatable, CustomStringConvertible {
        let line: Int
        let reason: String
        var description: String { "\(line): \(reason)" }
    }
}

extension Array where Element == RejectedRow {
    var inEnglish: [RejectedRow.English] { map { RejectedRow.English(line: $0.line, reason: $0.reason.text(in: .en)) } }
}
