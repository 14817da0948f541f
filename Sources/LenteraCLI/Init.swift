import ArgumentParser
import Foundation
import LenteraDiagnostics
import LenteraDomain
import LenteraSite

extension Lentera {
    /// `lentera init DIR`: a new portal, every field explained.
    struct Init: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: text("cli.help.init.abstract"), discussion: text("cli.help.init.discussion"))
        }

        @Argument(help: ArgumentHelp(text("cli.help.init.folder"), valueName: "DIR"))
        var folder: String

        @OptionGroup var output: OutputOptions

        func run() throws {
            Console.configure(output)
            do {
                let written = try Scaffold.initialise(folder, today: Today.date())
                Console.out(Message("cli.init.created", ["folder": .text(folder)]).text())
                for path in written { Console.out("  " + (folder as NSString).appendingPathComponent(path)) }
                Console.out("")
                Console.out(Message("cli.init.next-steps", ["folder": .text(folder)]).text())
            } catch {
                Console.printDiagnostics([error.diagnostic])
                throw ExitCode(1)
            }
        }
    }
}

/// Today, in UTC.
enum Today {
    static func date() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
