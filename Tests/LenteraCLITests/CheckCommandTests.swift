import LenteraTesting
import Testing

/// `lentera check` on a valid portal: exit 0, the summary on standard output, warnings
/// (and only they) on standard error.
@Suite struct CheckCommandTests {
    @Test func aValidPortalPasses() throws {
        let result = try LenteraProcess.run("check", TestPortal())
        #expect(result.status == 0)
        #expect(result.stdout == "Check passed: 0 errors, 0 warnings.\n")
        #expect(result.stderr == "")
    }

    @Test func warningsArePrintedButDoNotFailTheCheck() throws {
        let result = try LenteraProcess.run("check", TestPortal().with(TestPortal.serviceFile, SampleService.markdown(enacted: false)))
        #expect(result.status == 0)
        #expect(result.stdout == "Check passed: 0 errors, 1 warning.\n")
        #expect(result.stderrLines == [
            "content/units/dinas-contoh/layanan/layanan-contoh.md:2:1: warning: the standard does not say which decree enacted it [service.not-enacted]",
            "  hint: add `ditetapkan:` with `nomor` and `tanggal` of the SK or Perwali that enacted the standard",
        ])
    }

    /// The example portal prints no warning (a portal that always warns teaches users to
    /// ignore warnings): standards without a decree say `ditetapkan: belum`.
    @Test func theExamplePortalHasNoWarnings() throws {
        try withTemporaryFolder { folder in
            let result = try LenteraProcess.run(["check", "--content", Repository.root.appendingPathComponent("content").path,
                                                 "--templates", Repository.templates.path], in: folder)
            #expect(result.status == 0)
            #expect(result.stderr == "")
            #expect(result.stdout.contains("0 errors, 0 warnings") || result.stdout.contains("0 galat, 0 peringatan"))
        }
    }

    @Test func checkWritesNothing() throws {
        _ = try LenteraProcess.run("check", TestPortal()) { folder in
            #expect(FolderSnapshot.names(in: folder) == ["content"])
        }
    }

    @Test func aMissingContentFolderIsAnError() throws {
        let result = try withTemporaryFolder { try LenteraProcess.run(["check", "--content", "konten", "--templates", Repository.templates.path], in: $0) }
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "error: the content folder `konten` does not exist [content.folder-missing]",
            "  hint: run Lentera in the portal's folder, or give the folder with `--content DIR`",
            "Check failed: 1 error, 0 warnings.",
        ])
    }
}
