import ArgumentParser
import Foundation
import LenteraSynth

/// What `run` and `rebuild` share: the portal's size and seed, the `lentera` to measure,
/// the theme and the work folder.
struct BenchOptions: ParsableArguments {
    @Option(help: "Service pages of the synthetic portal.")
    var pages: Int

    @Option(help: "The seed of the generator.")
    var seed: UInt64 = SplitMix64.defaultSeed

    @Option(help: ArgumentHelp("The `lentera` executable; by default the one beside lentera-bench.", valueName: "PATH"))
    var lentera: String?

    @Option(help: ArgumentHelp("The theme Lentera builds with.", valueName: "DIR"))
    var templates = "templates"

    @Option(help: ArgumentHelp("Where portals are cached and the logs kept (and the sites written when --outputs is not given and no tmpfs has room).", valueName: "DIR"))
    var work = ".build/lentera-bench"

    @Option(help: ArgumentHelp("""
        Where every output and the copies of the inputs go, all on one file system. By default a folder of /dev/shm when it is \
        a tmpfs with room for the run, else the work folder; the report says which.
        """, valueName: "DIR"))
    var outputs: String?

    @Flag(help: "Let Lentera make its search index (Pagefind); by default it builds with --no-search, as Hugo and the floor make none.")
    var search = false

    func validate() throws {
        guard pages >= 1 else { throw ValidationError("--pages must be at least 1") }
        guard FileManager.default.fileExists(atPath: templates) else { throw ValidationError("no theme at `\(templates)`: pass --templates DIR") }
    }

    /// The `lentera` executable to measure, checked.
    func lenteraPath() throws -> String {
        let path = lentera ?? Executables.own().deletingLastPathComponent().appendingPathComponent("lentera").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw ValidationError("no `lentera` executable at \(path): build it (swift build -c release) or pass --lentera PATH")
        }
        return path
    }

    var themePath: String { URL(fileURLWithPath: templates).standardizedFileURL.path }
}
