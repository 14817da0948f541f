import LenteraDiagnostics

extension EditorFileError {
    /// A failure of the history, as the editor shows it. (Defined here, not by the store,
    /// so that the history needs nothing of `EditorFileError` but its one field.)
    init(history diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }

    static func history(_ code: String, path: String? = nil, _ key: String, _ arguments: [String: Message.Argument] = [:],
                        advice: String? = nil) -> EditorFileError {
        EditorFileError(history: .error(code, at: path.map { SourceLocation(file: $0) }, Message(key, arguments),
                                        advice: advice.map { Message($0, arguments) }))
    }

    /// A change id that names nothing in the history (or is not an id at all).
    static func unknownChange(_ id: String) -> EditorFileError {
        history("editor.history.not-found", "editor.history.not-found", ["id": .text(id)])
    }
}

/// The paths the history takes: relative to the content folder, without `..`, a leading
/// `/` or control characters (what the store gives; anything else is refused, never
/// handed to Git or written to the log).
enum HistoryPath {
    static func isValid(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasSuffix("/") else { return false }
        guard !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    static func checked(_ path: String) throws(EditorFileError) -> String {
        guard isValid(path) else {
            throw .history("editor.history.invalid-path", path: nil, "editor.history.invalid-path", ["path": .text(path)])
        }
        return path
    }

    /// A prefix as `changes(under:)` takes it (`units/dukcapil`, `units/dukcapil/`, or "" for
    /// every file), without its trailing `/`; nil when it is not a valid path.
    static func prefix(_ prefix: String) -> String? {
        var trimmed = Substring(prefix)
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if trimmed.isEmpty { return "" }
        return isValid(String(trimmed)) ? String(trimmed) : nil
    }

    /// Whether `path` is `prefix` itself or a file under it.
    static func path(_ path: String, isUnder prefix: String) -> Bool {
        prefix.isEmpty || path == prefix || path.hasPrefix(prefix + "/")
    }

    /// Ids are lower-case hexadecimal (a commit's hash, the log's own ids): anything else
    /// names no change, and never reaches Git as an option or a revision expression.
    static func isID(_ id: String) -> Bool {
        (4...64).contains(id.utf8.count) && id.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
