import Foundation
@testable import LenteraSite
import LenteraTesting
import Testing

/// The spare a `--fresh` build does not reuse is set aside as `trash-…` and deleted after
/// the publish by a process of its own: the published tree and the new spare are right, the
/// trash goes, and the deletion never reaches the spare or anything a link points to.
@Suite struct TrashRemovalTests {
    /// Seconds to wait for a background deletion before calling it lost: a bound for a hung
    /// test on a very busy machine, not a measure of speed.
    static let patience = 120.0

    /// The names in the state folder that start with `trash-`, once none is left (or the
    /// patience is spent).
    static func trashLeft(in state: URL) -> [String] {
        let start = Date()
        while true {
            let trash = FolderSnapshot.names(in: state).filter { $0.hasPrefix("trash-") }
            if trash.isEmpty || Date().timeIntervalSince(start) > patience { return trash }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    @Test func aFreshBuildPublishesTheNewTreeKeepsTheOldAsTheSpareAndTheTrashGoes() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content"), output = folder.appendingPathComponent("public")
            let state = folder.appendingPathComponent(".public.lentera")
            try TestPortal().with(TestPortal.servicePath("lama"), SampleService.markdown(name: "Layanan Lama")).write(to: content)
            // Two builds: the second keeps the first as the spare.
            for _ in 1...2 { #expect(buildDoingTheWork(in: folder).succeeded) }
            let before = FolderSnapshot.files(in: output)
            let spareBefore = try EditedOutputTests.inode(state.appendingPathComponent("spare"))

            try FileManager.default.removeItem(at: content.appendingPathComponent(TestPortal.servicePath("lama")))
            var settings = options(in: folder)
            settings.fresh = true
            let report = SiteBuilder.build(settings)
            #expect(report.succeeded)
            #expect(!report.incremental)
            #expect(FolderSnapshot.files(in: output) == (try build(TestPortal())).files)
            // The tree published before is the spare now, whole, with its manifest; the old
            // spare was not reused.
            let spare = state.appendingPathComponent("spare")
            #expect(FolderSnapshot.files(in: spare) == before)
            let spareNow = try EditedOutputTests.inode(spare)
            #expect(spareNow != spareBefore)
            #expect(FileManager.default.fileExists(atPath: state.appendingPathComponent("manifest-\(spareNow)").path))

            #expect(Self.trashLeft(in: state) == [], "the old spare was not deleted")
            #expect(FolderSnapshot.files(in: spare) == before, "the deletion touched the spare")
            // The next build trusts that spare: it writes only what changed.
            let next = buildDoingTheWork(in: folder)
            #expect(next.succeeded && next.incremental)
            #expect(FolderSnapshot.files(in: output) == (try build(TestPortal())).files)
        }
    }

    /// A build that starts while the deletion of the trash a `--fresh` build left is still
    /// running uses the spare, not the trash: both can remove the trash, neither the spare.
    @Test func aBuildRightAfterAFreshOneKeepsTheSpare() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content"), output = folder.appendingPathComponent("public")
            let state = folder.appendingPathComponent(".public.lentera")
            try TestPortal().write(to: content)
            for _ in 1...2 { #expect(buildDoingTheWork(in: folder).succeeded) }
            var settings = options(in: folder)
            settings.fresh = true
            #expect(SiteBuilder.build(settings).succeeded)
            let spare = FolderSnapshot.files(in: state.appendingPathComponent("spare"))
            let again = buildDoingTheWork(in: folder)
            #expect(again.succeeded && again.incremental)
            #expect(again.filesChanged == 0)
            #expect(Self.trashLeft(in: state) == [])
            #expect(FolderSnapshot.files(in: output) == spare)
            #expect(FolderSnapshot.files(in: state.appendingPathComponent("spare")) == spare)
        }
    }

    /// Only a `trash-…` folder is ever deleted: not the spare, not a folder named like a
    /// prefix, and a link in the trash (or a trash that is itself a link) is removed, never
    /// what it points to.
    @Test func theDeletionNeverTouchesTheSpareNorWhatALinkPointsTo() throws {
        try withTemporaryFolder { folder in
            let state = folder.appendingPathComponent(".public.lentera")
            let spare = state.appendingPathComponent("spare"), outside = folder.appendingPathComponent("elsewhere")
            for tree in [spare, outside] {
                try FileManager.default.createDirectory(at: tree.appendingPathComponent("unit"), withIntermediateDirectories: true)
                try Data("isi".utf8).write(to: tree.appendingPathComponent("unit/index.html"))
            }
            let spareFiles = FolderSnapshot.files(in: spare), outsideFiles = FolderSnapshot.files(in: outside)

            #expect(!TrashRemoval.start(spare.path))
            #expect(!TrashRemoval.start(state.appendingPathComponent("trash-").path))
            #expect(!TrashRemoval.start(state.path + "/trash-1/.."))
            #expect(!TrashRemoval.isTrash(state.path + "/trash-1/spare"))
            #expect(!TrashRemoval.isTrash(state.path + "/trash-1-2/"))
            #expect(TrashRemoval.isTrash(state.path + "/trash-1-2"))

            let trash = state.appendingPathComponent("trash-1-2"), linked = state.appendingPathComponent("trash-3-4")
            try FileManager.default.createDirectory(at: trash.appendingPathComponent("unit"), withIntermediateDirectories: true)
            try Data("alt".utf8).write(to: trash.appendingPathComponent("unit/index.html"))
            try FileManager.default.createSymbolicLink(at: trash.appendingPathComponent("link"), withDestinationURL: outside)
            try FileManager.default.createSymbolicLink(at: trash.appendingPathComponent("spare"), withDestinationURL: spare)
            try FileManager.default.createSymbolicLink(at: linked, withDestinationURL: spare)
            #expect(TrashRemoval.start(trash.path))
            #expect(TrashRemoval.start(linked.path))

            #expect(Self.trashLeft(in: state) == [])
            #expect(FolderSnapshot.files(in: spare) == spareFiles)
            #expect(FolderSnapshot.files(in: outside) == outsideFiles)
            #expect(FolderSnapshot.names(in: state) == ["spare"])
        }
    }

    /// What a deletion that was killed leaves, the next build removes under its lock.
    @Test func aTrashLeftBehindIsRemovedByTheNextBuild() throws {
        try withTemporaryFolder { folder in
            try TestPortal().write(to: folder.appendingPathComponent("content"))
            for _ in 1...2 { #expect(buildDoingTheWork(in: folder).succeeded) }
            let state = folder.appendingPathComponent(".public.lentera")
            let left = state.appendingPathComponent("trash-99999-1")
            try FileManager.default.createDirectory(at: left.appendingPathComponent("unit/a"), withIntermediateDirectories: true)
            try Data("sisa".utf8).write(to: left.appendingPathComponent("unit/a/index.html"))
            let report = buildDoingTheWork(in: folder)
            #expect(report.succeeded && report.incremental)
            #expect(!FolderSnapshot.names(in: state).contains { $0.hasPrefix("trash-") })
        }
    }
}
