import Foundation
import LenteraSynth
#if canImport(Glibc)
import Glibc
#endif

/// `lentera-bench run`: the synthetic portal generated once (cached by size and seed),
/// copied with its Hugo twin onto the file system the outputs go on (a tmpfs by default,
/// see `OutputPlace`); then, run after run, Lentera, Hugo and the floor each build once
/// into a fresh folder, each measured as a child process. The order turns from run to run
/// (Lentera, Hugo, floor; then Hugo, floor, Lentera; then floor, Lentera, Hugo), so that
/// no tool always comes right after another's heavy writing. A run starts by deleting
/// the previous run's trees; the file system is flushed and settles before every tool.
public struct Benchmark: Sendable {
    public struct Options: Sendable {
        public var servicePages: Int
        public var seed: UInt64 = SplitMix64.defaultSeed
        public var runs = 3
        /// Holds the cached portals and the logs (and the outputs when no tmpfs has room).
        public var workFolder: String
        /// Where the outputs and the copies of the inputs go; nil: a tmpfs when it has room
        /// (`OutputPlace.choose`).
        public var outputs: String?
        /// The `lentera` executable.
        public var lentera: String
        /// The theme Lentera builds with.
        public var templates: String
        /// The `lentera-bench` executable that runs the floor; nil: no floor.
        public var floorExecutable: String?
        /// The `hugo` executable (a path or a name on PATH); nil: no Hugo.
        public var hugo: String? = "hugo"
        public var hugoMemoryLimitKiB = 20 * 1_048_576
        /// Let Lentera make its search index (Pagefind), which neither Hugo nor the floor does.
        public var search = false
        /// Leave the last outputs in place (they are removed by default, to free the disk).
        public var keepOutput = false
        public var date: String

