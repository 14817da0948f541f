import Foundation
@testable import LenteraBench
import LenteraSynth
import LenteraTesting
import Testing

/// The benchmark harness: child processes measured, the floor, one short run.
@Suite struct HarnessTests {
    @Test func aChildsExitStatusAndTimesAreReported() throws {
        try withTemporaryFolder { folder in
            let out = folder.appendingPathComponent("out").path, err = folder.appendingPathComponent("err").path
            let cost = try ChildProcess.run("/bin/sh", ["-c", "echo hallo; exit 3"], stdout: out, stderr: err)
            #expect(cost.exitStatus == 3)
            #expect(cost.signal == nil)
            #expect(cost.wallSeconds > 0)
            #expect(cost.peakRSSKiB > 0)
            #expect(try String(contentsOfFile: out, encoding: .utf8) == "hallo\n")
        }
    }

    @Test(.enabled(if: Products.onPath("python3") != nil, "needs python3 to allocate memory"))
    func aChildOverTheMemoryLimitIsStopped() throws {
        try withTemporaryFolder { folder in
            let cost = try ChildProcess.run(Products.onPath("python3")!,
                                            ["-c", "import time\nb = bytearray(300 * 1024 * 1024)\ntime.sleep(30)"],
                                            stdout: folder.appendingPathComponent("out").path, stderr: folder.appendingPathComponent("err").path,
                                            memoryLimitKiB: 100 * 1024)
            #expect(cost.signal == 9)
            #expect(cost.stoppedAtRSSKiB.map { $0 > 100 * 1024 } == true)
            #expect(cost.wallSeconds < 20)
        }
    }

    @Test func pagesTakeTheirMarkdownFromTheMatchingSourceFile() {
        #expect(Floor.source(of: "unit/dinas-a/index.html") == "units/dinas-a/unit.md")
        #expect(Floor.source(of: "unit/dinas-a/maklumat/index.html") == "units/dinas-a/maklumat.md")
        #expect(Floor.source(of: "unit/dinas-a/layanan/izin-b/index.html") == "units/dinas-a/layanan/izin-b.md")
        #expect(Floor.source(of: "tentang/index.html") == "pages/tentang.md")
        #expect(Floor.source(of: "unit/dinas-a/sop/rapat/index.html") == nil)
        #expect(Floor.source(of: "data/ikm.csv") == nil)
    }

    @Test func theFloorWritesEveryFileAtItsSize() throws {
        try withTemporaryFolder { folder in
            try writeSmallPortal(into: folder, pages: 20)
            let unit = try #require(FolderSnapshot.names(in: folder.appendingPathComponent("content/units")).first)
            let manifest = Manifest(entries: [
                .init(path: "unit/\(unit)/index.html", size: 9_000), .init(path: "unit/\(unit)/maklumat/index.html", size: 10),
                .init(path: "data/ikm.csv", size: 123), .init(path: "index.html", size: 0),
            ])
            #expect(try Manifest(text: manifest.text) == manifest)
            let output = folder.appendingPathComponent("floor").path
            let result = try Floor.run(content: folder.appendingPathComponent("content").path, manifest: manifest, output: output)
            #expect(result.files == 4)
            #expect(result.converted == 2)
            #expect(try Manifest.of(folder: output) == manifest)
            let page = try String(contentsOfFile: "\(output)/unit/\(unit)/index.html", encoding: .utf8)
            #expect(page.hasPrefix("<p>"))
        }
    }

    @Test func oneShortRunReportsEveryTool() throws {
        try withTemporaryFolder { folder in
            var options = Benchmark.Options(servicePages: 40, workFolder: folder.path, lentera: try Products.executable("lentera"),
                                            templates: Repository.templates.path, floorExecutable: try Products.executable("lentera-bench"),
                                            date: "2026-11-21")
            options.runs = 1
            options.hugo = Products.hugo
            let outputs = folder.appendingPathComponent("ausgaben").path
            options.outputs = outputs
            let report = try Benchmark(options: options).run()
            #expect(report.runs.count == 1)
            #expect(report.place?.folder == outputs)
            #expect(report.place?.fileSystem == OutputPlace.fileSystemName(of: folder.path))
            #expect(!FileManager.default.fileExists(atPath: outputs), "the outputs are removed after the run")
            let run = try #require(report.runs.first)
            #expect(run.order == (Products.hugo == nil ? [.lentera, .floor] : [.lentera, .hugo, .floor]))
            #expect(run.lentera.cost.succeeded)
            #expect(run.lentera.pages > 40)
            #expect(run.lentera.cost.wallSeconds > 0)
            #expect(run.lentera.cost.peakRSSKiB > 0)
            #expect(!run.lentera.phases.isEmpty)
            #expect(run.floor?.pages == run.lentera.pages)
            #expect(run.lenteraOverFloorWall != nil)
            if Products.hugo != nil {
                #expect(run.hugo?.cost.succeeded == true)
                #expect(run.lenteraOverHugoWall != nil)
                #expect(run.lenteraOverHugoRSS != nil)
            }
            #expect(report.generationSeconds > 0)
            let table = report.markdown
            #expect(table.contains("| run | tool | wall (s) | CPU user+sys (s) | peak RSS (MiB) | pages/s |"))
            #expect(table.contains("| median | Lentera | "))
            #expect(table.contains("| run | Lentera phases (s) | Lentera/Hugo wall | Lentera/Hugo CPU | Lentera/Hugo RSS | Lentera/floor wall | Lentera/floor CPU |"))
            #expect(table.contains("were on \(report.place!.fileSystem) (`\(outputs)`)"))
            #expect(table.contains("Order of the tools: run 1 Lentera → "))
            // The outputs are removed after the run; the generated portal stays cached.
            #expect(FolderSnapshot.names(in: folder).contains("portal-40-\(SplitMix64.defaultSeed)"))
        }
    }
}

