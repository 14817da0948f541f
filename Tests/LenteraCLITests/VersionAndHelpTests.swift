import Foundation
import LenteraCLI
import LenteraTesting
import Testing

/// `--version` and `--help` of the command and of each subcommand.
@Suite struct VersionAndHelpTests {
    func run(_ arguments: [String]) throws -> ProcessResult {
        try withTemporaryFolder { try LenteraProcess.run(arguments, in: $0) }
    }

    @Test func versionPrintsTheVersion() throws {
        let result = try run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "\(Lentera.version)\n")
        #expect(result.stderr == "")
        #expect(Lentera.version.split(separator: ".").count == 3)
    }

    @Test func helpNamesTheSubcommands() throws {
        let result = try run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: lentera <subcommand>"))
        #expect(result.stdout.contains("  build "))
        #expect(result.stdout.contains("  check "))
        #expect(result.stdout.contains("--version"))
    }

    @Test func buildHelpNamesItsOptions() throws {
        let result = try run(["build", "--help"])
        #expect(result.status == 0)
        for option in ["--content <DIR>", "--templates <DIR>", "--output <DIR>", "--base-url <URL>"] {
            #expect(result.stdout.contains(option), "\(option)")
        }
        #expect(result.stdout.contains("(default: public)"))
    }

    @Test func checkHelpNamesItsOptionsAndNoOutput() throws {
        let result = try run(["check", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--content <DIR>"))
        #expect(result.stdout.contains("--templates <DIR>"))
        #expect(!result.stdout.contains("--output"))
    }

    @Test func anUnknownOptionIsAUsageError() throws {
        let result = try run(["check", "--konten", "x"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Unknown option '--konten'"))
        #expect(result.stdout == "")
    }
}
