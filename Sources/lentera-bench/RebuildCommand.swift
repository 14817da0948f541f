import ArgumentParser
import Foundation
import LenteraBench
import LenteraSynth

/// `lentera-bench rebuild`: the rebuild after a survey import, against a full build.
struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Build a copy of the synthetic portal, import new survey periods for one unit and rebuild after each; print Markdown tables.")

    @OptionGroup var common: BenchOptions

    @Option(help: "Runs; each imports one more period and rebuilds.")
    var runs = 3

    @Option(help: "Rows of each raw survey export.")
    var rows = 2_000

    @Option(help: ArgumentHelp("The unit to import for (its slug); by default the first with quarterly SKM results.", valueName: "SLUG"))
    var unit: String?

    @Flag(name: .customLong("keep-output"), help: "Leave the scratch portal, its output and the logs in the work folder.")
    var keepOutput = false

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard rows >= 1 else { throw ValidationError("--rows must be at least 1") }
    }

    func run() throws {
        var options = RebuildBenchmark.Options(servicePages: common.pages, workFolder: common.work, lentera: try common.lenteraPath(),
                                               templates: common.themePath, date: Executables.today())
        options.seed = common.seed
        options.runs = runs
        options.rows = rows
        options.unit = unit
        options.keepOutput = keepOutput
        let report = try RebuildBenchmark(options: options, log: { Log.error($0) }).run()
        print(report.markdown, terminator: "")
        if !report.problems.isEmpty {
            Log.error("Not as expected:\n" + report.problems.map { "  " + $0 }.joined(separator: "\n"))
            throw ExitCode(1)
        }
    }
}
