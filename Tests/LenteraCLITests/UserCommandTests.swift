import Foundation
import LenteraTesting
import Testing

/// `lentera user`, run as the built executable on a portal in a temporary folder; the
/// password on standard input, as a script gives it.
@Suite struct UserCommandTests {
    /// Runs `lentera user arguments --content content` in `folder` with `input` on standard input.
    func user(_ arguments: [String], in folder: URL, input: String = "", language: String = "en") throws -> ProcessResult {
        let process = Process()
        process.executableURL = try LenteraProcess.executable()
        process.arguments = ["user"] + arguments + ["--content", "content", "--lang", language]
        process.currentDirectoryURL = folder
        var variables = ProcessInfo.processInfo.environment
        variables.removeValue(forKey: "LENTERA_LANG")
        process.environment = variables
        let stdin = Pipe(), stdout = folder.appendingPathComponent("stdout"), stderr = folder.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: stdout.path, contents: nil)
        FileManager.default.createFile(atPath: stderr.path, contents: nil)
        let out = try FileHandle(forWritingTo: stdout), err = try FileHandle(forWritingTo: stderr)
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        defer {
            try? FileManager.default.removeItem(at: stdout)
            try? FileManager.default.removeItem(at: stderr)
        }
        return ProcessResult(status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: stdout), as: UTF8.self),
                             stderr: String(decoding: try Data(contentsOf: stderr), as: UTF8.self))
    }

    func withPortal(_ body: (URL) throws -> Void) throws {
        try withTemporaryFolder { folder in
            try TestPortal().with("units/upt-contoh/unit.md", TestPortal.unitMarkdown("UPT Contoh", jenis: "upt", induk: TestPortal.unit))
                .write(to: folder.appendingPathComponent("content"))
            try body(folder)
        }
    }

    static let password = "sandi yang cukup panjang"

    @Test func addListPasswdRemove() throws {
        try withPortal { folder in
            let file = folder.appendingPathComponent("pengguna.yaml")
            let added = try user(["add", "budi", "--role", "petugas", "--unit", "dinas-contoh", "--unit", "upt-contoh",
                                  "--full-name", "Budi Santoso", "--email", "budi@contoh.go.id"], in: folder, input: Self.password + "\n")
            #expect(added.status == 0, "\(added.stderr)")
            #expect(added.stdout == "Account `budi` added to `pengguna.yaml`: officer of `dinas-contoh`, `upt-contoh`.\n")
            let admin = try user(["add", "admin", "--role", "admin"], in: folder, input: "kata sandi admin\n")
            #expect(admin.status == 0, "\(admin.stderr)")

            // The file: beside the content, owner-only, a hash and never the password.
            let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(!text.contains(Self.password) && !text.contains("kata sandi admin"))
            #expect(text.contains("    sandi: $2b$12$"))
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("content/pengguna.yaml").path))

            let list = try user(["list"], in: folder)
            #expect(list.status == 0)
            #expect(list.stdout == """
                budi — Budi Santoso <budi@contoh.go.id> — officer of `dinas-contoh`, `upt-contoh`
                admin — admin — admin (every unit and the portal settings)

                """)
            #expect(!list.stdout.contains("$2b$"))

            let before = text
            let changed = try user(["passwd", "budi"], in: folder, input: "sandi baru yang panjang\n")
            #expect(changed.status == 0, "\(changed.stderr)")
            #expect(changed.stdout == "The password of `budi` was changed in `pengguna.yaml`.\n")
            let after = try String(contentsOf: file, encoding: .utf8)
            #expect(after != before && !after.contains("sandi baru yang panjang"))

            let removed = try user(["remove", "budi"], in: folder)
            #expect(removed.status == 0)
            #expect(removed.stdout == "Account `budi` removed from `pengguna.yaml`.\n")
            #expect(try user(["list"], in: folder).stdout.hasPrefix("admin — "))
        }
    }

    @Test func refusalsChangeNothing() throws {
        try withPortal { folder in
            let file = folder.appendingPathComponent("pengguna.yaml")
            let unknownUnit = try user(["add", "budi", "--role", "petugas", "--unit", "dinas-contho"], in: folder, input: Self.password + "\n")
            #expect(unknownUnit.status == 1)
            #expect(unknownUnit.stderr == """
                error: there is no unit `dinas-contho` in the content folder `content`; nothing was changed [cli.user.unknown-unit]
                  hint: did you mean `dinas-contoh`? the units are: dinas-contoh, upt-contoh

                """)
            #expect(!FileManager.default.fileExists(atPath: file.path))

            let noUnit = try user(["add", "budi", "--role", "petugas"], in: folder, input: Self.password + "\n")
            #expect(noUnit.status == 64)
            #expect(noUnit.stderr.contains("officer `budi` needs at least one unit"))

            let short = try user(["add", "budi", "--role", "admin"], in: folder, input: "pendek\n")
            #expect(short.status == 1)
            #expect(short.stderr.hasPrefix("error: the password is too short: at least 10 characters [editor.password.rules]"))
            let long = try user(["add", "budi", "--role", "admin"], in: folder, input: String(repeating: "é", count: 37) + "\n")
            #expect(long.status == 1)
            #expect(long.stderr.hasPrefix("error: the password is too long: 74 bytes, at most 72"))
            #expect(!FileManager.default.fileExists(atPath: file.path))

            #expect(try user(["add", "budi", "--role", "admin"], in: folder, input: Self.password + "\n").status == 0)
            let twice = try user(["add", "budi", "--role", "admin"], in: folder, input: Self.password + "\n")
            #expect(twice.status == 1)
            #expect(twice.stderr.contains("account `budi` already exists in `pengguna.yaml`; nothing was changed [cli.user.exists]"))
            let missing = try user(["passwd", "bude"], in: folder, input: Self.password + "\n")
            #expect(missing.status == 1)
            #expect(missing.stderr.contains("hint: did you mean `budi`? the accounts are: budi"))
            let badName = try user(["add", "Budi", "--role", "admin"], in: folder)
            #expect(badName.status == 64)
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/git")))
    func aFileGitWouldCommitIsWarnedAbout() throws {
        try withPortal { folder in
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            git.arguments = ["init", "-q", folder.path]
            try git.run()
            git.waitUntilExit()
            let tracked = try user(["add", "admin", "--role", "admin"], in: folder, input: Self.password + "\n")
            #expect(tracked.status == 0)
            #expect(tracked.stderr.hasPrefix("warning: `pengguna.yaml` is in a Git repository and not ignored"), "\(tracked.stderr)")
            try Data("pengguna.yaml\n.lentera-sunting/\n".utf8).write(to: folder.appendingPathComponent(".gitignore"))
            let ignored = try user(["add", "budi", "--role", "admin"], in: folder, input: Self.password + "\n")
            #expect(ignored.status == 0)
            #expect(ignored.stderr.isEmpty, "\(ignored.stderr)")
        }
    }

    @Test func passwdLiftsALock() throws {
        try withPortal { folder in
            #expect(try user(["add", "budi", "--role", "admin"], in: folder, input: Self.password + "\n").status == 0)
            let state = folder.appendingPathComponent(".lentera-sunting")
            try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
            let until = Date().timeIntervalSince1970 + 600
            try Data(#"{"version": 1, "entries": {"budi": {"failures": 5, "last": \#(until - 900), "lockedUntil": \#(until)}}}"#.utf8)
                .write(to: state.appendingPathComponent("masuk.json"))
            let changed = try user(["passwd", "budi"], in: folder, input: "sandi baru yang panjang\n")
            #expect(changed.stdout.hasSuffix("The sign-in lock of `budi` is lifted: the new password works at once.\n"), "\(changed.stdout)")
            let state2 = try String(contentsOf: state.appendingPathComponent("masuk.json"), encoding: .utf8)
            #expect(!state2.contains("budi"))
        }
    }

    @Test func aFileBrokenByHandStopsEveryCommandAtItsLine() throws {
        try withPortal { folder in
            let file = folder.appendingPathComponent("pengguna.yaml")
            let broken = "pengguna:\n  - nama: budi\n    nama_lengkap: Budi\n    peranan: admin\n    sandi: x\n"
            try Data(broken.utf8).write(to: file)
            for arguments in [["list"], ["remove", "budi"], ["add", "ani", "--role", "admin"]] {
                let result = try user(arguments, in: folder, input: Self.password + "\n")
                #expect(result.status == 1)
                #expect(result.stderr.hasPrefix("pengguna.yaml:4:5: error: unknown field `peranan` in this account [content.unknown-key]"),
                        "\(result.stderr)")
            }
            #expect(try String(contentsOf: file, encoding: .utf8) == broken)
        }
    }

    @Test func aMissingContentFolderIsSaidSo() throws {
        try withTemporaryFolder { folder in
            let result = try user(["list"], in: folder)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("error: the content folder `content` does not exist [cli.user.no-content]"))
        }
    }

    @Test func indonesianByDefault() throws {
        try withPortal { folder in
            let added = try user(["add", "budi", "--role", "admin", "--full-name", "Budi Santoso"], in: folder, input: Self.password + "\n",
                                 language: "id")
            #expect(added.stdout == "Akun `budi` ditambahkan ke `pengguna.yaml`: admin (semua unit dan pengaturan portal).\n")
            let missing = try user(["remove", "ani"], in: folder, language: "id")
            #expect(missing.stderr.hasPrefix("galat: tidak ada akun `ani` di `pengguna.yaml` [cli.user.unknown]"))
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func onATerminalThePasswordIsTypedTwiceUnseen() throws {
        try withPortal { folder in
            // `script` gives lentera a terminal; the lines typed come from the pipe.
            let lentera = try LenteraProcess.executable().path
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", "'\(lentera)' user add budi --role admin --content content --lang en", "/dev/null"]
            process.currentDirectoryURL = folder
            let stdin = Pipe(), output = Pipe()
            process.standardInput = stdin
            process.standardOutput = output
            process.standardError = output
            try process.run()
            for line in [Self.password, Self.password] {
                Thread.sleep(forTimeInterval: 0.5)
                try stdin.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
            }
            Thread.sleep(forTimeInterval: 0.3)
            try stdin.fileHandleForWriting.close()
            process.waitUntilExit()
            let shown = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(shown)")
            #expect(shown.contains("New password for `budi` (not shown as you type):"))
            #expect(shown.contains("Type it once more:"))
            #expect(!shown.contains(Self.password), "\(shown)")
            let text = try String(contentsOf: folder.appendingPathComponent("pengguna.yaml"), encoding: .utf8)
            #expect(text.contains("  - nama: budi"))
        }
    }
}
