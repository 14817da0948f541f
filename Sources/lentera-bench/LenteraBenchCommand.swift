import ArgumentParser
import Foundation

/// `lentera-bench`: the national-scale synthetic portal, its Hugo twin, the write floor
/// and the benchmark that compares them (docs/performance.md).
@main
struct LenteraBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lentera-bench",
        abstract: "Generates a synthetic national portal and measures Lentera against Hugo and a write floor.",
        discussion: """
        Build in release mode first: swift build -c release
        Examples:
          lentera-bench generate --pages 10000 --out /tmp/portal --hugo
          lentera-bench run --pages 10000 --runs 3
          lentera-bench rebuild --pages 10000 --runs 3
          lentera-bench floor --content /tmp/portal/content --reference public --out /tmp/floor
        """,
        subcommands: [Generate.self, FloorCommand.self, Run.self, RebuildCommand.self]
    )
}

enum Log {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
