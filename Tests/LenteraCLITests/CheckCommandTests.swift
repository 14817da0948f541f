import LenteraTesting
import Testing

/// `lentera check` on a valid portal: exit 0, the summary on standard output, warnings
/// (and only they) on standard error.
@Suite struct CheckCommandTests {
    @Test func aValidPortalPasses() throws {
        let result = try LenteraProcess.run("check", TestPortal())
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").last == "Check passed: 0 errors, 0 warnings.")
        #expect(result.stderr == "")
    }

    @Test func warningsArePrintedButDoNotFailTheCheck() throws {
        let result = try LenteraProcess.run("check", TestPortal().with(TestPortal.serviceFile, SampleService.markdown(enacted: false)))
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").last == "Check passed: 0 errors, 1 warning.")
        #expect(result.stderrLines == [
            "content/units/dinas-contoh/layanan/layanan-contoh.md:2:1: warning: the standard does not say which decree enacted it [service.not-enacted]",
            "  hint: add `ditetapkan:` with `nomor` and `tanggal` of the SK or Perwali that enacted the standard",
        ])
    }

    /// The completeness summary: counts for the day given, then each unit with obligations
    /// not met; with `--format json`, the same as one object on the last line.
    @Test func theSummarySaysWhichUnitsMissWhichObligations() throws {
        let portal = TestPortal().with("units/dinas-contoh/survei/skm-2026-Q3.yaml",
                                       SampleSurvey.skm().replacingOccurrences(of: "2024-Q1", with: "2026-Q3"))
            .with("units/dinas-contoh/survei/skm-2026-Q3.md", "## Analisis\n\nTeks.\n")
        let recent = try LenteraProcess.run("check", portal, extra: ["--date", "2026-12-06"])
        #expect(recent.status == 0)
        #expect(recent.stdout.split(separator: "\n").map(String.init) == [
            "Completeness on 2026-12-06: complete units: 0; units with obligations not met: 1 (1 obligations in all); units with obligations unknown: 0 (0 in all); details on the page kelengkapan/ and in data/kelengkapan.json.",
            "  dinas-contoh: pengaduan",
            "Check passed: 0 errors, 0 warnings.",
        ])
        // A year and a day after the survey ended, it no longer counts.
        let late = try LenteraProcess.run("check", portal, extra: ["--date", "2027-10-01", "--lang", "id"], language: nil)
        #expect(late.stdout.contains("Kelengkapan pada 2027-10-01: 0 unit lengkap, 1 unit dengan 2 kewajiban belum terpenuhi"))
        #expect(late.stdout.contains("  dinas-contoh: pengaduan, survei-skm\n"))
        let json = try LenteraProcess.run("check", portal, extra: ["--date", "2026-12-06", "--format", "json"])
        #expect(json.stdout == #"{"kelengkapan":{"tanggal_penilaian":"2026-12-06","unit_lengkap":0,"unit_belum_terpenuhi":1,"kewajiban_belum_terpenuhi":1,"unit_belum_diketahui":0,"kewajiban_belum_diketahui":0,"belum_terpenuhi":[{"unit":"dinas-contoh","kewajiban":["pengaduan"]}]}}"# + "\n")
        let wrongDay = try LenteraProcess.run("check", portal, extra: ["--date", "2026-13-01"])
        #expect(wrongDay.status != 0)
    }

    /// The example portal prints no warning (a portal that always warns teaches users to
    /// ignore warnings): standards without a decree say `ditetapkan: belum` and give `diperbarui`.
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
