import ArgumentParser
import Foundation
import LenteraDomain
import LenteraSite

extension Lentera {
    /// `lentera build`: check, then write the site; on any error, write nothing.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the site into the output folder.",
            discussion: """
            The site is written into a new folder beside the output folder and swapped in only \
            when every page was written: a failed build leaves the published site exactly as it was. \
            One build at a time per output folder: a second one waits up to --wait seconds, then \
            stops. Exits with 1 when the content has errors or the site cannot be written, 75 when \
            another build of the same output kept running.
            """)

        @OptionGroup var input: InputOptions

        @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "DIR"))
        var output = "public"

        @Option(name: .customLong("base-url"), help: ArgumentHelp("The public address of the site; overrides `base_url` in portal.yaml.", valueName: "URL"))
        var baseURL: String?

        @Option(name: .long, help: ArgumentHelp("The day the survey figures are judged on (YYYY-MM-DD); today by default.", valueName: "DATE"))
        var date: String?

        @Flag(name: .long, help: "Write a whole new tree instead of updating the previous one (which writes only the files that changed).")
        var fresh = false

        @Option(name: .long, help: ArgumentHelp("Seconds to wait for another build of the same output folder to finish; then stop (exit 75).", valueName: "SECONDS"))
        var wait: Double = BuildOptions.defaultWait

        @Flag(name: .long, help: "Print the seconds each build phase took to standard error, one `timing PHASE SECONDS` line per phase.")
        var timings = false

        /// The exit status when another build held the output (EX_TEMPFAIL: try again later).
        static let busyStatus: Int32 = 75

        func validate() throws {
            if let date, CalendarDate(iso: date).map({ Limits.years.contains($0.year) }) != true {
                throw ValidationError("--date must be a date written YYYY-MM-DD between the years \(Limits.years.range.lowerBound) and \(Limits.years.range.upperBound), not `\(date)`")
            }
            guard (0...3600).contains(wait) else { throw ValidationError("--wait must be a number of seconds from 0 to 3600, not \(wait)") }
        }

        func run() throws {
            var options = BuildOptions(content: input.content, templates: input.templates, output: output, baseURL: baseURL,
                                       date: date.flatMap { CalendarDate(iso: $0) })
            options.fresh = fresh
            options.wait = wait
            let report = SiteBuilder.build(options)
            Console.printDiagnostics(report.diagnostics)
            if timings { Console.printTimings(report.phaseTimes) }
            if report.diagnostics.contains(where: { $0.code == "build.output-overlaps" }) {
                Console.error("Build refused: nothing was written.")
                throw ExitCode(1)
            }
            if report.diagnostics.contains(where: { $0.code == "build.busy" }) {
                Console.error("Build refused: nothing was written.")
                throw ExitCode(Self.busyStatus)
            }
            guard report.succeeded else {
                let published = FileManager.default.fileExists(atPath: output)
                Console.error("Build failed: \(Console.counts(report.diagnostics)). "
                              + (published ? "`\(output)` was left unchanged." : "Nothing was written."))
                throw ExitCode(1)
            }
            if report.waited {
                Console.out("Waited for another build of `\(output)`" + (report.waitedFor.map { " (process \($0))" } ?? "") + " to finish.")
            }
            let seconds = report.phaseTimes.reduce(0) { $0 + $1.seconds }
            let warnings = report.diagnostics.warningCount
            let files = report.incremental
                ? "\(report.filesWritten) files, \(report.filesChanged) changed, \(report.filesRemoved) removed"
                : "\(report.filesWritten) files"
            Console.out("Built \(report.pagesWritten) pages (\(files)) into \(output)/ in \(Console.seconds(seconds))"
                        + (warnings > 0 ? " with \(warnings) warning\(warnings == 1 ? "" : "s")." : "."))
        }
    }
}
