import Foundation
import LenteraDomain
@testable import LenteraRender
import LenteraTesting
import Testing

/// A portal with `bahasa: en`: the theme writes English on the pages converted to the
/// catalogue, `<html lang="en">`, and whatever stays Indonesian (the regulation's terms and
/// rules, the domain's findings) is inside an element marked `lang="id"`.
@Suite struct EnglishPortalTests {
    static let portal = SOPPagesTests.portal
        .with(TestPortal.portalFile, TestPortal.portalYAML + """
            bahasa: en
            kontak:
              alamat: Jl. Merdeka No. 1
              telepon: "(0511) 000 0100"
              email: portal@contoh.go.id
            ppid: https://ppid.contoh.go.id/
            data_contoh: Invented data for the tests.

            """)
        .with("pages/about.md", "---\njudul: About\n---\n\nWhat the portal holds.\n")

    /// A unit page with every kind of figure (surveys, Zona Integritas, performance, SPBE)
    /// and an SOP, in English.
    static let unitPortal = TestPortal(files: UnitPageTests.figures.files.merging(SOPPagesTests.portal.files) { figures, _ in figures })
        .with(TestPortal.portalFile, TestPortal.portalYAML + "bahasa: en\n")

    /// The pages whose templates and view models read the catalogue.
    static let pages = ["index.html", "about/index.html", "404.html", "aksesibilitas/index.html", "dasbor/index.html", "kelengkapan/index.html",
                        "metodologi/index.html", "survei/index.html", "zona-integritas/index.html",
                        "unit/\(TestPortal.unit)/maklumat/index.html", SOPPagesTests.page, Pages.service(), Pages.unit,
                        "cari/index.html", "layanan/index.html"]

    /// The names the test portal's content gives (content is in the portal's language by
    /// definition; these ones happen to be Indonesian words).
    static let contentNames = [// the sample service's texts (SampleService), first: they hold some of the names below
                               "Keterangan layanan contoh", "Surat keterangan", "Peraturan Wali Kota Contoh Nomor 1 Tahun 2020",
                               "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Kotak saran di loket layanan",
                               "Kepala Dinas Contoh", "Profil unit.",
                               "Layanan Contoh", "Dinas Contoh", "Pemerintah Kota Contoh", "Kota Contoh", "Portal Transparansi Uji",
                               "Keputusan Camat Contoh Nomor 1 Tahun 2023", "Penetapan Kinerja",
                               "Dinas Baru", "Dinas Lama",
                               // the figures' content: an analysis, the SPBE decree and applications
                               "Unsur terendah", "Keputusan Contoh Nomor 1 Tahun 2022", "Aplikasi Antrean", "Pemanfaatan data oleh SKPD"]

