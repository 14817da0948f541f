import ArgumentParser
import LenteraDiagnostics
import LenteraSite

extension Lentera {
    /// `lentera schema DIR`: a JSON Schema per kind of content file, for editors.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a JSON Schema for every kind of content file, for editors.",
            discussion: """
            Writes KIND.schema.json (a whole YAML or JSON file) and, for kinds that may be \
            Markdown, KIND.frontmatter.schema.json (the front matter), made from the table of \
            content kinds that `check` enforces; plus vscode-settings.json (`yaml.schemas` and \
            `json.schemas` for VS Code) and README.md. Existing schema files are replaced.
            """)

        @Argument(help: ArgumentHelp("The folder to write the schemas into.", valueName: "DIR"))
        var folder: String

        @Option(name: .long, help: ArgumentHelp("The content folder, as the editor's workspace names it (for the settings).", valueName: "DIR"))
        var content = "content"

        func run() throws {
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
