extension Catalogue {
    /// Bahasa Indonesia: the default language of every message.
    static let indonesian: [String: String] = [
        "severity.error": "galat",
        "severity.warning": "peringatan",
        "diagnostic.hint-label": "saran",
        "summary.counts": "{errors} galat, {warnings} peringatan",
    ]
}
