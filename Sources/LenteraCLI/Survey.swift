import ArgumentParser
import Foundation
import LenteraDiagnostics
import LenteraDomain
import LenteraImport

extension Lentera {
    /// `lentera survey …`: survey results.
    struct Survey: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: text("cli.help.survey.abstract"), subcommands: [Import.self])
        }
    }
}

extension SurveyKind: ExpressibleByArgument {}

extension Lentera.Survey {
    /// `lentera survey import FILE --unit UNIT --period PERIOD`.
    struct Import: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: text("cli.help.survey-import.abstract"), discussion: text("cli.help.survey-import.discussion"))
        }

        @Argument(help: ArgumentHelp(text("cli.help.survey-import.file"), valueName: "FILE"))
        var file: String

        @Option(name: .long, help: ArgumentHelp(text("cli.help.survey-import.unit"), valueName: "UNIT"))
        var unit: String

        @Option(name: .long, help: ArgumentHelp(text("cli.help.survey-import.period"), valueName: "PERIOD"))
        var period: String

        @Option(name: .long, help: ArgumentHelp(text("cli.help.survey-import.service"), valueName: "SERVICE"))
        var service: String?

        @Option(name: .long, help: ArgumentHelp(text("cli.help.survey-import.sheet"), valueName: "SHEET"))
        var sheet: String?

        @Option(name: .long, help: ArgumentHelp(text("cli.help.survey-import.kind"), valueName: "KIND"))
        var kind: SurveyKind = .skm

        @Option(name: .long, help: ArgumentHelp(text("cli.help.survey-import.mapping"), valueName: "MAPPING"))
        var mapping: String?

        @Option(name: .long, help: ArgumentHelp(text("cli.help.survey-import.users"), valueName: "N"))
        var users: Int?

        @Option(name: .customLong("max-rejected"), help: ArgumentHelp(text("cli.help.survey-import.max-rejected"), valueName: "PERCENT"))
        var maxRejected: Double = 5

        @Flag(name: .customLong("dry-run"), help: ArgumentHelp(text("cli.help.survey-import.dry-run")))
        var dryRun = false

        @Option(name: .long, help: ArgumentHelp(text("cli.help.survey-import.content"), valueName: "DIR"))
        var content = "content"

        @Option(name: .long, help: ArgumentHelp(text("cli.help.survey-import.wait"), valueName: "SECONDS"))
        var wait: Double = SurveyImport.Request.defaultLockWait

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard (0...100).contains(maxRejected) else { throw ValidationError(Message("cli.import.invalid-max-rejected").text()) }
            if let users, !(1...Limits.serviceUsers.range.upperBound).contains(users) {
                throw ValidationError(Message("cli.import.invalid-users", ["last": .text(String(Limits.serviceUsers.range.upperBound)),
                                                                          "value": .text(String(users))]).text())
            }
            guard (0...3600).contains(wait) else { throw ValidationError(Message("cli.invalid-wait", ["value": .text("\(wait)")]).text()) }
        }

        func run() throws {
            Console.configure(output)
            var request = SurveyImport.Request(
                export: URL(fileURLWithPath: file), exportDisplay: file,
                content: URL(fileURLWithPath: content), contentDisplay: content,
                unit: unit, period: period, service: service, kind: kind,
                mapping: mapping.map { URL(fileURLWithPath: $0) }, mappingDisplay: mapping,
                serviceUsers: users, maxRejectedShare: maxRejected / 100, dryRun: dryRun)
            request.lockWait = wait
            request.sheet = sheet
            do {
                let outcome = try SurveyImport(request).run()
                Console.printDiagnostics(Self.shown(outcome.diagnostics))
                report(outcome.tally)
                if outcome.comparedFigures > 0, !outcome.diagnostics.contains(where: { $0.code.hasPrefix("import.check.") }) {
                    Console.note(Message("cli.import.checked"))
                }
                if let users = outcome.result.serviceUsers {
                    let needed = SampleSize.krejcieMorgan(population: users)
                    Console.note(Message(outcome.result.respondents >= needed ? "cli.import.sample-met" : "cli.import.sample-not-met",
                                         ["respondents": .text(String(outcome.result.respondents)), "users": .text(String(users)),
                                          "needed": .text(String(needed))]))
                }
                if !outcome.tally.services.isEmpty {
                    Console.note(Message("cli.import.split", ["column": .text(outcome.tally.serviceColumn ?? ""), "count": .text(String(outcome.parts.count))]))
                }
                let written = outcome.parts.compactMap { part in part.written.map { (part.replaced, $0) } }
                for (replaced, file) in written {
                    Console.out(Message(replaced ? "cli.import.replaced" : "cli.import.wrote", ["file": .text("\(content)/\(file)")]))
                }
                if written.isEmpty { Console.out(Message("cli.import.dry-run")) }
            } catch {
                Console.printDiagnostics(Self.shown(error.diagnostics))
                if let tally = error.tally { report(tally) }
                Console.error(Message("cli.import.failed"))
                throw ExitCode(error.diagnostics.contains { $0.code == "import.busy" } ? Lentera.Build.busyStatus : 1)
            }
        }

        /// Rejected rows beyond the first 20 are summed up, not listed.
        static func shown(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
            let rows = diagnostics.filter { $0.code == "import.rejected-row" }
            guard rows.count > 20 else { return diagnostics }
            var shown = Array(rows.prefix(20))
            shown.append(.warning("import.rejected-row", at: nil, Message("import.rejected-row.more", ["count": .text(String(rows.count - 20))])))
            return shown + diagnostics.filter { $0.code != "import.rejected-row" }
        }

        /// What was read, counted and left out (not under `--quiet`).
        func report(_ tally: SurveyTally) {
            if tally.headerLine > 1 {
                Console.note(Message("cli.import.header", ["line": .text(String(tally.headerLine)), "titles": .text(String(tally.titleRows))]))
            }
            Console.note(Message("cli.import.read", ["total": .text(String(tally.total)), "accepted": .text(String(tally.accepted)),
                                                     "rejected": .text(String(tally.rejected.count))]))
            if tally.unanswered > 0 { Console.note(Message("cli.import.unanswered", ["count": .text(String(tally.unanswered))])) }
            if !tally.figures.isEmpty {
                Console.note(Message("cli.import.summary", ["count": .text(String(tally.figures.rows.count { $0.line > tally.headerLine }))]))
            }
            if tally.afterSummary > 0 { Console.note(Message("cli.import.after-summary", ["count": .text(String(tally.afterSummary))])) }
            if !tally.ignoredColumns.isEmpty {
                let count = tally.ignoredColumns.count
                Console.note(Message(count == 1 ? "cli.import.not-kept.one" : "cli.import.not-kept.other",
                                     ["count": .text(String(count)),
                                      "columns": .text(tally.ignoredColumns.map { "`\($0.prefix(40))`" }.joined(separator: ", "))]))
            }
            for (field, others) in tally.otherCategories.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                let total = others.values.reduce(0, +)
                Console.note(Message(total == 1 ? "cli.import.other-category.one" : "cli.import.other-category.other",
                                     ["count": .text(String(total)), "field": .text(field.rawValue)]))
            }
        }
    }
}
