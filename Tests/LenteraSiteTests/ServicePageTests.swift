import LenteraTesting
import Testing

/// A service page: a summary that answers what to bring, how long, how much and where to
/// complain; then the 6 service-delivery components and the 8 service-management ones
/// (PermenPANRB 15/2014), each in the form a citizen needs; then the decree and the
/// standard's completeness.
@Suite struct ServicePageTests {
    static let feeService = SampleService.markdown(name: "Legalisasi Dokumen", replacing: ["biaya": """
        biaya:
          tarif:
            - uraian: Legalisasi, per lembar
              jumlah: 5000
            - uraian: Salinan akta
              jumlah: 10000
          dasar_hukum: Peraturan Daerah Kota Contoh Nomor 1 Tahun 2020
        """])

    /// The `<section>` of one component, by its key.
    func component(_ key: String, in html: String) throws -> String {
        let id = "id=\"k-\(key.replacingOccurrences(of: "_", with: "-"))\""
        let after = try #require(html.components(separatedBy: id).dropFirst().first, "no section \(id)")
        return try #require(after.components(separatedBy: "</section>").first)
    }

    @Test func deliveryComponentsComeBeforeManagementOnesInTheRegulationsOrder() throws {
        let html = try build(TestPortal()).main(Pages.service())
        let delivery = try #require(html.offset(of: "<h2 id=\"penyampaian\">Penyampaian pelayanan</h2>"))
        let management = try #require(html.offset(of: "<h2 id=\"pengelolaan\">Pengelolaan pelayanan</h2>"))
        let offsets = try SampleService.components.map { key, _ in
            try #require(html.offset(of: "id=\"k-\(key.replacingOccurrences(of: "_", with: "-"))\""), "\(key) is not shown")
        }
        #expect(offsets == offsets.sorted())
        #expect(offsets[..<6].allSatisfy { delivery < $0 && $0 < management })
        #expect(offsets[6...].allSatisfy { management < $0 })
        // The components' names are the regulation's words: Indonesian, and marked so.
        #expect(html.contains("<span class=\"number\">1.</span> <span lang=\"id\">Persyaratan</span></h3>"))
        #expect(html.contains("<span class=\"number\">14.</span> <span lang=\"id\">Evaluasi kinerja pelaksana</span></h3>"))
    }

    /// The summary list at the top of the page, up to its end.
    func summary(in html: String) throws -> String {
        let after = try #require(html.components(separatedBy: "<dl class=\"summary-list\">").dropFirst().first, "no summary list")
        return try #require(after.components(separatedBy: "</dl>").first)
    }

    @Test func requirementsAreAChecklistInTheSummaryAndShownOnce() throws {
        let html = try build(TestPortal()).main(Pages.service())
        let summary = try summary(in: html)
        #expect(summary.contains("<div id=\"persyaratan\"><dt>Persyaratan</dt><dd><ul class=\"checklist\">"))
        #expect(summary.contains("<li><label><input type=\"checkbox\"> Surat permohonan</label></li>"))
        #expect(summary.contains("<li><label><input type=\"checkbox\"> Fotokopi KTP</label></li>"))
        // The component points to the summary instead of repeating the list.
        let section = try component("persyaratan", in: html)
        #expect(section.contains("<p>Lihat <a href=\"#persyaratan\">daftar persyaratan di atas</a>.</p>"))
        #expect(html.occurrences(of: "<input type=\"checkbox\">") == 2)
        #expect(html.occurrences(of: "Fotokopi KTP") == 1)
    }

