import Foundation
import LenteraTesting
import Testing

/// `lentera` on a real terminal: `script` (util-linux, in every Debian) runs it on a
/// pseudo-terminal and relays what it wrote.
@Suite struct TerminalTests {
    static let script = URL(fileURLWithPath: "/usr/bin/script")

    /// What `lentera arguments` wrote to its terminal, run in a folder holding `portal`.
    func onATerminal(_ arguments: [String], _ portal: TestPortal, environment: [String: String] = [:]) throws -> String {
        try withTemporaryFolder { folder in
            try portal.write(to: folder.appendingPathComponent("content"))
            let command = ([try LenteraProcess.executable().path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
                .joined(separator: " ")
            let process = Process()
            process.executableURL = Self.script
            process.arguments = ["-qec", command, "/dev/null"]
            process.currentDirectoryURL = folder
            var variables = ProcessInfo.processInfo.environment
            for name in ["NO_COLOR", "LENTERA_LANG"] { variables.removeValue(forKey: name) }
            variables["TERM"] = "xterm"
            process.environment = variables.merging(environment) { $1 }
            let output = folder.appendingPathComponent("terminal")
            FileManager.default.createFile(atPath: output.path, contents: nil)
            let handle = try FileHandle(forWritingTo: output)
            process.standardOutput = handle
            process.standardError = handle
            process.standardInput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try handle.close()
            return String(decoding: try Data(contentsOf: output), as: UTF8.self)
        }
    }

    static let oneWarning = TestPortal().with(TestPortal.serviceFile, SampleService.markdown(enacted: false))

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aTerminalGetsColourUnlessNoColorIsSet() throws {
        let arguments = ["check", "--content", "content", "--templates", Repository.templates.path, "--lang", "en"]
        let coloured = try onATerminal(arguments, Self.oneWarning)
        #expect(coloured.contains("\u{1B}[1;33mwarning:\u{1B}[0m the standard does not say which decree enacted it"), "\(coloured)")
        #expect(coloured.contains("\u{1B}[1mcontent/units/dinas-contoh/layanan/layanan-contoh.md:2:1:\u{1B}[0m"))
        let plain = try onATerminal(arguments, Self.oneWarning, environment: ["NO_COLOR": "1"])
        #expect(plain.contains("content/units/dinas-contoh/layanan/layanan-contoh.md:2:1: warning: the standard does not say"), "\(plain)")
        #expect(!plain.unicodeScalars.contains("\u{1B}"))
        let never = try onATerminal(arguments + ["--color", "never"], Self.oneWarning)
        #expect(!never.unicodeScalars.contains("\u{1B}"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aQuickBuildOnATerminalShowsNoProgress() throws {
        let output = try onATerminal(["build", "--content", "content", "--templates", Repository.templates.path], TestPortal())
        #expect(output.contains("13 halaman dibuat (46 berkas) ke public/ dalam "), "\(output)")
        #expect(!output.contains("\u{1B}[2K"))
    }
}
