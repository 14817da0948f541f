import Foundation
import LenteraDiagnostics
import LenteraRender
import LenteraSite
import LenteraTesting
import Testing

/// docs/content.md, "What the content folder may hold", for whole builds and for the
/// templates folder: what lies outside the folders never reaches the site, and a FIFO
/// never blocks a build.
@Suite struct ClosedFoldersBuildTests {
    static let secret = "RAHASIA-DI-LUAR-FOLDER-KONTEN"
    static let survey = "units/\(TestPortal.unit)/survei"
    static let skm = SampleSurvey.skm(profile: nil)

    /// Every file under `folder` but the content and the outside files, as text.
    static func everythingWritten(in folder: URL) -> String {
        FolderSnapshot.files(in: folder).filter { !$0.key.hasPrefix("content/") && !$0.key.hasPrefix("outside/") }
            .map { String(decoding: $0.value, as: UTF8.self) }.joined()
    }

    @Test func anAnalysisLinkedOutsideStopsTheBuildAndIsNotPublished() throws {
        try withTemporaryFolder { temporary in
            let folder = temporary.resolvingSymlinksInPath()
            let content = folder.appendingPathComponent("content")
            try TestPortal().with("\(Self.survey)/skm-2024-Q1.yaml", Self.skm).write(to: content)
            let outside = folder.appendingPathComponent("outside/passwd")
            try FileManager.default.createDirectory(at: outside.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("root:x:0:0:\(Self.secret):/root:/bin/sh\n".utf8).write(to: outside)
            try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("\(Self.survey)/skm-2024-Q1.md").path,
                                                       withDestinationPath: outside.path)
            let options = options(in: folder)
            let report = try #require(withTimeLimit(seconds: 60) { SiteBuilder.build(options) })
            #expect(!report.succeeded)
            #expect(report.diagnostics.filter { $0.severity == .error }.map(\.code) == ["content.symlink-outside"])
            #expect(report.diagnostics.first?.location == SourceLocation(file: "\(options.displayContent)/\(Self.survey)/skm-2024-Q1.md"))
            #expect(!Self.everythingWritten(in: folder).contains(Self.secret))
        }
    }

    /// Copies the default theme into `folder/tema`, lets `setup` change it, and loads it.
    static func loadTheme(in folder: URL, as name: String = "tema", _ setup: (URL) throws -> Void) throws -> (TemplateSet?, [Diagnostic]) {
        let theme = folder.appendingPathComponent("tema")
        try FileManager.default.copyItem(at: Repository.templates, to: theme)
        try setup(theme)
        let loaded = folder.appendingPathComponent(name)
        return try #require(withTimeLimit(seconds: 20) { TemplateSet.load(from: loaded, displayRoot: "tema") }, "the theme did not load in time")
    }

    @Test func theTemplatesFolderRefusesLinksOutsideFIFOsDanglingLinksAndLoops() throws {
        try withTemporaryFolder { temporary in
            let folder = temporary.resolvingSymlinksInPath()
            let outside = folder.appendingPathComponent("luar.mustache")
            try Data("<p>\(Self.secret)</p>\n".utf8).write(to: outside)
            let (templates, diagnostics) = try Self.loadTheme(in: folder) { theme in
                #expect(mkfifo(theme.appendingPathComponent("assets/pipa.css").path, 0o644) == 0)
                try FileManager.default.createSymbolicLink(atPath: theme.appendingPathComponent("partials/luar.mustache").path, withDestinationPath: outside.path)
                try FileManager.default.createSymbolicLink(atPath: theme.appendingPathComponent("assets/hilang.png").path, withDestinationPath: "tidak-ada.png")
                try FileManager.default.createSymbolicLink(atPath: theme.appendingPathComponent("partials/lagi").path, withDestinationPath: "..")
            }
            #expect(templates == nil)
            #expect(Set(diagnostics.map { $0.rendered(in: .en) }) == Set<Diagnostic>([
                .error("template.special-file", at: SourceLocation(file: "tema/assets/pipa.css"),
                       "this is a named pipe (FIFO), not a regular file or folder; it is not read",
                       hint: "remove it from the templates folder: only regular files and folders belong there"),
                .error("template.symlink-outside", at: SourceLocation(file: "tema/partials/luar.mustache"),
                       "this is a symbolic link to `\(outside.path)`, outside the templates folder; it is not read",
                       hint: "copy the file (or folder) into the templates folder instead of linking to it"),
                .error("template.dangling-link", at: SourceLocation(file: "tema/assets/hilang.png"),
                       "this symbolic link points to nothing", hint: "remove the link, or put the file it should point to in its place"),
                .error("template.link-loop", at: SourceLocation(file: "tema/partials/lagi"),
                       "this symbolic link leads back to itself or to a folder that contains it",
                       hint: "remove the link; put the file itself (a copy) in its place"),
            ]))
        }
    }

    @Test func aTemplatesFolderReachedThroughALinkWithLinksInsideLoads() throws {
        try withTemporaryFolder { temporary in
            let folder = temporary.resolvingSymlinksInPath()
            let (templates, diagnostics) = try Self.loadTheme(in: folder, as: "tautan") { theme in
                try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("tautan").path, withDestinationPath: theme.path)
                try FileManager.default.createSymbolicLink(atPath: theme.appendingPathComponent("partials/salinan.mustache").path,
                                                           withDestinationPath: "../page.mustache")
            }
            #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
            #expect(templates?.names.contains("partials/salinan") == true)
        }
    }
}
