import Foundation
import LenteraDiagnostics
import LenteraDomain
import LenteraSite
import LenteraTesting
import Testing

/// The preview's update of one edited service page (`SiteBuilder.update`): the published
/// tree it leaves is the one a fresh build gives, a build after it is right too, and every
/// edit that can show on another page, or in the report, is refused (the caller builds).
@Suite struct QuickUpdateTests {
    static let portal = ContentCacheTests.portal
    static let ketiga = TestPortal.servicePath("ketiga")
    static let page = "unit/\(TestPortal.unit)/layanan/ketiga/index.html"

    /// The default settling (a second): every file was written moments ago, so the memory
    /// must hold services the cache file would not.
    static func options(in folder: URL) -> BuildOptions {
        var options = LenteraSiteTests.options(in: folder)
        options.keepsMemory = true
        return options
    }

    static func built(_ folder: URL) throws -> BuildMemory {
        try Self.portal.write(to: folder.appendingPathComponent("content"))
        let report = SiteBuilder.build(options(in: folder))
        #expect(report.succeeded)
        return try #require(report.memory, "a build asked to keep its memory gives it")
    }

    static func requirements(_ text: String) -> String {
        SampleService.markdown(name: "Layanan Ketiga", replacing: ["persyaratan": "persyaratan:\n  - Surat permohonan\n  - \(text)"])
    }

    static func published(_ folder: URL) -> [String: Data] {
        FolderSnapshot.files(in: folder.appendingPathComponent("public"))
    }

    @Test func anEditedTextIsOnItsPageAsAFreshBuildMakesIt() throws {
        try withTemporaryFolder { folder in
            let memory = try Self.built(folder)
            let before = Self.published(folder)
            try ContentCacheTests.write(Self.requirements("Fotokopi KTP-el terbaru"), to: Self.ketiga, in: folder)
            let report = try #require(SiteBuilder.update(Self.options(in: folder), memory: memory, changed: Self.ketiga))
            #expect(report.succeeded && report.filesChanged == 1)
            let after = Self.published(folder)
            #expect(String(decoding: after[Self.page] ?? Data(), as: UTF8.self).contains("Fotokopi KTP-el terbaru"))
            #expect(after.filter { before[$0.key] != $0.value }.keys.sorted() == [Self.page], "one page changed, no other")
            ContentCacheTests.expectSameAsFresh(report, in: folder)

            // A second edit with the memory the first gave, then a build: the tree's manifest,
            // kept in memory and written before the build, holds the page as written, so the
            // build takes every page from that tree (it has no spare yet) rather than making it.
            try ContentCacheTests.write(Self.requirements("Pas foto berwarna"), to: Self.ketiga, in: folder)
            let next = try #require(report.memory)
            #expect(next.needsSettling)
            let second = try #require(SiteBuilder.update(Self.options(in: folder), memory: next, changed: Self.ketiga))
            #expect(second.filesChanged == 1)
            ContentCacheTests.expectSameAsFresh(second, in: folder)
            SiteBuilder.settle(Self.options(in: folder), memory: try #require(second.memory))
            let rebuilt = SiteBuilder.build(Self.options(in: folder))
            #expect(rebuilt.succeeded && rebuilt.filesReused >= rebuilt.pagesWritten, "\(rebuilt.filesReused) of \(rebuilt.pagesWritten)")
            ContentCacheTests.expectSameAsFresh(rebuilt, in: folder)
            try ContentCacheTests.write(Self.requirements("Fotokopi KTP-el terbaru"), to: Self.ketiga, in: folder)
            let again = SiteBuilder.build(Self.options(in: folder))
            #expect(again.succeeded && again.incremental)
            ContentCacheTests.expectSameAsFresh(again, in: folder)
        }
    }

    /// Without `settle`, the updated tree has no manifest: the build after it does not
    /// trust it (it makes the pages again) and is still right; an update with the memory
    /// of before the first update is refused (the tree is no longer as that memory knows it).
    @Test func aTreeLeftWithoutItsManifestIsNotTrusted() throws {
        try withTemporaryFolder { folder in
            let memory = try Self.built(folder)
            try ContentCacheTests.write(Self.requirements("Fotokopi KTP-el terbaru"), to: Self.ketiga, in: folder)
            let report = try #require(SiteBuilder.update(Self.options(in: folder), memory: memory, changed: Self.ketiga))
            #expect(SiteBuilder.update(Self.options(in: folder), memory: memory, changed: Self.ketiga) == nil)
            let rebuilt = SiteBuilder.build(Self.options(in: folder))
            #expect(rebuilt.succeeded && rebuilt.filesReused == 0, "\(rebuilt.filesReused) pages taken from a tree without a manifest")
            ContentCacheTests.expectSameAsFresh(rebuilt, in: folder)
            #expect(report.memory?.needsSettling == true)
        }
    }

    @Test func aFileSavedAsItWasChangesNothing() throws {
        try withTemporaryFolder { folder in
            let memory = try Self.built(folder)
            let before = Self.published(folder)
            try ContentCacheTests.write(SampleService.markdown(name: "Layanan Ketiga"), to: Self.ketiga, in: folder)
            let report = try #require(SiteBuilder.update(Self.options(in: folder), memory: memory, changed: Self.ketiga))
            #expect(report.filesChanged == 0)
            #expect(Self.published(folder) == before)
        }
    }

    /// Each of these shows somewhere else than the service's own page, or in the report.
    @Test(arguments: [
        ("a new name", SampleService.markdown(name: "Layanan Ketiga Baru")),
        ("a new warning", SampleService.markdown(name: "Layanan Ketiga", extra: "diperbarui: 2019-05-06")),
        ("an error", "---\nnama: [tidak ditutup\n---\n"),
        ("a link to a page that does not exist", requirements("Lihat [panduan](/tidak-ada/)")),
    ])
    func anEditThatShowsElsewhereIsBuilt(what: String, text: String) throws {
        try withTemporaryFolder { folder in
            let memory = try Self.built(folder)
            let before = Self.published(folder)
            try ContentCacheTests.write(text, to: Self.ketiga, in: folder)
            #expect(SiteBuilder.update(Self.options(in: folder), memory: memory, changed: Self.ketiga) == nil, "\(what)")
            #expect(Self.published(folder) == before, "\(what): nothing written")
        }
    }

    @Test func otherFilesOptionsAndTreesAreBuilt() throws {
        try withTemporaryFolder { folder in
            let memory = try Self.built(folder)
            try ContentCacheTests.write(Self.requirements("Fotokopi KTP-el terbaru"), to: Self.ketiga, in: folder)
            // Not a service file; a service file that does not exist.
            #expect(SiteBuilder.update(Self.options(in: folder), memory: memory, changed: "portal.yaml") == nil)
            #expect(SiteBuilder.update(Self.options(in: folder), memory: memory, changed: TestPortal.servicePath("keempat")) == nil)
            // Another day, another base address, --fresh.
            var other = Self.options(in: folder)
            other.date = CalendarDate(iso: "2027-01-02")!
            #expect(SiteBuilder.update(other, memory: memory, changed: Self.ketiga) == nil)
            other = Self.options(in: folder)
            other.baseURL = "https://lain.example.go.id/"
            #expect(SiteBuilder.update(other, memory: memory, changed: Self.ketiga) == nil)
            other = Self.options(in: folder)
            other.fresh = true
            #expect(SiteBuilder.update(other, memory: memory, changed: Self.ketiga) == nil)
            // Another tree published since (a build by another process): the memory is not its.
            var build = Self.options(in: folder)
            build.keepsMemory = false
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(".public.lentera/record"))
            #expect(SiteBuilder.build(build).succeeded)
            #expect(SiteBuilder.update(Self.options(in: folder), memory: memory, changed: Self.ketiga) == nil)
        }
    }