    /// What a reader (or a screen reader) gets of `html` outside the elements marked
    /// `lang="id"`: the text and the `aria-label`, `data-label`, `title` and `alt` values.
    static func outsideIndonesian(_ html: String) throws -> String {
        let tag = try Regex(#"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>"#)
        let attribute = try Regex(#"(?:aria-label|data-label|title|alt)="([^"]*)""#)
        let void: Set<String> = ["br", "img", "input", "meta", "link", "hr", "col", "wbr", "source", "rect", "line", "path"]
        var text = ""
        var stack: [(name: String, indonesian: Bool)] = []
        var inIndonesian: Bool { stack.last?.indonesian ?? false }
        // A stylesheet is not text (the 404 page carries one inline, comments and all), nor
        // is JSON-LD: data for search engines, its words the content's and its addresses
        // the routes' (`/layanan/`); its description: descriptionsAndTheFeedAreInEnglish.
        let html = html.replacing(try Regex(#"(?s)<style>.*?</style>"#), with: "<style></style>")
            .replacing(try Regex(#"(?s)<script type="application/ld\+json">.*?</script>"#), with: "<script></script>")
        var position = html.startIndex
        for match in html.matches(of: tag) {
            if !inIndonesian { text += html[position..<match.range.lowerBound] + " " }
            position = match.range.upperBound
            let closing = !match.output[1].substring!.isEmpty
            let name = String(match.output[2].substring!).lowercased()
            let attributes = String(match.output[3].substring!)
            if closing {
                if let index = stack.lastIndex(where: { $0.name == name }) { stack.removeSubrange(index...) }
                continue
            }
            let indonesian = inIndonesian || attributes.contains("lang=\"id\"")
            if !indonesian {
                for value in attributes.matches(of: attribute) { text += " " + value.output[1].substring! + " " }
            }
            if !void.contains(name) && !attributes.hasSuffix("/") { stack.append((name, indonesian)) }
        }
        text += html[position...]
        for name in contentNames { text = text.replacingOccurrences(of: name, with: " ") }
        return text.replacingOccurrences(of: "&quot;", with: "\"")
    }

    static func containsWord(_ text: String, _ word: String) -> Bool {
        text.contains(try! Regex("\\b" + NSRegularExpression.escapedPattern(for: word) + "\\b"))
    }

    /// The Indonesian texts of the catalogue that differ from their English: each part between
    /// placeholders, of 4 characters or more, unless the English texts use it too (`unit`).
    static var indonesianTexts: [String] {
        let placeholder = try! Regex(#"\{[a-zA-Z]+\}"#)
        let english = ThemeText.english.keys.map { ThemeText.english[$0] }.joined(separator: "\n")
        var texts: Set<String> = []
        for key in ThemeText.indonesian.keys where ThemeText.indonesian[key] != ThemeText.english[key] {
            for part in ThemeText.indonesian[key].split(separator: placeholder) {
                let trimmed = part.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
                if trimmed.count >= 4 && !containsWord(english, trimmed) { texts.insert(trimmed) }
            }
        }
        return texts.sorted()
    }

    /// The whole page: head (the title), header, navigation, menu, breadcrumbs, the page's
    /// own part and the footer.
    @Test func noIndonesianThemeTextOutsideElementsMarkedIndonesian() throws {
        let site = try build(Self.portal)
        for page in Self.pages {
            let text = try Self.outsideIndonesian(site.page(page))
            let found = Self.indonesianTexts.filter { Self.containsWord(text, $0) }
            #expect(found == [], "\(page): \(found)")
        }
    }

    @Test func theUnitPageWithEveryFigureHasNoIndonesianThemeText() throws {
        let site = try build(Self.unitPortal)
        let text = try Self.outsideIndonesian(site.main(Pages.unit))
        let found = Self.indonesianTexts.filter { Self.containsWord(text, $0) }
        #expect(found == [], "\(found)\n\(text)")
    }

    /// The dashboards on a portal that HAS Zona Integritas records and survey results (the
    /// example portal's case): their verdicts, reasons and counts in English too.
    static let dashboards = ["zona-integritas/index.html", "survei/index.html", "kelengkapan/index.html", "dasbor/index.html", "layanan/index.html"]

    @Test func theDashboardsWithZonaIntegritasAndSurveysHaveNoIndonesianThemeText() throws {
        let site = try build(Self.unitPortal)
        for page in Self.dashboards {
            let text = try Self.outsideIndonesian(site.page(page))
            let found = Self.indonesianTexts.filter { Self.containsWord(text, $0) }
            #expect(found == [], "\(page): \(found)")
        }
        // The quality names are the regulation's (PermenPANRB 14/2017): marked, not translated.
        let survey = try site.main("survei/index.html")
        let outside = try Self.outsideIndonesian(survey)
        for name in Mutu.allCases.map(\.performance) { #expect(!Self.containsWord(outside, name), "\(name)") }
        #expect(survey.contains("<td lang=\"id\">B (Baik)</td>") || survey.contains("<td lang=\"id\">A (Sangat Baik)</td>"))
    }

    /// The performance score's category is the decree's word (Kepmendagri 100-1077/2017).
    @Test func thePerformanceCategoryIsMarkedIndonesian() throws {
        let unit = try build(Self.unitPortal).main(Pages.unit)
        #expect(unit.contains("score 70, <span lang=\"id\">Cukup</span>.</strong>"))
    }

    /// `81,3` is Indonesian; an English page writes `81.3` (and `1,234` for thousands, which
    /// this does not match: three digits after the comma).
    @Test func noIndonesianDecimalCommaOutsideElementsMarkedIndonesian() throws {
        let site = try build(Self.unitPortal)
        let comma = try Regex(#"\d,(\d{1,2}|\d{4,})(?!\d)"#)
        for page in Self.dashboards + [Pages.unit] {
            let text = try Self.outsideIndonesian(site.main(page))
            let found = text.matches(of: comma).map { String(text[$0.range]) }
            #expect(found == [], "\(page): \(found)")
        }
    }

    /// English counts say `1 service` and `2 services`; Indonesian has no plural.
    @Test func countsHaveASingularInEnglish() throws {
        #expect(ThemeText.english.count("servicesCount", 1) == "1 service")
        #expect(ThemeText.english.count("servicesCount", 2) == "2 services")
        #expect(ThemeText.english.count("unitsCount", 1) == "1 unit")
        #expect(ThemeText.english.count("completenessUnitNotMet", 1) == "1 obligation not met")
        #expect(ThemeText.indonesian.count("servicesCount", 1) == "1 layanan")
        #expect(ThemeText.english.count("servicesCount", 1234) == "1,234 services")
        let site = try build(Self.unitPortal)
        let services = try site.main("layanan/index.html")
        #expect(services.contains("1 service<") || services.contains("1 service "))
        #expect(!services.contains("1 services"))
        for page in Self.dashboards + [Pages.unit] {
            let text = try Self.outsideIndonesian(site.main(page))
            for wrong in ["1 services", "1 units", "1 obligations", "of 1 units", "1 days", "1 steps", "1 surveys"] {
                #expect(!Self.containsWord(text, wrong), "\(page): \(wrong)")
            }
        }
        let day = SOPTotalDuration([(number: 1, time: SOPTime(CompletionTime(text: "1 hari", duration: Duration.parse("1 hari")), plainDays: .unstated))])
        #expect(Formatting.sopTotal(day, .en) == "1 day")
        let days = SOPTotalDuration([(number: 1, time: SOPTime(CompletionTime(text: "2 hari", duration: Duration.parse("2 hari")), plainDays: .working))])
        #expect(Formatting.sopTotal(days, .en) == "2 working days")
        #expect(Formatting.sopTotal(day) == "1 hari")
    }

    /// The unit page's SOP list names the reconstructed parts in the portal's language.
    @Test func reconstructedPartsAreNamedInEnglish() throws {
        let site = try build(Self.unitPortal.with("\(SOPPagesTests.folder)/pelaporan-spp.yaml", SOPPagesTests.spp))
        let unit = try site.main(Pages.unit)
        #expect(!unit.contains("pelaksana, penetapan"))
        #expect(unit.contains("performers, enactment reconstructed"))
    }

    @Test func theEnglishPagesSayItInEnglish() throws {
        let site = try build(Self.portal)
        let home = try site.page("index.html")
        #expect(home.contains("<a class=\"skip\" href=\"#isi\">Skip to content</a>"))
        #expect(home.contains("<h2 class=\"footer-title\" id=\"kaki-pengaduan\">Complaints</h2>"))
        #expect(home.contains("<dt>Email</dt>"))
        #expect(home.contains("SP4N-LAPOR!</a> — The national complaint channel; also by SMS to 1708.</li>"))
        #expect(try site.main("404.html").contains("<h1>Page not found</h1>"))
        #expect(try site.main("aksesibilitas/index.html").contains("within 10 working days"))
        #expect(try site.page("dasbor/index.html").contains("<html lang=\"en\""))
        let dashboard = try site.main("dasbor/index.html")
        #expect(dashboard.contains("<h1>Service Standards Dashboard</h1>"))
        #expect(dashboard.contains("<th scope=\"col\">Not yet listed</th>"))
        let completeness = try site.main("kelengkapan/index.html")
        #expect(completeness.contains("judged on 21 November 2026"))
        #expect(completeness.contains("<span class=\"status status-met\">Met</span>"))
        let sop = try site.main(SOPPagesTests.page)
        #expect(sop.contains("Total time:"))
        #expect(sop.contains(">Performed by</th>"))
        let methodology = try site.main("metodologi/index.html")
        #expect(methodology.contains("<dt>Source</dt>"))
        #expect(methodology.contains("<p lang=\"id\">"))
        // The service page: the summary's labels and the theme's sentences in English, the
        // components' names (the regulation's words) in Indonesian, marked so.
        let service = try site.main(Pages.service())
        #expect(service.contains("<dt>How long</dt><dd>30 menit</dd>"))  // the standard's own text, as written
        #expect(service.contains("<dt>Cost</dt><dd>Free</dd>"))
        #expect(service.contains("<dt>What to bring</dt>"))
        #expect(service.contains("<a href=\"#saluran-pengaduan\">other channels</a>"))
        #expect(service.contains("<h2 id=\"pengelolaan\">Service management</h2>"))
        #expect(service.contains("<span class=\"number\">1.</span> <span lang=\"id\">Persyaratan</span></h3>"))
        #expect(service.contains("Contains 14 of the 14 components of a service standard."))
        #expect(service.contains("Enacted by Peraturan Wali Kota Contoh Nomor 1 Tahun 2020, dated 2 January 2020."))
    }

    /// What the pages tell link previews and the feed's readers, in English too.
    @Test func descriptionsAndTheFeedAreInEnglish() throws {
        let site = try build(Self.portal)
        #expect(try site.page("index.html").contains(
            "<meta name=\"description\" content=\"Service standards, service pledges (maklumat) and survey results of Pemerintah Kota Contoh.\">"))
        #expect(try site.page("404.html").contains("<meta name=\"description\" content=\"The page you looked for is not on Portal Transparansi Uji.\">"))
        let feed = try site.page("feed.xml")
        #expect(feed.contains("<subtitle>New or changed service standards, maklumat and survey results.</subtitle>"))
        #expect(feed.contains("<title>Service standard: Layanan Contoh — Dinas Contoh</title>"))
    }

    /// The same portal in Indonesian keeps its texts (the other tests of these pages assert
    /// them word for word).
    @Test func anIndonesianPortalIsUnchanged() throws {
        let site = try build(SOPPagesTests.portal)
        #expect(try site.page("dasbor/index.html").contains("<html lang=\"id\""))
        #expect(try site.main("dasbor/index.html").contains("<h1>Dasbor Standar Pelayanan</h1>"))
        #expect(try site.main(SOPPagesTests.page).contains("<strong>Jumlah waktu:</strong>"))
        // One comma between the verdicts (the catalogue's text and the template's once both wrote one).
        #expect(try site.main("kelengkapan/index.html").contains("yang perlu ditulis), <strong>Belum diketahui</strong>"))
    }
}
