import ArgumentParser
import Foundation
import LenteraDiagnostics
import LenteraDomain
import LenteraSite

extension Lentera {
    /// `lentera build`: check, then write the site; on any error, write nothing.
    struct Build: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: text("cli.help.build.abstract"), discussion: text("cli.help.build.discussion"))
        }

        @OptionGroup var input: InputOptions

        @Option(name: .long, help: ArgumentHelp(text("cli.help.build.output"), valueName: "DIR"))
        var output = "public"

        @Option(name: .customLong("base-url"), help: ArgumentHelp(text("cli.help.build.base-url"), valueName: "URL"))
        var baseURL: String?

        @Option(name: .long, help: ArgumentHelp(text("cli.help.build.date"), valueName: "DATE"))
        var date: String?

        @Flag(name: .long, help: ArgumentHelp(text("cli.help.build.fresh")))
        var fresh = false

        @Option(name: .long, help: ArgumentHelp(text("cli.help.build.wait"), valueName: "SECONDS"))
        var wait: Double = BuildOptions.defaultWait

        @Flag(name: .long, help: ArgumentHelp(text("cli.help.build.timings")))
        var timings = false

        @OptionGroup var search: SearchOptions

        @OptionGroup var printing: OutputOptions

        /// The exit status when another build held the output (EX_TEMPFAIL: try again later).
        static let busyStatus: Int32 = 75

        func validate() throws {
            if let date, CalendarDate(iso: date).map({ Limits.years.contains($0.year) }) != true {
                throw ValidationError(Message("cli.build.invalid-date", ["first": .text(String(Limits.years.range.lowerBound)),
                                                                        "last": .text(String(Limits.years.range.upperBound)),
                                                                        "value": .text(date)]).text())
            }
            guard (0...3600).contains(wait) else { throw ValidationError(Message("cli.invalid-wait", ["value": .text("\(wait)")]).text()) }
        }

        func run() throws {
            Console.configure(printing)
            var options = BuildOptions(content: input.content, templates: input.templates, output: output, baseURL: baseURL,
                                       date: date.flatMap { CalendarDate(iso: $0) })
            options.fresh = fresh
            options.wait = wait
            options.search = try search.setting()
            let progress = BuildProgress.forThisRun(quiet: printing.quiet)
            if let progress { options.progress = { progress.update($0) } }
            let report = SiteBuilder.build(options)
            progress?.finish()
            Console.printDiagnostics(report.diagnostics, summary: true)
            if timings { Console.printTimings(report.phaseTimes) }
            if report.diagnostics.contains(where: { $0.code == "build.output-overlaps" }) {
                Console.error(Message("cli.build.refused"))
                throw ExitCode(1)
            }
            if report.diagnostics.contains(where: { $0.code == "build.busy" }) {
                Console.error(Message("cli.build.refused"))
                throw ExitCode(Self.busyStatus)
            }
            guard report.succeeded else {
                let published = FileManager.default.fileExists(atPath: output)
                Console.error(Message(published ? "cli.build.failed" : "cli.build.failed-nothing-written",
                                      ["counts": .text(Console.counts(report.diagnostics)), "output": .text(output)]))
                throw ExitCode(1)
            }
            if report.waited {
                Console.note(report.waitedFor.map { Message("cli.build.waited-process", ["output": .text(output), "process": .text(String($0))]) }
                             ?? Message("cli.build.waited", ["output": .text(output)]))
            }
            let seconds = report.phaseTimes.reduce(0) { $0 + $1.seconds }
            let warnings = report.diagnostics.warningCount
            if report.unchanged {
                var arguments: [String: Message.Argument] = ["pages": .text(String(report.pagesWritten)), "files": .text(String(report.filesWritten)),
                                                             "output": .text(output), "time": .text(Console.seconds(seconds))]
                if warnings > 0 { arguments["warnings"] = .text(Console.count(warnings, "warnings")) }
                Console.out(Message(warnings > 0 ? "cli.build.unchanged-warnings" : "cli.build.unchanged", arguments))
                return
            }
            let counts: [String: Message.Argument] = ["files": .text(String(report.filesWritten)), "changed": .text(String(report.filesChanged)),
                                                      "removed": .text(String(report.filesRemoved)), "reused": .text(String(report.filesReused))]
            let files = report.incremental || report.filesReused > 0
                ? Message(report.filesReused > 0 ? "cli.build.files-reused" : "cli.build.files-incremental", counts)
                : Message("cli.build.files", ["files": .text(String(report.filesWritten))])
            var arguments: [String: Message.Argument] = ["pages": .text(String(report.pagesWritten)), "files": .message(files),
                                                         "output": .text(output), "time": .text(Console.seconds(seconds))]
            if warnings > 0 { arguments["warnings"] = .text(Console.count(warnings, "warnings")) }
            Console.out(Message(warnings > 0 ? "cli.build.built-warnings" : "cli.build.built", arguments))
        }
    }
}
