import Foundation
import LenteraSynth
#if canImport(Glibc)
import Glibc
#endif

/// `lentera-bench run`: the synthetic portal generated once (cached by size and seed),
/// then, run after run, Lentera and Hugo built alternately (who goes first alternates
/// too) and the floor, each into a fresh folder, each measured as a child process.
public struct Benchmark: Sendable {
    public struct Options: Sendable {
        public var servicePages: Int
        public var seed: UInt64 = SplitMix64.defaultSeed
        public var runs = 3
        /// Holds the cached portals, the outputs and the logs.
        public var workFolder: String
        /// The `lentera` executable.
        public var lentera: String
        /// The theme Lentera builds with.
        public var templates: String
        /// The `lentera-bench` executable that runs the floor; nil: no floor.
        public var floorExecutable: String?
        /// The `hugo` executable (a path or a name on PATH); nil: no Hugo.
        public var hugo: String? = "hugo"
        public var hugoMemoryLimitKiB = 20 * 1_048_576
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
    private var outputFolder: String { "\(work)/out-\(options.servicePages)-\(options.seed)" }

    public func run() throws -> BenchmarkReport {
        var report = BenchmarkReport(servicePages: options.servicePages, seed: options.seed, date: options.date)
        report.generationSeconds = try preparePortal()
        let fileManager = FileManager.default
        try? fileManager.removeItem(atPath: outputFolder)
        try FileTree.makeFolders(outputFolder + "/logs")
        defer { if !options.keepOutput { for tool in BenchmarkReport.Tool.allCases { remove(tool) } } }

        var manifest: Manifest?
        var hugoPages: Int?
        for number in 1...max(1, options.runs) {
            var lentera: BenchmarkReport.Measurement?
            var hugo: BenchmarkReport.Measurement?
            let order: [BenchmarkReport.Tool] = number % 2 == 1 ? [.lentera, .hugo] : [.hugo, .lentera]
            for tool in order {
                switch tool {
                case .lentera:
                    lentera = try buildLentera(number)
                    if manifest == nil {
                        let written = try Manifest.of(folder: output(.lentera))
                        try FileTree.write(outputFolder + "/manifest.txt", written.text)
                        report.lenteraFiles = written.entries.count
                        report.lenteraBytes = written.totalBytes
                        manifest = written
                    }
                    lentera?.pages = manifest?.htmlPages ?? 0
                case .hugo:
                    guard options.hugo != nil else { continue }
                    hugo = try buildHugo(number)
                    if hugoPages == nil, let cost = hugo?.cost, cost.succeeded {
                        hugoPages = try Manifest.of(folder: output(.hugo)).htmlPages
                    }
                    hugo?.pages = hugoPages ?? 0
                case .floor:
                    continue
                }
            }
            var floor: BenchmarkReport.Measurement?
            if options.floorExecutable != nil { floor = try runFloor(number, pages: manifest?.htmlPages ?? 0) }
            report.runs.append(BenchmarkReport.Run(number: number, lentera: lentera!, hugo: hugo, floor: floor))
        }
        return report
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

    private func output(_ tool: BenchmarkReport.Tool) -> String {
        "\(outputFolder)/\(tool.rawValue.lowercased())"
    }

    /// Removes a tool's previous output (outside the timing), and Lentera's staging
    /// folders a killed build may have left; then flushes the file system, so that no
    /// build starts with the previous one's deletions still waiting to be written.
    private func remove(_ tool: BenchmarkReport.Tool) {
        let fileManager = FileManager.default
        try? fileManager.removeItem(atPath: output(tool))
        for name in (try? fileManager.contentsOfDirectory(atPath: outputFolder)) ?? [] where name.hasPrefix(".lentera.staging-") {
            try? fileManager.removeItem(atPath: "\(outputFolder)/\(name)")
        }
        // Staging folders now live in the state folder (`.lentera.lentera/staging-…`).
        let state = "\(outputFolder)/.\(tool.rawValue.lowercased()).lentera"
        for name in (try? fileManager.contentsOfDirectory(atPath: state)) ?? [] where name.hasPrefix("staging-") || name.hasPrefix("trash-") {
            try? fileManager.removeItem(atPath: "\(state)/\(name)")
        }
        sync()
    }

    private func logs(_ tool: BenchmarkReport.Tool, _ number: Int) -> (out: String, err: String) {
        let base = "\(outputFolder)/logs/\(tool.rawValue.lowercased())-\(number)"
        return (base + ".out", base + ".err")
    }

    private func buildLentera(_ number: Int) throws -> BenchmarkReport.Measurement {
        remove(.lentera)
        log("Run \(number): Lentera…")
        let log = logs(.lentera, number)
        let cost = try ChildProcess.run(options.lentera, [
            "build", "--content", portalFolder + "/content", "--templates", options.templates, "--output", output(.lentera),
            "--date", SyntheticPortal.referenceDate, "--timings", "--lang", "en",   // the summary line is read in English
        ], stdout: log.out, stderr: log.err)
        let errors = (try? String(contentsOfFile: log.err, encoding: .utf8)) ?? ""
        guard cost.succeeded else {
            throw Failure(description: "lentera build failed (\(cost.exitStatus.map { "exit status \($0)" } ?? "signal \(cost.signal ?? 0)")); see \(log.err):\n"
                          + errors.split(separator: "\n").suffix(10).joined(separator: "\n"))
        }
        var measurement = BenchmarkReport.Measurement(cost: cost, pages: 0)
        measurement.phases = Benchmark.phases(in: errors)
        return measurement
    }

    private func buildHugo(_ number: Int) throws -> BenchmarkReport.Measurement {
        remove(.hugo)
        log("Run \(number): Hugo…")
        let log = logs(.hugo, number)
        let cost = try ChildProcess.run(options.hugo ?? "hugo", [
            "--quiet", "--source", portalFolder + "/hugo", "--destination", output(.hugo), "--cacheDir", work + "/hugo-cache", "--noBuildLock",
        ], stdout: log.out, stderr: log.err, memoryLimitKiB: options.hugoMemoryLimitKiB)
        // Stopped by the memory watch or killed by a signal (the kernel's out-of-memory
        // killer): a result to report. An error exit of Hugo's own is a failure.
        if !cost.succeeded, cost.stoppedAtRSSKiB == nil, cost.signal == nil {
            let errors = (try? String(contentsOfFile: log.err, encoding: .utf8)) ?? ""
            throw Failure(description: "hugo failed; see \(log.err):\n" + errors.split(separator: "\n").suffix(10).joined(separator: "\n"))
        }
        return BenchmarkReport.Measurement(cost: cost, pages: 0)
    }

    private func runFloor(_ number: Int, pages: Int) throws -> BenchmarkReport.Measurement {
        remove(.floor)
        log("Run \(number): floor…")
        let log = logs(.floor, number)
        let cost = try ChildProcess.run(options.floorExecutable!, [
            "floor", "--content", portalFolder + "/content", "--manifest", outputFolder + "/manifest.txt", "--out", output(.floor), "--jobs", "2",
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
