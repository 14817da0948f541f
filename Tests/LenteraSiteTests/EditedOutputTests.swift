import Foundation
import LenteraSite
import LenteraTesting
import Testing

/// A file edited in the published tree (defaced, or changed by hand) is in the spare after
/// the next build. The manifest says what the build wrote, not what is there now, so the
/// spare's files are trusted only while `lstat` still gives what it gave when they were
/// written (size, modification and change time, inode): every rebuild publishes exactly
/// what a fresh build writes.
@Suite struct EditedOutputTests {
    static let defacement = Data("<script>alert(\"defaced\")</script>\n".utf8)

    /// Builds, lets `edit` change the published home page and sitemap, then rebuilds three
    /// times (the edited tree is the spare of the second rebuild): after each, the
    /// published tree is the fresh build's.
    func expectRepaired(_ edit: (URL) throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fresh = try build(TestPortal())
        try withTemporaryFolder { folder in
            try TestPortal().write(to: folder.appendingPathComponent("content"))
            let output = folder.appendingPathComponent("public")
            for _ in 1...2 { #expect(buildDoingTheWork(in: folder).succeeded, sourceLocation: sourceLocation) }
            // A page written whole, and the sitemap, streamed.
            for file in [Pages.home, "sitemap.xml"] {
                let page = output.appendingPathComponent(file)
                try edit(page)
                #expect(try Data(contentsOf: page) != fresh.files[file], "the edit changed nothing", sourceLocation: sourceLocation)
            }
            for round in 1...3 {
                let report = buildDoingTheWork(in: folder)
                #expect(report.succeeded, "rebuild \(round): \(report.diagnostics.map(\.formatted))", sourceLocation: sourceLocation)
                #expect(FolderSnapshot.files(in: output) == fresh.files, "rebuild \(round) published the edited page", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func aPageGivenMoreBytesIsRepaired() throws {
        try expectRepaired { page in
            let file = try FileHandle(forWritingTo: page)
            try file.seekToEnd()
            try file.write(contentsOf: Self.defacement)
            try file.close()
        }
    }

    /// Same size, other bytes, written in place (same inode): the modification time tells.
    @Test func aPageOverwrittenInPlaceWithAsManyBytesIsRepaired() throws {
        try expectRepaired { page in
            let original = try Data(contentsOf: page)
            let replaced = Data(String(repeating: "x", count: original.count).utf8)
            let file = try FileHandle(forWritingTo: page)
            try file.write(contentsOf: replaced)
            try file.close()
            // A modification time surely different from the build's (clocks are coarse).
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: page.path)
        }
    }

    /// Same size, other bytes, and the old modification time put back (`touch -r`): the
    /// change time, which no one can set, still tells.
    @Test func aPageEditedWithItsTimeRestoredIsRepaired() throws {
        try expectRepaired { page in
            let original = try Data(contentsOf: page)
            let modified = try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as! Date
            Thread.sleep(forTimeInterval: 0.05)
            try Data(String(repeating: "y", count: original.count).utf8).write(to: page, options: [])
            try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: page.path)
        }
    }

    /// A page replaced by another file (a new inode) of the same size and time.
    @Test func aPageReplacedByAnotherFileIsRepaired() throws {
        try expectRepaired { page in
            let original = try Data(contentsOf: page)
            let modified = try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as! Date
            try FileManager.default.removeItem(at: page)
            try Data(String(repeating: "z", count: original.count).utf8).write(to: page, options: .withoutOverwriting)
            try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: page.path)
        }
    }

    /// A manifest of version 2 (no stamps) is not trusted: the build writes a new tree.
    /// Regression (issue 11): a page planted in the published tree (no build wrote it) was
    /// published again by every other build, since the spare removed only what its manifest
    /// listed. A spare holding a file its manifest does not list is not trusted.
    @Test func aPagePlantedInThePublishedTreeIsRemoved() throws {
        let fresh = try build(TestPortal())
        try withTemporaryFolder { folder in
            try TestPortal().write(to: folder.appendingPathComponent("content"))
            let output = folder.appendingPathComponent("public")
            for _ in 1...2 { #expect(buildDoingTheWork(in: folder).succeeded) }
            try Self.defacement.write(to: output.appendingPathComponent("evil.html"))
            try Self.defacement.write(to: output.appendingPathComponent("unit/evil.html"))
            for round in 1...3 {
                #expect(buildDoingTheWork(in: folder).succeeded)
                #expect(FolderSnapshot.files(in: output) == fresh.files, "rebuild \(round) published a planted page")
            }
        }
    }

    @Test func anOlderManifestIsNotTrusted() throws {
        try withTemporaryFolder { folder in
            try TestPortal().write(to: folder.appendingPathComponent("content"))
            for _ in 1...2 { #expect(buildDoingTheWork(in: folder).succeeded) }
            let state = folder.appendingPathComponent(".public.lentera")
            let spareInode = try Self.inode(state.appendingPathComponent("spare"))
            let manifest = state.appendingPathComponent("manifest-\(spareInode)")
            let text = try String(contentsOf: manifest, encoding: .utf8)
            #expect(text.hasPrefix("lentera-manifest 4\n"))
            // Version 3: `hash size inode modified changed path`, without the fingerprint.
            let older = text.split(separator: "\n").dropFirst().map { line in
                let parts = line.split(separator: " ", maxSplits: 6)
                return "\(parts[0]) \(parts[1]) \(parts[3]) \(parts[4]) \(parts[5]) \(parts[6])"
            }
            try (["lentera-manifest 3"] + older).joined(separator: "\n").appending("\n").write(to: manifest, atomically: true, encoding: .utf8)
            let report = buildDoingTheWork(in: folder)
            #expect(report.succeeded)
            #expect(!report.incremental)
            #expect(FolderSnapshot.files(in: folder.appendingPathComponent("public")) == (try build(TestPortal())).files)
            #expect(buildDoingTheWork(in: folder).incremental, "the build after it trusts its own manifest")
        }
    }

    static func inode(_ url: URL) throws -> UInt64 {
        try #require((try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.uint64Value)
    }
}
