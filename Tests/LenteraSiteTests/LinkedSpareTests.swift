import Foundation
import LenteraSite
import LenteraTesting
import Testing

/// A symbolic link planted in the published tree (by a deploy tool, or anyone else who may
/// write there) is in the spare two builds later. The build that updates that spare never
/// follows it: nothing outside the output changes, and the site is what a fresh build writes.
@Suite struct LinkedSpareTests {
    static let retitled = UnsafeStateFolderTests.retitled

    @Test func linksPlantedInThePublishedTreeAreNeverFollowed() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content"), output = folder.appendingPathComponent("public")
            let outside = folder.appendingPathComponent("outside")
            try TestPortal().write(to: content)
            #expect(SiteBuilder.build(options(in: folder)).succeeded)
            try Self.retitled.write(to: content)
            #expect(SiteBuilder.build(options(in: folder)).succeeded)

            // A file the next builds write, and a folder they write into, become links to
            // a folder outside the output that holds files of the same names.
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            let page = output.appendingPathComponent(Pages.home)
            try Data("jangan diubah".utf8).write(to: outside.appendingPathComponent("index.html"))
            try FileManager.default.removeItem(at: page)
            try FileManager.default.createSymbolicLink(at: page, withDestinationURL: outside.appendingPathComponent("index.html"))
            let maklumat = output.appendingPathComponent("unit/\(TestPortal.unit)/maklumat")
            try FileManager.default.moveItem(at: maklumat, to: outside.appendingPathComponent("maklumat"))
            try Data("jangan dihapus".utf8).write(to: outside.appendingPathComponent("maklumat/catatan.txt"))
            try FileManager.default.createSymbolicLink(at: maklumat, withDestinationURL: outside.appendingPathComponent("maklumat"))
            let before = FolderSnapshot.files(in: outside)

            // The first build updates the other spare; the second, the tree with the links.
            try TestPortal().write(to: content)
            for round in 1...2 {
                let report = SiteBuilder.build(options(in: folder))
                #expect(report.succeeded, "build \(round): \(report.diagnostics.map(\.formatted))")
                #expect(FolderSnapshot.files(in: outside) == before, "build \(round) wrote outside the output")
            }
            let fresh = try build(TestPortal())
            #expect(FolderSnapshot.files(in: output) == fresh.files)
            #expect(Self.links(in: output) == [])
            // And the tree with the links, now the spare, is not trusted again either.
            try Self.retitled.write(to: content)
            #expect(SiteBuilder.build(options(in: folder)).succeeded)
            #expect(FolderSnapshot.files(in: outside) == before)
            #expect(FolderSnapshot.files(in: output) == (try build(Self.retitled)).files)
            #expect(Self.links(in: output) == [])
        }
    }

    /// The symbolic links under `folder`, by relative path (links are not followed).
    static func links(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [String] = []
        for case let relative as String in enumerator {
            var info = stat()
            if lstat(folder.appendingPathComponent(relative).path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK { found.append(relative) }
        }
        return found.sorted()
    }
}
