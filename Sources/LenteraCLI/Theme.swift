import ArgumentParser
import Foundation
import LenteraDiagnostics
import LenteraSite

extension Lentera {
    /// `lentera theme …`: the built-in theme.
    struct Theme: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: text("cli.help.theme.abstract"), subcommands: [Export.self])
        }
    }
}

extension Lentera.Theme {
    /// `lentera theme export DIR`.
    struct Export: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: text("cli.help.theme-export.abstract"), discussion: text("cli.help.theme-export.discussion"))
        }

        @Argument(help: ArgumentHelp(text("cli.help.theme-export.folder"), valueName: "DIR"))
        var folder: String

        @OptionGroup var output: OutputOptions

        func run() throws {
            Console.configure(output)
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
                // The default folder is read by itself: do not call it "another" (officer's report).
                let isDefault = (folder as NSString).standardizingPath == "templates"
                Console.out(Message(isDefault ? "cli.theme.export.next.default" : "cli.theme.export.next", ["folder": .text(folder)]).text())
            }
        }
    }
}
