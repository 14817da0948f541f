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
            Exits with 1 when the content has errors.
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

        @Flag(name: .long, help: "Print the seconds each build phase took to standard error, one `timing PHASE SECONDS` line per phase.")
        var timings = false

        func validate() throws {
            if let date, CalendarDate(iso: date).map({ Limits.years.contains($0.year) }) != true {
                throw ValidationError("--date must be a date written YYYY-MM-DD between the years \(Limits.years.range.lowerBound) and \(Limits.years.range.upperBound), not `\(date)`")
            }
        }

        func run() throws {
            var options = BuildOptions(content: input.content, templates: input.templates, output: output, baseURL: baseURL,
                                       date: date.flatMap { CalendarDate(iso: $0) })
            options.fresh = fresh
            let report = SiteBuilder.build(options)
            Console.printDiagnostics(report.diagnostics)
            if timings { Console.printTimings(report.phaseTimes) }
            guard report.succeeded else {
                let published = FileManager.default.fileExists(atPath: output)
                Console.error("Build failed: \(Console.counts(report.diagnostics)). "
                              + (published ? "`\(output)` was left unchanged." : "Nothing was written."))
                throw ExitCode(1)
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
