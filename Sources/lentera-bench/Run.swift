import ArgumentParser
import Foundation
import LenteraBench
import LenteraSynth

/// `lentera-bench run`: the benchmark, printed as Markdown tables.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the synthetic portal with Lentera and Hugo alternately, and the floor; print Markdown tables.")

    @Option(help: "Service pages of the synthetic portal.")
    var pages: Int

    @Option(help: "Runs; each builds every tool once.")
    var runs = 3

    @Option(help: "The seed of the generator.")
    var seed: UInt64 = SplitMix64.defaultSeed

    @Option(help: ArgumentHelp("The `lentera` executable; by default the one beside lentera-bench.", valueName: "PATH"))
    var lentera: String?

    @Option(help: ArgumentHelp("The theme Lentera builds with.", valueName: "DIR"))
    var templates = "templates"

    @Option(help: ArgumentHelp("Where portals are cached and sites written.", valueName: "DIR"))
    var work = ".build/lentera-bench"

    @Flag(name: .customLong("skip-hugo"), help: "Do not build with Hugo.")
    var skipHugo = false

    @Flag(name: .customLong("skip-floor"), help: "Do not run the floor.")
    var skipFloor = false

    @Option(name: .customLong("hugo-memory-limit-gb"), help: "Stop Hugo when its resident memory exceeds this many GiB.")
    var hugoMemoryLimitGB: Double = 20

    @Flag(name: .customLong("keep-output"), help: "Leave the last outputs in the work folder.")
    var keepOutput = false

    func validate() throws {
        guard pages >= 1 else { throw ValidationError("--pages must be at least 1") }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard FileManager.default.fileExists(atPath: templates) else { throw ValidationError("no theme at `\(templates)`: pass --templates DIR") }
        guard hugoMemoryLimitGB > 0 else { throw ValidationError("--hugo-memory-limit-gb must be above 0") }
    }

    func run() throws {
        let own = Executables.own()
        let lenteraPath = lentera ?? own.deletingLastPathComponent().appendingPathComponent("lentera").path
        guard FileManager.default.isExecutableFile(atPath: lenteraPath) else {
            throw ValidationError("no `lentera` executable at \(lenteraPath): build it (swift build -c release) or pass --lentera PATH")
        }
        var options = Benchmark.Options(servicePages: pages, workFolder: work, lentera: lenteraPath,
                                        templates: URL(fileURLWithPath: templates).standardizedFileURL.path,
                                        floorExecutable: skipFloor ? nil : own.path, date: Executables.today())
        options.seed = seed
        options.runs = runs
        options.hugo = skipHugo ? nil : "hugo"
        options.hugoMemoryLimitKiB = Int(hugoMemoryLimitGB * 1_048_576)
        options.keepOutput = keepOutput
        let report = try Benchmark(options: options, log: { Log.error($0) }).run()
        print(report.markdown, terminator: "")
    }
}

/// Where this program is, and today's date.
enum Executables {
    static func own() -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }

    /// Today in UTC, YYYY-MM-DD.
    static func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
