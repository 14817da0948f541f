import LenteraDiagnostics

extension Array where Element == Diagnostic {
    /// Each diagnostic as printed in English (`--lang en`): tests written in English compare
    /// these, whether a message comes from the catalogues or is not yet in them.
    var inEnglish: [String] { map { $0.formatted(in: .en) } }
}
