import Foundation
import LenteraContent
import LenteraTesting
import Testing
@testable import LenteraEditor

#if os(Linux)
/// A save killed midway, for real: this test binary runs itself again as a child process
/// whose one test saves a file with `LENTERA_TEST_PAUSE_BEFORE_RENAME` set, so that the save
/// stops between its synced temporary and the rename and says so in a marker file; the
/// parent waits for the marker (not for a time), kills the child with SIGKILL, and looks
/// at what is left.
@Suite struct KilledSaveTests {
    /// Set only in the child's environment: the content folder it saves into.
    static let childVariable = "LENTERA_TEST_KILLED_SAVE_CONTENT"
    static let newName = "Layanan Ubahan Sebelum Dimatikan"

    @Test func aSaveKilledBeforeTheRenameLeavesTheOldFileAndTheNextSaveSucceeds() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try TestPortal().write(to: content)
            let service = content.appendingPathComponent(TestPortal.serviceFile)
            let before = try Data(contentsOf: service)
            let marker = folder.appendingPathComponent("berhenti.txt")
            let log = folder.appendingPathComponent("anak.log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)

            let child = Process()
            child.executableURL = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            child.arguments = ["--filter", "KilledSaveTests/childSavesUntilKilled", "--testing-library", "swift-testing"]
            var environment = ProcessInfo.processInfo.environment
            environment[Self.childVariable] = content.path
            environment[ContentStore.pauseVariable] = marker.path
            child.environment = environment
            let output = try FileHandle(forWritingTo: log)
            child.standardOutput = output
            child.standardError = output
            try child.run()
            defer { if child.isRunning { kill(child.processIdentifier, SIGKILL) } }

            // A busy machine may take long to start the child: wait for its marker.
            let deadline = Date().addingTimeInterval(300)
            while !FileManager.default.fileExists(atPath: marker.path) && child.isRunning && Date() < deadline {
                usleep(20_000)
            }
            let paused = FileManager.default.fileExists(atPath: marker.path)
            #expect(paused, "the child's save reached the point before the rename; its output: \(String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self).suffix(2000))")
            guard paused else { return }
            #expect(kill(child.processIdentifier, SIGKILL) == 0)
            child.waitUntilExit()
            #expect(child.terminationReason == .uncaughtSignal && child.terminationStatus == SIGKILL)

            // The old file is whole; the new text was all in the temporary, which no load reads.
            #expect(try Data(contentsOf: service) == before)
            let layanan = service.deletingLastPathComponent()
            let temporary = try String(contentsOf: marker, encoding: .utf8)
            #expect(temporary.hasPrefix(ContentStore.temporaryPrefix))
            #expect(try String(contentsOf: layanan.appendingPathComponent(temporary), encoding: .utf8).contains("nama: \(Self.newName)"))
            #expect(ContentLoader(root: content).load().diagnostics.isEmpty)

            // The next save is not held by the dead one's lock, succeeds, and removes the temporary.
            let store = ContentStore(content: content)
            let file = try store.open(TestPortal.serviceFile)
            var tree = file.tree
            tree.set(.text("Layanan Sesudahnya"), at: FieldPath(["nama"]))
            let started = Date()
            guard case .saved = try store.save(tree, as: file) else {
                Issue.record("the save after the killed one was not made")
                return
            }
            #expect(Date().timeIntervalSince(started) < ContentStore.lockWait)
            #expect(try String(contentsOf: service, encoding: .utf8).contains("nama: Layanan Sesudahnya"))
            #expect(FolderSnapshot.names(in: layanan) == [PathText.lastComponent(TestPortal.serviceFile)])
        }
    }

    /// The child's part; runs only in the child (its environment names the content folder).
    @Test(.enabled(if: ProcessInfo.processInfo.environment[KilledSaveTests.childVariable] != nil))
    func childSavesUntilKilled() throws {
        let content = URL(fileURLWithPath: try #require(ProcessInfo.processInfo.environment[Self.childVariable]))
        let store = ContentStore(content: content)
        let file = try store.open(TestPortal.serviceFile)
        var tree = file.tree
        tree.set(.text(Self.newName), at: FieldPath(["nama"]))
        _ = try store.save(tree, as: file)
        Issue.record("the save was not paused before its rename")
    }
}
#endif
