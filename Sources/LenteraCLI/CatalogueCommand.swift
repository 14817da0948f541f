import ArgumentParser
import LenteraDiagnostics

extension Lentera {
    /// `lentera catalogue --markdown`: the table of docs/diagnostics.md, from the catalogues.
    /// Hidden: for the documentation and its test, not for officers.
    struct CatalogueCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "catalogue", abstract: text("cli.help.catalogue.abstract"), shouldDisplay: false)
        }

        @Flag(name: .long, help: ArgumentHelp(text("cli.help.catalogue.markdown")))
        var markdown = false

        @OptionGroup var output: OutputOptions

        func run() throws {
            Console.write(Catalogue.markdown(), to: .standardOutput)
        }
    }
}
