import ArgumentParser
import Foundation
import LenteraBench
import LenteraSynth

/// `lentera-bench generate`: writes the synthetic portal (and its Hugo twin).
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic portal: DIR/content (Lentera), DIR/hugo with --hugo, DIR/ekspor-skm.csv with --survey-rows.")

    @Option(help: "Service pages (service standards) in the portal, 1 to 1,000,000.")
    var pages: Int

    @Option(help: ArgumentHelp("The folder to write into; it must not exist yet.", valueName: "DIR"))
    var out: String

    @Option(help: "The seed of the generator; the same seed and size give the same bytes.")
    var seed: UInt64 = SplitMix64.defaultSeed

    @Flag(help: "Also write the Hugo twin of the portal into DIR/hugo.")
    var hugo = false

    @Option(name: .customLong("survey-rows"), help: "Also write a raw SKM survey export of this many rows (for `lentera survey import`).")
    var surveyRows: Int?

    @Option(help: "Threads writing units.")
    var jobs = 2

    func validate() throws {
        guard (1...1_000_000).contains(pages) else { throw ValidationError("--pages must be between 1 and 1,000,000") }
        guard !FileManager.default.fileExists(atPath: out) else { throw ValidationError("`\(out)` exists already: give a new folder") }
        if let surveyRows, surveyRows < 0 { throw ValidationError("--survey-rows must not be negative") }
    }

    func run() throws {
        let start = ChildProcess.monotonicSeconds()
        let root = URL(fileURLWithPath: out)
        let portal = SyntheticPortal(servicePages: pages, seed: seed)
        let summary = try portal.write(content: root.appendingPathComponent("content"),
                                       hugo: hugo ? root.appendingPathComponent("hugo") : nil, jobs: jobs)
        var line = "Wrote \(summary.services) services of \(summary.units) units in \(summary.instansi) instansi "
            + "(\(summary.sops) SOPs, \(summary.surveyResults) survey results, \(summary.performanceReports) performance reports): "
            + "\(summary.files) files, \(String(format: "%.1f", Double(summary.bytes) / 1e6)) MB into \(out)/content"
        if hugo { line += "; Hugo twin \(summary.hugoFiles) files, \(String(format: "%.1f", Double(summary.hugoBytes) / 1e6)) MB into \(out)/hugo" }
        if let surveyRows {
            let bytes = try SurveyExport.write(rows: surveyRows, seed: seed, to: root.appendingPathComponent("ekspor-skm.csv").path)
            line += "; survey export \(surveyRows) rows, \(String(format: "%.1f", Double(bytes) / 1e6)) MB"
        }
        print(line + String(format: " (%.1f s).", ChildProcess.monotonicSeconds() - start))
    }
}
