import ArgumentParser
import Foundation
import LenteraDiagnostics
import LenteraDomain
import LenteraImport

extension Lentera {
    /// `lentera survey …`: survey results.
    struct Survey: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Work with survey results (SKM, and the SPKP/SPAK of the Zona Integritas).",
            subcommands: [Import.self])
    }
}

extension SurveyKind: ExpressibleByArgument {}

extension Lentera.Survey {
    /// `lentera survey import FILE --unit UNIT --period PERIOD`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count a raw survey export into the period's aggregated result in the content folder.",
            discussion: """
            Reads the export (CSV: comma or semicolon, UTF-8 with or without BOM) row by row and \
            writes units/UNIT/survei/KIND-PERIOD[--SERVICE].yaml: answer counts per element, the \
            number of respondents, and the respondent profile by category. The export itself is \
            never copied, and no other column (names, phone numbers, e-mail addresses, NIK, free \
            text) is kept. Importing the same period again replaces the result. Rows that cannot be \
            counted are listed with their line; when more than --max-rejected of them are rejected, \
            nothing is written. See docs/survey.md.
            """)

        @Argument(help: ArgumentHelp("The export of the survey's responses (CSV).", valueName: "FILE"))
        var file: String

        @Option(name: .long, help: ArgumentHelp("The unit surveyed (its slug).", valueName: "UNIT"))
        var unit: String

        @Option(name: .long, help: ArgumentHelp("The period: 2024-03, 2024-Q1, 2024-S1 or 2024.", valueName: "PERIOD"))
        var period: String

        @Option(name: .long, help: ArgumentHelp("The service surveyed (its slug), when the survey covers one service.", valueName: "SERVICE"))
        var service: String?

        @Option(name: .long, help: ArgumentHelp("skm (answers 1–4) or zi (SPKP and SPAK, 1–6 stars).", valueName: "KIND"))
        var kind: SurveyKind = .skm

        @Option(name: .long, help: ArgumentHelp("A file mapping the export's headers and answer labels to elements.", valueName: "MAPPING"))
        var mapping: String?

        @Option(name: .long, help: ArgumentHelp("Users of the service in the period, to check the sample size.", valueName: "N"))
        var users: Int?

        @Option(name: .customLong("max-rejected"), help: ArgumentHelp("The largest share of rows that may be rejected, in percent.", valueName: "PERCENT"))
        var maxRejected: Double = 5

        @Flag(name: .customLong("dry-run"), help: "Count and report, write nothing.")
        var dryRun = false

        @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "DIR"))
        var content = "content"

        @Option(name: .long, help: ArgumentHelp("Seconds to wait for another import into the same content folder to finish; then stop (exit 75).", valueName: "SECONDS"))
        var wait: Double = SurveyImport.Request.defaultLockWait

        func validate() throws {
            guard (0...100).contains(maxRejected) else { throw ValidationError("--max-rejected must be a percentage from 0 to 100") }
            if let users, !(1...Limits.serviceUsers.range.upperBound).contains(users) {
                throw ValidationError("--users must be a number of people from 1 to \(Limits.serviceUsers.range.upperBound), not \(users)")
            }
            guard (0...3600).contains(wait) else { throw ValidationError("--wait must be a number of seconds from 0 to 3600, not \(wait)") }
        }

        func run() throws {
            var request = SurveyImport.Request(
                export: URL(fileURLWithPath: file), exportDisplay: file,
                content: URL(fileURLWithPath: content), contentDisplay: content,
                unit: unit, period: period, service: service, kind: kind,
                mapping: mapping.map { URL(fileURLWithPath: $0) }, mappingDisplay: mapping,
                serviceUsers: users, maxRejectedShare: maxRejected / 100, dryRun: dryRun)
            request.lockWait = wait
            do {
                let outcome = try SurveyImport(request).run()
                Console.printDiagnostics(Self.shown(outcome.diagnostics))
                report(outcome.tally)
                if let users = outcome.result.serviceUsers {
                    let needed = SampleSize.krejcieMorgan(population: users)
                    Console.out("Sample: \(outcome.result.respondents) respondents of \(users) users; Krejcie & Morgan ask for \(needed)"
                                + (outcome.result.respondents >= needed ? " (met)." : " (not met)."))
                }
                if let written = outcome.written {
                    Console.out((outcome.replaced ? "Replaced " : "Wrote ") + "\(content)/\(written).")
                } else {
                    Console.out("Dry run: nothing was written.")
                }
            } catch {
                Console.printDiagnostics(Self.shown(error.diagnostics))
                if let tally = error.tally { report(tally) }
                Console.error("Import failed. Nothing was written.")
                throw ExitCode(error.diagnostics.contains { $0.code == "import.busy" } ? Lentera.Build.busyStatus : 1)
            }
        }

        /// Rejected rows beyond the first 20 are summed up, not listed.
        static func shown(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
            let rows = diagnostics.filter { $0.code == "import.rejected-row" }
            guard rows.count > 20 else { return diagnostics }
            var shown = Array(rows.prefix(20))
            shown.append(.warning("import.rejected-row", at: nil, "… and \(rows.count - 20) more rows not counted"))
            return shown + diagnostics.filter { $0.code != "import.rejected-row" }
        }

        func report(_ tally: SurveyTally) {
            Console.out("Read \(tally.total) rows: \(tally.accepted) accepted, \(tally.rejected.count) rejected.")
            if !tally.ignoredColumns.isEmpty {
                Console.out("Not kept: \(tally.ignoredColumns.count) column\(tally.ignoredColumns.count == 1 ? "" : "s") that are neither an element nor a profile field ("
                            + tally.ignoredColumns.map { "`\($0.prefix(40))`" }.joined(separator: ", ") + ").")
            }
            for (field, others) in tally.otherCategories.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                let total = others.values.reduce(0, +)
                Console.out("Counted as `Lainnya`: \(total) \(field.rawValue) answer\(total == 1 ? "" : "s") outside the known categories; "
                            + "map them under `kategori:` in the mapping file if they are categories.")
            }
        }
    }
}
