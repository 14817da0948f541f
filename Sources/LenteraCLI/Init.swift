import ArgumentParser
import Foundation
import LenteraDiagnostics
import LenteraDomain
import LenteraSite

extension Lentera {
    /// `lentera init DIR`: a new portal, every field explained.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a new portal in a new or empty folder.",
            discussion: """
            Writes DIR/content/: portal.yaml, one instansi, one unit with its maklumat and one \
            service with all 14 components, and a free page. Each file explains its fields in \
            Indonesian comments. Refuses a folder that is not empty.
            """)

        @Argument(help: ArgumentHelp("The folder of the new portal.", valueName: "DIR"))
        var folder: String

        func run() throws {
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
