import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// docs/content.md, "Duration": `jangka_waktu` as a text, or as `teks` and `durasi`.
@Suite struct DurationFieldTests {
    func load(jangkaWaktu yaml: String) throws -> LoadedContent {
        try LenteraContentTests.load(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(replacing: ["jangka_waktu": yaml])))
    }

    @Test func aTextIsPublishedAsWrittenAndItsDurationIsRead() throws {
        let loaded = try load(jangkaWaktu: "jangka_waktu: maks. 5 (lima) hari kerja")
        #expect(loaded.diagnostics == [])
        #expect(loaded.content?.services.first?.completionTime == CompletionTime(text: "maks. 5 (lima) hari kerja", duration: .workingDays(5)))
    }

    @Test func theObjectFormPublishesTheTextAndTakesTheDurationFromDurasi() throws {
        let loaded = try load(jangkaWaktu: """
            jangka_waktu:
              teks: Secepat mungkin, paling lama 5 (lima) hari kerja bila tidak perlu diteruskan ke helpdesk LKPP
              durasi: 2 jam
            """)
        #expect(loaded.diagnostics == [])
        #expect(loaded.content?.services.first?.completionTime == CompletionTime(
            text: "Secepat mungkin, paling lama 5 (lima) hari kerja bila tidak perlu diteruskan ke helpdesk LKPP", duration: .minutes(120)))
    }

    @Test func theObjectFormWithoutDurasiReadsTheDurationFromTheText() throws {
        let loaded = try load(jangkaWaktu: "jangka_waktu:\n  teks: 45 menit")
        #expect(loaded.diagnostics == [])
        #expect(loaded.content?.services.first?.completionTime == CompletionTime(text: "45 menit", duration: .minutes(45)))
    }

    @Test func aTextWithoutADurationIsKeptWithAWarning() throws {
        let loaded = try load(jangkaWaktu: "jangka_waktu: Sesuai antrean")
        #expect(loaded.content?.services.first?.completionTime == CompletionTime(text: "Sesuai antrean", duration: nil))
        let warning = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.code == "service.duration-unreadable")
        #expect(warning.summary.text(in: .en) == "no duration can be read from `Sesuai antrean`")
        // Line 1 `---`, 2 `nama`, 3–5 `ditetapkan`, 6–8 `persyaratan`, 9–12 `prosedur`, 13 `jangka_waktu`.
        #expect(warning.location == SourceLocation(file: "content/\(TestPortal.serviceFile)", line: 13, column: 15))
    }

    @Test func anUnreadableDurasiIsAnError() throws {
        let loaded = try load(jangkaWaktu: "jangka_waktu:\n  teks: Cepat\n  durasi: segera")
        #expect(loaded.diagnostics.map(\.code) == ["service.invalid-duration"])
        #expect(loaded.diagnostics.first?.severity == .error)
        #expect(loaded.diagnostics.first?.summary.text(in: .en) == "`durasi` must be a number and a unit, not `segera`")
    }
}
