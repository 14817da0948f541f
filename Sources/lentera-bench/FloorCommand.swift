import ArgumentParser
import Foundation
import LenteraBench

/// `lentera-bench floor`: the write floor (see `Floor`).
struct FloorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "floor",
        abstract: "Convert the portal's Markdown with libcmark and write files of the sizes Lentera wrote, into a fresh folder.")

    @Option(help: ArgumentHelp("The content folder the site was built from.", valueName: "DIR"))
    var content: String

    @Option(help: ArgumentHelp("A manifest of the site's files (`SIZE<TAB>PATH` lines), as `run` writes it.", valueName: "FILE"))
    var manifest: String?

    @Option(help: ArgumentHelp("A built site to take the files and sizes from, instead of a manifest.", valueName: "DIR"))
    var reference: String?

    @Option(help: ArgumentHelp("The folder to write; it must not exist yet.", valueName: "DIR"))
    var out: String

    @Option(help: "Concurrent jobs.")
    var jobs = 2

    func validate() throws {
        guard (manifest == nil) != (reference == nil) else { throw ValidationError("give either --manifest or --reference") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let files: Manifest
        if let manifest {
            files = try Manifest(text: String(contentsOfFile: manifest, encoding: .utf8))
        } else {
            files = try Manifest.of(folder: reference!)
        }
        let result = try Floor.run(content: content, manifest: files, output: out, jobs: jobs)
        print("Wrote \(result.files) files (\(result.bytes) bytes, \(result.converted) converted from Markdown) into \(out).")
    }
}
