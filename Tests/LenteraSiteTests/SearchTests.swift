import Foundation
@testable import LenteraSite
import LenteraTesting
import Testing

/// The search index (docs/search.md): what the pages mark for Pagefind, the search page,
/// the warning when no Pagefind is found, and the index made on the staged tree before
/// the swap, its files in the manifest like every other file.
@Suite struct SearchTests {
    static let paidService = SampleService.markdown(name: "Legalisasi Dokumen", replacing: [
        "biaya": "biaya:\n  tarif:\n    - uraian: Legalisasi, per lembar\n      jumlah: 5000\n  dasar_hukum: Peraturan Daerah Kota Contoh Nomor 1 Tahun 2020",
        "jangka_waktu": "jangka_waktu: 10 hari kerja",
    ])
    static let portal = TestPortal()
        .with(TestPortal.servicePath("legalisasi-dokumen"), paidService)
        .with("pages/tentang.md", "---\njudul: Tentang\n---\n\nTentang portal ini.\n")

    /// The Pagefind binary `scripts/install-build-deps` installs into this repository.
    static var pagefind: String {
        get throws {
            let path = Repository.root.appendingPathComponent(".build/pagefind/pagefind").path
            try #require(Pagefind.isExecutable(path), "no Pagefind at \(path): run scripts/install-build-deps")
            return path
        }
    }

    /// The `data-pagefind-filter` metas of a page's head, as `name: value`.
    static func filters(_ html: String) -> [String] {
        html.matches(of: /<meta name="lentera:search-filter" content="([^"]*)" data-pagefind-filter="([^"\[]*)\[content\]">/)
            .map { "\($0.2): \($0.1)" }
    }

