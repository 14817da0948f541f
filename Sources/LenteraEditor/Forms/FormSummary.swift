import LenteraContent
import LenteraDiagnostics

/// The box at the top of a form that comes back with problems (GOV.UK's error summary):
/// every diagnostic in the order of the form, each linking to its field; then those of the
/// file that no field holds. The new problems in other files (`Validation.elsewhere`) are
/// the page's to show, outside the form (the server lists them above it).
struct FormSummary {
    let language: Language
    let shown: [(form: FieldPath, id: String, label: String)]
    let placed: [FieldPath: [Diagnostic]]
    let inFile: [Diagnostic]

    func html() -> String {
        var items: [String] = []
        for place in shown {
            for diagnostic in (placed[place.form] ?? []).sorted(by: { $0.severity > $1.severity }) {
                items.append("<li><a href=\"#\(place.id)\">\(HTMLText.escape(place.label)): \(line(diagnostic))</a></li>")
            }
        }
        for diagnostic in inFile.sortedByLocation() { items.append("<li>\(line(diagnostic))</li>") }
        guard !items.isEmpty else { return "" }
        let all = placed.values.joined() + inFile
        let title = all.hasErrors ? "editor.form.summary.errors" : "editor.form.summary.warnings"
        var html = "<div class=\"ef-summary\(all.hasErrors ? "" : " ef-summary-warning")\" role=\"alert\" aria-labelledby=\"ef-summary-title\" tabindex=\"-1\" id=\"ef-summary\">\n"
        html += "<h2 id=\"ef-summary-title\" class=\"ef-summary-title\">\(HTMLText.escape(Message(title).text(in: language)))</h2>\n"
        html += "<ul class=\"ef-summary-list\">\n" + items.joined(separator: "\n") + "\n</ul>\n</div>\n"
        return html
    }

    /// `Galat: …` with the summary of the diagnostic, as `lentera check` words it.
    func line(_ diagnostic: Diagnostic) -> String {
        HTMLText.escape(diagnostic.severity.label(in: language).capitalisedFirst + ": ") + HTMLText.withCode(diagnostic.summary.text(in: language))
    }
}
