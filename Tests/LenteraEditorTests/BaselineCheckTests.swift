import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraFiles
import LenteraSite
import LenteraTesting
import Testing
@testable import LenteraEditor

/// The check without the change, kept between saves (`BaselineCheck`): reused while the
/// folders are as it read them, never after another file changed.
@Suite struct BaselineCheckTests {
    func withStore<T>(_ portal: TestPortal = TestPortal(), _ body: (ContentStore, URL) throws -> T) throws -> T {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try portal.write(to: content)
            return try body(ContentStore(content: content), content)
        }
    }

    func renamed(_ store: ContentStore, _ name: String) throws -> (ContentTree, EditableFile) {
        let file = try store.open(TestPortal.serviceFile)
        var tree = file.tree
        tree.set(.text(name), at: FieldPath(["nama"]))
        return (tree, file)
    }

    @Test func aSaveKeepsTheCheckOfWhatItWroteAndTheNextSaveReusesIt() throws {
        try withStore { store, content in
            let (tree, file) = try renamed(store, "Layanan Satu")
            guard case .saved = try store.save(tree, as: file) else {
                Issue.record("not saved")
                return
            }
            #expect(store.baseline.reuseCount == 0)
            // What is kept is what `lentera check` says of the folder as it is now.
            var options = BuildOptions(content: content.path)
            options.displayContent = "content"
            let kept = try #require(store.baseline.reusable(store.checkedRoots, date: options.date))
            #expect(kept.diagnostics == SiteBuilder.diagnostics(options))
            let reopened = try store.open(TestPortal.serviceFile)
            var next = reopened.tree
            next.set(.text("Layanan Dua"), at: FieldPath(["nama"]))
            guard case .saved = try store.save(next, as: reopened) else {
                Issue.record("not saved")
                return
            }
            #expect(store.baseline.reuseCount == 2)
        }
    }

    /// A file broken on disk after the baseline was kept: a stale baseline would count its
    /// error as new (the change's) and refuse the save; the fresh one does not.
    @Test func theKeptCheckIsNotUsedAfterAnotherFileChangedOnDisk() throws {
        try withStore { store, content in
            let (tree, file) = try renamed(store, "Layanan Satu")
            _ = store.validate(tree, as: file)
            #expect(store.baseline.reusable(store.checkedRoots, date: BuildOptions().date) != nil)
            let other = content.appendingPathComponent(TestPortal.servicePath("lain"))
            try SampleService.markdown(name: "Lain", extra: "urutan: dua").write(to: other, atomically: false, encoding: .utf8)
            let reuses = store.baseline.reuseCount
            let validation = store.validate(tree, as: file)
            #expect(store.baseline.reuseCount == reuses)
            #expect(validation.elsewhere.isEmpty)
            #expect(validation.isValid)
            // The new baseline holds the other file's error, and is reused for the next check.
            _ = store.validate(tree, as: file)
            #expect(store.baseline.reuseCount == reuses + 1)
        }
    }

    /// A file written again with the same size in the same tick of the file system's clock
    /// keeps its stamps: the files changed just before a look are compared by content.
    @Test func aFileChangedJustBeforeTheLookIsComparedByItsBytes() throws {
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("a.md")
            try "nama: satu\n".write(to: file, atomically: false, encoding: .utf8)
            let date = BuildOptions().date
            let fingerprint = ContentFingerprint.take([folder.path], date: date)
            #expect(fingerprint.digests.keys.contains(file.path))
            #expect(fingerprint.stillHolds([folder.path], date: date))
            try "nama: dua!\n".write(to: file, atomically: false, encoding: .utf8)
            #expect(!fingerprint.stillHolds([folder.path], date: date))
        }
    }

    @Test func aNewFileOrAnotherDayIsAChange() throws {
        try withTemporaryFolder { folder in
            try "a".write(to: folder.appendingPathComponent("a.md"), atomically: false, encoding: .utf8)
            let date = BuildOptions().date
            let fingerprint = ContentFingerprint.take([folder.path], date: date)
            #expect(!fingerprint.stillHolds([folder.path], date: CalendarDate(year: 2001, month: 1, day: 1)!))
            try "b".write(to: folder.appendingPathComponent("b.md"), atomically: false, encoding: .utf8)
            #expect(!fingerprint.stillHolds([folder.path], date: date))
        }
    }

    /// After a save that another writer raced (a file changed while the check ran), the
    /// check with the change is not kept as the new baseline.
    @Test func aSaveRacedByAnotherWriterKeepsNothing() throws {
        try withStore { store, content in
            let (tree, file) = try renamed(store, "Layanan Satu")
            var racing = store
            racing.beforeRename = { _ in
                try SampleService.markdown(name: "Lain").write(to: content.appendingPathComponent(TestPortal.servicePath("lain")),
                                                               atomically: false, encoding: .utf8)
            }
            guard case .saved = try racing.save(tree, as: file) else {
                Issue.record("not saved")
                return
            }
            #expect(store.baseline.reusable(store.checkedRoots, date: BuildOptions().date) == nil)
        }
    }

    /// Made when a form is opened: the save that follows reuses it and runs one check.
    @Test func aBaselineMadeAheadIsReusedByTheSave() throws {
        try withStore { store, _ in
            #expect(store.baseline.reusable(store.checkedRoots, date: BuildOptions().date) == nil)
            store.prepareBaseline()
            let (tree, file) = try renamed(store, "Layanan Satu")
            guard case .saved = try store.save(tree, as: file) else {
                Issue.record("not saved")
                return
            }
            #expect(store.baseline.reuseCount == 1)
        }
    }

    /// The titles in a unit's list are kept by the files' stamps: a file renamed on disk
    /// shows its new title the next time.
    @Test func aListedTitleKeptByItsStampFollowsAChangeOnDisk() throws {
        try withStore { store, content in
            // Kept only for files changed more than a second before they were read.
            Thread.sleep(forTimeInterval: 1.2)
            #expect(store.files(ofUnit: TestPortal.unit).map(\.title).contains("Layanan Contoh"))
            try SampleService.markdown(name: "Layanan Berganti Nama").write(to: content.appendingPathComponent(TestPortal.serviceFile),
                                                                         atomically: false, encoding: .utf8)
            let titles = store.files(ofUnit: TestPortal.unit).map(\.title)
            #expect(titles.contains("Layanan Berganti Nama"))
            #expect(!titles.contains("Layanan Contoh"))
        }
    }
}
