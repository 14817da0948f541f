import LenteraTesting
import Testing

/// Pages are rendered and written concurrently; every one of them is written, whole.
@Suite struct ConcurrencyTests {
    static let count = 200

    @Test func everyServiceOfALargePortalGetsItsPage() throws {
        var portal = TestPortal().without(TestPortal.serviceFile)
        for index in 1...Self.count {
            portal = portal.with(TestPortal.servicePath("layanan-\(index)"), SampleService.markdown(name: "Layanan Nomor \(index)"))
        }
        let site = try build(portal)
        // Home, services index, search, 3 dashboards, completeness, Metodologi, Aksesibilitas, 404, the unit and its maklumat, and the services.
        #expect(site.report.pagesWritten == Self.count + 12)
        for index in 1...Self.count {
            let page = try site.page(Pages.service("layanan-\(index)"))
            #expect(page.contains("<h1>Layanan Nomor \(index)</h1>"))
            #expect(page.hasSuffix("</html>\n"))
        }
        let unit = try site.main(Pages.unit)
        #expect(unit.occurrences(of: "<a class=\"card-title\"") == Self.count)
        #expect(try site.page("layanan/index.html").contains("<p>Jumlah standar pelayanan: 200."))
    }
}
