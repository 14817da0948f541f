import LenteraContent
import LenteraDiagnostics
import LenteraTesting
import Testing

/// PermenPANRB 15/2014: a standard states 14 components; each missing one is a warning
/// that names it, and the standard is loaded as incomplete.
@Suite struct MissingComponentTests {
    @Test(arguments: ["persyaratan", "biaya", "jumlah_pelaksana", "evaluasi_kinerja"])
    func aMissingComponentGivesExactlyOneWarningNamingIt(key: String) throws {
        let loaded = try load(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(removing: [key])))
        #expect(loaded.diagnostics.count == 1)
        let warning = try #require(loaded.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.code == "service.missing-component")
        #expect(warning.summary.text(in: .en).contains("`\(key)`"))
        #expect(warning.advice?.text(in: .en).hasPrefix("add `\(key):`") == true)
        #expect(warning.location == SourceLocation(file: "content/\(TestPortal.serviceFile)", line: 2, column: 1))
        let service = try #require(loaded.content?.services.first)
        #expect(service.missingComponents.map(\.key) == [key])
    }

    @Test func theWarningNamesTheComponentAsTheRegulationDoes() throws {
        let loaded = try load(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(removing: ["sarana_prasarana"])))
        #expect(loaded.diagnostics.map { $0.summary.text(in: .en) } == ["the standard does not state the component `sarana_prasarana` (Sarana, prasarana dan/atau fasilitas)"])
    }

    @Test func anEmptyListCountsAsMissing() throws {
        let loaded = try load(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(replacing: ["pengaduan": "pengaduan: []"])))
        #expect(loaded.diagnostics.map(\.code) == ["service.missing-component"])
        #expect(loaded.diagnostics.first?.summary.text(in: .en).contains("`pengaduan`") == true)
    }

    @Test func aStandardWithoutDecreeIsAWarning() throws {
        let loaded = try load(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(enacted: false)))
        #expect(loaded.diagnostics.map(\.code) == ["service.not-enacted"])
        #expect(loaded.content?.services.first?.enactment == nil)
    }
}
