import ArgumentParser
import LenteraDiagnostics
import LenteraSite

extension Lentera {
    /// `lentera theme …`: the built-in theme.
    struct Theme: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Work with the built-in theme (the templates and assets compiled into lentera).",
            subcommands: [Export.self])
    }
}

extension Lentera.Theme {
    /// `lentera theme export DIR`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the built-in theme into a folder, to start a theme of your own.",
            discussion: """
            Writes every template and asset of the built-in theme into DIR (made when absent). \
            Nothing is overwritten: when any of the files is already there, nothing is written. \
            Keep only the files you change: a portal's templates folder overrides the built-in \
            theme file by file. See docs/cli.md.
            """)

        @Argument(help: ArgumentHelp("The folder to write the theme into.", valueName: "DIR"))
        var folder: String

        func run() throws {
            let outcome: ThemeExport.Outcome
            do {
                outcome = try ThemeExport.export(to: folder)
            } catch {
                Console.error(Diagnostic.error("cli.theme.export.failed", at: nil,
                                               Message("cli.theme.export.failed", ["path": .text(error.path), "reason": .text(error.reason)])).formatted)
                throw ExitCode(1)
            }
            switch outcome {
            case .refused(let existing):
                Console.error(Diagnostic.error("cli.theme.export.exists", at: nil,
                                               Message("cli.theme.export.exists", ["count": "\(existing.count)", "folder": .text(folder),
                                                                                   "example": .text(existing[0])]),
                                               advice: Message("cli.theme.export.exists.hint")).formatted)
                throw ExitCode(1)
            case .written(let files):
                Console.out(Message("cli.theme.export.done", ["count": "\(files.count)", "folder": .text(folder)]).text())
                Console.out(Message("cli.theme.export.next", ["folder": .text(folder)]).text())
            }
        }
    }
}