        public init(servicePages: Int, workFolder: String, lentera: String, templates: String, floorExecutable: String?, date: String) {
            self.servicePages = servicePages
            self.workFolder = workFolder
            self.lentera = lentera
            self.templates = templates
            self.floorExecutable = floorExecutable
            self.date = date
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public let options: Options
    /// Progress messages (standard error in the command).
    public let log: @Sendable (String) -> Void

    public init(options: Options, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.log = log
    }

    private var work: String { URL(fileURLWithPath: options.workFolder).standardizedFileURL.path }
    var portalFolder: String { "\(work)/portal-\(options.servicePages)-\(options.seed)" }
    /// The logs and the manifest of Lentera's output (on the work folder's disk).
    private var outputFolder: String { "\(work)/out-\(options.servicePages)-\(options.seed)" }
    private var placeName: String { "lentera-bench-run-\(options.servicePages)-\(options.seed)" }

    /// What the run's files take, roughly: the inputs (content and twin, 7.5 KiB a service)
    /// and three outputs (17 KiB a service each, as measured at 10,000 and 50,000 services).
    var bytesNeeded: Int { options.servicePages * (7_680 + 3 * 17_408) + 64 << 20 }
    /// The memory the tools hold besides the files: Hugo about 100 KiB a service (at most its
    /// limit), Lentera a few KiB; and a gibibyte to spare.
    var memoryBesides: Int {
        let hugo = options.hugo == nil ? 0 : min(options.servicePages * 102_400, options.hugoMemoryLimitKiB * 1024)
        return max(hugo, options.servicePages * 8_192) + (1 << 30)
    }

    /// The tools of run `number`, in the order they run: the list turned by one place a run.
    public static func order(run number: Int, tools: [BenchmarkReport.Tool]) -> [BenchmarkReport.Tool] {
        guard !tools.isEmpty else { return [] }
        let shift = (number - 1) % tools.count
        return Array(tools[shift...] + tools[..<shift])
    }

    public func run() throws -> BenchmarkReport {
        var report = BenchmarkReport(servicePages: options.servicePages, seed: options.seed, date: options.date)
        report.generationSeconds = try preparePortal()
        let fileManager = FileManager.default
        try? fileManager.removeItem(atPath: outputFolder)
        try FileTree.makeFolders(outputFolder + "/logs")

        let place = OutputPlace.choose(explicit: options.outputs, fallback: "\(work)/\(placeName)", name: placeName,
                                       bytes: bytesNeeded, memoryBesides: memoryBesides)
        report.place = place
        report.search = options.search
        log("Outputs and copies of the inputs in \(place.folder) (\(place.fileSystem)): \(place.reason)")
        try place.prepare()
        defer {
            if !options.keepOutput { try? fileManager.removeItem(atPath: place.folder) }
        }
        let trees = try copyInputs(into: place.folder)

        var tools: [BenchmarkReport.Tool] = [.lentera]
        if options.hugo != nil { tools.append(.hugo) }
        if options.floorExecutable != nil { tools.append(.floor) }

        var manifest: Manifest?
        var hugoPages: Int?
        for number in 1...max(1, options.runs) {
            // Every tree of the run before goes first, and the file system settles once they
            // are gone: no deletion between one tool's end and another's timed run.
            for tool in BenchmarkReport.Tool.allCases { remove(tool, trees) }
            OutputPlace.settle(pause: 1)
            let order = Benchmark.order(run: number, tools: tools)
            var lentera, hugo, floor: BenchmarkReport.Measurement?
            for tool in order {
                OutputPlace.settle()
                switch tool {
                case .lentera:
                    var measurement = try buildLentera(number, trees)
                    if manifest == nil {
                        let written = try Manifest.of(folder: trees.output(.lentera))
                        try FileTree.write(outputFolder + "/manifest.txt", written.text)
                        report.lenteraFiles = written.entries.count
                        report.lenteraBytes = written.totalBytes
                        manifest = written
                    }
                    measurement.pages = manifest?.htmlPages ?? 0
                    lentera = measurement
                case .hugo:
                    var measurement = try buildHugo(number, trees)
                    if hugoPages == nil, measurement.cost.succeeded {
                        hugoPages = try Manifest.of(folder: trees.output(.hugo)).htmlPages
                    }
                    measurement.pages = hugoPages ?? 0
                    hugo = measurement
                case .floor:
                    guard manifest != nil else { throw Failure(description: "the floor needs Lentera's output first") }
                    floor = try runFloor(number, trees, pages: manifest?.htmlPages ?? 0)
                }
            }
            report.runs.append(BenchmarkReport.Run(number: number, order: order, lentera: lentera!, hugo: hugo, floor: floor))
        }
        return report
    }

    /// The folders of one run: the inputs, each tool's output, Lentera's state folder.
    struct Trees {
        let root: String
        /// The content folder and the Hugo twin the tools read.
        let content: String
        let hugoSource: String
        var hugoCache: String { root + "/hugo-cache" }
        func output(_ tool: BenchmarkReport.Tool) -> String { "\(root)/\(tool.rawValue.lowercased())" }
        /// `lentera build`'s state folder beside its output (`.lentera.lentera`): the lock, the
        /// spare and, later, its build cache. Removed with the output, so that every build
        /// of `run` is a first build.
        var lenteraState: String { "\(root)/.lentera.lentera" }
    }

    /// Copies the portal and its twin into `root/input`, unless `root` is on the portal's own
    /// file system: then the tools read the cached portal itself.
    private func copyInputs(into root: String) throws -> Trees {
        if OutputPlace.sameDevice(portalFolder, root) {
            return Trees(root: root, content: portalFolder + "/content", hugoSource: portalFolder + "/hugo")
        }
        let trees = Trees(root: root, content: root + "/input/content", hugoSource: root + "/input/hugo")
        log("Copying the portal and its Hugo twin into \(root)/input…")
        try FileTree.makeFolders(root + "/input")
        for (from, to) in [(portalFolder + "/content", trees.content), (portalFolder + "/hugo", trees.hugoSource)] {
            let copy = try ChildProcess.run("/bin/cp", ["-R", from, to], stdout: outputFolder + "/logs/copy.out", stderr: outputFolder + "/logs/copy.err")
            guard copy.succeeded else { throw Failure(description: "copying \(from) failed; see \(outputFolder)/logs/copy.err") }
        }
        return trees
    }

    /// Generates the portal unless a complete one of the same size and seed is cached.
    /// Returns the seconds it took (0 from the cache).
    func preparePortal() throws -> Double {
        let stamp = portalFolder + "/.complete"
        if FileManager.default.fileExists(atPath: stamp) {
            log("Using the cached portal \(portalFolder)")
            return 0
        }
        try? FileManager.default.removeItem(atPath: portalFolder)
        try FileTree.makeFolders(portalFolder)
        log("Generating \(options.servicePages) service pages (seed \(options.seed)) into \(portalFolder)…")
        let start = ChildProcess.monotonicSeconds()
        let portal = SyntheticPortal(servicePages: options.servicePages, seed: options.seed)
        try portal.write(content: URL(fileURLWithPath: portalFolder + "/content"), hugo: URL(fileURLWithPath: portalFolder + "/hugo"))
        try FileTree.write(stamp, "\(options.servicePages) \(options.seed)\n")
        let seconds = ChildProcess.monotonicSeconds() - start
        log(String(format: "Generated in %.1f s", seconds))
        return seconds
    }

    /// Removes a tool's previous output (outside the timing); for Lentera its state folder
    /// too (the lock, a spare, staging folders a killed build left, a cache).
    private func remove(_ tool: BenchmarkReport.Tool, _ trees: Trees) {
        try? FileManager.default.removeItem(atPath: trees.output(tool))
        if tool == .lentera { try? FileManager.default.removeItem(atPath: trees.lenteraState) }
    }

    private func logs(_ tool: BenchmarkReport.Tool, _ number: Int) -> (out: String, err: String) {
        let base = "\(outputFolder)/logs/\(tool.rawValue.lowercased())-\(number)"
        return (base + ".out", base + ".err")
    }

    private func buildLentera(_ number: Int, _ trees: Trees) throws -> BenchmarkReport.Measurement {
        log("Run \(number): Lentera…")
        let log = logs(.lentera, number)
        let cost = try ChildProcess.run(options.lentera, [
            "build", "--content", trees.content, "--templates", options.templates, "--output", trees.output(.lentera),
            "--date", SyntheticPortal.referenceDate, "--timings", "--lang", "en",   // the summary line is read in English
        ] + (options.search ? [] : ["--no-search"]), stdout: log.out, stderr: log.err)
        let errors = (try? String(contentsOfFile: log.err, encoding: .utf8)) ?? ""
        guard cost.succeeded else {
            throw Failure(description: "lentera build failed (\(cost.exitStatus.map { "exit status \($0)" } ?? "signal \(cost.signal ?? 0)")); see \(log.err):\n"
                          + errors.split(separator: "\n").suffix(10).joined(separator: "\n"))
        }
        var measurement = BenchmarkReport.Measurement(cost: cost, pages: 0)
        measurement.phases = Benchmark.phases(in: errors)
        return measurement
    }

    private func buildHugo(_ number: Int, _ trees: Trees) throws -> BenchmarkReport.Measurement {
        log("Run \(number): Hugo…")
        let log = logs(.hugo, number)
        let cost = try ChildProcess.run(options.hugo ?? "hugo", [
            "--quiet", "--source", trees.hugoSource, "--destination", trees.output(.hugo), "--cacheDir", trees.hugoCache, "--noBuildLock",
        ], stdout: log.out, stderr: log.err, memoryLimitKiB: options.hugoMemoryLimitKiB)
        // Stopped by the memory watch or killed by a signal (the kernel's out-of-memory
        // killer): a result to report. An error exit of Hugo's own is a failure.
        if !cost.succeeded, cost.stoppedAtRSSKiB == nil, cost.signal == nil {
            let errors = (try? String(contentsOfFile: log.err, encoding: .utf8)) ?? ""
            throw Failure(description: "hugo failed; see \(log.err):\n" + errors.split(separator: "\n").suffix(10).joined(separator: "\n"))
        }
        return BenchmarkReport.Measurement(cost: cost, pages: 0)
    }

    private func runFloor(_ number: Int, _ trees: Trees, pages: Int) throws -> BenchmarkReport.Measurement {
        log("Run \(number): floor…")
        let log = logs(.floor, number)
        let cost = try ChildProcess.run(options.floorExecutable!, [
            "floor", "--content", trees.content, "--manifest", outputFolder + "/manifest.txt", "--out", trees.output(.floor), "--jobs", "2",
        ], stdout: log.out, stderr: log.err)
        guard cost.succeeded else {
            let errors = (try? String(contentsOfFile: log.err, encoding: .utf8)) ?? ""
            throw Failure(description: "the floor failed; see \(log.err):\n" + errors)
        }
        return BenchmarkReport.Measurement(cost: cost, pages: pages)
    }

    /// The `timing PHASE SECONDS` lines of `lentera build --timings`.
    static func phases(in stderr: String) -> [(name: String, seconds: Double)] {
        stderr.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count == 3, fields[0] == "timing", let seconds = Double(fields[2]) else { return nil }
            return (String(fields[1]), seconds)
        }
    }
}
