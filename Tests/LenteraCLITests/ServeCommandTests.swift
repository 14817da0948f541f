import Foundation
import LenteraTesting
import Testing
@testable import LenteraEditor

/// `lentera serve` as a process: what it prints, a busy port refused with exit status 1,
/// and SIGTERM ending it cleanly (status 0, the private folder removed).
@Suite(.serialized) struct ServeCommandTests {
    /// A running `lentera serve --port 0` over a portal in `folder`, its output in files.
    final class Server {
        let process = Process()
        let stdout: URL
        let stderr: URL

        /// The process's own temporary folder (`TMPDIR`), where its private build goes.
        let temporary: URL

        /// `language`: `LENTERA_LANG` (nil: not set, the default language).
        init(in folder: URL, arguments: [String] = ["--port", "0"], portal: TestPortal = TestPortal(), language: String? = "id") throws {
            try portal.write(to: folder.appendingPathComponent("content"))
            temporary = folder.appendingPathComponent("tmp")
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            stdout = folder.appendingPathComponent("serve.out")
            stderr = folder.appendingPathComponent("serve.err")
            FileManager.default.createFile(atPath: stdout.path, contents: nil)
            FileManager.default.createFile(atPath: stderr.path, contents: nil)
            process.executableURL = try LenteraProcess.executable()
            process.arguments = ["serve", "--content", "content", "--templates", Repository.templates.path] + arguments
            process.currentDirectoryURL = folder
            var environment = ProcessInfo.processInfo.environment
            environment["LENTERA_LANG"] = language
            environment["TMPDIR"] = temporary.path
            process.environment = environment
            process.standardOutput = try FileHandle(forWritingTo: stdout)
            process.standardError = try FileHandle(forWritingTo: stderr)
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        var output: String { (try? String(contentsOf: stdout, encoding: .utf8)) ?? "" }
        var errors: String { (try? String(contentsOf: stderr, encoding: .utf8)) ?? "" }

        /// The port from `Pratinjau portal: http://127.0.0.1:PORT/`, once printed.
        func port(within seconds: Double = 60, shown prefix: String = "Pratinjau portal: ") throws -> Int {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline && process.isRunning {
                if let line = output.split(separator: "\n").first(where: { $0.hasPrefix(prefix + "http://127.0.0.1:") }),
                   let port = Int(line.split(separator: ":").last!.dropLast()) {
                    return port
                }
                Thread.sleep(forTimeInterval: 0.02)
            }
            throw LenteraProcess.NotBuilt(description: "serve printed no address: \(output) \(errors)")
        }

        func waitForExit(within seconds: Double = 20) -> Int32? {
            let deadline = Date().addingTimeInterval(seconds)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            if process.isRunning { process.terminate(); return nil }
            return process.terminationStatus
        }
    }