    @Test func aServiceReplacedByALinkIsBuilt() throws {
        try withTemporaryFolder { folder in
            let memory = try Self.built(folder)
            let content = folder.appendingPathComponent("content")
            let outside = folder.appendingPathComponent("luar.md")
            try Data(Self.requirements("Fotokopi KTP-el terbaru").utf8).write(to: outside)
            let file = content.appendingPathComponent(Self.ketiga)
            try FileManager.default.removeItem(at: file)
            try FileManager.default.createSymbolicLink(at: file, withDestinationURL: outside)
            #expect(SiteBuilder.update(Self.options(in: folder), memory: memory, changed: Self.ketiga) == nil)
        }
    }

    /// Through a link, one file's bytes make two pages: a portal whose load followed a link
    /// keeps no memory, so an edit there is always built.
    @Test func aPortalWithALinkKeepsNoMemory() throws {
        try withTemporaryFolder { folder in
            try Self.portal.write(to: folder.appendingPathComponent("content"))
            let link = folder.appendingPathComponent("content").appendingPathComponent(TestPortal.servicePath("keempat"))
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "ketiga.md")
            let report = SiteBuilder.build(Self.options(in: folder))
            #expect(report.succeeded, "\(report.diagnostics.map { $0.formatted(in: .en) })")
            #expect(report.memory == nil)
        }
    }

    /// A build that failed keeps no memory, and one not asked to keep it gives none.
    @Test func onlyASuccessfulBuildAskedForItKeepsMemory() throws {
        try withTemporaryFolder { folder in
            try Self.portal.write(to: folder.appendingPathComponent("content"))
            #expect(SiteBuilder.build(LenteraSiteTests.options(in: folder)).memory == nil)
            try ContentCacheTests.write("---\nnama: [tidak ditutup\n---\n", to: Self.ketiga, in: folder)
            let failed = SiteBuilder.build(Self.options(in: folder))
            #expect(!failed.succeeded && failed.memory == nil)
        }
    }
}
