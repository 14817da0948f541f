import Foundation
import LenteraSite
import LenteraTesting
import Testing

/// The folder beside the output (`.public.lentera`: the spare tree, its manifest, the
/// staging folder, the lock) and the spare in it are refused when they are links, not
/// folders, or owned by another user: nothing is written, there or where they lead.
@Suite struct UnsafeStateFolderTests {
    static let retitled = TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML.replacingOccurrences(of: "Portal Transparansi Uji", with: "Portal Baru"))

    /// Two builds, so that the state folder holds a spare and its manifest; then the
    /// content changes, so that the next build would write.
    func prepared(_ folder: URL) throws -> (output: URL, state: URL, published: [String: Data]) {
        let content = folder.appendingPathComponent("content"), output = folder.appendingPathComponent("public")
        try TestPortal().write(to: content)
        for _ in 0..<2 { #expect(buildDoingTheWork(in: folder).succeeded) }
        try Self.retitled.write(to: content)
        return (output, folder.appendingPathComponent(".public.lentera"), FolderSnapshot.files(in: output))
    }

    func expectRefused(_ folder: URL, _ words: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let report = SiteBuilder.build(options(in: folder))
        #expect(!report.succeeded, sourceLocation: sourceLocation)
        #expect(report.diagnostics.map(\.code) == ["build.unsafe-folder"], "\(report.diagnostics.map(\.formatted))", sourceLocation: sourceLocation)
        #expect(report.diagnostics.first?.summary.text(in: .en).contains(words) == true, "\(report.diagnostics.map(\.formatted))", sourceLocation: sourceLocation)
    }

    @Test func aSymlinkedStateFolderIsRefusedAndNothingIsWrittenWhereItLeads() throws {
        try withTemporaryFolder { folder in
            let (output, state, published) = try prepared(folder)
            let elsewhere = folder.appendingPathComponent("elsewhere")
            try FileManager.default.moveItem(at: state, to: elsewhere)
            try FileManager.default.createSymbolicLink(at: state, withDestinationURL: elsewhere)
            let before = FolderSnapshot.files(in: elsewhere)
            expectRefused(folder, "is a symbolic link")
            #expect(FolderSnapshot.files(in: elsewhere) == before)
            #expect(FolderSnapshot.files(in: output) == published)
        }
    }

    @Test func aSymlinkedStateFolderIsRefusedOnTheFirstBuild() throws {
        try withTemporaryFolder { folder in
            try TestPortal().write(to: folder.appendingPathComponent("content"))
            let elsewhere = folder.appendingPathComponent("elsewhere")
            try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: false)
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(".public.lentera"), withDestinationURL: elsewhere)
            expectRefused(folder, "is a symbolic link")
            #expect(FolderSnapshot.names(in: elsewhere) == [])
            #expect(FolderSnapshot.names(in: folder) == [".public.lentera", "content", "elsewhere"])
        }
    }

    @Test func aSymlinkedSpareIsRefused() throws {
        try withTemporaryFolder { folder in
            let (output, state, published) = try prepared(folder)
            let elsewhere = folder.appendingPathComponent("elsewhere")
            try FileManager.default.moveItem(at: state.appendingPathComponent("spare"), to: elsewhere)
            try FileManager.default.createSymbolicLink(at: state.appendingPathComponent("spare"), withDestinationURL: elsewhere)
            let before = FolderSnapshot.files(in: elsewhere)
            expectRefused(folder, "is a symbolic link")
            #expect(FolderSnapshot.files(in: elsewhere) == before)
            #expect(FolderSnapshot.files(in: output) == published)
        }
    }

    @Test func aStateFolderThatIsAFileIsRefused() throws {
        try withTemporaryFolder { folder in
            let (output, state, published) = try prepared(folder)
            try FileManager.default.removeItem(at: state)
            try Data("bukan folder".utf8).write(to: state)
            expectRefused(folder, "is not a folder")
            #expect(try Data(contentsOf: state) == Data("bukan folder".utf8))
            #expect(FolderSnapshot.files(in: output) == published)
        }
    }

    /// Only where the tests may change owners (as root).
    @Test func aStateFolderOwnedByAnotherUserIsRefused() throws {
        try withTemporaryFolder { folder in
            let (output, state, published) = try prepared(folder)
            guard chown(state.path, 4242, 4242) == 0 else { return }
            let before = FolderSnapshot.files(in: state)
            expectRefused(folder, "belongs to another user")
            #expect(FolderSnapshot.files(in: state) == before)
            #expect(FolderSnapshot.files(in: output) == published)
        }
    }

    /// A symbolic link as the output folder is refused: swapping the new tree in would
    /// replace the link, not the folder it leads to.
    @Test func aSymlinkedOutputFolderIsRefused() throws {
        try withTemporaryFolder { folder in
            let (output, _, published) = try prepared(folder)
            let real = folder.appendingPathComponent("real")
            try FileManager.default.moveItem(at: output, to: real)
            try FileManager.default.createSymbolicLink(at: output, withDestinationURL: real)
            expectRefused(folder, "is a symbolic link")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: output.path) == real.path)
            #expect(FolderSnapshot.files(in: real) == published)
        }
    }
}
