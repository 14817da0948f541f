import LenteraTesting
import Testing

/// A unit page: a contents list; what a citizen needs first (services, contacts and hours,
/// complaint channels, maklumat, then the profile and sub-units), then the figures.
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
        #expect(subunit.contains("<span lang=\"id\">Bidang</span> · Pemerintah Kota Contoh"))
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
        #expect(Array(ids.prefix(6)) == ["layanan", "kontak", "pengaduan", "maklumat", "profil", "sub-unit"])
        #expect(ids.contains("survei"))
        #expect(ids.firstIndex(of: "survei")! > ids.firstIndex(of: "sub-unit")!)
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

    /// A unit with every kind of figure: surveys (IKM, trend, analysis, IPKP/IPAK), Zona
    /// Integritas, performance and SPBE.
    static let figures = ZonaIntegritasPagesTests.portal
        .with("\(PerformanceAndSPBEPagesTests.kinerja)/2026-S1.yaml", PerformanceAndSPBEPagesTests.latest)
        .with("\(PerformanceAndSPBEPagesTests.kinerja)/2025.yaml", PerformanceAndSPBEPagesTests.earlier)
        .with("units/\(TestPortal.unit)/spbe.yaml", PerformanceAndSPBEPagesTests.spbe)

    /// The performance assessment is one of the figures, after the surveys and Zona Integritas.
    @Test func thePerformanceAssessmentFollowsTheSurveysAndZonaIntegritas() throws {
        let unit = try build(Self.figures).main(Pages.unit)
        let ids = sectionIDs(unit)
        #expect(Array(ids.suffix(4)) == ["survei", "zona-integritas", "kinerja", "spbe"])
        #expect(ids.firstIndex(of: "layanan") == 0)
        #expect(unit.contains("<li><a href=\"#kinerja\">Penilaian kinerja</a></li>"))
    }

    /// The part of `html` outside every `<details>` element.
    func unfolded(_ html: String) -> String {
        var rest = html[...], outside = ""
        while let open = rest.range(of: "<details") {
            outside += rest[..<open.lowerBound]
            guard let close = rest.range(of: "</details>", range: open.upperBound..<rest.endIndex) else { return outside }
            rest = rest[close.upperBound...]
        }
        return outside + rest
    }

    /// Every figure table is folded under a summary that states its headline figure; the
    /// headlines themselves stay outside the folds.
    @Test func everyFigureTableIsFoldedUnderItsHeadline() throws {
        let unit = try build(Self.figures).main(Pages.unit)
        let figures = try #require(unit.components(separatedBy: "<section aria-labelledby=\"survei\">").dropFirst().first)
        #expect(figures.contains("<table"))
        #expect(!unfolded(figures).contains("<table"), "a figure table outside <details>")
        #expect(!unfolded(figures).contains("<svg"), "a chart outside <details>")
        // The headlines, readable without opening anything.
        #expect(unfolded(figures).contains("<strong class=\"ikm-value\">91,48</strong>"))
        #expect(unfolded(figures).contains("<strong>Rata-rata 3 bulan terakhir: IPKP 3,33, IPAK 4,00.</strong>"))
        #expect(unfolded(figures).contains("<strong>Rata-rata penyelesaian target: 71,8% → 72%, nilai 70, Cukup.</strong>"))
        // Each summary names what it folds, with the figure.
        #expect(figures.contains("<summary>IKM Triwulan II 2026: 91,48 (A, <span lang=\"id\">Sangat Baik</span>) — rincian per unsur</summary>"))
        #expect(figures.contains("<summary>2 periode: 75 (Triwulan I 2026) sampai 91,48 (Triwulan II 2026) — grafik dan tabel</summary>"))
        #expect(figures.contains("<summary>Batas minimal: <span class=\"summary-item\"><span lang=\"id\">Menuju WBK</span>: Terpenuhi</span><span class=\"summary-item\"><span lang=\"id\">Menuju WBBM</span>: Belum terpenuhi</span></summary>"))
        #expect(figures.contains("<summary>Rincian 5 indikator: target, realisasi dan nilai</summary>"))
        #expect(figures.contains("<summary>Riwayat predikat: 2 penetapan</summary>"))
        #expect(figures.contains("<summary>1 aplikasi — data, layanan dan rencana perbaikan</summary>"))
        // No summary without a name (axe: a summary needs an accessible name), none holding a link.
        let summaries = figures.components(separatedBy: "<summary>").dropFirst().compactMap { $0.components(separatedBy: "</summary>").first }
        #expect(summaries.count >= 10)
        for summary in summaries {
            let text = summary.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression).trimmingCharacters(in: .whitespaces)
            #expect(text.count > 8 && !text.hasPrefix("—") && !text.hasPrefix(":"), "summary “\(summary)”")
            #expect(!summary.contains("<a "), "a link inside a summary: \(summary)")
        }
    }
}
