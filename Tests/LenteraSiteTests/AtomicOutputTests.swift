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
            #expect(buildDoingTheWork(in: folder).succeeded)
            let published = FolderSnapshot.files(in: output)
            #expect(published[Pages.service()] != nil)

            try FileManager.default.removeItem(at: content)
            try Self.broken.write(to: content)
            let report = buildDoingTheWork(in: folder)
            #expect(!report.succeeded)
            #expect(report.diagnostics.map(\.code).contains("unit.unknown-instansi"))
            #expect(FolderSnapshot.files(in: output) == published)
            #expect(FolderSnapshot.names(in: folder) == [".public.lentera", "content", "public"])
        }
    }

    @Test func aBuildThatCannotPublishRemovesItsStagingFolder() throws {
        try withTemporaryFolder { folder in
            try TestPortal().write(to: folder.appendingPathComponent("content"))
            // The output path is taken by a file: everything is rendered, then publishing fails.
            let output = folder.appendingPathComponent("public")
            try Data("bukan folder".utf8).write(to: output)
            let report = buildDoingTheWork(in: folder)
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
            #expect(buildDoingTheWork(in: folder).succeeded)
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(Pages.service("lama")).path))

            try FileManager.default.removeItem(at: content.appendingPathComponent(TestPortal.servicePath("lama")))
            #expect(buildDoingTheWork(in: folder).succeeded)
            let files = FolderSnapshot.files(in: output)
            #expect(files[Pages.service("lama")] == nil, "a page of the old site is left")
            #expect(files[Pages.service()] != nil)
            // The tree of the build before is kept as the spare, beside nothing else.
            #expect(FolderSnapshot.names(in: folder) == [".public.lentera", "content", "public"])
        }
    }

    // MARK: - Rebuilds write only what changed

    /// The published tree after a rebuild is exactly what a fresh build writes, yet only
    /// the files whose content changed were written.
    @Test func aRebuildWritesOnlyTheFilesThatChanged() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content"), output = folder.appendingPathComponent("public")
            let portal = TestPortal().with(TestPortal.servicePath("lama"), SampleService.markdown(name: "Layanan Lama"))
            try portal.write(to: content)
            let first = buildDoingTheWork(in: folder)
            #expect(first.succeeded && !first.incremental)
            // The second build brings nothing new: the spare (the tree before) is made equal
            // to it and swapped in.
            let second = buildDoingTheWork(in: folder)
            #expect(second.succeeded && !second.incremental, "the first build left no spare: its predecessor did not exist")
            let unchanged = buildDoingTheWork(in: folder)
            #expect(unchanged.incremental)
            #expect(unchanged.filesChanged == 0)
            #expect(unchanged.filesUnchanged == unchanged.filesWritten)

            // One service renamed: its page, the unit page, the indexes and the open data change.
            try SampleService.markdown(name: "Layanan Baru").write(to: content.appendingPathComponent(TestPortal.servicePath("lama")), atomically: true, encoding: .utf8)
            let before = FolderSnapshot.files(in: output)
            let rebuild = buildDoingTheWork(in: folder)
            #expect(rebuild.succeeded && rebuild.incremental)
            #expect(rebuild.filesChanged > 0)
            #expect(rebuild.filesChanged < rebuild.filesWritten / 2)
            let after = FolderSnapshot.files(in: output)
            let changed = Set(after.keys.filter { after[$0] != before[$0] })
            #expect(changed.contains(Pages.service("lama")))
            #expect(!changed.contains(Pages.service()))

            // The same content built from nothing gives the same tree.
            let fresh = folder.appendingPathComponent("fresh")
            var options = options(in: folder)
            options.outputDirectory = fresh
            #expect(SiteBuilder.build(options).succeeded)
            #expect(FolderSnapshot.files(in: fresh) == after)
        }
    }

    /// A page that is no longer produced disappears from the updated tree, with its folder.
    @Test func aRebuildRemovesPagesThatAreGone() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content"), output = folder.appendingPathComponent("public")
            try TestPortal().with(TestPortal.servicePath("lama"), SampleService.markdown(name: "Layanan Lama")).write(to: content)
            for _ in 0..<2 { #expect(buildDoingTheWork(in: folder).succeeded) }
            try FileManager.default.removeItem(at: content.appendingPathComponent(TestPortal.servicePath("lama")))
            let report = buildDoingTheWork(in: folder)
            #expect(report.incremental)
            #expect(report.filesRemoved == 1)
            let gone = output.appendingPathComponent(Pages.service("lama")).deletingLastPathComponent()
            #expect(!FileManager.default.fileExists(atPath: gone.path))
        }
    }

    /// A rebuild that fails leaves the published tree as it was, and the spare it may have
    /// half updated is not trusted again: the next build writes a fresh tree.
    @Test func aFailedRebuildIsNotTrustedAfterwards() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content"), output = folder.appendingPathComponent("public")
            try TestPortal().write(to: content)
            for _ in 0..<2 { #expect(buildDoingTheWork(in: folder).succeeded) }
            let published = FolderSnapshot.files(in: output)
            // The portal's title changes every page; the spare's home page is sabotaged (a
            // folder where the file goes), so writing fails after the spare was opened.
            let retitled = TestPortal.portalYAML.replacingOccurrences(of: "Portal Transparansi Uji", with: "Portal Baru")
            try retitled.write(to: content.appendingPathComponent(TestPortal.portalFile), atomically: true, encoding: .utf8)
            let spareHome = folder.appendingPathComponent(".public.lentera/spare/index.html")
            try FileManager.default.removeItem(at: spareHome)
            try FileManager.default.createDirectory(at: spareHome, withIntermediateDirectories: false)
            let failed = buildDoingTheWork(in: folder)
            #expect(!failed.succeeded)
            #expect(failed.diagnostics.map(\.code) == ["build.write-failed"])
            #expect(FolderSnapshot.files(in: output) == published)
            try FileManager.default.removeItem(at: spareHome)
            try TestPortal.portalYAML.write(to: content.appendingPathComponent(TestPortal.portalFile), atomically: true, encoding: .utf8)
            let next = buildDoingTheWork(in: folder)
            #expect(next.succeeded)
            #expect(!next.incremental, "a spare left by a failed build must not be trusted")
            #expect(FolderSnapshot.files(in: output) == published)
        }
    }

    /// A build that stops on a content error writes nothing into the spare, so the spare
    /// stays trusted and the build after the fix is still incremental.
    @Test func aContentErrorKeepsTheSpareTrusted() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content"), output = folder.appendingPathComponent("public")
            try TestPortal().write(to: content)
            for _ in 0..<2 { #expect(buildDoingTheWork(in: folder).succeeded) }
            let published = FolderSnapshot.files(in: output)
            try FileManager.default.removeItem(at: content)
            try Self.broken.write(to: content)
            #expect(!buildDoingTheWork(in: folder).succeeded)
            #expect(FolderSnapshot.files(in: output) == published)
            try FileManager.default.removeItem(at: content)
            try TestPortal().write(to: content)
            let next = buildDoingTheWork(in: folder)
            #expect(next.succeeded)
            #expect(next.incremental, "the spare was not touched by the failed build")
            #expect(next.filesChanged == 0)
            #expect(FolderSnapshot.files(in: output) == published)
        }
    }
}
