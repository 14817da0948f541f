import ArgumentParser
import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraSite

extension Lentera {
    /// `lentera new KIND [SLUG] [--unit UNIT] [--nama "…"]`: one new content file.
    struct New: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: text("cli.help.new.abstract"),
                                 discussion: Message("cli.help.new.discussion",
                                                     ["kinds": .text(Scaffold.newKinds.map(\.name).joined(separator: ", "))]).text())
        }

        @Argument(help: ArgumentHelp(text("cli.help.new.kind"), valueName: "KIND"))
        var kind: String

        @Argument(help: ArgumentHelp(text("cli.help.new.slug"), valueName: "SLUG"))
        var slug: String?

        @Option(name: .long, help: ArgumentHelp(text("cli.help.new.unit"), valueName: "UNIT"))
        var unit: String?

        @Option(name: .long, help: ArgumentHelp(text("cli.help.new.nama"), valueName: "NAME"))
        var nama: String?

        @Option(name: .long, help: ArgumentHelp(text("cli.help.new.content"), valueName: "DIR"))
        var content = "content"

        @OptionGroup var output: OutputOptions

        func run() throws {
            Console.configure(output)
            do {
                let path = try Scaffold.new(kind: kind, slug: slug, unit: unit, name: nama, content: content, today: Today.date())
                Console.out(Message("cli.new.created", ["path": .text(path)]).text())
                Console.out(Message("cli.new.next-step").text())
            } catch {
                Console.printDiagnostics([error.diagnostic])
                throw ExitCode(1)
            }
        }
    }
}
