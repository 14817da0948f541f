import Foundation
import LenteraTesting
import Testing

/// `lentera theme export` and builds without a templates folder, through the real executable.
@Suite struct ThemeCommandTests {
    /// Runs `lentera` in `folder` with the messages in `language`.
    private func run(_ arguments: [String], in folder: URL, language: String = "id") throws -> ProcessResult {
        let process = Process()
        process.executableURL = try LenteraProcess.executable()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["LENTERA_LANG"] = language
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // The outputs are a few lines: read to the end, then wait.
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                             stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The templates and assets of a theme folder, by relative path.
    private func themeFiles(in folder: URL) -> [String: Data] {
        FolderSnapshot.files(in: folder).filter { $0.key.hasSuffix(".mustache") || $0.key.hasPrefix("assets/") }
    }

    @Test func exportWritesTheRepositorysThemeByteForByteAndSaysWhatIsNext() throws {
        try withTemporaryFolder { folder in
            let result = try run(["theme", "export", "tema"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let expected = themeFiles(in: Repository.templates)
            let written = FolderSnapshot.files(in: folder.appendingPathComponent("tema"))
            #expect(written.count == expected.count)
            #expect(written == expected)
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first == "Tema bawaan sudah ditulis ke `tema`: \(expected.count) berkas.")
            #expect(lines.count == 2)
            #expect(lines.last?.hasPrefix("Langkah berikutnya: ") == true)
            #expect(lines.last?.contains("`lentera build --templates tema`") == true)
        }
    }

    @Test func exportRefusesToOverwriteAndWritesNothing() throws {
        try withTemporaryFolder { folder in
            let theme = folder.appendingPathComponent("tema")
            try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
            try Data("milik saya\n".utf8).write(to: theme.appendingPathComponent("layout.mustache"))
            let result = try run(["theme", "export", "tema"], in: folder)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderrLines == [
                "galat: Tidak ada yang ditulis: 1 berkas tema sudah ada di `tema`, misalnya `layout.mustache`. Lentera tidak pernah menimpa berkas. [cli.theme.export.exists]",
                "  saran: pilih folder baru atau folder kosong, misalnya `lentera theme export tema-baru`",
            ])
            #expect(FolderSnapshot.files(in: theme) == ["layout.mustache": Data("milik saya\n".utf8)])
        }
    }

    @Test func aFolderThatCannotBeMadeIsAnErrorWithItsPath() throws {
        try withTemporaryFolder { folder in
            try Data("bukan folder\n".utf8).write(to: folder.appendingPathComponent("berkas"))
            let result = try run(["theme", "export", "berkas/tema"], in: folder)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderrLines.count == 1)
            #expect(result.stderrLines.first?.hasPrefix("galat: Tema bawaan tidak dapat ditulis: `berkas/tema`: ") == true)
            #expect(result.stderrLines.first?.hasSuffix(" [cli.theme.export.failed]") == true)
        }
    }

    @Test func exportSpeaksEnglishWhenAsked() throws {
        try withTemporaryFolder { folder in
            let result = try run(["theme", "export", "tema"], in: folder, language: "en")
            #expect(result.status == 0)
            #expect(result.stdout.hasPrefix("The built-in theme was written to `tema`: "))
        }
    }

    @Test func aPortalWithoutTemplatesBuildsWithTheBuiltInThemeAndAnExportedThemeBuildsTheSame() throws {
        try withTemporaryFolder { folder in
            try TestPortal().write(to: folder.appendingPathComponent("content"))
            let check = try run(["check"], in: folder)
            #expect(check.status == 0, "\(check.stderr)")
            let built = try run(["build", "--output", "tanpa-tema"], in: folder)
            #expect(built.status == 0, "\(built.stderr)")
            let withBuiltIn = FolderSnapshot.files(in: folder.appendingPathComponent("tanpa-tema"))
            #expect(withBuiltIn["index.html"] != nil)
            #expect(withBuiltIn["assets/style.css"] == FolderSnapshot.files(in: Repository.templates)["assets/style.css"])

            // The theme exported beside the content is read as the portal's own: same site.
            let exported = try run(["theme", "export", "templates"], in: folder)
            #expect(exported.status == 0)
            // The default folder is not "another folder" (officer's report): it is used by itself.
            #expect(!exported.stdout.contains("folder lain") && !exported.stdout.contains("--templates templates"), "\(exported.stdout)")
            #expect(exported.stdout.contains("dipakai dengan sendirinya"))
            #expect(try run(["build", "--output", "dengan-tema"], in: folder).status == 0)
            let withExported = FolderSnapshot.files(in: folder.appendingPathComponent("dengan-tema"))
            #expect(withExported == withBuiltIn)
        }
    }
}
