import Foundation
import LenteraFiles
import LenteraServe
import LenteraTesting
import Testing

/// The preview brings the page of one edited service up to date without a build when the
/// edit shows on that page alone (`SiteBuilder.update`), and builds for anything else.
@Suite struct PreviewQuickUpdateTests {
    static let servicePage = "/unit/\(TestPortal.unit)/layanan/\(TestPortal.service)/"

    static func rebuilds(_ preview: RunningPreview) -> Int {
        preview.events.all.filter { if case .rebuilding = $0 { true } else { false } }.count
    }

    static func requirements(_ text: String) -> String {
        SampleService.markdown(replacing: ["persyaratan": "persyaratan:\n  - Surat permohonan\n  - \(text)"])
    }

    @Test func aServicesWordingIsUpdatedWithoutABuildAndItsNameWithOne() async throws {
        let preview = try await RunningPreview.start(TestPortal())
        defer { Task { await preview.stop() } }
        var token = try #require(try await preview.get(Self.servicePage).token)

        // Written in place, then through a new file renamed over it (the folder changes too).
        for (text, atomically) in [("Fotokopi KTP-el terbaru", false), ("Pas foto berwarna", true)] {
            let current = token
            async let next = preview.nextBuild(after: current)
            try await Task.sleep(for: .milliseconds(200))
            try Data(Self.requirements(text).utf8).write(to: preview.content.appendingPathComponent(TestPortal.serviceFile),
                                                          options: atomically ? .atomic : [])
            token = try await next
            #expect(try await preview.get(Self.servicePage).body.contains(text))
            #expect(Self.rebuilds(preview) == 0, "\(text): built, not updated")
        }

        // A new name shows on the unit's page too: built.
        let current = token
        async let next = preview.nextBuild(after: current)
        try await Task.sleep(for: .milliseconds(200))
        try preview.save(TestPortal.serviceFile, SampleService.markdown(name: "Layanan Bernama Baru"))
        _ = try await next
        #expect(Self.rebuilds(preview) == 1)
        #expect(try await preview.get("/unit/\(TestPortal.unit)/").body.contains("Layanan Bernama Baru"))
        await preview.stop()
    }

    /// What the preview counts as changed between two looks at the folders.
    @Test func differencesBetweenTwoLooks() throws {
        try withTemporaryFolder { folder in
            let root = folder.path
            let file = folder.appendingPathComponent("a/b.md")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("satu".utf8).write(to: file)
            let before = FolderStamps.look(at: [root])
            #expect(FolderStamps.look(at: [root]).differences(since: before).isEmpty)
            // Renamed over: the file, not its folder.
            try Data("dua".utf8).write(to: file, options: .atomic)
            let after = FolderStamps.look(at: [root])
            #expect(after.differences(since: before) == [file.path])
            // Added and removed entries; a folder made anew under the same name (the system
            // may give it the old inode back: what was in it is counted then).
            try Data("tiga".utf8).write(to: folder.appendingPathComponent("a/c.md"))
            try FileManager.default.removeItem(at: file)
            #expect(FolderStamps.look(at: [root]).differences(since: after) == [file.path, folder.appendingPathComponent("a/c.md").path])
            try FileManager.default.removeItem(at: folder.appendingPathComponent("a"))
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("a"), withIntermediateDirectories: true)
            #expect(FolderStamps.look(at: [root]).differences(since: after).contains(file.path))
            // A folder whose permissions changed is a difference of its own.
            let again = FolderStamps.look(at: [root])
            chmod(folder.appendingPathComponent("a").path, 0o500)
            defer { chmod(folder.appendingPathComponent("a").path, 0o755) }
            #expect(FolderStamps.look(at: [root]).differences(since: again) == [folder.appendingPathComponent("a").path])
        }
    }
}
