import ArgumentParser
import Foundation
import LenteraBench
import LenteraSynth

/// `lentera-bench rebuild`: the rebuild after a survey import, against a full build.
struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Build a copy of the synthetic portal, import new survey periods for one unit and rebuild after each; print Markdown tables.")

    @Option(help: "Service pages of the synthetic portal.")
    var pages: Int

    @Option(help: "Runs; each imports one more period and rebuilds.")
    var runs = 3

    @Option(help: "Rows of each raw survey export.")
    var rows = 2_000

    @Option(help: ArgumentHelp("The unit to import for (its slug); by default the first with quarterly SKM results.", valueName: "SLUG"))
    var unit: String?

    @Option(help: "The seed of the generator.")
    var seed: UInt64 = SplitMix64.defaultSeed

    @Option(help: ArgumentHelp("The `lentera` executable; by default the one beside lentera-bench.", valueName: "PATH"))
    var lentera: String?

    @Option(help: ArgumentHelp("The theme Lentera builds with.", valueName: "DIR"))
    var templates = "templates"

    @Option(help: ArgumentHelp("Where portals are cached and sites written.", valueName: "DIR"))
    var work = ".build/lentera-bench"

    @Flag(name: .customLong("keep-output"), help: "Leave the scratch portal, its output and the logs in the work folder.")
    var keepOutput = false

    func validate() throws {
        guard pages >= 1 else { throw ValidationError("--pages must be at least 1") }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard rows >= 1 else { throw ValidationError("--rows must be at least 1") }
        guard FileManager.default.fileExists(atPath: templates) else { throw ValidationError("no theme at `\(templates)`: pass --templates DIR") }
    }

    func run() throws {
        let lenteraPath = lentera ?? Executables.own().deletingLastPathComponent().appendingPathComponent("lentera").path
        guard FileManager.default.isExecutableFile(atPath: lenteraPath) else {
            throw ValidationError("no `lentera` executable at \(lenteraPath): build it (swift build -c release) or pass --lentera PATH")
        }
        var options = RebuildBenchmark.Options(servicePages: pages, workFolder: work, lentera: lenteraPath,
                                               templates: URL(fileURLWithPath: templates).standardizedFileURL.path, date: Executables.today())
        options.seed = seed
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
