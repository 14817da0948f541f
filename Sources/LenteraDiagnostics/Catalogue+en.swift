extension Catalogue {
    /// English, with `--lang en` or `LENTERA_LANG=en`.
    static let english: [String: String] = [
        "content.colon-in-item": "this item of `{list}` holds `: `, so `{text}` is read as a field name with its value, not as text",
        "content.colon-in-item.hint": "put the item in quotes: `- {quoted}`; to group items under a heading, write `- kelompok: heading` with `butir:` below it (see docs/content.md)",
        "service.invalid-enactment": "`ditetapkan` holds `{value}`; it must be the decree that enacted the standard (`nomor`, `tanggal`, …) or `belum`",
        "service.invalid-enactment.hint": "write the decree's `nomor:` and `tanggal:` under `ditetapkan:`, or `ditetapkan: belum` when the standard is knowingly not yet enacted",
        "severity.error": "error",
        "severity.warning": "warning",
        "diagnostic.hint-label": "hint",
        "summary.counts": "{errors} error(s), {warnings} warning(s)",
        "yaml.colon-in-value": "the value of `{field}` holds `: `, which YAML reads as the start of a new field",
        "yaml.colon-in-value.hint": "put the value in quotes: `{fixed}`",
        "yaml.folded-list-item": "the item `- {item}` is indented deeper than the line above it, so YAML joins it to the text above: `{joined}`",
        "yaml.folded-list-item.hint": "line its `-` up with the `-` of the item on line {line}",
        "yaml.indentation": "this line is indented {spaces} spaces, out of line with the lines at its level",
        "yaml.indentation.hint": "the fields of one group start in the same column, and so do the items (`- `) of one list; line this one up with the line above at its level, using spaces only",
        "yaml.syntax": "the file cannot be read as YAML: {problem}",
        "yaml.syntax.hint": "check the indentation on this line, and put text that contains `: ` or starts with a special character (`*`, `&`, `!`, `[`, `{`, `@`) in quotes",
        "yaml.tab": "this line is indented with a tab; YAML takes only spaces to indent a line",
        "yaml.tab.hint": "replace the tab with spaces (usually 2 per level), as on the lines above",
        "yaml.unclosed-quote": "the quote {quote} opened here is not closed on the same line",
        "yaml.unclosed-quote.hint": "close it with {quote} at the end of the text, or remove the opening quote",
    ]
}
