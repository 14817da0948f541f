import Foundation
import LenteraDiagnostics
import LenteraSite
import LenteraTesting
import Testing

/// Builds with the built-in theme: without a templates folder the portal builds as with the
/// repository's `templates/`, and a portal's own folder beside the content overrides it
/// file by file.
@Suite struct BuiltInThemeBuildTests {
    /// Builds `portal` from `folder/content` into `folder/public` with the default templates
    /// folder (`folder/templates`, when it exists) and reads the output back.
    private func buildWithDefaultTheme(_ portal: TestPortal, in folder: URL) throws -> (BuildReport, [String: Data]) {
        try portal.write(to: folder.appendingPathComponent("content"))
        let report = SiteBuilder.build(BuildOptions(content: folder.appendingPathComponent("content").path,
                                                    output: folder.appendingPathComponent("public").path, date: testDay))
        return (report, FolderSnapshot.files(in: folder.appendingPathComponent("public")))
    }

    @Test func aPortalWithoutTemplatesBuildsTheSamePagesAsWithTheRepositorysTemplates() throws {
        let portal = TestPortal().with("units/\(TestPortal.unit)/survei/skm-2024-Q1.yaml", SampleSurvey.skm())
            .with("units/\(TestPortal.unit)/survei/skm-2024-Q1.md", "## Analisis\n\nTeks.\n")
        let expected = try build(portal).files
        let (report, files) = try withTemporaryFolder { try buildWithDefaultTheme(portal, in: $0) }
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(report.diagnostics.isEmpty)
        #expect(files.count > 10)
        #expect(Set(files.keys) == Set(expected.keys))
        for (path, data) in expected { #expect(files[path] == data, "\(path) differs") }
    }

    @Test func aTemplateAndAnAssetBesideTheContentOverrideTheBuiltInOnes() throws {
        let (report, files) = try withTemporaryFolder { folder in
            let theme = folder.appendingPathComponent("templates")
            try FileManager.default.createDirectory(at: theme.appendingPathComponent("assets"), withIntermediateDirectories: true)
            try Data("<p>Beranda milik portal: {{title}}</p>\n".utf8).write(to: theme.appendingPathComponent("home.mustache"))
            try Data("body { color: #000; }\n".utf8).write(to: theme.appendingPathComponent("assets/style.css"))
            return try buildWithDefaultTheme(TestPortal(), in: folder)
        }
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let home = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        #expect(home.contains("<p>Beranda milik portal: "))
        #expect(files["assets/style.css"] == Data("body { color: #000; }\n".utf8))
        // The other pages still come from the built-in theme's templates.
        let unit = String(decoding: try #require(files[Pages.unit]), as: UTF8.self)
        #expect(unit.contains("<main id=\"isi\" data-pagefind-body>"))
    }

    @Test func aNamedTemplatesFolderThatDoesNotExistIsStillAnError() throws {
        let report = try withTemporaryFolder { folder in
            try TestPortal().write(to: folder.appendingPathComponent("content"))
            return SiteBuilder.build(BuildOptions(content: folder.appendingPathComponent("content").path,
                                                  templates: folder.appendingPathComponent("tema").path,
                                                  output: folder.appendingPathComponent("public").path, date: testDay))
        }
        #expect(!report.succeeded)
        #expect(report.diagnostics.map(\.code) == ["templates.folder-missing"])
    }

    @Test func aDefaultTemplatesFolderThatIsADanglingLinkIsAnErrorNotSkipped() throws {
        let (report, _) = try withTemporaryFolder { folder in
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("templates").path,
                                                       withDestinationPath: folder.appendingPathComponent("hilang").path)
            return try buildWithDefaultTheme(TestPortal(), in: folder)
        }
        #expect(!report.succeeded)
        #expect(report.diagnostics.map(\.code) == ["templates.folder-missing"])
    }

    @Test func theDefaultTemplatesFolderIsBesideTheContentFolder() {
        #expect(BuildOptions.defaultTemplates(content: "content") == "templates")
        #expect(BuildOptions.defaultTemplates(content: "portal/isi") == "portal/templates")
        #expect(BuildOptions.defaultTemplates(content: "/srv/portal/content/") == "/srv/portal/templates")
        // Regression: a one-character content folder (`--content .`, `--content c`) crashed
        // the command inside Foundation's deletingLastPathComponent.
        #expect(BuildOptions.defaultTemplates(content: ".") == "../templates")
        #expect(BuildOptions.defaultTemplates(content: "./") == "../templates")
        #expect(BuildOptions.defaultTemplates(content: "c") == "templates")
        #expect(BuildOptions.defaultTemplates(content: "a/") == "templates")
        #expect(BuildOptions.defaultTemplates(content: "..") == "../../templates")
        #expect(BuildOptions.defaultTemplates(content: "/c") == "/templates")
        #expect(BuildOptions.defaultTemplates(content: "/") == "/templates")
    }
}
