import Foundation
import LenteraSite
import LenteraTesting
import Testing

/// A build replaces its output folder with the new site and keeps the old tree as the
/// spare, so an output folder that is, holds or lies inside the content or the templates
/// would move the sources away (and a later build delete them). Such an output is refused
/// before anything is written, the lock folder included.
@Suite struct OverlappingOutputTests {
    /// Every file and folder under `folder`, hidden ones included, with the bytes of files.
    static func everything(in folder: URL) -> (names: [String], files: [String: Data]) {
        let names = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
        return (names, FolderSnapshot.files(in: folder))
    }

    /// A portal and a copy of the theme in `folder`, and the options of a build of them
    /// into `output` (relative to `folder`).
    static func project(_ folder: URL, output: String) throws -> BuildOptions {
        try TestPortal().write(to: folder.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: Repository.templates, to: folder.appendingPathComponent("templates"))
        var options = options(in: folder)
        options.templatesDirectory = folder.appendingPathComponent("templates")
        options.outputDirectory = URL(fileURLWithPath: folder.path + "/" + output)
        options.displayOutput = output
        return options
    }

    func expectRefused(_ output: String, _ words: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try withTemporaryFolder { root in
            // One level down, so that `..` of the project is a folder of the test too.
            let folder = root.appendingPathComponent("proyek")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            let options = try Self.project(folder, output: output)
            let before = Self.everything(in: root)
            let report = SiteBuilder.build(options)
            #expect(!report.succeeded, sourceLocation: sourceLocation)
            #expect(report.diagnostics.map(\.code) == ["build.output-overlaps"], "\(report.diagnostics.map(\.formatted))", sourceLocation: sourceLocation)
            #expect(report.diagnostics.first?.summary.text(in: .en).contains(words) == true, "\(report.diagnostics.map(\.formatted))", sourceLocation: sourceLocation)
            let after = Self.everything(in: root)
            #expect(after.names == before.names, "something was moved or written", sourceLocation: sourceLocation)
            #expect(after.files == before.files, "a file changed", sourceLocation: sourceLocation)
        }
    }

    @Test func theContentFolderIsRefused() throws {
        try expectRefused("content", "is the content folder")
        try expectRefused("content/", "is the content folder")
        try expectRefused("content/units/..", "is the content folder")
    }

    @Test func aFolderHoldingTheContentIsRefused() throws {
        try expectRefused(".", "holds the content folder")
        try expectRefused("..", "holds the content folder")
    }

    @Test func aFolderInsideTheContentIsRefused() throws {
        try expectRefused("content/public", "lies inside the content folder")
        try expectRefused("content/units", "lies inside the content folder")
        try expectRefused("content/nanti/public", "lies inside the content folder")
    }

    @Test func theTemplatesFolderIsRefused() throws {
        try expectRefused("templates", "is the templates folder")
        try expectRefused("templates/partials", "lies inside the templates folder")
    }

    /// A link to the content folder is the content folder.
    @Test func aLinkToTheContentFolderIsRefused() throws {
        try withTemporaryFolder { folder in
            var options = try Self.project(folder, output: "tautan/public")
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("tautan"), withDestinationURL: folder.appendingPathComponent("content"))
            options.displayOutput = "tautan/public"
            let before = Self.everything(in: folder)
            let report = SiteBuilder.build(options)
            #expect(report.diagnostics.map(\.code) == ["build.output-overlaps"], "\(report.diagnostics.map(\.formatted))")
            #expect(Self.everything(in: folder).names == before.names)
        }
    }

    /// The check alone: a build into `/` or the home folder is never run by a test.
    @Test func theRootAndTheHomeFolderAreRefused() {
        func problem(_ output: String) -> String? {
            OutputPlacement.problem(output: URL(fileURLWithPath: output), content: URL(fileURLWithPath: "/srv/lentera-uji/content"),
                                    templates: URL(fileURLWithPath: "/srv/lentera-uji/templates"), home: "/home/budi")?.text(in: .en)
        }
        #expect(problem("/") == "is the root folder `/`")
        #expect(problem("/srv/..") == "is the root folder `/`")
        #expect(problem("/home/budi") == "is your home folder")
        #expect(problem("/home/budi/") == "is your home folder")
        #expect(problem("/home") == "holds your home folder")
        #expect(problem("/srv/lentera-uji") == "holds the content folder")
        #expect(problem("/srv/lentera-uji/templates/partials/..") == "is the templates folder")
        #expect(problem("/home/budi/public") == nil)
        #expect(problem("/srv/lentera-uji/public") == nil)
        #expect(problem("/srv/lentera-uji/content-lama") == nil, "a name that only begins like the content folder's")
    }

    /// A separate output beside the sources is built as before.
    @Test func aSeparateOutputIsBuilt() throws {
        try withTemporaryFolder { folder in
            let options = try Self.project(folder, output: "public")
            #expect(SiteBuilder.build(options).succeeded)
        }
    }
}