    @Test func aServicePageCarriesItsFiltersFreeOrPaidAndItsTimeBand() throws {
        let site = try build(Self.portal)
        let free = try site.page(Pages.service())
        #expect(Self.filters(free) == ["Jenis: Layanan", "Instansi: Pemerintah Kota Contoh", "Unit kerja: Dinas Contoh",
                                       "Biaya: Gratis", "Jangka waktu: Paling lama 1 jam"])
        let paid = try site.page(Pages.service("legalisasi-dokumen"))
        #expect(Self.filters(paid) == ["Jenis: Layanan", "Instansi: Pemerintah Kota Contoh", "Unit kerja: Dinas Contoh",
                                       "Biaya: Berbayar", "Jangka waktu: 6 sampai 14 hari kerja"])
        #expect(paid.contains("<meta name=\"lentera:search-title\" content=\"Legalisasi Dokumen — Dinas Contoh\" data-pagefind-meta=\"title[content]\">"))
        #expect(Self.filters(try site.page(Pages.unit)) == ["Jenis: Halaman unit", "Instansi: Pemerintah Kota Contoh", "Unit kerja: Dinas Contoh"])
        #expect(Self.filters(try site.page(Pages.maklumat)).first == "Jenis: Maklumat pelayanan")
    }

    /// An English portal's filters are named and valued in English (the search page shows
    /// them as they are written here).
    @Test func anEnglishPortalsFiltersAreInEnglish() throws {
        let site = try build(Self.portal.with(TestPortal.portalFile, TestPortal.portalYAML + "bahasa: en\n"))
        #expect(Self.filters(try site.page(Pages.service())) == ["Type: Service", "Agency: Pemerintah Kota Contoh", "Work unit: Dinas Contoh",
                                                                  "Cost: Free", "Completion time: Up to 1 hour"])
        #expect(Self.filters(try site.page(Pages.service("legalisasi-dokumen"))).suffix(2) == ["Cost: Paid", "Completion time: 6 to 14 working days"])
        #expect(Self.filters(try site.page(Pages.unit)).first == "Type: Unit page")
        #expect(Self.filters(try site.page(Pages.maklumat)).first == "Type: Service pledge")
        #expect(Self.filters(try site.page("tentang/index.html")) == ["Type: Information page"])
        let search = try site.main("cari/index.html")
        #expect(search.contains("<h1>Find a service</h1>"))
        #expect(search.contains("Search is not available on this site. Find a service through <a href=\"../layanan/#a-z\">the A–Z list of services</a>"))
    }

    @Test func servicesUnitsMaklumatAndFreePagesAreIndexedAndNoOtherPage() throws {
        let site = try build(Self.portal)
        let indexed = [Pages.service(), Pages.service("legalisasi-dokumen"), Pages.unit, Pages.maklumat, "tentang/index.html"]
        for page in indexed {
            #expect(try site.page(page).contains("<main id=\"isi\" data-pagefind-body>"), "\(page)")
        }
        let pages = site.files.keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count > indexed.count + 8)
        for page in pages where !indexed.contains(page) {
            let html = try site.page(page)
            #expect(!html.contains("data-pagefind-body") && !html.contains("data-pagefind-filter"), "\(page) must not be indexed")
            #expect(html.contains("<main id=\"isi\">"), "\(page)")
        }
    }

    @Test func withoutPagefindTheBuildWarnsAndTheSearchPageOffersTheIndex() throws {
        try withTemporaryFolder { folder in
            try Self.portal.write(to: folder.appendingPathComponent("content"))
            var settings = options(in: folder)
            settings.search = .missing
            let report = SiteBuilder.build(settings)
            #expect(report.succeeded)
            #expect(report.diagnostics.map(\.code) == ["search.pagefind-missing"])
            #expect(report.diagnostics.first?.severity == .warning)
            #expect(report.diagnostics.first?.summary.text(in: .en).contains("no Pagefind program was found") == true)
            let output = folder.appendingPathComponent("public")
            let search = try String(contentsOf: output.appendingPathComponent("cari/index.html"), encoding: .utf8)
            #expect(search.contains("Pencarian belum tersedia di situs ini."))
            #expect(search.contains("<a href=\"../layanan/#a-z\">Daftar layanan A–Z</a>"))
            #expect(search.contains("<a href=\"../unit/dinas-contoh/\">Dinas Contoh</a>"), "the unit tree")
            #expect(!search.contains("pagefind-ui.js"))
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("pagefind").path))
        }
        // `--no-search`: the same page, no warning.
        try withTemporaryFolder { folder in
            try Self.portal.write(to: folder.appendingPathComponent("content"))
            let report = SiteBuilder.build(options(in: folder))
            #expect(report.succeeded && report.diagnostics.isEmpty)
        }
    }

    @Test func theIndexIsInTheManifestAndAStalePageIsNeitherPublishedNorIndexed() throws {
        let pagefind = try Self.pagefind
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try Self.portal.write(to: content)
            var settings = options(in: folder)
            settings.search = .pagefind(pagefind)
            let first = SiteBuilder.build(settings)
            #expect(first.succeeded, "\(first.diagnostics.map(\.formatted))")
            #expect(first.phaseTimes.map(\.phase).last == "search")
            let output = folder.appendingPathComponent("public")
            let search = try String(contentsOf: output.appendingPathComponent("cari/index.html"), encoding: .utf8)
            #expect(search.contains("<script src=\"../pagefind/pagefind-ui.js\"></script>"))
            #expect(try Self.indexedPages(output) == 5)

            // Second and third builds: the spare is brought up to date, the paid service gone.
            try FileManager.default.removeItem(at: content.appendingPathComponent(TestPortal.servicePath("legalisasi-dokumen")))
            for _ in 0..<2 {
                let again = SiteBuilder.build(settings)
                #expect(again.succeeded, "\(again.diagnostics.map(\.formatted))")
                #expect(try Self.indexedPages(output) == 4, "the removed service's page is not indexed")
            }
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(Pages.service("legalisasi-dokumen")).path))
            // The manifest lists exactly the published files, the index's among them.
            let manifest = try StreamedFileTests.publishedManifest(folder)
            let published = Set(FolderSnapshot.files(in: output).keys)
            #expect(Set(manifest.files.keys) == published)
            let index = published.filter { $0.hasPrefix("pagefind/") }
            #expect(index.contains("pagefind/pagefind-entry.json") && index.contains("pagefind/pagefind-ui.js"))
            #expect(index.contains { $0.hasPrefix("pagefind/fragment/") } && index.contains { $0.hasPrefix("pagefind/filter/") })
            // Nothing of Pagefind's is left in the state folder.
            let state = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(".public.lentera").path)
            #expect(!state.contains { $0.hasPrefix("search-") })
        }
    }

    /// The pages the published index holds (`pagefind-entry.json`).
    static func indexedPages(_ output: URL) throws -> Int? {
        let entry = try Data(contentsOf: output.appendingPathComponent("pagefind/pagefind-entry.json"))
        let json = try JSONSerialization.jsonObject(with: entry) as? [String: Any]
        let languages = json?["languages"] as? [String: [String: Any]]
        return languages?["id"]?["page_count"] as? Int
    }

    @Test func aFailingPagefindFailsTheBuildAndLeavesThePublishedSiteAsItWas() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try Self.portal.write(to: content)
            let output = folder.appendingPathComponent("public")
            #expect(SiteBuilder.build(options(in: folder)).succeeded)
            let before = FolderSnapshot.files(in: output)

            let broken = folder.appendingPathComponent("pagefind-broken")
            try "#!/bin/sh\necho 'Error: cannot read the site' >&2\nexit 3\n".write(to: broken, atomically: true, encoding: .utf8)
            chmod(broken.path, 0o755)
            try TestPortal.unitMarkdown("Dinas Contoh Baru", instansi: TestPortal.instansi)
                .write(to: content.appendingPathComponent("units/dinas-baru/unit.md").creatingFolder(), atomically: true, encoding: .utf8)
            var settings = options(in: folder)
            settings.search = .pagefind(broken.path)
            let report = SiteBuilder.build(settings)
            #expect(!report.succeeded)
            let failure = try #require(report.diagnostics.last)
            #expect(failure.code == "search.pagefind-failed" && failure.severity == .error)
            #expect(failure.summary.text(in: .en) == "Pagefind (`\(broken.path)`) stopped with status 3: Error: cannot read the site")
            #expect(FolderSnapshot.files(in: output) == before, "the published site is untouched")
        }
    }
}

extension URL {
    /// This file's URL, once its folder exists.
    fileprivate func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
