import ArgumentParser
import LenteraDiagnostics
import LenteraSite

extension Lentera {
    /// `lentera schema DIR`: a JSON Schema per kind of content file, for editors.
    struct Schema: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: text("cli.help.schema.abstract"), discussion: text("cli.help.schema.discussion"))
        }

        @Argument(help: ArgumentHelp(text("cli.help.schema.folder"), valueName: "DIR"))
        var folder: String

        @Option(name: .long, help: ArgumentHelp(text("cli.help.schema.content"), valueName: "DIR"))
        var content = "content"

        @OptionGroup var output: OutputOptions

        func run() throws {
            Console.configure(output)
            do {
                let count = try Scaffold.schemas(into: folder, content: content)
                Console.out(Message("cli.schema.written", ["count": .text(String(count)), "folder": .text(folder)]).text())
            } catch {
                Console.printDiagnostics([error.diagnostic])
                throw ExitCode(1)
            }
        }
    }
}
