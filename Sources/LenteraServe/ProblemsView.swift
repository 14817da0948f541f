import LenteraDiagnostics

/// The content's errors in the browser: a panel over the last good page while the content
/// has errors, or a page of their own while no build has succeeded. Each problem shows
/// its file and line, the message and the hint in the preview's language.
struct ProblemsView {
    let problems: [Diagnostic]
    let language: Language

    /// The panel put as the first thing into a page of the last good build: a bar in the
    /// page's flow (it pushes the page down, so the page's own header and menu stay in
    /// sight), an alert for screen readers, closable and opened again without a script by
    /// its `<summary>`, a button with a label in the preview's language.
    var overlay: String {
        """
        <style>\(Self.panelCSS)</style>
        <div id="lentera-problems" role="alert" lang="\(language.rawValue)">
        <details open>
        <summary><span class="lentera-heading">\(HTML.escape(heading))</span> <span class="lentera-hide">\(HTML.escape(text("cli.serve.page.hide")))</span><span class="lentera-show">\(HTML.escape(text("cli.serve.page.show")))</span></summary>
        <p>\(HTML.escape(text("cli.serve.page.last-good")))</p>
        \(list)
        </details>
        </div>
        """
    }

    /// A whole page, when there is no good build to show: its `main` landmark holds the
    /// title and an alert with the problems (a `role` on `main` itself would take the
    /// landmark away, which axe reports).
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
        <main id="lentera-problems">
        <h1>\(HTML.escape(text("cli.serve.page.title")))</h1>
        <div role="alert">
        <p>\(HTML.escape(heading))</p>
        <p>\(HTML.escape(text("cli.serve.page.no-build")))</p>
        \(list)
        </div>
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
            item += Self.withCode(problem.summary.text(in: language))
            item += " <code>[\(HTML.escape(problem.code))]</code>"
            if let advice = problem.advice {
                item += "<br>\(HTML.escape(Message("diagnostic.hint-label").text(in: language))): \(Self.withCode(advice.text(in: language)))"
            }
            return item + "</li>"
        }
        return "<ul style=\"margin:0;padding-left:1.2em\">\n" + items.joined(separator: "\n") + "\n</ul>"
    }

    private func text(_ key: String) -> String { Message(key).text(in: language) }

    /// `text` in HTML, each part between backticks (a field, a value, a command the
    /// message quotes) as `<code>`; everything escaped, the quoted parts too. A backtick
    /// with no partner stays a backtick.
    static func withCode(_ text: String) -> String {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false).map(String.init)
        var html = ""
        for (index, part) in parts.enumerated() {
            let quoted = index % 2 == 1
            if quoted && index == parts.count - 1 {
                html += "`" + HTML.escape(part)
            } else if quoted {
                html += "<code>" + HTML.escape(part) + "</code>"
            } else {
                html += HTML.escape(part)
            }
        }
        return html
    }

    /// The bar's look, its rules under its own id so that they touch nothing of the page.
    private static let panelCSS = [
        "#lentera-problems{position:relative;z-index:2147483647;box-sizing:border-box;width:100%;max-height:50vh;overflow:auto;",
        "margin:0;padding:.5em 1em;background:#fff4f4;color:#1a1a1a;border-bottom:4px solid #b00020;",
        "font:16px/1.5 system-ui,sans-serif;text-align:left;overflow-wrap:anywhere}",
        "#lentera-problems details{margin:0}",
        "#lentera-problems summary{cursor:pointer;font-weight:bold;min-height:44px;display:flex;flex-wrap:wrap;",
        "align-items:center;gap:.25em .75em;list-style:none}",
        "#lentera-problems summary::-webkit-details-marker{display:none}",
        "#lentera-problems summary:focus-visible{outline:3px solid #1a4fd6;outline-offset:2px}",
        "#lentera-problems .lentera-hide,#lentera-problems .lentera-show{font-weight:normal;text-decoration:underline;color:#7a0016}",
        "#lentera-problems details[open] .lentera-show,#lentera-problems details:not([open]) .lentera-hide{display:none}",
        "#lentera-problems p{margin:.25em 0 .5em}",
        "#lentera-problems ul{margin:0 0 .5em;padding-left:1.2em}",
        "#lentera-problems li{margin:.4em 0}",
        "#lentera-problems code{font-family:ui-monospace,monospace;font-size:.95em;background:#fde2e2;padding:0 .2em;border-radius:3px}",
    ].joined()
}
