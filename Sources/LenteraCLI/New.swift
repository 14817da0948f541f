import ArgumentParser
import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraSite

extension Lentera {
    /// `lentera new KIND [SLUG] [--unit UNIT] [--nama "…"]`: one new content file.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a new content file, pre-filled and commented, where Lentera reads it.",
            discussion: """
            Kinds: \(Scaffold.newKinds.map(\.name).joined(separator: ", ")). Kinds that live in a \
            unit's folder need --unit. Without SLUG, the file name is made from --nama. Never \
            overwrites a file.
            Examples:
              lentera new unit --unit dinas-contoh --nama "Bidang Pelayanan"
              lentera new layanan --unit dinas-contoh --nama "Surat Keterangan Domisili"
              lentera new maklumat --unit bidang-pelayanan
            """)

        @Argument(help: ArgumentHelp("The kind of content.", valueName: "KIND"))
        var kind: String

        @Argument(help: ArgumentHelp("The file's name (its address): lowercase letters, digits and hyphens.", valueName: "SLUG"))
        var slug: String?

        @Option(name: .long, help: ArgumentHelp("The unit's folder name: where the file goes (for a new unit: its parent).", valueName: "UNIT"))
        var unit: String?

        @Option(name: .long, help: ArgumentHelp("The name or title written into the file.", valueName: "NAME"))
        var nama: String?

        @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "DIR"))
        var content = "content"

        func run() throws {
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