/// Where the tools write, and in which order they run.
@Suite struct FairnessTests {
    @Test func theOrderTurnsFromRunToRun() {
        let tools: [BenchmarkReport.Tool] = [.lentera, .hugo, .floor]
        #expect(Benchmark.order(run: 1, tools: tools) == [.lentera, .hugo, .floor])
        #expect(Benchmark.order(run: 2, tools: tools) == [.hugo, .floor, .lentera])
        #expect(Benchmark.order(run: 3, tools: tools) == [.floor, .lentera, .hugo])
        #expect(Benchmark.order(run: 4, tools: tools) == [.lentera, .hugo, .floor])
        // Each tool comes after each other one in some run.
        let pairs = Set((1...3).flatMap { run in zip(Benchmark.order(run: run, tools: tools), Benchmark.order(run: run, tools: tools).dropFirst()).map { "\($0.0)>\($0.1)" } })
        #expect(pairs.count == 3)
        #expect(Benchmark.order(run: 2, tools: [.lentera, .floor]) == [.floor, .lentera])
    }

    @Test func theFileSystemIsTheMountThatHoldsThePath() {
        let mounts = """
            /dev/vda / ext4 rw,relatime 0 0
            tmpfs /dev/shm tmpfs rw,nosuid,nodev 0 0
            /dev/vdb /srv/my\\040data xfs rw 0 0
            overlay /srv overlay rw 0 0
            """
        #expect(OutputPlace.fileSystemName(of: "/dev/shm/lentera-bench", mounts: mounts) == "tmpfs")
        #expect(OutputPlace.fileSystemName(of: "/dev/shmem", mounts: mounts) == "ext4")
        #expect(OutputPlace.fileSystemName(of: "/work/x", mounts: mounts) == "ext4")
        #expect(OutputPlace.fileSystemName(of: "/srv/my data/x", mounts: mounts) == "xfs")
        #expect(OutputPlace.fileSystemName(of: "/srv/other", mounts: mounts) == "overlay")
    }

    @Test func aTmpfsIsChosenOnlyWithRoom() {
        let fallback = FileManager.default.temporaryDirectory.appendingPathComponent("lentera-bench-fallback").path
        let small = OutputPlace.choose(explicit: nil, fallback: fallback, name: "probe", bytes: 1 << 20, memoryBesides: 1 << 20)
        if OutputPlace.fileSystemName(of: OutputPlace.sharedMemory) == "tmpfs" {
            #expect(small.folder == OutputPlace.sharedMemory + "/probe")
            #expect(small.fileSystem == "tmpfs")
        } else {
            #expect(small.folder == fallback)
        }
        // More than any machine has: the disk, and the report says why.
        let huge = OutputPlace.choose(explicit: nil, fallback: fallback, name: "probe", bytes: 1 << 60, memoryBesides: 0)
        #expect(huge.folder == fallback)
        #expect(!huge.reason.isEmpty)
        let given = OutputPlace.choose(explicit: "/tmp/given/", fallback: fallback, name: "probe", bytes: 1 << 60, memoryBesides: 0)
        #expect(given.folder == "/tmp/given")
        #expect(given.reason == "given with --outputs")
    }
}

/// The memory watch reads `VmRSS` whatever its width: the kernel pads the number to eight
/// digits, so from 10 GB on it follows the tab with no space.
@Suite struct MemoryWatchTests {
    @Test func theResidentSizeOfThisProcessIsRead() {
        let rss = MemoryWatch.residentKiB(of: getpid())
        #expect(rss.map { $0 > 1024 } == true)
    }

    @Test(arguments: [("VmRSS:\t  307456 kB", 307_456), ("VmRSS:\t22077976 kB", 22_077_976)])
    func aStatusLineGivesItsNumber(line: String, kib: Int) {
        #expect(MemoryWatch.residentKiB(inStatus: "Name:\thugo\n" + line + "\nVmData:\t1 kB\n") == kib)
    }
}
