/// How serious a diagnostic is. An error stops `build`; a warning is printed and the
/// build goes on.
public enum Severity: String, Sendable, Equatable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// Where in the content a diagnostic points: a path relative to the content folder (or
/// the templates folder), and a 1-based line and column when they are known.
public struct SourceLocation: Sendable, Equatable, Hashable, Comparable {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, leaving out what is not known.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0)
    }
}

/// A problem found in the content or the templates, as data. Consumers decide how to
/// print it, and in which language; tests compare whole values.
public struct Diagnostic: Sendable, Equatable, Hashable {
    public var severity: Severity
    /// A stable identifier such as `service.missing-component`, documented in
    /// `docs/diagnostics.md`. Tests and users can rely on it; messages may be reworded.
    public var code: String
    public var location: SourceLocation?
    /// What is wrong, in one sentence (a key into the catalogues and its values).
    public var summary: Message
    /// What to do about it.
    public var advice: Message?

    public init(_ severity: Severity, _ code: String, at location: SourceLocation?, _ summary: Message, advice: Message? = nil) {
        self.severity = severity
        self.code = code
        self.location = location
        self.summary = summary
        self.advice = advice
    }

    public static func error(_ code: String, at location: SourceLocation?, _ summary: Message, advice: Message? = nil) -> Diagnostic {
        Diagnostic(.error, code, at: location, summary, advice: advice)
    }

    public static func warning(_ code: String, at location: SourceLocation?, _ summary: Message, advice: Message? = nil) -> Diagnostic {
        Diagnostic(.warning, code, at: location, summary, advice: advice)
    }

    /// What is wrong, in the current language (`Language.current`).
    public var message: String { summary.text() }
    /// What to do, in the current language.
    public var hint: String? { advice?.text() }

    /// Printed like a compiler does:
    /// `content/units/x/unit.md:3:1: galat: message [code]` and the hint on the next line.
    public func formatted(in language: Language = .current) -> String {
        var text = ""
        if let location { text += location.description + ": " }
        text += "\(severity.label(in: language)): \(summary.text(in: language)) [\(code)]"
        if let advice { text += "\n  \(Message("diagnostic.hint-label").text(in: language)): \(advice.text(in: language))" }
        return text
    }

    public var formatted: String { formatted() }
}

extension Severity {
    /// `galat` / `error`, `peringatan` / `warning`.
    public func label(in language: Language = .current) -> String {
        Message("severity.\(rawValue)").text(in: language)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }

    /// Sorted by file, line and column, the ones without a location first; stable for
    /// equal locations, so the output is deterministic.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case (nil, nil): return a.offset < b.offset
            case (nil, _): return true
            case (_, nil): return false
            case let (la?, lb?): return la == lb ? a.offset < b.offset : la < lb
            }
        }.map(\.element)
    }
}
