import LenteraDiagnostics

// Placeholder for the forms branch (common15.md): only the contract's `Validation`, which
// the forms render. The store's real file replaces this one at merge.

public struct Validation: Sendable {
    public var byField: [FieldPath: [Diagnostic]]
    public var inFile: [Diagnostic]
    public var elsewhere: [Diagnostic]
    public var isValid: Bool { !(byField.values.joined() + inFile + elsewhere).contains { $0.severity == .error } }

    public init(byField: [FieldPath: [Diagnostic]] = [:], inFile: [Diagnostic] = [], elsewhere: [Diagnostic] = []) {
        self.byField = byField
        self.inFile = inFile
        self.elsewhere = elsewhere
    }
}
