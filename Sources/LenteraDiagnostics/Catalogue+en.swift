extension Catalogue {
    /// English, with `--lang en` or `LENTERA_LANG=en`.
    static let english: [String: String] = [
        "cli.theme.export.done": "The built-in theme was written to `{folder}`: {count} files.",
        "cli.theme.export.exists": "Nothing was written: {count} of the theme's files already exist in `{folder}`, for example `{example}`. Lentera never overwrites files.",
        "cli.theme.export.exists.hint": "choose a new folder or an empty one, for example `lentera theme export new-theme`",
        "cli.theme.export.failed": "The built-in theme could not be written: `{path}`: {reason}",
        "cli.theme.export.next": "Next step: change the files you want to replace and delete the others; a file that is not there still comes from the built-in theme. A `templates` folder beside the `content` folder is read by itself; another folder is used with `lentera build --templates {folder}`.",
        "severity.error": "error",
        "severity.warning": "warning",
        "diagnostic.hint-label": "hint",
        "summary.counts": "{errors} error(s), {warnings} warning(s)",
    ]
}
