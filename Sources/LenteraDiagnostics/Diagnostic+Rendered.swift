extension Diagnostic {
    /// The same diagnostic with its summary and advice rendered in `language`, as fixed
    /// text: what a reader of that language sees. Tests compare these with the sentences
    /// they expect (`.error(code, at:, "sentence", hint: "…")`), choosing the language
    /// explicitly.
    public func rendered(in language: Language) -> Diagnostic {
        Diagnostic(severity, code, at: location, Message(untranslated: summary.text(in: language)),
                   advice: advice.map { Message(untranslated: $0.text(in: language)) })
    }
}
