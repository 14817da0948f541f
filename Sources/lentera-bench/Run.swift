import ArgumentParser
import Foundation
import LenteraBench
import LenteraSynth

/// `lentera-bench run`: the benchmark, printed as Markdown tables.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the synthetic portal with Lentera, Hugo and the floor, in an order that turns from run to run; print Markdown tables.")

    @OptionGroup var common: BenchOptions

    @Option(help: "Runs; each builds every tool once.")
    var runs = 3

    @Flag(name: .customLong("skip-hugo"), help: "Do not build with Hugo.")
    var skipHugo = false

    @Flag(name: .customLong("skip-floor"), help: "Do not run the floor.")
    var skipFloor = false

    @Option(name: .customLong("hugo-memory-limit-gb"), help: "Stop Hugo when its resident memory exceeds this many GiB.")
    var hugoMemoryLimitGB: Double = 20

    @Flag(name: .customLong("keep-output"), help: "Leave the last outputs in the work folder.")
    var keepOutput = false

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard hugoMemoryLimitGB > 0 else { throw ValidationError("--hugo-memory-limit-gb must be above 0") }
    }

    func run() throws {
        var options = Benchmark.Options(servicePages: common.pages, workFolder: common.work, lentera: try common.lenteraPath(),
                                        templates: common.themePath,
                                        floorExecutable: skipFloor ? nil : Executables.own().path, date: Executables.today())
        options.seed = common.seed
        options.runs = runs
        options.hugo = skipHugo ? nil : "hugo"
        options.hugoMemoryLimitKiB = Int(hugoMemoryLimitGB * 1_048_576)
        options.keepOutput = keepOutput
        options.outputs = common.outputs
        options.search = common.search
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
