import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// The fields the sharing part reads: a standard's `diperbarui` (its date in the feed) and
/// an instansi's `wilayah` (the area its services are for).
@Suite struct SharingFieldsTests {
    @Test func diperbaruiIsTheStandardsDayInTheFeed() throws {
        let loaded = try load(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(extra: "diperbarui: 2025-03-04")))
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        let service = try #require(loaded.content?.services.first)
        #expect(service.updated == CalendarDate(year: 2025, month: 3, day: 4))
        #expect(service.feedDate == CalendarDate(year: 2025, month: 3, day: 4))
        // The later of `diperbarui` and the decree (2020-01-02): a `diperbarui` older than
        // the decree does not date the standard back (review finding 6; it did before, and
        // `DateFieldsTests` checks the warning).
        let older = try load(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(extra: "diperbarui: 2019-05-06")))
        #expect(older.content?.services.first?.feedDate == CalendarDate(year: 2020, month: 1, day: 2))
        let decreeOnly = try load(TestPortal())
        #expect(decreeOnly.content?.services.first?.feedDate == CalendarDate(year: 2020, month: 1, day: 2))
    }

    /// A standard the feed cannot date (`ditetapkan: belum`, no `diperbarui`) is left out of
    /// it, and `check` says so at `ditetapkan`, with the fix. Failed before: no warning, the
    /// standard silently missing from the feed.
    @Test func aStandardWithoutAnyDateIsWarnedAbout() throws {
        let loaded = try load(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(extra: "ditetapkan: belum", enacted: false)))
        let found = loaded.diagnostics("service.undated")
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.location == SourceLocation(file: "content/" + TestPortal.serviceFile, line: 3, column: 13))
        #expect(found.first?.advice?.text(in: .id).contains("diperbarui") == true)
        #expect(found.first?.advice?.text(in: .en).contains("diperbarui") == true)
        // With `diperbarui`, or with a dated decree, nothing to say.
        let dated = try load(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(extra: "ditetapkan: belum\ndiperbarui: 2025-03-04", enacted: false)))
        #expect(dated.diagnostics("service.undated").isEmpty)
        #expect(try load(TestPortal()).diagnostics("service.undated").isEmpty)
    }

    @Test func aDiperbaruiThatIsNoDateIsAnErrorAtItsValue() throws {
        let loaded = try load(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(extra: "diperbarui: 4 Maret 2025")))
        let found = loaded.diagnostics("content.invalid-date")
        #expect(found.count == 1)
        // Line 3: the `extra` lines follow `nama:` (SampleService).
        #expect(found.first?.location == SourceLocation(file: "content/" + TestPortal.serviceFile, line: 3, column: 13))
        #expect(found.first?.advice?.text(in: .id).isEmpty == false)
    }

    @Test func wilayahIsReadOnTheInstansi() throws {
        let portal = TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML.replacingOccurrences(
            of: "    nama: Pemerintah Kota Contoh\n", with: "    nama: Pemerintah Kota Contoh\n    wilayah: Kota Contoh dan sekitarnya\n"))
        let loaded = try load(portal)
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(loaded.content?.portal.instansi.first?.areaServed == "Kota Contoh dan sekitarnya")
    }
}
