import Foundation
import LenteraDiagnostics
import LenteraRender
import LenteraTemplate
import LenteraTesting
import Testing

/// `TemplateSet`: a theme folder compiled once, with its problems as diagnostics.
@Suite struct TemplateSetTests {
    /// A context over a dictionary, for rendering a theme without the site's view models.
    private struct Fields: TemplateContext {
        let fields: [String: TemplateValue]
        func value(for key: String) -> TemplateValue { fields[key] ?? .missing }
    }

    /// Writes a theme with every required template (one line each) plus `files`, and loads it.
    private func load(_ files: [String: String]) throws -> (TemplateSet?, [Diagnostic]) {
        try withTemporaryFolder { folder in
            var all: [String: String] = [:]
            for name in TemplateSet.required { all[name + ".mustache"] = "<p>\(name)</p>\n" }
            all.merge(files) { $1 }
            for (path, text) in all {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            return TemplateSet.load(from: folder, displayRoot: "tema")
        }
    }

    @Test func theDefaultThemeLoadsWithoutDiagnostics() throws {
        let (templates, diagnostics) = TemplateSet.load(from: Repository.templates)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        let names = try #require(templates?.names)
        #expect(names.isSuperset(of: TemplateSet.required))
        #expect(names.contains("partials/service-list"))
        #expect(templates?.assets.keys.contains("assets/style.css") == true)
    }

    @Test func partialsByPathRender() throws {
        let (templates, diagnostics) = try load([
            "page.mustache": "<main>\n{{#items}}\n  {{> partials/item}}\n{{/items}}\n</main>\n",
            "partials/item.mustache": "<li>{{.}}</li>\n",
        ])
        #expect(diagnostics.isEmpty)
        let set = try #require(templates)
        let context = Fields(fields: ["items": .list(["a & b", "c"])])
        #expect(try set.render("page", context) == "<main>\n  <li>a &amp; b</li>\n  <li>c</li>\n</main>\n")
        var bytes = Array("<!-- -->".utf8)
        try set.render("page", context, into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "<!-- --><main>\n  <li>a &amp; b</li>\n  <li>c</li>\n</main>\n")
    }

    @Test func aSyntaxErrorHasItsFileLineAndColumn() throws {
        let (templates, diagnostics) = try load(["unit.mustache": "<h1>{{name}}</h1>\n  {{#services}}\n<p>x</p>\n"])
        #expect(templates == nil)
        #expect(diagnostics.inEnglish == [.error("template.syntax", at: SourceLocation(file: "tema/unit.mustache", line: 2, column: 3),
                                       "the template cannot be parsed: the section `services` is not closed",
                                       hint: "close it with `{{/services}}`")].inEnglish)
    }

    @Test func aMissingPartialIsAnError() throws {
        let (templates, diagnostics) = try load(["home.mustache": "<ul>\n{{#units}}{{> partials/unit-nod}}{{/units}}\n</ul>\n"])
        #expect(templates == nil)
        #expect(diagnostics.map(\.code) == ["template.missing-partial"])
        #expect(diagnostics.first?.location == SourceLocation(file: "tema/home.mustache", line: 2, column: 11))
        #expect(diagnostics.first?.summary.text(in: .en) == "the template includes `{{> partials/unit-nod}}`, but the theme has no `partials/unit-nod.mustache`")
    }

    @Test func aMissingRequiredTemplateIsAnError() throws {
        let (templates, diagnostics) = try withTemporaryFolder { folder in
            try Data("<p>layout</p>".utf8).write(to: folder.appendingPathComponent("layout.mustache"))
            return TemplateSet.load(from: folder, displayRoot: "tema/")
        }
        #expect(templates == nil)
        #expect(diagnostics.count == TemplateSet.required.count - 1)
        #expect(diagnostics.allSatisfy { $0.code == "template.missing" })
        #expect(diagnostics.first?.location == SourceLocation(file: "tema/home.mustache"))
    }

    @Test func renderingAnUnknownTemplateThrows() throws {
        let templates = try #require(try load([:]).0)
        #expect(throws: TemplateSet.MissingTemplate.self) { try templates.render("nope", Fields(fields: [:])) }
    }
}
