extension Catalogue {
    /// English, with `--lang en` or `LENTERA_LANG=en`.
    static let english: [String: String] = [
        "content.colon-in-item": "this item of `{list}` holds `: `, so `{text}` is read as a field name with its value, not as text",
        "content.colon-in-item.hint": "put the item in quotes: `- {quoted}`; to group items under a heading, write `- kelompok: heading` with `butir:` below it (see docs/content.md)",
        "severity.error": "error",
        "severity.warning": "warning",
        "diagnostic.hint-label": "hint",
        "summary.counts": "{errors} error(s), {warnings} warning(s)",
    ]
}
