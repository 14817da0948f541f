import ArgumentParser
import Foundation
import LenteraDiagnostics
import LenteraDomain
import LenteraSite

extension Lentera {
    /// `lentera check`: every diagnostic, nothing written.
    struct Check: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: text("cli.help.check.abstract"), discussion: text("cli.help.check.discussion"))
        }

        @OptionGroup var input: InputOptions

        @Option(name: .long, help: ArgumentHelp(text("cli.help.check.format"), valueName: "text|json"))
        var format = "text"

        @Option(name: .long, help: ArgumentHelp(text("cli.help.check.date"), valueName: "DATE"))
        var date: String?

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard ["text", "json"].contains(format) else {
                throw ValidationError(Message("cli.invalid-format", ["value": .text(format)]).text())
            }
            if let date, CalendarDate(iso: date).map({ Limits.years.contains($0.year) }) != true {
                throw ValidationError(Message("cli.build.invalid-date", ["first": .text(String(Limits.years.range.lowerBound)),
                                                                        "last": .text(String(Limits.years.range.upperBound)),
                                                                        "value": .text(date)]).text())
            }
        }

        func run() throws {
            Console.configure(output)
            let options = BuildOptions(content: input.content, templates: input.templates, date: date.flatMap { CalendarDate(iso: $0) })
            let (diagnostics, completeness) = SiteBuilder.checkReport(options)
            if format == "json" {
                // Standard output holds the JSON lines only; the result goes to standard error.
                let shown = output.quiet ? diagnostics.filter { $0.severity == .error } : diagnostics
                for diagnostic in shown { Console.write(DiagnosticJSON(diagnostic).jsonLine(), to: FileHandle.standardOutput) }
                if let completeness, !output.quiet, !diagnostics.hasErrors {
                    Console.write(CompletenessSummary(report: completeness).jsonLine(), to: FileHandle.standardOutput)
                }
                if diagnostics.hasErrors {
                    Console.error(Message("cli.check.failed", ["counts": .text(Console.counts(diagnostics))]))
                    throw ExitCode(1)
                }
                Console.write(Message("cli.check.passed", ["counts": .text(Console.counts(diagnostics))]).text(), to: FileHandle.standardError)
                return
            }
            Console.printDiagnostics(diagnostics, summary: true)
            if let completeness, !output.quiet, !diagnostics.hasErrors {
                for line in CompletenessSummary(report: completeness).lines() { Console.out(line) }
            }
            if diagnostics.hasErrors {
                Console.error(Message("cli.check.failed", ["counts": .text(Console.counts(diagnostics))]))
                throw ExitCode(1)
            }
            Console.out(Message("cli.check.passed", ["counts": .text(Console.counts(diagnostics))]))
        }
    }
}