    @Test func itPrintsTheAddressRefusesABusyPortAndStopsOnSIGTERM() throws {
        try withTemporaryFolder { folder in
            let first = try Server(in: folder.appendingPathComponent("satu"))
            let port = try first.port()
            let lines = first.output.split(separator: "\n").map(String.init)
            #expect(lines.first?.hasPrefix("Dibangun 13 halaman dalam ") == true)
            #expect(lines.contains("Pratinjau portal: http://127.0.0.1:\(port)/"))
            #expect(lines.contains("tekan Ctrl+C untuk berhenti"))
            // On loopback only: no address for other computers.
            #expect(!first.output.contains("Dari komputer lain di jaringan"))
            #expect(first.errors == "")
            // The site is built into a folder of its own under the temporary folder.
            let made = try FileManager.default.contentsOfDirectory(atPath: first.temporary.path)
            #expect(made.count == 1 && made[0].hasPrefix("lentera-serve-"), "\(made)")

            let second = try Server(in: folder.appendingPathComponent("dua"), arguments: ["--port", String(port)])
            #expect(second.waitForExit() == 1)
            #expect(second.errors == """
                galat: port \(port) di 127.0.0.1 sudah dipakai program lain [cli.serve.port-busy]
                  saran: pilih port lain, misalnya `lentera serve --port \(port + 1)`, atau hentikan program yang memakainya

                """)

            kill(first.process.processIdentifier, SIGTERM)
            #expect(first.waitForExit() == 0)
            #expect(first.output.hasSuffix("Pratinjau dihentikan.\n"))
            // The private build folder was made in the process's temporary folder, and is gone.
            #expect(try FileManager.default.contentsOfDirectory(atPath: first.temporary.path) == [])
        }
    }

    @Test func editingNeedsAnAccountAndSaysWhereToSignIn() throws {
        try withTemporaryFolder { folder in
            let refused = try Server(in: folder.appendingPathComponent("tanpa-akun"), arguments: ["--port", "0", "--edit"])
            #expect(refused.waitForExit() == 1)
            #expect(refused.errors.contains("belum ada akun di"))
            #expect(refused.errors.contains("[cli.serve.no-accounts]"))
            #expect(refused.errors.contains("lentera user add"))
            #expect(refused.output == "")

            let tls = try Server(in: folder.appendingPathComponent("tls"), arguments: ["--port", "0", "--behind-tls"])
            #expect(tls.waitForExit() == 64)
            #expect(tls.errors.contains("--behind-tls hanya berlaku bersama --edit"))

            let content = folder.appendingPathComponent("dengan-akun/content")
            try TestPortal().write(to: content)
            var book = try AccountBook.load(AccountBook.file(besideContent: content))
            book.accounts = [Account(name: "admin", fullName: "Admin", email: nil, role: .admin, units: [], passwordHash: PasswordHash.make("kata-sandi-uji-123"))]
            try book.save(to: AccountBook.file(besideContent: content))
            let editing = try Server(in: folder.appendingPathComponent("dengan-akun"), arguments: ["--port", "0", "--edit"])
            let port = try editing.port()
            let deadline = Date().addingTimeInterval(30)
            while !editing.output.contains("Penyunting:") && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            #expect(editing.output.contains("Penyunting: masuk di http://127.0.0.1:\(port)/_lentera/sunting/masuk\n"))
            kill(editing.process.processIdentifier, SIGTERM)
            #expect(editing.waitForExit() == 0)
        }
    }

    @Test func bindingBeyondLoopbackWarnsThatOthersCanSee() throws {
        try withTemporaryFolder { folder in
            let server = try Server(in: folder, arguments: ["--port", "0", "--bind", "0.0.0.0"])
            let port = try server.port()
            // The addresses colleagues open, after the one for this computer (the machine's
            // IPv4 addresses as `hostname -I` lists them).
            let lines = server.output.split(separator: "\n").map(String.init)
            let network = lines.filter { $0.hasPrefix("Dari komputer lain di jaringan: ") }
            let expected = try Self.machineAddresses().map { "Dari komputer lain di jaringan: http://\($0):\(port)/" }
            #expect(Set(network) == Set(expected))
            #expect(network.count == expected.count)
            if let own = lines.firstIndex(of: "Pratinjau portal: http://127.0.0.1:\(port)/"), let other = lines.firstIndex(where: { $0.hasPrefix("Dari komputer") }) {
                #expect(own < other)
            }
            #expect(server.errors.hasPrefix("perhatian: pratinjau dibuka di 0.0.0.0, sehingga orang lain di jaringan yang sama dapat melihatnya\n"))
            server.process.interrupt()
            #expect(server.waitForExit() == 0)
        }
    }

    /// The IPv4 addresses of this machine's network interfaces, loopback left out.
    static func machineAddresses() throws -> [String] {
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/hostname")
        process.arguments = ["-I"]
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output.split(whereSeparator: \.isWhitespace).map(String.init).filter { !$0.contains(":") }
    }

    /// The content's errors, on the terminal and in the browser: Indonesian when no
    /// language is chosen, English with `--lang en`.
    @Test func theErrorsAreIndonesianByDefaultAndEnglishWithLangEn() throws {
        let broken = TestPortal().with(TestPortal.unitFile, TestPortal.unitMarkdown("Dinas Contoh", instansi: TestPortal.instansi, extra: "alamatt: salah"))
        try withTemporaryFolder { folder in
            let indonesian = try Server(in: folder.appendingPathComponent("id"), portal: broken, language: nil)
            let port = try indonesian.port()
            let page = try Self.fetch("http://127.0.0.1:\(port)/")
            #expect(indonesian.errors.contains("galat: "), "\(indonesian.errors)")
            #expect(indonesian.errors.contains("Konten berisi galat (1 galat"), "\(indonesian.errors)")
            #expect(!indonesian.errors.contains("error: "))
            #expect(page.contains("<html lang=\"id\">"))
            #expect(page.contains("Konten belum dapat dibangun"))
            #expect(page.contains(">galat<"))
            indonesian.process.interrupt()
            #expect(indonesian.waitForExit() == 0)

            let english = try Server(in: folder.appendingPathComponent("en"), arguments: ["--port", "0", "--lang", "en"], portal: broken, language: nil)
            let enPort = try english.port(shown: "Preview of the portal: ")
            let enPage = try Self.fetch("http://127.0.0.1:\(enPort)/")
            #expect(english.errors.contains("error: "), "\(english.errors)")
            #expect(english.errors.contains("The content has errors (1 error"), "\(english.errors)")
            #expect(!english.errors.contains("galat"))
            #expect(enPage.contains("<html lang=\"en\">"))
            #expect(enPage.contains("The content cannot be built yet"))
            #expect(!enPage.contains("galat"))
            english.process.interrupt()
            #expect(english.waitForExit() == 0)
        }
    }

    /// A page's body, by curl (the preview answers the errors' page with status 503).
    static func fetch(_ address: String) throws -> String {
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "--max-time", "60", address]
        process.standardOutput = pipe
        try process.run()
        let body = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return body
    }
}

/// The preview whose output pipe has lost its reader (`lentera serve | head -n 1`): the lines
/// it can no longer write are dropped and it goes on serving. Before the fix the first line
/// written after the reader had gone trapped in Foundation's `FileHandle.write` (EPIPE; the
/// HTTP server ignores SIGPIPE), with a backtrace instead of a preview.
@Suite struct ServeWithoutReaderTests {
    @Test func aClosedOutputPipeIsNoCrash() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try TestPortal().write(to: content)
            let process = Process()
            process.executableURL = try LenteraProcess.executable()
            process.arguments = ["serve", "--content", content.path, "--port", "0"]
            process.currentDirectoryURL = folder
            var environment = ProcessInfo.processInfo.environment
            environment["LENTERA_LANG"] = "id"
            process.environment = environment
            let output = Pipe(), errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            // Read the first line, then close the reading end: every later line meets EPIPE.
            var first = Data()
            while !first.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                first.append(chunk)
            }
            try output.fileHandleForReading.close()
            // A change makes the preview rebuild and print again.
            for round in 1...3 {
                Thread.sleep(forTimeInterval: 0.4)
                try TestPortal().with("pages/baru-\(round).md", "---\njudul: Baru \(round)\n---\n\nTeks.\n").write(to: content)
            }
            Thread.sleep(forTimeInterval: 1.5)
            #expect(process.isRunning, "the preview stopped when its output pipe lost its reader")
            process.interrupt()
            process.waitUntilExit()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(!stderr.contains("Fatal error"), "\(stderr)")
            #expect(!stderr.contains("Crash"), "\(stderr)")
            #expect(process.terminationReason == .exit)
        }
    }
}
