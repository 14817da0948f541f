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
            guard !markdown else { return Console.write(Catalogue.markdown(), to: .standardOutput) }
            // Otherwise one key a line, tab-separated: key, Indonesian, English.
            let indonesian = Catalogue.table(.id), english = Catalogue.table(.en)
            for key in Set(indonesian.keys).union(english.keys).sorted() {
                let texts = [indonesian[key] ?? "", english[key] ?? ""].map { $0.replacingOccurrences(of: "\n", with: "\\n") }
                Console.write(([key] + texts).joined(separator: "\t"), to: .standardOutput)
            }
        }
    }
}
