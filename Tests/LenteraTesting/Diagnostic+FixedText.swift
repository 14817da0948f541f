import LenteraDiagnostics

// Fixed text: a diagnostic whose sentences are already written out, in one language, for
// tests that state an expected diagnostic in English. It lives here, in test support, so
// that no code under Sources/ can make a diagnostic from an inline sentence: every one
// there is made of catalogue messages.
extension Diagnostic {
    public init(_ severity: Severity, _ code: String, at location: SourceLocation?, _ message: String, hint: String? = nil) {
        self.init(severity, code, at: location, Message(untranslated: message), advice: hint.map { Message(untranslated: $0) })
    }

    public static func error(_ code: String, at location: SourceLocation?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, at: location, message, hint: hint)
    }

    public static func warning(_ code: String, at location: SourceLocation?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, code, at: location, message, hint: hint)
    }
}

