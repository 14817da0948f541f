import Foundation
import LenteraTesting
import Testing

/// schema.org data (JSON-LD): `GovernmentOrganization` on the home and unit pages,
/// `GovernmentService` on service pages, each parsed back as JSON.
@Suite struct StructuredDataTests {
    static let portal = TestPortal().with(TestPortal.servicePath("legalisasi"), ServicePageTests.feeService)
        .with(TestPortal.portalFile, """
            judul: Portal Transparansi Uji
            base_url: https://transparansi.contoh.go.id/
            instansi:
              - slug: kota-contoh
                nama: Pemerintah Kota Contoh
                singkatan: Pemkot Contoh
                situs: https://contoh.go.id/
              - slug: kementerian-contoh
                nama: Kementerian Contoh
              - slug: pulau-contoh
                nama: Pemerintah Kota Pulau
                wilayah: Kepulauan Pulau

            """)
        .with("units/bidang-contoh/unit.md", TestPortal.unitMarkdown("Bidang Contoh", jenis: "bidang", induk: TestPortal.unit))
        .with("units/direktorat/unit.md", TestPortal.unitMarkdown("Direktorat Contoh", jenis: "lainnya", instansi: "kementerian-contoh"))
        .with(TestPortal.servicePath("izin", unit: "direktorat"), SampleService.markdown(name: "Izin Contoh"))
        .with("units/kantor-pulau/unit.md", TestPortal.unitMarkdown("Kantor Pulau", jenis: "kantor", instansi: "pulau-contoh"))
        .with(TestPortal.servicePath("surat", unit: "kantor-pulau"), SampleService.markdown(name: "Surat Contoh", enacted: false))

    /// Every JSON-LD object of a page, parsed.
    static func jsonLD(in html: String) throws -> [[String: Any]] {
        try html.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst().map { part in
            let text = try #require(part.components(separatedBy: "</script>").first)
            return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        }
    }

    static func single(_ path: String, in site: BuiltSite) throws -> [String: Any] {
        let objects = try jsonLD(in: try site.page(path))
        try #require(objects.count == 1, "\(path) has \(objects.count) JSON-LD objects")
        #expect(objects[0]["@context"] as? String == "https://schema.org")
        return objects[0]
    }

    @Test func aUnitIsAGovernmentOrganizationWithItsContactsAndItsInstansi() throws {
        let unit = try Self.single(Pages.unit, in: try build(Self.portal))
        #expect(unit["@type"] as? String == "GovernmentOrganization")
        #expect(unit["name"] as? String == "Dinas Contoh")
        #expect(unit["url"] as? String == "https://transparansi.contoh.go.id/unit/dinas-contoh/")
        #expect(unit["address"] as? String == "Jl. Merdeka No. 1, Kota Contoh")
        #expect(unit["telephone"] as? String == "(0511) 000 0001")
        #expect(unit["email"] as? String == "dinas@contoh.go.id")
        #expect(unit["description"] as? String == "Profil unit.")
        let parent = try #require(unit["parentOrganization"] as? [String: Any])
        #expect(parent["@type"] as? String == "GovernmentOrganization")
        #expect(parent["name"] as? String == "Pemerintah Kota Contoh")
        #expect(parent["url"] as? String == "https://contoh.go.id/")
        #expect((parent["areaServed"] as? [String: Any])?["name"] as? String == "Kota Contoh")
    }

    @Test func aSubUnitsParentIsItsParentUnit() throws {
        let unit = try Self.single("unit/bidang-contoh/index.html", in: try build(Self.portal))
        let parent = try #require(unit["parentOrganization"] as? [String: Any])
        #expect(parent["name"] as? String == "Dinas Contoh")
        #expect(parent["url"] as? String == "https://transparansi.contoh.go.id/unit/dinas-contoh/")
        // Contacts not given are not written.
        #expect(unit["telephone"] == nil && unit["email"] == nil)
    }

    @Test func theHomePageListsEachInstansiWithItsUnits() throws {
        let home = try Self.single(Pages.home, in: try build(Self.portal))
        let graph = try #require(home["@graph"] as? [[String: Any]])
        #expect(graph.map { $0["name"] as? String } == ["Pemerintah Kota Contoh", "Kementerian Contoh", "Pemerintah Kota Pulau"])
        #expect(graph.allSatisfy { $0["@type"] as? String == "GovernmentOrganization" })
        let units = try #require(graph[0]["subOrganization"] as? [[String: Any]])
        #expect(units.map { $0["name"] as? String } == ["Dinas Contoh"])
        let oneInstansi = try Self.single(Pages.home, in: try build(TestPortal()))
        #expect(oneInstansi["@type"] as? String == "GovernmentOrganization")
        #expect(oneInstansi["name"] as? String == "Pemerintah Kota Contoh")
    }

    @Test func aServiceHasItsProviderAreaTermsAndOffers() throws {
        let site = try build(Self.portal)
        let service = try Self.single(Pages.service("legalisasi"), in: site)
        #expect(service["@type"] as? String == "GovernmentService")
        #expect(service["serviceType"] as? String == "Legalisasi Dokumen")
        let provider = try #require(service["provider"] as? [String: Any])
        #expect(provider["@type"] as? String == "GovernmentOrganization")
        #expect(provider["name"] as? String == "Dinas Contoh")
        #expect(provider["address"] as? String == "Jl. Merdeka No. 1, Kota Contoh")
        let area = try #require(service["areaServed"] as? [String: Any])
        #expect(area["@type"] as? String == "AdministrativeArea")
        #expect(area["name"] as? String == "Kota Contoh")
        #expect(service["termsOfService"] as? String == "Peraturan Wali Kota Contoh Nomor 1 Tahun 2020")
        let offers = try #require(service["offers"] as? [[String: Any]])
        #expect(offers.map { $0["price"] as? Int } == [5000, 10000])
        #expect(offers.allSatisfy { $0["priceCurrency"] as? String == "IDR" && $0["description"] as? String == "Peraturan Daerah Kota Contoh Nomor 1 Tahun 2020" })
    }

    @Test func theAreaComesFromWilayahOrElseIsTheCountry() throws {
        let site = try build(Self.portal)
        let ministry = try Self.single(Pages.service("izin", unit: "direktorat"), in: site)
        let country = try #require(ministry["areaServed"] as? [String: Any])
        #expect(country["@type"] as? String == "Country")
        #expect(country["name"] as? String == "Indonesia")
        let island = try Self.single(Pages.service("surat", unit: "kantor-pulau"), in: site)
        #expect((island["areaServed"] as? [String: Any])?["name"] as? String == "Kepulauan Pulau")
        // Not enacted: no terms of service.
        #expect(island["termsOfService"] == nil)
    }

    @Test func otherPagesHaveNoStructuredData() throws {
        let site = try build(Self.portal)
        #expect(try Self.jsonLD(in: try site.page(Pages.maklumat)).isEmpty)
        #expect(try Self.jsonLD(in: try site.page("404.html")).isEmpty)
    }
}
