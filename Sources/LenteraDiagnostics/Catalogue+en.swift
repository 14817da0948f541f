extension Catalogue {
    /// English, with `--lang en` or `LENTERA_LANG=en`.
    static let english: [String: String] = [
        "severity.error": "error",
        "severity.warning": "warning",
        "diagnostic.hint-label": "hint",
        "summary.counts": "{errors} error(s), {warnings} warning(s)",
    ]
}
