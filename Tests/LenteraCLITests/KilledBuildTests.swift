import Foundation
import LenteraTesting
import Testing

/// `lentera build` killed with SIGKILL at many moments of an incremental, a `--fresh` and a
/// first build: the output folder is always exactly the old tree or exactly the new one,
/// and the next normal build writes exactly what a `--fresh` build writes.
@Suite(.serialized) struct KilledBuildTests {
    /// Kills per kind of build, spread over the build's duration.
    static let kills = (incremental: 10, fresh: 8, first: 6)

    @Test func aKilledBuildLeavesTheOldOrTheNewTreeAndTheNextBuildIsComplete() throws {
        try withTemporaryFolder { folder in
            let references = try BuildRun.references(in: folder)
            let work = folder.appendingPathComponent("work"), logs = folder.appendingPathComponent("logs")
            let output = work.appendingPathComponent("public")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            // Two builds, so that a spare exists and the next build is incremental.
            try BuildRun.useVersion(0, in: work)
            try BuildRun.build(in: work)
            try BuildRun.useVersion(1, in: work)
            try BuildRun.build(in: work)
            var version = 1
            var interrupted = 0

            /// Kills a build of the other version after `delay` seconds, checks the tree,
            /// then builds normally and compares with the reference.
            func killOne(_ kind: String, _ extra: [String], delay: Double) throws {
                let next = 1 - version
                try BuildRun.useVersion(next, in: work)
                let process = try BuildRun.start(BuildRun.arguments(extra), in: work, logs: logs, name: kind)
                Thread.sleep(forTimeInterval: delay)
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                if process.terminationReason == .uncaughtSignal { interrupted += 1 }
                let tree = FolderSnapshot.files(in: output)
                #expect(tree == references[version] || tree == references[next],
                        "\(kind) build killed after \(delay) s: the output is neither tree (\(BuildRun.difference(tree, references[next])))")
                try BuildRun.build(in: work)
                let rebuilt = FolderSnapshot.files(in: output)
                #expect(rebuilt == references[next],
                        "the build after a \(kind) build killed after \(delay) s: \(BuildRun.difference(rebuilt, references[next]))")
                let left = FolderSnapshot.names(in: work) + FolderSnapshot.names(in: work.appendingPathComponent(".public.lentera"))
                #expect(!left.contains { $0.contains("staging") }, "a staging folder was left after the build that followed the kill: \(left)")
                version = next
            }

            let incremental = try timed { try BuildRun.useVersion(0, in: work); try BuildRun.build(in: work) }
            version = 0
            for index in 0..<Self.kills.incremental {
                try killOne("incremental", [], delay: Self.delay(index, of: Self.kills.incremental, duration: incremental))
            }
            let fresh = try timed { try BuildRun.build(in: work, ["--fresh"]) }
            for index in 0..<Self.kills.fresh {
                try killOne("fresh", ["--fresh"], delay: Self.delay(index, of: Self.kills.fresh, duration: fresh))
            }

            // First builds: each into an output folder that does not exist yet.
            let first = try timed { try BuildRun.build(in: work, output: "first") }
            for index in 0..<Self.kills.first {
                let name = "first-\(index)", delay = Self.delay(index, of: Self.kills.first, duration: first)
                let process = try BuildRun.start(BuildRun.arguments(output: name), in: work, logs: logs, name: name)
                Thread.sleep(forTimeInterval: delay)
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                if process.terminationReason == .uncaughtSignal { interrupted += 1 }
                let site = work.appendingPathComponent(name)
                let tree = FolderSnapshot.files(in: site)
                let exists = FileManager.default.fileExists(atPath: site.path)
                #expect(!exists || tree == references[version], "first build killed after \(delay) s: \(BuildRun.difference(tree, references[version]))")
                try BuildRun.build(in: work, output: name)
                let rebuilt = FolderSnapshot.files(in: site)
                #expect(rebuilt == references[version], "the build after a first build killed after \(delay) s: \(BuildRun.difference(rebuilt, references[version]))")
            }
            let total = Self.kills.incremental + Self.kills.fresh + Self.kills.first
            #expect(interrupted >= total / 2, "only \(interrupted) of \(total) builds were still running when killed: the portal builds too fast")
        }
    }

    /// The `index`th of `count` moments spread over `duration`, closer together at the
    /// start (where a build decides what to trust and clears the old spare away).
    static func delay(_ index: Int, of count: Int, duration: Double) -> Double {
        duration * pow((Double(index) + 0.5) / Double(count), 1.5)
    }

    /// Seconds `body` took.
    func timed(_ body: () throws -> Void) throws -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
