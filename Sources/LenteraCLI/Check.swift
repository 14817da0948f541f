import ArgumentParser
import LenteraSite

extension Lentera {
    /// `lentera check`: every diagnostic, nothing written.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the content and the templates without writing anything.",
            discussion: "Prints every problem found, like a compiler, and exits with 1 when any is an error.")

        @OptionGroup var input: InputOptions

        func run() throws {
            let options = BuildOptions(content: input.content, templates: input.templates)
            let diagnostics = SiteBuilder.diagnostics(options)
            Console.printDiagnostics(diagnostics)
            if diagnostics.hasErrors {
                Console.error("Check failed: \(Console.counts(diagnostics)).")
                throw ExitCode(1)
            }
            Console.out("Check passed: \(Console.counts(diagnostics)).")
        }
    }
}
