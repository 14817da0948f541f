import Foundation
import LenteraSite
import LenteraTesting
import Testing

/// A build replaces the published folder only when every file was written: a failed
/// build leaves it exactly as it was, and nothing is left beside it.
@Suite struct AtomicOutputTests {
    static let broken = TestPortal().with(TestPortal.unitFile, TestPortal.unitMarkdown("Dinas Contoh", instansi: "kota-tidak-ada"))

    @Test func aFailedBuildLeavesThePublishedSiteByteForByte() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content"), output = folder.appendingPathComponent("public")
            try TestPortal().write(to: content)
            #expect(SiteBuilder.build(options(in: folder)).succeeded)
            let published = FolderSnapshot.files(in: output)
            #expect(published[Pages.service()] != nil)

            try FileManager.default.removeItem(at: content)
            try Self.broken.write(to: content)
            let report = SiteBuilder.build(options(in: folder))
            #expect(!report.succeeded)
            #expect(report.diagnostics.map(\.code).contains("unit.unknown-instansi"))
            #expect(FolderSnapshot.files(in: output) == published)
            #expect(FolderSnapshot.names(in: folder) == ["content", "public"])
        }
    }

    @Test func aBuildThatCannotPublishRemovesItsStagingFolder() throws {
        try withTemporaryFolder { folder in
            try TestPortal().write(to: folder.appendingPathComponent("content"))
            // The output path is taken by a file: everything is rendered, then publishing fails.
            let output = folder.appendingPathComponent("public")
            try Data("bukan folder".utf8).write(to: output)
            let report = SiteBuilder.build(options(in: folder))
            #expect(!report.succeeded)
            #expect(report.diagnostics.map(\.code) == ["build.write-failed"])
            #expect(try Data(contentsOf: output) == Data("bukan folder".utf8))
            #expect(FolderSnapshot.names(in: folder) == ["content", "public"])
        }
    }

    @Test func aSuccessfulRebuildReplacesTheWholeSite() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content"), output = folder.appendingPathComponent("public")
            try TestPortal().with(TestPortal.servicePath("lama"), SampleService.markdown(name: "Layanan Lama")).write(to: content)
            #expect(SiteBuilder.build(options(in: folder)).succeeded)
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(Pages.service("lama")).path))

            try FileManager.default.removeItem(at: content.appendingPathComponent(TestPortal.servicePath("lama")))
            #expect(SiteBuilder.build(options(in: folder)).succeeded)
            let files = FolderSnapshot.files(in: output)
            #expect(files[Pages.service("lama")] == nil, "a page of the old site is left")
            #expect(files[Pages.service()] != nil)
            #expect(FolderSnapshot.names(in: folder) == ["content", "public"])
        }
    }
}
