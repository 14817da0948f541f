import Foundation
import LenteraContent
import LenteraTesting
import Testing

/// docs/content.md (and docs/survey.md) describe each kind's fields in a table: every field
/// of the table of content kinds is there, marked required (`yes`) exactly when it is.
@Suite struct ContentKindsDocumentationTests {
    /// Where each kind's fields are documented: the file and the start of the section's heading.
    static let sections: [String: (file: String, heading: String)] = [
        "portal": ("docs/content.md", "## `portal.yaml`"),
        "unit": ("docs/content.md", "## Units:"),
        "maklumat": ("docs/content.md", "## Maklumat Pelayanan:"),
        "layanan": ("docs/content.md", "## Service standards:"),
        "halaman": ("docs/content.md", "## Free pages:"),
        "sop": ("docs/content.md", "## Standard operating procedures:"),
        "kinerja": ("docs/content.md", "## Performance indicators:"),
        "spbe": ("docs/content.md", "## SPBE applications"),
        "zona-integritas": ("docs/content.md", "## Zona Integritas:"),
        "survei": ("docs/survey.md", "## The result file"),
        "analisis-survei": ("docs/content.md", "## Survey analyses:"),
    ]

    @Test(arguments: ContentKinds.all.map(\.name))
    func theDocumentedFieldsAreTheTables(_ name: String) throws {
        let kind = try #require(ContentKinds.named(name))
        let place = try #require(Self.sections[name], "no section documents `\(name)`")
        let text = try String(contentsOf: Repository.root.appendingPathComponent(place.file), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.hasPrefix(place.heading) }, "\(place.file) has no `\(place.heading)`")
        let section = lines[(start + 1)...].prefix { !$0.hasPrefix("## ") }
        for field in kind.fields.fields where !field.isBody {
            let row = section.first { $0.hasPrefix("| `\(field.key)` |") }
            let cells = try #require(row, "\(place.file), \(place.heading): no row for `\(field.key)`").split(separator: "|")
            let required = cells.count > 1 && cells[1].trimmingCharacters(in: .whitespaces) == "yes"
            #expect(required == field.required, "\(place.file): `\(field.key)` of \(name) is documented as \(required ? "" : "not ")required")
        }
    }
}
