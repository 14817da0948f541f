import LenteraDiagnostics

/// The content's errors in the browser: a panel over the last good page while the content
/// has errors, or a page of their own while no build has succeeded. Each problem shows
/// its file and line, the message and the hint in the preview's language.
struct ProblemsView {
    let problems: [Diagnostic]
    let language: Language

    /// The panel put into a page of the last good build (closable without a script: a
    /// `<details>` element).
    var overlay: String {
        """
        <details open id="lentera-problems" role="alert" style="\(Self.panelStyle)">
        <summary style="cursor:pointer;font-weight:bold">\(HTML.escape(heading))</summary>
        <p style="margin:.5em 0">\(HTML.escape(text("cli.serve.page.last-good")))</p>
        \(list)
        </details>
        """
    }

    /// A whole page, when there is no good build to show.
    func page(reloadTag: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(text("cli.serve.page.title")))</title>
        </head>
        <body style="font-family:system-ui,sans-serif;margin:1.5em;line-height:1.5">
        <main id="lentera-problems" role="alert">
        <h1>\(HTML.escape(text("cli.serve.page.title")))</h1>
        <p>\(HTML.escape(heading))</p>
        <p>\(HTML.escape(text("cli.serve.page.no-build")))</p>
        \(list)
        </main>
        \(reloadTag)
        </body>
        </html>

        """
    }

    private var heading: String {
        Message("summary.counts", ["errors": .text(String(problems.errorCount)), "warnings": .text(String(problems.warningCount))])
            .text(in: language)
    }

    /// Errors first, then warnings, each in file order.
    private var list: String {
        let ordered = problems.filter { $0.severity == .error } + problems.filter { $0.severity == .warning }
        let items = ordered.map { problem in
            var item = "<li style=\"margin:.4em 0\">"
            if let location = problem.location {
                item += "<code style=\"font-weight:bold\">\(HTML.escape(location.description))</code>: "
            }
            item += "<strong>\(HTML.escape(problem.severity.label(in: language)))</strong>: "
            item += HTML.escape(problem.summary.text(in: language))
            item += " <code>[\(HTML.escape(problem.code))]</code>"
            if let advice = problem.advice {
                item += "<br>\(HTML.escape(Message("diagnostic.hint-label").text(in: language))): \(HTML.escape(advice.text(in: language)))"
            }
            return item + "</li>"
        }
        return "<ul style=\"margin:0;padding-left:1.2em\">\n" + items.joined(separator: "\n") + "\n</ul>"
    }

    private func text(_ key: String) -> String { Message(key).text(in: language) }

    private static let panelStyle = "position:fixed;z-index:2147483647;top:0;left:0;right:0;max-height:60vh;overflow:auto;"
        + "margin:0;padding:.75em 1em;background:#fff4f4;color:#1a1a1a;border-bottom:4px solid #b00020;"
        + "font:16px/1.5 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3)"
}
