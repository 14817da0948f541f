import Foundation
import LenteraDiagnostics
import LenteraTesting
import Testing

/// `--lang`, `LENTERA_LANG`, `--color`, `NO_COLOR`, `--quiet` and `check --format json`, as
/// a user or a CI job runs them (output to files, never a terminal).
@Suite struct OutputOptionsTests {
    /// A portal with one warning (the standard names no decree).
    static let oneWarning = TestPortal().with(TestPortal.serviceFile, SampleService.markdown(enacted: false))
    static let escape: Unicode.Scalar = "\u{1B}"

    @Test func messagesAreIndonesianByDefaultAndEnglishWithLangEn() throws {
        let indonesian = try LenteraProcess.run("check", Self.oneWarning, language: nil)
        let english = try LenteraProcess.run("check", Self.oneWarning, language: "en")
        #expect(indonesian.stdout.split(separator: "\n").last == "Pemeriksaan lulus: 0 galat, 1 peringatan.")
        #expect(indonesian.stderrLines.first?.contains(": peringatan: ") == true)
        #expect(indonesian.stderrLines.last?.hasPrefix("  saran: ") == true)
        #expect(english.stdout.split(separator: "\n").last == "Check passed: 0 errors, 1 warning.")
        #expect(english.stderrLines.first?.contains(": warning: ") == true)
    }

    @Test func theEnvironmentVariableChoosesTheLanguageAndTheOptionWins() throws {
        let byVariable = try LenteraProcess.run("check", TestPortal(), language: nil, environment: ["LENTERA_LANG": "en_US.UTF-8"])
        #expect(byVariable.stdout.split(separator: "\n").last == "Check passed: 0 errors, 0 warnings.")
        let byOption = try LenteraProcess.run("check", TestPortal(), extra: ["--lang=id"], language: nil, environment: ["LENTERA_LANG": "en"])
        #expect(byOption.stdout.split(separator: "\n").last == "Pemeriksaan lulus: 0 galat, 0 peringatan.")
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let result = try withTemporaryFolder { try LenteraProcess.run(["check", "--lang", "fr"], in: $0, language: nil) }
        #expect(result.status == 64)
        #expect(result.stderr.contains("--lang harus id (Bahasa Indonesia) atau en (English), bukan `fr`"))
        #expect(result.stdout == "")
    }

    @Test func theHelpIsInTheChosenLanguage() throws {
        let indonesian = try withTemporaryFolder { try LenteraProcess.run(["check", "--help"], in: $0, language: nil) }
        #expect(indonesian.stdout.contains("Memeriksa konten dan templat tanpa menulis apa pun."))
        #expect(indonesian.stdout.contains("--lang <id|en>"))
        let english = try withTemporaryFolder { try LenteraProcess.run(["--lang", "en", "check", "--help"], in: $0, language: nil) }
        #expect(english.stdout.contains("Validate the content and the templates without writing anything."))
        #expect(english.stdout.contains("--format <text|json>"))
    }

    /// `init`, `new` and `schema` had inline English help (officer's report): now from the
    /// catalogues, Indonesian by default, with the output options of every command.
    @Test func theHelpOfInitNewAndSchemaIsInTheChosenLanguage() throws {
        let expected: [(command: String, id: String, en: String)] = [
            ("init", "Membuat portal baru di folder baru atau kosong.", "Make a new portal in a new or empty folder."),
            ("new", "Menambah satu berkas konten baru", "Add a new content file, pre-filled and commented"),
            ("schema", "Menulis JSON Schema setiap jenis berkas konten", "Write a JSON Schema for every kind of content file"),
        ]
        for (command, id, en) in expected {
            let indonesian = try withTemporaryFolder { try LenteraProcess.run(["help", command], in: $0, language: nil) }
            #expect(indonesian.stdout.contains(id), "\(indonesian.stdout)")
            #expect(indonesian.stdout.contains("--lang <id|en>"))
            let english = try withTemporaryFolder { try LenteraProcess.run(["help", command, "--lang", "en"], in: $0, language: nil) }
            #expect(english.stdout.contains(en), "\(english.stdout)")
            #expect(!english.stdout.contains(id))
        }
    }

    @Test func noColourWhenTheOutputIsAFile() throws {
        let result = try LenteraProcess.run("check", Self.oneWarning)
        #expect(result.stderr.contains(": warning: "))
        #expect(!(result.stdout + result.stderr).unicodeScalars.contains(Self.escape))
    }

