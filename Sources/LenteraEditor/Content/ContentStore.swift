import LenteraDiagnostics

// Placeholder of the store part's file (issue 15, [store]): only the declaration the
// history part uses. The lead takes the store's own file at merge.

public struct EditorFileError: Error, Sendable { public let diagnostic: Diagnostic }
