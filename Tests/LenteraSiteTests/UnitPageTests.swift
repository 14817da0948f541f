import LenteraTesting
import Testing

/// A unit page: a contents list; what a citizen needs first (profile, contacts and hours,
/// complaint channels, services, sub-units, maklumat), then the figures.
@Suite struct UnitPageTests {
    static let portal = TestPortal()
        .with("units/bidang-pendaftaran/unit.md", TestPortal.unitMarkdown("Bidang Pendaftaran", jenis: "bidang", induk: TestPortal.unit))
        .with(TestPortal.servicePath("legalisasi"), SampleService.markdown(name: "Legalisasi Dokumen", replacing: [
            "jangka_waktu": "jangka_waktu: 2 hari kerja",
            "biaya": "biaya:\n  tarif:\n    - uraian: Per lembar\n      jumlah: 5000\n  dasar_hukum: Perda 1/2020",
        ]))

    @Test func contactsAreListedWithLinksToCallAndWrite() throws {
        let unit = try build(Self.portal).main(Pages.unit)
        #expect(unit.contains("<h1>Dinas Contoh</h1>"))
        #expect(unit.contains("<dt>Alamat</dt><dd>Jl. Merdeka No. 1, Kota Contoh</dd>"))
        #expect(unit.contains("<dt>Telepon</dt><dd><a href=\"tel:05110000001\">(0511) 000 0001</a></dd>"))
        #expect(unit.contains("<dt>Surel</dt><dd><a href=\"mailto:dinas@contoh.go.id\">dinas@contoh.go.id</a></dd>"))
    }

    @Test func theMaklumatIsShownWithItsSignatoryAndLinked() throws {
        let unit = try build(Self.portal).main(Pages.unit)
        #expect(unit.contains("<h2 id=\"maklumat\">Maklumat Pelayanan</h2>"))
        #expect(unit.contains("<p>Kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan.</p>"))
        #expect(unit.contains("Kota Contoh, 2 Januari 2020<br>Budi Santoso<br>Kepala Dinas Contoh"))
        #expect(unit.contains("<a href=\"../../unit/dinas-contoh/maklumat/\">"))
    }

    @Test func servicesShowTheirTimeAndCostAtAGlance() throws {
        let unit = try build(Self.portal).main(Pages.unit)
        let cards = try #require(unit.components(separatedBy: "<ul class=\"cards\">").dropFirst().first)
        // In order of name: "Layanan Contoh" before "Legalisasi Dokumen".
        let legalisasi = try #require(cards.offset(of: "layanan/legalisasi/\">Legalisasi Dokumen</a>"))
        let contoh = try #require(cards.offset(of: "layanan/layanan-contoh/\">Layanan Contoh</a>"))
        #expect(contoh < legalisasi)
        let contohCard = try #require(cards.components(separatedBy: "</li>").first { $0.contains("Layanan Contoh") })
        #expect(contohCard.contains("<dt>Waktu</dt><dd>30 menit</dd>"))
        #expect(contohCard.contains("<dt>Biaya</dt><dd>Gratis</dd>"))
        let legalisasiCard = try #require(cards.components(separatedBy: "</li>").first { $0.contains("Legalisasi Dokumen") })
        #expect(legalisasiCard.contains("<dt>Waktu</dt><dd>2 hari kerja</dd>"))
        #expect(legalisasiCard.contains("<dt>Biaya</dt><dd>Rp5.000</dd>"))
    }

    @Test func subUnitsAreLinkedAndTheSubUnitLeadsBackToItsParent() throws {
        let site = try build(Self.portal)
        let unit = try site.main(Pages.unit)
        #expect(unit.contains("<h2 id=\"sub-unit\">Unit di bawahnya</h2>"))
        #expect(unit.contains("<li><a href=\"../../unit/bidang-pendaftaran/\">Bidang Pendaftaran</a></li>"))
        let subunit = try site.page("unit/bidang-pendaftaran/index.html")
        #expect(subunit.contains("<a href=\"../../unit/dinas-contoh/\">Dinas Contoh</a>"))
        #expect(subunit.contains("Bidang · Pemerintah Kota Contoh"))
        #expect(try site.main("unit/bidang-pendaftaran/index.html").contains("Unit ini belum menerbitkan standar pelayanan."))
    }

    /// The ids of the page's sections, in the page's order.
    func sectionIDs(_ html: String) -> [String] {
        html.components(separatedBy: "<section aria-labelledby=\"").dropFirst().compactMap { $0.components(separatedBy: "\"").first }
    }

    @Test func citizenInformationComesBeforeTheFigures() throws {
        let portal = Self.portal.with("units/\(TestPortal.unit)/survei/skm-2026-Q2.yaml", SurveyPagesTests.worked)
        let unit = try build(portal).main(Pages.unit)
        let ids = sectionIDs(unit)
        #expect(Array(ids.prefix(6)) == ["profil", "kontak", "pengaduan", "layanan", "sub-unit", "maklumat"])
        #expect(ids.contains("survei"))
        #expect(ids.firstIndex(of: "survei")! > ids.firstIndex(of: "maklumat")!)
    }

    @Test func theContentsListLinksToEverySectionShownAndNoOther() throws {
        let portal = Self.portal.with("units/\(TestPortal.unit)/survei/skm-2026-Q2.yaml", SurveyPagesTests.worked)
        for page in [Pages.unit, "unit/bidang-pendaftaran/index.html"] {
            let html = try build(portal).main(page)
            let nav = try #require(html.components(separatedBy: "<nav class=\"contents\" aria-label=\"Isi halaman unit\">").dropFirst().first?
                .components(separatedBy: "</nav>").first, "no contents list on \(page)")
            let targets = nav.components(separatedBy: "<a href=\"#").dropFirst().compactMap { $0.components(separatedBy: "\"").first }
            #expect(targets == sectionIDs(html), "\(page)")
            for target in targets {
                #expect(html.contains(" id=\"\(target)\""), "\(page): #\(target) names no element")
            }
        }
    }
}
