import Foundation
import LenteraTesting
import Testing

/// Two `lentera build` runs on the same output at once (a scheduled rebuild and a manual
/// one): the second waits for the first, or refuses; the output is never a mix of the two.
@Suite(.serialized) struct ConcurrentBuildTests {
    /// Builds started side by side, the second a moment after the first, three times over:
    /// both succeed (the second waited) and the output is exactly what `--fresh` writes,
    /// and so is the next build's.
    @Test func twoBuildsAtOnceLeaveExactlyTheFreshTree() throws {
        try withTemporaryFolder { folder in
            let references = try BuildRun.references(in: folder)
            let work = folder.appendingPathComponent("work"), logs = folder.appendingPathComponent("logs")
            let output = work.appendingPathComponent("public")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try BuildRun.useVersion(0, in: work)
            for _ in 0..<2 { try BuildRun.build(in: work) }
            for round in 1...3 {
                let version = round % 2
                try BuildRun.useVersion(version, in: work)
                let first = try BuildRun.start(BuildRun.arguments(), in: work, logs: logs, name: "first-\(round)")
                Thread.sleep(forTimeInterval: 0.1 * Double(round))
                let second = try BuildRun.start(BuildRun.arguments(), in: work, logs: logs, name: "second-\(round)")
                first.waitUntilExit()
                second.waitUntilExit()
                #expect(first.terminationStatus == 0, "\(BuildRun.log("first-\(round).err", in: logs))")
                #expect(second.terminationStatus == 0, "\(BuildRun.log("second-\(round).err", in: logs))")
                let tree = FolderSnapshot.files(in: output)
                #expect(tree == references[version], "round \(round): \(BuildRun.difference(tree, references[version]))")
                try BuildRun.build(in: work)
                let next = FolderSnapshot.files(in: output)
                #expect(next == references[version], "the build after round \(round): \(BuildRun.difference(next, references[version]))")
            }
        }
    }

    /// With `--wait 0` a build of an output another build is writing stops at once, says
    /// which process holds the output, exits 75 and writes nothing.
    @Test func aBuildThatMayNotWaitRefusesAndNamesTheOtherBuild() throws {
        try withTemporaryFolder { folder in
            let references = try BuildRun.references(in: folder)
            let work = folder.appendingPathComponent("work"), logs = folder.appendingPathComponent("logs")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try BuildRun.useVersion(0, in: work)
            try BuildRun.build(in: work)
            try BuildRun.useVersion(1, in: work)
            let first = try BuildRun.start(BuildRun.arguments(), in: work, logs: logs, name: "first")
            // The running build writes its process id into the lock file once it holds the lock.
            let lock = work.appendingPathComponent(".public.lentera/lock")
            let deadline = Date().addingTimeInterval(10)
            while (try? String(contentsOf: lock, encoding: .utf8)) != "\(first.processIdentifier)\n" && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.005)
            }
            let second = try LenteraProcess.run(BuildRun.arguments(["--wait", "0"]), in: work)
            first.waitUntilExit()
            #expect(first.terminationStatus == 0, "\(BuildRun.log("first.err", in: logs))")
            #expect(second.status == 75)
            #expect(second.stdout == "")
            #expect(second.stderrLines == [
                "error: another build of `public` is running (process \(first.processIdentifier)) [build.busy]",
                "  hint: waited 0 s for it to finish; build again when it has, or give `--wait SECONDS` to wait longer",
                "Build refused: nothing was written.",
            ])
            #expect(FolderSnapshot.files(in: work.appendingPathComponent("public")) == references[1])
        }
    }
}