    /// The short answers first, one line each on a phone, then the checklist: on a 375 x 800
    /// phone all of them start on the first screen (Tests/e2e/check_service_first_screen.py).
    @Test func theSummaryAnswersTheCitizensQuestionsBeforeTheComponents() throws {
        let html = try build(TestPortal()).main(Pages.service())
        let summary = try summary(in: html)
        let labels = summary.components(separatedBy: "<dt>").dropFirst().compactMap { $0.components(separatedBy: "</dt>").first }
        #expect(labels == ["Jangka waktu", "Biaya/tarif", "Produk", "Pengaduan", "Persyaratan"])
        #expect(summary.contains("<div class=\"answer\" id=\"jangka-waktu\"><dt>Jangka waktu</dt><dd>30 menit</dd></div>"))
        #expect(summary.contains("<div class=\"answer\" id=\"biaya\"><dt>Biaya/tarif</dt><dd>Gratis</dd></div>"))
        #expect(summary.contains("<div class=\"answer\" id=\"produk\"><dt>Produk</dt><dd>Surat keterangan</dd></div>"))
        // Where to complain, in one line: the unit's telephone, SP4N-LAPOR!, and a link to every channel.
        let complaints = try #require(summary.components(separatedBy: "<dt>Pengaduan</dt>").dropFirst().first?.components(separatedBy: "</div>").first)
        #expect(complaints.contains("<li><a href=\"tel:05110000001\">(0511) 000 0001</a></li>"))
        #expect(complaints.contains("<li><a href=\"https://www.lapor.go.id/\">SP4N-LAPOR!</a></li>"))
        #expect(complaints.contains("<li><a href=\"#saluran-pengaduan\">saluran lain</a></li>"))
        #expect(!complaints.contains("mailto:"))
        // Every channel is listed in the complaint component, beside how complaints are handled.
        let channels = try #require(try component("pengaduan", in: html).components(separatedBy: "<div id=\"saluran-pengaduan\" class=\"complaint-channels\">").dropFirst().first)
        #expect(channels.contains("<p class=\"channels-title\">Saluran pengaduan</p>"))
        #expect(channels.contains("<li>Telepon <a href=\"tel:05110000001\">(0511) 000 0001</a></li>"))
        #expect(channels.contains("<li>Surel <a href=\"mailto:dinas@contoh.go.id\">dinas@contoh.go.id</a></li>"))
        #expect(channels.contains("<li><a href=\"https://www.lapor.go.id/\">SP4N-LAPOR!</a></li>"))
        #expect(html.occurrences(of: "id=\"saluran-pengaduan\"") == 1)
        // Before the components; the completeness line, for officers, after them.
        let summaryAt = try #require(html.offset(of: "<dl class=\"summary-list\">"))
        let componentsAt = try #require(html.offset(of: "<h2 id=\"penyampaian\">"))
        let completenessAt = try #require(html.offset(of: "Memuat 14 dari 14 komponen standar pelayanan."))
        let lastComponentAt = try #require(html.offset(of: "id=\"k-evaluasi-kinerja\""))
        #expect(summaryAt < componentsAt)
        #expect(lastComponentAt < completenessAt)
    }

    @Test func aMissingAnswerIsSaidToBeMissing() throws {
        let html = try build(TestPortal().with(TestPortal.serviceFile,
                                               SampleService.markdown(removing: ["persyaratan", "jangka_waktu", "biaya", "produk", "pengaduan"]))).main(Pages.service())
        let summary = try summary(in: html)
        #expect(summary.contains("<dt>Persyaratan</dt><dd><span class=\"missing\">Belum dicantumkan dalam standar pelayanan.</span></dd>"))
        #expect(summary.contains("<dt>Jangka waktu</dt><dd><span class=\"missing\">Belum dicantumkan.</span></dd>"))
        #expect(summary.contains("<dt>Biaya/tarif</dt><dd><span class=\"missing\">Belum dicantumkan.</span></dd>"))
        #expect(summary.contains("<dt>Produk</dt><dd><span class=\"missing\">Belum dicantumkan.</span></dd>"))
        #expect(!(try component("persyaratan", in: html)).contains("daftar persyaratan di atas"))
        // Without the standard's complaint procedure, where to complain is still answered:
        // the summary's link leads to the channels, listed in the (missing) component.
        #expect(summary.contains("<a href=\"#saluran-pengaduan\">saluran lain</a>"))
        let complaints = try component("pengaduan", in: html)
        #expect(complaints.contains("<p class=\"missing\">Belum dicantumkan dalam standar pelayanan.</p>"))
        #expect(complaints.contains("<div id=\"saluran-pengaduan\" class=\"complaint-channels\">"))
    }

