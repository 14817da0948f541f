import Foundation
import LenteraDomain
import LenteraSite
import LenteraTesting
import Testing

/// A build with nothing to do (`BuildRecord`): found out from the folders' stamps alone,
/// the published tree left as it is, the last build's report given again; anything changed,
/// or a record that cannot be trusted, and the build does its work.
@Suite struct UnchangedBuildTests {
    static let portal = TestPortal()
        // A warning (`diperbarui` before the decree), so that the report has one to give again.
        .with(TestPortal.servicePath("kedua"), SampleService.markdown(name: "Layanan Kedua", extra: "diperbarui: 2001-01-01"))

    static func inode(_ path: String) -> UInt64? {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    @Test func nothingChangedLeavesThePublishedTreeAndGivesTheSameReport() throws {
        try withTemporaryFolder { folder in
            try Self.portal.write(to: folder.appendingPathComponent("content"))
            let first = SiteBuilder.build(options(in: folder))
            #expect(first.succeeded)
            #expect(!first.unchanged)
            #expect(first.diagnostics.warningCount > 0)
            let public_ = folder.appendingPathComponent("public").path
            let published = Self.inode(public_)
            let before = FolderSnapshot.files(in: folder.appendingPathComponent("public"))
            let second = SiteBuilder.build(options(in: folder))
            #expect(second.succeeded)
            #expect(second.unchanged)
            #expect(Self.inode(public_) == published, "no new tree swapped in")
            #expect(second.diagnostics == first.diagnostics)
            #expect(second.pagesWritten == first.pagesWritten && second.filesWritten == first.filesWritten)
            #expect(FolderSnapshot.files(in: folder.appendingPathComponent("public")) == before)
        }
    }

    @Test(arguments: ["touch", "edit", "add", "remove", "template", "date", "fresh", "damaged", "cut", "link"])
    func anyChangeOrAnUntrustedRecordMakesTheBuildDoItsWork(_ change: String) throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try Self.portal.write(to: content)
            let templates = folder.appendingPathComponent("templates")
            try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
            var settings = BuildOptions(content: content.path, templates: templates.path,
                                        output: folder.appendingPathComponent("public").path, date: testDay)
            #expect(SiteBuilder.build(settings).succeeded)
            #expect(SiteBuilder.build(settings).unchanged, "the build after it has nothing to do")
            let service = content.appendingPathComponent(TestPortal.serviceFile)
            let record = folder.appendingPathComponent(".public.lentera/record")
            var expected = Self.portal
            switch change {
            case "touch":
                try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: service.path)
            case "edit":
                expected = Self.portal.with(TestPortal.serviceFile, SampleService.markdown(name: "Layanan Diubah"))
                try expected.write(to: content)
            case "add":
                expected = Self.portal.with(TestPortal.servicePath("baru"), SampleService.markdown(name: "Layanan Baru"))
                try expected.write(to: content)
            case "remove":
                expected = Self.portal.without(TestPortal.servicePath("kedua"))
                try FileManager.default.removeItem(at: content.appendingPathComponent(TestPortal.servicePath("kedua")))
            case "template":
                try Data("<!-- tema -->".utf8).write(to: templates.appendingPathComponent("catatan.txt"))
            case "date":
                settings.date = CalendarDate(year: 2027, month: 2, day: 3)!
            case "fresh":
                settings.fresh = true
            case "damaged":
                var bytes = try Data(contentsOf: record)
                bytes[bytes.count / 2] ^= 0x01
                try bytes.write(to: record)
            case "cut":
                let bytes = try Data(contentsOf: record)
                try bytes.prefix(bytes.count - 3).write(to: record)
            case "link":
                let elsewhere = folder.appendingPathComponent("elsewhere")
                try FileManager.default.moveItem(at: record, to: elsewhere)
                try FileManager.default.createSymbolicLink(at: record, withDestinationURL: elsewhere)
            default:
                Issue.record("unknown change \(change)")
            }
            let report = SiteBuilder.build(settings)
            #expect(report.succeeded)
            #expect(!report.unchanged, "\(change): the build did its work")
            if change != "date" {
                #expect(FolderSnapshot.files(in: folder.appendingPathComponent("public")) == (try build(expected).files), "\(change)")
            }
            #expect(SiteBuilder.build(settings).unchanged == (change != "fresh"), "\(change): the build after it has nothing to do again")
        }
    }

    @Test func aFailedBuildLeavesNoRecordBehind() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try Self.portal.write(to: content)
            #expect(SiteBuilder.build(options(in: folder)).succeeded)
            try Self.portal.with(TestPortal.serviceFile, "---\nnama: [rusak\n---\n").write(to: content)
            #expect(!SiteBuilder.build(options(in: folder)).succeeded)
            try Self.portal.write(to: content)
            // The content is back as it was, but its files are new: the build does its work,
            // and its result is the portal's.
            let report = SiteBuilder.build(options(in: folder))
            #expect(report.succeeded && !report.unchanged)
            #expect(FolderSnapshot.files(in: folder.appendingPathComponent("public")) == (try build(Self.portal).files))
        }
    }
}
