import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraImport
import LenteraTesting
import Testing

/// `lentera survey import` writes only into real folders inside the content folder: a
/// `survei` folder that is a symbolic link is refused, and nothing is written, replaced or
/// removed where it leads. A content folder that cannot be opened is reported as such, not
/// as another import holding it.
@Suite struct ImportTargetTests {
    static let result = "skm-2024-Q1.yaml"
    static let stray = ".skm-2024-Q1.yaml.lentera-import-4242-1a2b3c4d.tmp"

    func refused(_ request: SurveyImport.Request, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
        do throws(SurveyImport.Failure) {
            let outcome = try SurveyImport(request).run()
            Issue.record("the import wrote `\(outcome.written ?? "")`", sourceLocation: sourceLocation)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func aSurveiFolderLinkedOutsideTheContentFolderIsRefused() throws {
        try withTemporaryFolder { folder in
            let request = try ImportSafetyTests().request(folder)
            try TestPortal().write(to: request.content)
            let outside = folder.appendingPathComponent("di-luar")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            try Data("jangan diganti\n".utf8).write(to: outside.appendingPathComponent(Self.result))
            try Data("bukan sisa impor\n".utf8).write(to: outside.appendingPathComponent(Self.stray))
            try FileManager.default.createSymbolicLink(at: request.content.appendingPathComponent(ImportSafetyTests.survei),
                                                       withDestinationURL: outside)
            let before = FolderSnapshot.files(in: outside)
            // The loader reads nothing through the refused link either.
            let loaded = ContentLoader(root: request.content, displayRoot: "content").load()
            #expect(loaded.diagnostics.map(\.code) == ["content.symlink-outside"], "\(loaded.diagnostics.map(\.formatted))")
            let diagnostics = refused(request)
            #expect(diagnostics.map(\.code) == ["content.symlink-outside", "import.unsafe-folder"], "\(diagnostics.map(\.formatted).joined(separator: "\n"))")
            #expect(diagnostics.last?.location?.file == "content/\(ImportSafetyTests.survei)")
            #expect(diagnostics.last?.summary.text(in: .en).contains("nothing was written") == true)
            #expect(FolderSnapshot.files(in: outside) == before)
        }
    }

    /// A link to another folder inside the content folder is read by the loader, but the
    /// result is still not written through it: only real folders are written into.
    @Test func aSurveiFolderLinkedInsideTheContentFolderIsRefusedToo() throws {
        try withTemporaryFolder { folder in
            let request = try ImportSafetyTests().request(folder)
            try TestPortal().write(to: request.content)
            let elsewhere = request.content.appendingPathComponent("arsip")
            try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: request.content.appendingPathComponent(ImportSafetyTests.survei),
                                                       withDestinationURL: elsewhere)
            let diagnostics = refused(request)
            #expect(diagnostics.map(\.code).last == "import.unsafe-folder", "\(diagnostics.map(\.formatted))")
            #expect(diagnostics.last?.summary.text(in: .en).contains("symbolic link") == true)
            #expect(FolderSnapshot.names(in: elsewhere) == [])
        }
    }

    /// A content "folder" that is a file cannot be locked: the reason is given (not
    /// `import.busy`, which would tell the user to try again).
    @Test func aContentFolderThatCannotBeOpenedIsNotReportedAsBusy() throws {
        try withTemporaryFolder { folder in
            var request = try ImportSafetyTests().request(folder)
            try Data("bukan folder".utf8).write(to: request.content)
            request.lockWait = 0
            let diagnostics = refused(request)
            #expect(diagnostics.map(\.code) == ["import.lock-failed"], "\(diagnostics.map(\.formatted))")
            #expect(diagnostics.first?.summary.text(in: .en).contains("Not a directory") == true, "\(diagnostics.map(\.formatted))")
        }
    }
}
