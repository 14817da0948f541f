import LenteraDiagnostics

extension Array where Element == Diagnostic {
    /// Each diagnostic rendered in English (`Diagnostic.rendered(in: .en)`): the tests below
    /// are written in English and compare whole diagnostics with the sentences they expect.
    var inEnglish: [Diagnostic] { map { $0.rendered(in: .en) } }
}
