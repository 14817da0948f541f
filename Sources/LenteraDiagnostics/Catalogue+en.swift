extension Catalogue {
    /// English, with `--lang en` or `LENTERA_LANG=en`.
    static let english: [String: String] = [
        "cli.serve.built": "Built {pages} pages in {time}.",
        "cli.serve.cannot-listen": "cannot open the preview on {host} port {port}: {reason}",
        "cli.serve.cannot-listen.hint": "check the address given to `--bind` (for example `127.0.0.1`), or choose another port with `--port`",
        "cli.serve.failed": "The content has errors ({counts}); the preview keeps showing the last build that succeeded. Fix them and save the file.",
        "cli.serve.failed-first": "The content has errors ({counts}); the browser lists them. Fix them and save the file.",
        "cli.serve.invalid-port": "--port must be a number from 0 to 65535, not {port}",
        "cli.serve.listening": "Preview of the portal: {address}",
        "cli.serve.network-warning": "warning: the preview is open on {host}, so others on the same network can see it",
        "cli.serve.page.last-good": "The preview shows the last build that succeeded. Fix the errors below and save the file: the page reloads by itself.",
        "cli.serve.page.no-build": "The portal has not been built successfully yet. Fix the errors below and save the file: the page reloads by itself.",
        "cli.serve.page.title": "The content cannot be built yet",
        "cli.serve.port-busy": "port {port} on {host} is already used by another program",
        "cli.serve.port-busy.hint": "choose another port, for example `lentera serve --port {other}`, or stop the program that uses it",
        "cli.serve.rebuilt": "Rebuilt the change in {time}; open pages reload.",
        "cli.serve.stop-hint": "press Ctrl+C to stop",
        "cli.serve.stopped": "Preview stopped.",
        "severity.error": "error",
        "severity.warning": "warning",
        "diagnostic.hint-label": "hint",
        "summary.counts": "{errors} error(s), {warnings} warning(s)",
    ]
}
