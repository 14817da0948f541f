import LenteraTesting
import Testing

/// The home page lists every instansi with its units as a tree, to any depth.
@Suite struct HomePageTests {
    static let portal = TestPortal()
        .with(TestPortal.portalFile, """
            judul: Portal Dua Instansi
            base_url: https://transparansi.contoh.go.id/
            instansi:
              - slug: kota-contoh
                nama: Pemerintah Kota Contoh
              - slug: provinsi-contoh
                nama: Pemerintah Provinsi Contoh
            """)
        .with("units/setda/unit.md", TestPortal.unitMarkdown("Sekretariat Daerah", jenis: "sekretariat", instansi: "kota-contoh"))
        .with("units/bagian-umum/unit.md", TestPortal.unitMarkdown("Bagian Umum", jenis: "bagian", induk: "setda"))
        .with("units/subbagian-arsip/unit.md", TestPortal.unitMarkdown("Subbagian Arsip", jenis: "lainnya", induk: "bagian-umum"))
        .with("units/dinas-provinsi/unit.md", TestPortal.unitMarkdown("Dinas Perpustakaan Provinsi", instansi: "provinsi-contoh"))
        .with("units/upt-provinsi/unit.md", TestPortal.unitMarkdown("UPT Dokumentasi", jenis: "upt", induk: "dinas-provinsi"))

    func link(_ slug: String, _ name: String) -> String { "<a href=\"unit/\(slug)/\">\(name)</a>" }

    @Test func eachInstansiHeadsItsOwnUnits() throws {
        let home = try build(Self.portal).main(Pages.home)
        let kota = try #require(home.offset(of: "<h3>Pemerintah Kota Contoh</h3>"))
        let provinsi = try #require(home.offset(of: "<h3>Pemerintah Provinsi Contoh</h3>"))
        #expect(kota < provinsi)
        for (slug, name) in [("setda", "Sekretariat Daerah"), ("dinas-contoh", "Dinas Contoh")] {
            let offset = try #require(home.offset(of: link(slug, name)))
            #expect(kota < offset && offset < provinsi, "\(name) belongs to the city")
        }
        let upt = try #require(home.offset(of: link("upt-provinsi", "UPT Dokumentasi")))
        #expect(provinsi < upt)
    }

    @Test func subUnitsAreNestedInsideTheirParentToAnyDepth() throws {
        let home = try build(Self.portal).main(Pages.home)
        let chain = [link("setda", "Sekretariat Daerah"), link("bagian-umum", "Bagian Umum"), link("subbagian-arsip", "Subbagian Arsip")]
        for (parent, child) in zip(chain, chain.dropFirst()) {
            let between = try #require(home.components(separatedBy: parent).dropFirst().first?.components(separatedBy: child).first)
            // The child opens a nested list inside the parent's item, which is not yet closed.
            #expect(between.contains("<ul>"))
            #expect(!between.contains("</li>"))
        }
        // One tree per instansi.
        #expect(home.occurrences(of: "<ul class=\"tree\">") == 2)
    }

    /// A unit without services says nothing of them ("0 layanan" read as a fault to citizens).
    @Test func eachUnitShowsItsKindAndNumberOfServices() throws {
        let home = try build(Self.portal).main(Pages.home)
        #expect(home.contains("\(link("dinas-contoh", "Dinas Contoh")) <span class=\"meta\"><span lang=\"id\">Dinas</span> · 1 layanan</span>"))
        #expect(home.contains("\(link("upt-provinsi", "UPT Dokumentasi")) <span class=\"meta\"><span lang=\"id\">Unit Pelaksana Teknis</span></span>"))
        #expect(home.contains("\(link("subbagian-arsip", "Subbagian Arsip")) <span class=\"meta\"><span lang=\"id\">Unit Kerja</span></span>"))
    }
}
