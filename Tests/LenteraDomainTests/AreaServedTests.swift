import LenteraDomain
import Testing

/// The area an instansi serves, for schema.org's `areaServed` (docs/sharing.md).
@Suite struct AreaServedTests {
    @Test(arguments: [
        ("Pemerintah Kota Banjarmasin", "Kota Banjarmasin"),
        ("Pemerintah Kabupaten Banjar", "Kabupaten Banjar"),
        ("Pemerintah Provinsi DKI Jakarta", "Provinsi DKI Jakarta"),
        ("Pemerintah Daerah Istimewa Yogyakarta", "Daerah Istimewa Yogyakarta"),
    ])
    func aRegionalGovernmentServesTheRegionItsNameSays(_ name: String, _ area: String) {
        #expect(Instansi(slug: "x", name: name).areaServed == area)
    }

    @Test func aNameWithoutARegionGivesNone() {
        #expect(Instansi(slug: "x", name: "Kementerian Dalam Negeri").areaServed == nil)
        #expect(Instansi(slug: "x", name: "Pemerintah Pusat").areaServed == nil)
    }

    @Test func wilayahComesFirst() {
        #expect(Instansi(slug: "x", name: "Kementerian Contoh", area: "Kepulauan Riau").areaServed == "Kepulauan Riau")
    }
}
