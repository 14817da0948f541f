import Foundation
import LenteraDomain
@testable import LenteraRender
import LenteraTesting
import Testing

/// The frame's small pages as a citizen reads them: the accessibility statement's dates and
/// promises, the home page's unit tree, the menu's words, the search hint, the 404 page's
/// links (issue 14's citizen review).
@Suite struct SmallPagesTests {
    static let settings = """
        aksesibilitas:
          ditinjau: 2026-10-05
          tanggapan_hari_kerja: 7

        """

    @Test func theStatementGivesTheReviewDateTheReplyTimeAndTheRouteBeyond() throws {
        let site = try build(TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML + Self.settings))
        let main = try site.main("aksesibilitas/index.html")
        #expect(main.contains("<p>Pernyataan ini terakhir ditinjau pengelola portal pada 5 Oktober 2026.</p>"))
        #expect(main.contains("<p>Pengelola portal menanggapi laporan Anda paling lambat 7 hari kerja setelah laporan diterima.</p>"))
        #expect(!main.contains("waktu bawaan Lentera"))
        #expect(main.contains("<a href=\"https://www.lapor.go.id/\">SP4N-LAPOR!</a>: kanal pengaduan pelayanan publik nasional"))
        #expect(main.contains("<a href=\"https://ombudsman.go.id/\" lang=\"id\">Ombudsman Republik Indonesia</a>"))
        // What is Lentera's, said so.
        #expect(main.contains("<strong class=\"standing\">Tafsiran Lentera</strong>: waktu tanggapan bawaan 10 hari kerja"))
    }

    /// Without the settings: Lentera's default reply time, said to be Lentera's, and no date
    /// made up from the day of the build.
    @Test func withoutSettingsTheDefaultIsNamedAndNoDateIsMadeUp() throws {
        let main = try build(TestPortal(), date: CalendarDate(year: 2026, month: 11, day: 21)!).main("aksesibilitas/index.html")
        #expect(main.contains("<p>Pengelola portal belum mencantumkan tanggal peninjauan terakhir pernyataan ini.</p>"))
        #expect(!main.contains("21 November 2026"))
        #expect(main.contains("paling lambat 10 hari kerja setelah laporan diterima. <span class=\"meta\">(waktu bawaan Lentera; pengelola portal belum menetapkan waktunya sendiri)</span>"))
    }

    @Test func theMenuSpeaksPlainlyInSentenceCase() throws {
        let home = try build(TestPortal()).page(Pages.home)
        #expect(home.contains(">Standar, maklumat dan survei tiap unit</a>"))
        #expect(!home.contains(">Kelengkapan kewajiban unit</a>"))
        // The page keeps its own title.
        #expect(try build(TestPortal()).page("kelengkapan/index.html").contains("<h1>Kelengkapan Kewajiban Unit</h1>"))
    }

    @Test func theSearchBoxSaysWhatOneCanSearch() throws {
        let site = try build(TestPortal())
        #expect(try site.main(Pages.home).contains("<label class=\"hero-label\" for=\"q-beranda\">Cari layanan, misalnya KTP</label>"))
        #expect(try site.page(Pages.unit).contains("<label class=\"visually-hidden\" for=\"q-kepala\">Cari layanan, misalnya KTP</label>"))
    }

    @Test func theNotFoundPagesLinksSayWhereTheyLead() throws {
        let main = try build(TestPortal()).main("404.html")
        let base = "https://transparansi.contoh.go.id/"
        #expect(main.contains("<li><a href=\"\(base)\">Beranda Portal Transparansi Uji</a></li>"))
        #expect(main.contains("<li><a href=\"\(base)layanan/\">Daftar semua layanan (A–Z)</a></li>"))
        #expect(main.contains("<li><a href=\"\(base)cari/\">Cari layanan</a></li>"))
    }

    @Test func anEmailAddressBreaksBeforeItsAtAndDots() {
        #expect(SiteModel.emailParts("redaksi@transparansi.contoh.go.id") == ["redaksi", "@transparansi", ".contoh", ".go", ".id"])
        #expect(SiteModel.emailParts("a.b@c") == ["a", ".b", "@c"])
        #expect(SiteModel.emailParts("tanpa-titik") == ["tanpa-titik"])
        #expect(SiteModel.emailParts(".awal@") == [".awal", "@"])
    }

    @Test func theFooterContactStacksItsLabelsAndBreaksAnAddressWhereItMay() throws {
        let site = try build(TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML + "kontak:\n  email: redaksi@transparansi.contoh.go.id\n"))
        // Break opportunities before the `@` and the dots only (a 3-column footer at 1280 px
        // broke it as "contoh.g / o.id" before).
        #expect(try site.page(Pages.home).contains(
            "<div><dt>Surel</dt><dd><a href=\"mailto:redaksi@transparansi.contoh.go.id\"><wbr>redaksi<wbr>@transparansi<wbr>.contoh<wbr>.go<wbr>.id</a></dd></div>"))
        let css = try String(contentsOf: Repository.templates.appendingPathComponent("assets/style.css"), encoding: .utf8)
        #expect(css.contains(".site-footer .facts dd { overflow-wrap: break-word; }"))
    }
}
