import Foundation
import LenteraDomain
import LenteraSite
import LenteraTesting
import Testing

/// Pages whose inputs did not change are taken from a tree that holds them rather than
/// rendered again (`BuildFingerprints`, `StagedOutput.reuse`), and the result is the tree a
/// fresh build writes.
@Suite struct PageReuseTests {
    /// A portal of one unit and three services.
    static let portal = TestPortal()
        .with(TestPortal.servicePath("kedua"), SampleService.markdown(name: "Layanan Kedua"))
        .with(TestPortal.servicePath("ketiga"), SampleService.markdown(name: "Layanan Ketiga"))

    static func fresh(_ portal: TestPortal) throws -> [String: Data] { try build(portal).files }

    @Test func anUnchangedRebuildRendersNothingAndEqualsAFreshBuild() throws {
        try withTemporaryFolder { folder in
            try Self.portal.write(to: folder.appendingPathComponent("content"))
            let first = buildDoingTheWork(in: folder)
            #expect(first.succeeded)
            #expect(first.filesReused == 0, "the first build has nothing to take pages from")
            // The second build writes a new tree (no spare yet): its pages are copied from
            // the published one; the third brings the spare up to date: kept as they are.
            for round in 2...3 {
                let report = buildDoingTheWork(in: folder)
                #expect(report.succeeded)
                #expect(report.filesReused >= report.pagesWritten, "round \(round): \(report.filesReused) of \(report.pagesWritten) pages reused")
                #expect(report.filesChanged == 0 || round == 2)
            }
            #expect(FolderSnapshot.files(in: folder.appendingPathComponent("public")) == (try Self.fresh(Self.portal)))
        }
    }

    @Test func aChangedServiceRendersItsOwnPageAndTheWholeContentPagesOnly() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try Self.portal.write(to: content)
            for _ in 1...2 { #expect(buildDoingTheWork(in: folder).succeeded) }
            let before = buildDoingTheWork(in: folder)
            let edited = Self.portal.with(TestPortal.servicePath("kedua"), SampleService.markdown(name: "Layanan Kedua Diubah"))
            try edited.write(to: content)
            let report = buildDoingTheWork(in: folder)
            #expect(report.succeeded)
            // The two other services' pages are reused; the edited one and the pages made from
            // the whole content are not.
            let services = ["layanan-contoh", "ketiga"].map { "\(TestPortal.unit)/\($0)" }
            let published = FolderSnapshot.files(in: folder.appendingPathComponent("public"))
            #expect(String(decoding: published["unit/\(TestPortal.unit)/layanan/kedua/index.html"] ?? Data(), as: UTF8.self).contains("Layanan Kedua Diubah"))
            #expect(report.filesReused >= services.count)
            #expect(report.filesReused < before.filesReused, "the edited page and the whole-content pages were made again")
            #expect(published == (try Self.fresh(edited)))
        }
    }

    /// A unit's first survey result makes its `survei/` folder: the services' pages are not
    /// made from the folders beside their unit's file, and stay reused (they were all made
    /// again after every first import, found by measuring an import into a large portal).
    @Test func aNewFolderInAUnitKeepsItsServicePagesReused() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try Self.portal.write(to: content)
            for _ in 1...2 { #expect(buildDoingTheWork(in: folder).succeeded) }
            try FileManager.default.createDirectory(at: content.appendingPathComponent("units/\(TestPortal.unit)/survei"), withIntermediateDirectories: true)
            let report = SiteBuilder.build(options(in: folder))
            #expect(report.succeeded && !report.unchanged)
            #expect(report.filesReused >= 3, "the three services' pages: \(report.filesReused) reused")
            #expect(FolderSnapshot.files(in: folder.appendingPathComponent("public")) == (try Self.fresh(Self.portal)))
        }
    }

    @Test func aChangedTemplateOrDayRendersEverything() throws {
        try withTemporaryFolder { folder in
            try Self.portal.write(to: folder.appendingPathComponent("content"))
            for _ in 1...2 { #expect(buildDoingTheWork(in: folder).succeeded) }
            var later = options(in: folder, date: CalendarDate(year: 2027, month: 1, day: 5)!)
            let report = SiteBuilder.build(later)
            #expect(report.succeeded)
            #expect(report.filesReused == 0, "a new day: every page is made again")
            later.fresh = true
            let fresh = SiteBuilder.build(later)
            #expect(fresh.filesReused == 0, "--fresh reuses nothing")
        }
    }

    @Test func aPageEditedInThePublishedTreeIsNotCopiedFromIt() throws {
        try withTemporaryFolder { folder in
            try Self.portal.write(to: folder.appendingPathComponent("content"))
            #expect(buildDoingTheWork(in: folder).succeeded)
            let page = folder.appendingPathComponent("public/unit/\(TestPortal.unit)/layanan/ketiga/index.html")
            // Same size, other bytes: the stamp (change time) tells it was written since.
            let original = try Data(contentsOf: page)
            var changed = original
            changed[changed.count - 2] = changed[changed.count - 2] == 0x41 ? 0x42 : 0x41
            try changed.write(to: page)
            #expect(buildDoingTheWork(in: folder).succeeded)
            #expect(try Data(contentsOf: page) == original)
        }
    }
}
