import LenteraDiagnostics
import LenteraSite
import LenteraTesting
import Testing

/// `ditetapkan: belum`: a standard knowingly not yet enacted says so, on the page and to
/// `check` (no warning once `diperbarui` dates it for the feed), instead of a decree it does not have.
@Suite struct NotYetEnactedTests {
    @Test func theServicePageSaysNotYetEnacted() throws {
        let site = try build(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(extra: "ditetapkan: belum\ndiperbarui: 2024-01-02", enacted: false)))
        #expect(site.report.diagnostics == [])
        let html = try site.main(Pages.service())
        #expect(html.contains("<p class=\"missing\">Belum ditetapkan: standar pelayanan ini belum ditetapkan dengan keputusan.</p>"))
        #expect(!html.contains("belum dicantumkan"))
    }

    @Test func withoutDitetapkanTheDecreeIsMissing() throws {
        let site = try build(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(enacted: false)))
        #expect(site.report.diagnostics.map(\.code) == ["service.not-enacted"])
        let html = try site.main(Pages.service())
        #expect(html.contains("Keputusan yang menetapkan standar pelayanan ini belum dicantumkan."))
        #expect(!html.contains("Belum ditetapkan"))
    }

    @Test func anotherWordIsAnError() throws {
        let diagnostics = try withTemporaryFolder { folder in
            try TestPortal().with(TestPortal.serviceFile, SampleService.markdown(extra: "ditetapkan: sudah", enacted: false))
                .write(to: folder.appendingPathComponent("content"))
            var options = options(in: folder)
            options.displayContent = "content"
            return SiteBuilder.diagnostics(options)
        }
        let found = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(found.code == "service.invalid-enactment")
        #expect(found.location?.description == "content/\(TestPortal.serviceFile):3:13")
        #expect(found.summary.text(in: .id) == "`ditetapkan` berisi `sudah`; isinya harus keputusan yang menetapkan standar (`nomor`, `tanggal`, …) atau `belum`")
        #expect(found.summary.text(in: .en) == "`ditetapkan` holds `sudah`; it must be the decree that enacted the standard (`nomor`, `tanggal`, …) or `belum`")
        #expect(found.advice?.text(in: .en) == "write the decree's `nomor:` and `tanggal:` under `ditetapkan:`, or `ditetapkan: belum` when the standard is knowingly not yet enacted")
    }
}
