import Foundation
import LenteraDiagnostics
import LenteraRender
import LenteraTemplate
import LenteraTesting
import LenteraTheme
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
            return TemplateSet.load(from: folder, displayRoot: "tema", base: [:])
        }
    }

    /// The theme folder's files as `TemplateSet` reads them: templates and assets.
    private func themeFiles(in folder: URL) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let enumerator = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]))
        let prefix = folder.resolvingSymlinksInPath().path + "/"
        for case let url as URL in enumerator where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            let relative = String(url.resolvingSymlinksInPath().path.dropFirst(prefix.count))
            guard relative.hasSuffix(".mustache") || relative.hasPrefix("assets/") else { continue }
            files[relative] = [UInt8](try Data(contentsOf: url))
        }
        return files
    }

    @Test func theBuiltInThemeIsTheRepositorysTemplatesFolderByteForByte() throws {
        let files = try themeFiles(in: Repository.templates)
        #expect(files.count > TemplateSet.required.count)
        #expect(Set(BuiltInTheme.files.keys) == Set(files.keys))
        for (path, bytes) in files { #expect(BuiltInTheme.files[path] == bytes, "\(path) differs") }
    }

    @Test func withoutAFolderTheBuiltInThemeLoadsAlone() throws {
        let (templates, diagnostics) = TemplateSet.load(from: nil)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        let set = try #require(templates)
        #expect(set.names.isSuperset(of: TemplateSet.required))
        #expect(set.assets["assets/style.css"].map([UInt8].init) == BuiltInTheme.files["assets/style.css"])
    }

    @Test func aFolderOverridesTheBuiltInThemeFileByFile() throws {
        let (templates, diagnostics) = try withTemporaryFolder { folder in
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("assets"), withIntermediateDirectories: true)
            try Data("<p>beranda {{title}}</p>\n".utf8).write(to: folder.appendingPathComponent("home.mustache"))
            try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF]).write(to: folder.appendingPathComponent("assets/style.css"))
            try Data([0x00, 0x01]).write(to: folder.appendingPathComponent("assets/logo.png"))
            return TemplateSet.load(from: folder, displayRoot: "tema")
        }
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        let set = try #require(templates)
        #expect(try set.render("home", Fields(fields: ["title": .text("Kota")])) == "<p>beranda Kota</p>\n")
        #expect(set.assets["assets/style.css"] == Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF]))
        #expect(set.assets["assets/logo.png"] == Data([0x00, 0x01]))
        // The rest comes from the built-in theme.
        #expect(set.names.isSuperset(of: TemplateSet.required))
        #expect(set.names.contains("partials/service-list"))
    }

    @Test func anOverridesSyntaxErrorNamesThePortalsFile() throws {
        let (templates, diagnostics) = try withTemporaryFolder { folder in
            try Data("<h1>{{name}}</h1>\n  {{#services}}\n".utf8).write(to: folder.appendingPathComponent("unit.mustache"))
            return TemplateSet.load(from: folder, displayRoot: "tema")
        }
        #expect(templates == nil)
        #expect(diagnostics.map(\.code) == ["template.syntax"])
        #expect(diagnostics.first?.location == SourceLocation(file: "tema/unit.mustache", line: 2, column: 3))
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
        #expect(diagnostics == [.error("template.syntax", at: SourceLocation(file: "tema/unit.mustache", line: 2, column: 3),
                                       "the template cannot be parsed: the section `services` is not closed",
                                       hint: "close it with `{{/services}}`")])
    }

    @Test func aMissingPartialIsAnError() throws {
        let (templates, diagnostics) = try load(["home.mustache": "<ul>\n{{#units}}{{> partials/unit-nod}}{{/units}}\n</ul>\n"])
        #expect(templates == nil)
        #expect(diagnostics.map(\.code) == ["template.missing-partial"])
        #expect(diagnostics.first?.location == SourceLocation(file: "tema/home.mustache", line: 2, column: 11))
        #expect(diagnostics.first?.message == "the template includes `{{> partials/unit-nod}}`, but the theme has no `partials/unit-nod.mustache`")
    }

    @Test func aMissingRequiredTemplateIsAnError() throws {
        let (templates, diagnostics) = try withTemporaryFolder { folder in
            try Data("<p>layout</p>".utf8).write(to: folder.appendingPathComponent("layout.mustache"))
            return TemplateSet.load(from: folder, displayRoot: "tema/", base: [:])
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
