import ArgumentParser
import Foundation
import LenteraBench
import LenteraSynth

/// `lentera-bench rebuild`: rebuilds after an officer's changes, against full builds.
struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Build a copy of the synthetic portal several times, then rebuild it after each kind of change; print Markdown tables.",
        discussion: """
        Cases, in this order: \(RebuildCase.allCases.map { "`\($0.slug)`" }.joined(separator: ", ")).
        """)

    @OptionGroup var common: BenchOptions

    @Option(help: "Full builds (their median is the denominator), and rebuilds of each case.")
    var runs = 3

    @Option(help: "Rows of each raw survey export.")
    var rows = 2_000

    @Option(help: ArgumentHelp("The unit the cases change (its slug); by default the first with quarterly SKM results.", valueName: "SLUG"))
    var unit: String?

    @Option(help: ArgumentHelp("The template the portal's own templates folder overrides, and `change-a-template` edits.", valueName: "NAME"))
    var template = "unit.mustache"

    @Option(name: .customLong("case"), help: ArgumentHelp("Only this case (repeatable).", valueName: "CASE"))
    var only: [String] = []

    @Flag(name: .customLong("keep-output"), help: "Leave the scratch portal, its output and the logs in place.")
    var keepOutput = false

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard rows >= 1 else { throw ValidationError("--rows must be at least 1") }
        for name in only where RebuildCase(slug: name) == nil {
            throw ValidationError("no case `\(name)`: \(RebuildCase.allCases.map(\.slug).joined(separator: ", "))")
        }
        guard FileManager.default.fileExists(atPath: common.themePath + "/" + template) else {
            throw ValidationError("no template `\(template)` in \(common.themePath)")
        }
    }

    func run() throws {
        var options = RebuildBenchmark.Options(servicePages: common.pages, workFolder: common.work, lentera: try common.lenteraPath(),
                                               templates: common.themePath, date: Executables.today())
        options.seed = common.seed
        options.runs = runs
        options.rows = rows
        options.unit = unit
        options.template = template
        options.outputs = common.outputs
        options.search = common.search
        options.keepOutput = keepOutput
        if !only.isEmpty { options.cases = RebuildCase.allCases.filter { only.contains($0.slug) } }
        let report = try RebuildBenchmark(options: options, log: { Log.error($0) }).run()
        print(report.markdown, terminator: "")
        if !report.problems.isEmpty {
            Log.error("Not as expected:\n" + report.problems.map { "  " + $0 }.joined(separator: "\n"))
            throw ExitCode(1)
        }
    }
}
