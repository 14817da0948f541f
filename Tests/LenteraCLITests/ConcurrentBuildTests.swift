import Foundation
import LenteraTesting
import Testing

/// Two `lentera build` runs on the same output at once (a scheduled rebuild and a manual
/// one): the second waits for the first, or refuses; the output is never a mix of the two.
/// The first is held (SIGSTOP) while it holds the lock, so the two always overlap.
@Suite(.serialized) struct ConcurrentBuildTests {
    /// Two builds of different content into one output, the second started while the
    /// first holds the output's lock (held there: the first is stopped with SIGSTOP until
    /// the second has started, so the two overlap however loaded the machine is). The
    /// second waits and says so, naming the first; the output is exactly the fresh tree of
    /// the second's content (never the first's, never a mix), and so is the next build's.
    /// Twice, each version once first.
    @Test func twoBuildsAtOnceLeaveExactlyTheFreshTreeOfTheLastOne() throws {
        try withTemporaryFolder { folder in
            let references = try BuildRun.references(in: folder)
            #expect(references[0] != references[1])
            let work = folder.appendingPathComponent("work"), logs = folder.appendingPathComponent("logs")
            let output = work.appendingPathComponent("public")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            for version in 0...1 { try BuildRun.useVersion(version, in: work, content: "content-\(version)") }
            for version in 0...1 { try BuildRun.build(in: work, ["--content", "content-\(version)"]) }
            for (round, (early, late)) in [(0, 1), (1, 0)].enumerated() {
                // `--fresh`: the first build always has work to do (in the second round its
                // content is the one last built, which a build would find unchanged).
                let first = try BuildRun.start(BuildRun.arguments(content: "content-\(early)", ["--fresh"]), in: work, logs: logs, name: "first-\(round)")
                try #require(BuildRun.holdsLock(first, in: work), "the first build never held the lock: \(BuildRun.log("first-\(round).err", in: logs))")
                kill(first.processIdentifier, SIGSTOP)
                let second = try BuildRun.start(BuildRun.arguments(content: "content-\(late)", ["--wait", "60"]), in: work, logs: logs, name: "second-\(round)")
                // The second starts and finds the lock taken (it cannot finish meanwhile).
                Thread.sleep(forTimeInterval: 0.5)
                #expect(second.isRunning)
                kill(first.processIdentifier, SIGCONT)
                first.waitUntilExit()
                second.waitUntilExit()
                #expect(first.terminationStatus == 0, "\(BuildRun.log("first-\(round).err", in: logs))")
                #expect(second.terminationStatus == 0, "\(BuildRun.log("second-\(round).err", in: logs))")
                let said = BuildRun.log("second-\(round).out", in: logs)
                #expect(said.hasPrefix("Waited for another build of `public` (process \(first.processIdentifier)) to finish.\n"), "\(said)")
                #expect(!BuildRun.log("first-\(round).out", in: logs).contains("Waited"))
                let tree = FolderSnapshot.files(in: output)
                #expect(tree == references[late], "round \(round): \(BuildRun.difference(tree, references[late]))")
                try BuildRun.build(in: work, ["--content", "content-\(late)"])
                let next = FolderSnapshot.files(in: output)
                #expect(next == references[late], "the build after round \(round): \(BuildRun.difference(next, references[late]))")
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
            // The running build writes its process id into the lock file once it holds the
            // lock; it is stopped there until the second has given up, so that it cannot
            // finish first on a loaded machine.
            try #require(BuildRun.holdsLock(first, in: work), "the first build never held the lock: \(BuildRun.log("first.err", in: logs))")
            kill(first.processIdentifier, SIGSTOP)
            let second: ProcessResult
            do {
                defer { kill(first.processIdentifier, SIGCONT) }
                second = try LenteraProcess.run(BuildRun.arguments(["--wait", "0"]), in: work)
            }
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
