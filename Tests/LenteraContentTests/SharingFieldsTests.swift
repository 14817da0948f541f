import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// The fields the sharing part reads: a standard's `diperbarui` (its date in the feed) and
/// an instansi's `wilayah` (the area its services are for).
@Suite struct SharingFieldsTests {
    @Test func diperbaruiIsReadAsTheStandardsLastChange() throws {
        let loaded = try load(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(extra: "diperbarui: 2025-03-04")))
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        let service = try #require(loaded.content?.services.first)
        #expect(service.updated == CalendarDate(year: 2025, month: 3, day: 4))
        // Newer than the decree (2020-01-02).
        #expect(service.lastChanged == CalendarDate(year: 2025, month: 3, day: 4))
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
