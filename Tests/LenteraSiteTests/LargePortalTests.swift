import Foundation
import LenteraRender
import LenteraTesting
import Testing

/// Above `SiteModel.servicesOnOnePage` services the services index lists instansi, each
/// with a page of its own services, and the dashboard counts per instansi.
@Suite struct LargePortalTests {
    static let perInstansi = SiteModel.servicesOnOnePage / 2 + 1

    /// Two instansi, one unit each, and together one service more than fits on one page.
    static let portal: TestPortal = {
        var portal = TestPortal()
            .with(TestPortal.portalFile, TestPortal.portalYAML + """
                  - slug: provinsi-contoh
                    nama: Pemerintah Provinsi Contoh

                """)
            .with("units/dinas-provinsi/unit.md", TestPortal.unitMarkdown("Dinas Provinsi", instansi: "provinsi-contoh"))
            .with("units/dinas-provinsi/maklumat.md", TestPortal.maklumatMD)
            .without(TestPortal.serviceFile)
        for number in 1...perInstansi {
            portal = portal
                .with(TestPortal.servicePath("kota-\(number)"), SampleService.markdown(name: "Layanan Kota \(number)"))
                .with(TestPortal.servicePath("provinsi-\(number)", unit: "dinas-provinsi"), SampleService.markdown(name: "Layanan Provinsi \(number)"))
        }
        return portal
    }()

    @Test func theServicesIndexListsInstansiAndEachHasItsPage() throws {
        let site = try build(Self.portal)
        let index = try site.main("layanan/index.html")
        #expect(index.contains("href=\"../layanan/kota-contoh/\""))
        #expect(index.contains("href=\"../layanan/provinsi-contoh/\""))
        #expect(index.contains("Pemerintah Provinsi Contoh</a> — \(Self.perInstansi) layanan"))
        #expect(!index.contains("Kota 1</a>"), "no service is listed on the index of a large portal")

        let city = try site.main("layanan/kota-contoh/index.html")
        #expect(city.contains("<h1>Daftar Layanan — Pemerintah Kota Contoh</h1>"))
        #expect(city.contains("<span class=\"generic\">Layanan</span> Kota 7</a>"))
        #expect(!city.contains("Layanan Provinsi"), "an instansi's page lists its own services only")
        let province = try site.main("layanan/provinsi-contoh/index.html")
        #expect(province.contains("<span class=\"generic\">Layanan</span> Provinsi \(Self.perInstansi)</a>"))

        let page = try site.page("layanan/provinsi-contoh/index.html")
        #expect(page.contains("href=\"../../layanan/\""), "the breadcrumb leads back to the whole index")
        let sitemap = try site.page("sitemap.xml")
        #expect(sitemap.contains("layanan/provinsi-contoh/</loc>"))
        // Each instansi's page lists its services A–Z, by keyword ("Layanan" passed over).
        #expect(page.contains("<h2 id=\"a-z\">Menurut abjad</h2>") && page.contains("<a href=\"#huruf-p\">P</a>"))
        // The search page of a large portal links the indexes instead of drawing the whole tree.
        let search = try site.main("cari/index.html")
        #expect(search.contains("<a href=\"../layanan/\">Daftar layanan A–Z</a>"), "the index of a large portal has no A–Z part of its own")
        #expect(search.contains("<a href=\"../#unit-kerja\">Instansi dan unit kerja</a>"))
        #expect(!search.contains("class=\"tree\""))
    }

    @Test func theDashboardCountsPerInstansi() throws {
        let site = try build(Self.portal)
        let dashboard = try site.main("dasbor/index.html")
        #expect(dashboard.contains("Layanan per instansi"))
        #expect(dashboard.contains("Kelengkapan per instansi"))
        #expect(dashboard.contains("<a href=\"../layanan/provinsi-contoh/\">Pemerintah Provinsi Contoh</a>"))
        #expect(!dashboard.contains("Layanan Kota 1<"), "no per-service table on a large portal")
        #expect(dashboard.contains("tercantum di <a href=\"../layanan/\">daftar layanan</a>"))
    }
}