    @Test func colourWhenAskedForAndNotWhenRefused() throws {
        let always = try LenteraProcess.run("check", Self.oneWarning, extra: ["--color", "always"])
        #expect(always.stderrLines.first == "\u{1B}[1mcontent/units/dinas-contoh/layanan/layanan-contoh.md:2:1:\u{1B}[0m \u{1B}[1;33mwarning:\u{1B}[0m the standard does not say which decree enacted it [service.not-enacted]")
        let never = try LenteraProcess.run("check", Self.oneWarning, extra: ["--color", "never"])
        #expect(!never.stderr.unicodeScalars.contains(Self.escape))
        let wrong = try LenteraProcess.run("check", Self.oneWarning, extra: ["--color", "kadang"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--color must be auto, always or never, not `kadang`"))
    }

    @Test func quietLeavesOnlyErrorsAndTheResult() throws {
        let warnings = try LenteraProcess.run("check", Self.oneWarning, extra: ["--quiet"])
        #expect(warnings.status == 0)
        #expect(warnings.stderr == "")
        #expect(warnings.stdout.split(separator: "\n").last == "Check passed: 0 errors, 1 warning.")
        let errors = try LenteraProcess.run("build", BrokenPortals.unknownParent.with(TestPortal.serviceFile, SampleService.markdown(enacted: false)),
                                            extra: ["--quiet"])
        #expect(errors.status == 1)
        #expect(errors.stderrLines == [
            "content/units/bidang-satu/unit.md:4:8: error: the parent unit `dinas-kontoh` does not exist [unit.unknown-parent]",
            "  hint: did you mean `dinas-contoh`? `induk` must be the slug (folder name) of another unit",
            "Build failed: 1 error, 1 warning. Nothing was written.",
        ])
    }

    @Test func aBuildInAFileShowsNoProgress() throws {
        let result = try LenteraProcess.run("build", TestPortal())
        #expect(result.stderr == "")
        #expect(!result.stdout.contains("\r"))
    }

    @Test func checkWritesJSONLinesThatParse() throws {
        let portal = BrokenPortals.unknownParent.with(TestPortal.serviceFile, SampleService.markdown(enacted: false))
        for language in ["en", "id"] {
            let result = try LenteraProcess.run("check", portal, extra: ["--format", "json"], language: language)
            #expect(result.status == 1)
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 2)
            let objects = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
            let error = try #require(objects.first { $0["severity"] as? String == "error" })
            #expect(error["code"] as? String == "unit.unknown-parent")
            #expect(error["file"] as? String == "content/units/bidang-satu/unit.md")
            #expect(error["line"] as? Int == 4)
            #expect(error["column"] as? Int == 8)
            // The texts of content diagnostics are the content catalogue's; in English:
            if language == "en" {
                #expect(error["message"] as? String == "the parent unit `dinas-kontoh` does not exist")
                #expect((error["hint"] as? String)?.hasPrefix("did you mean `dinas-contoh`?") == true)
            }
            #expect((error["message"] as? String)?.contains("`dinas-kontoh`") == true)
            #expect((error["hint"] as? String)?.contains("`dinas-contoh`") == true)
            let warning = try #require(objects.first { $0["severity"] as? String == "warning" })
            #expect(warning["code"] as? String == "service.not-enacted")
            // Every key is present, in the documented order.
            #expect(lines.allSatisfy { $0.hasPrefix("{\"severity\":") && $0.contains(",\"code\":") && $0.contains(",\"hint\":") })
            // The one-line result goes to standard error, in the chosen language.
            #expect(result.stderr == (language == "en" ? "Check failed: 1 error, 1 warning.\n" : "Pemeriksaan gagal: 1 galat, 1 peringatan.\n"))
        }
    }

    @Test func jsonWithoutProblemsHoldsOnlyTheCompletenessSummary() throws {
        let result = try LenteraProcess.run("check", TestPortal(), extra: ["--format", "json"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("{\"kelengkapan\":{"))
        #expect(result.stderr == "Check passed: 0 errors, 0 warnings.\n")
    }

    @Test func jsonMessagesFollowTheLanguage() throws {
        let result = try withTemporaryFolder { try LenteraProcess.run(["check", "--format", "json", "--templates", "tema"], in: $0, language: nil) }
        let lines = result.stdout.split(separator: "\n")
        let templates = try lines.compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .first { $0["code"] as? String == "templates.folder-missing" }
        #expect(templates?["message"] as? String == "folder templat `tema` tidak ada")
        #expect(templates?["file"] is NSNull)
    }

    @Test func theHiddenCatalogueCommandPrintsTheDocumentsTable() throws {
        let result = try withTemporaryFolder { try LenteraProcess.run(["catalogue", "--markdown"], in: $0) }
        #expect(result.status == 0)
        #expect(result.stdout == Catalogue.markdown() + "\n")
        let help = try withTemporaryFolder { try LenteraProcess.run(["--help"], in: $0) }
        #expect(!help.stdout.contains("catalogue"))
    }
}