    @Test func theProcedureIsAnOrderedList() throws {
        let section = try component("prosedur", in: try build(TestPortal()).main(Pages.service()))
        let list = try #require(section.components(separatedBy: "<ol class=\"steps\">").dropFirst().first?.components(separatedBy: "</ol>").first)
        let steps = list.components(separatedBy: "\n").filter { $0.hasPrefix("<li>") }
        #expect(steps == ["<li>Pemohon mengisi formulir</li>", "<li>Petugas memeriksa berkas</li>", "<li>Petugas menyerahkan surat</li>"])
    }

    @Test func aFreeServiceSaysGratis() throws {
        let html = try build(TestPortal()).main(Pages.service())
        #expect(try component("biaya", in: html).contains("<p class=\"value\">Gratis</p>"))
        #expect(!html.contains("<caption>Tarif</caption>"))
        #expect(html.contains("<dt>Biaya/tarif</dt><dd>Gratis</dd></div>"))
        #expect(!html.contains("rincian tarif"))
    }

    @Test func feesAreATableInRupiahWithTheirLegalBasis() throws {
        let html = try build(TestPortal().with(TestPortal.serviceFile, Self.feeService)).main(Pages.service())
        let section = try component("biaya", in: html)
        #expect(section.contains("<caption>Tarif</caption>"))
        #expect(section.contains("<tr><th scope=\"row\">Legalisasi, per lembar</th><td class=\"num\">Rp5.000</td></tr>"))
        #expect(section.contains("<tr><th scope=\"row\">Salinan akta</th><td class=\"num\">Rp10.000</td></tr>"))
        #expect(section.contains("<p>Dasar hukum tarif: Peraturan Daerah Kota Contoh Nomor 1 Tahun 2020</p>"))
        #expect(!section.contains("Gratis"))
        #expect(html.contains("<dt>Biaya/tarif</dt><dd>Rp5.000–Rp10.000 (<a href=\"#k-biaya\">rincian tarif</a>)</dd></div>"))
    }

    @Test func theDecreeThatEnactedTheStandardIsNamed() throws {
        let html = try build(TestPortal()).main(Pages.service())
        #expect(html.contains("<p>Ditetapkan dengan Peraturan Wali Kota Contoh Nomor 1 Tahun 2020, tanggal 2 Januari 2020.</p>"))
        let unenacted = try build(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(enacted: false))).main(Pages.service())
        #expect(unenacted.contains("Keputusan yang menetapkan standar pelayanan ini belum dicantumkan."))
    }

    @Test func aMissingComponentIsShownAsMissing() throws {
        let html = try build(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(removing: ["jaminan_keamanan"]))).main(Pages.service())
        #expect(try component("jaminan_keamanan", in: html).contains("<p class=\"missing\">Belum dicantumkan dalam standar pelayanan.</p>"))
        #expect(html.contains("Memuat 13 dari 14 komponen standar pelayanan. Belum dicantumkan: <span lang=\"id\">Jaminan keamanan dan keselamatan pelayanan</span>."))
        #expect(!(try component("persyaratan", in: html)).contains("class=\"missing\""))
    }

    /// The other pages are rendered from the elided standards a build keeps after each
    /// service page is written: their counts must be the whole standards' counts.
    @Test func pagesBesideTheServiceCountFromTheElidedStandard() throws {
        let site = try build(TestPortal()
            .with(TestPortal.servicePath("kurang"), SampleService.markdown(name: "Layanan Kurang", removing: ["jaminan_keamanan"])))
        let unit = try site.main(Pages.unit)
        #expect(unit.contains("14 dari 14 komponen"))
        #expect(unit.contains("13 dari 14 komponen (belum lengkap)"))
        let dashboard = try site.main("dasbor/index.html")
        #expect(dashboard.contains("<dt>Memuat 14 komponen</dt><dd>1 dari 2</dd>"))
        #expect(dashboard.contains("<td>13/14</td><td lang=\"id\">Jaminan keamanan dan keselamatan pelayanan</td>"))
    }
}
