import Foundation
import LenteraTesting
import Testing

/// What each page tells link previews and search engines: a description from its own
/// content, Open Graph and the summary card (docs/sharing.md).
@Suite struct SharingTests {
    static let portal = TestPortal()
        .with(TestPortal.portalFile, TestPortal.portalYAML + """
            deskripsi: >-
              Portal **uji** yang menghimpun [standar pelayanan](layanan/) Kota Contoh.

            """)
        .with("pages/tentang.md", "---\njudul: Tentang\n---\n\n## Asal data\n\nHalaman ini *menjelaskan* asal data portal uji.\n")
        .with(TestPortal.servicePath("tanpa-ringkasan"), SampleService.markdown(name: "Surat Pindah", replacing: ["jangka_waktu": "jangka_waktu: 1 hari kerja"]))
        .with(TestPortal.servicePath("ringkas"), SampleService.markdown(name: "Legalisasi", extra: "ringkasan: Legalisasi salinan dokumen kependudukan"))

    /// The `content` of `<meta name|property="key">`; nil when the page has no such tag.
    static func meta(_ key: String, in html: String) -> String? {
        for attribute in ["name", "property"] {
            let opening = "<meta \(attribute)=\"\(key)\" content=\""
            if let after = html.components(separatedBy: opening).dropFirst().first {
                return after.components(separatedBy: "\">").first
            }
        }
        return nil
    }

    @Test func everyPageHasADescriptionAndOpenGraph() throws {
        let site = try build(Self.portal)
        let pages = site.files.keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count >= 12)
        var descriptions: [String: String] = [:]
        for path in pages {
            let html = try site.page(path)
            let description = try #require(Self.meta("description", in: html), "\(path) has no description")
            #expect(!description.isEmpty && description.count <= 160, "\(path): \(description)")
            #expect(Self.meta("og:description", in: html) == description, "\(path)")
            #expect(Self.meta("og:title", in: html)?.isEmpty == false, "\(path)")
            #expect(Self.meta("og:site_name", in: html) == "Portal Transparansi Uji", "\(path)")
            #expect(Self.meta("og:locale", in: html) == "id_ID", "\(path)")
            #expect(Self.meta("twitter:card", in: html) == "summary", "\(path)")
            #expect(html.contains("<link rel=\"alternate\" type=\"application/atom+xml\""), "\(path) does not link the feed")
            if let other = descriptions[description] { Issue.record("\(path) and \(other) have the same description: \(description)") }
            descriptions[description] = path
        }
    }

    @Test func eachPageKindsDescriptionComesFromItsContent() throws {
        let site = try build(Self.portal)
        // The portal's description, Markdown stripped.
        #expect(Self.meta("description", in: try site.page(Pages.home))
                == "Portal uji yang menghimpun standar pelayanan Kota Contoh.")
        // A unit's profile.
        #expect(Self.meta("description", in: try site.page(Pages.unit)) == "Profil unit.")
        // A maklumat's text.
        #expect(Self.meta("description", in: try site.page(Pages.maklumat))
                == "Kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan.")
        // A page's first paragraph, its heading left out.
        #expect(Self.meta("description", in: try site.page("tentang/index.html")) == "Halaman ini menjelaskan asal data portal uji.")
        // A service: the summary, then time and cost.
        #expect(Self.meta("description", in: try site.page(Pages.service("ringkas")))
                == "Legalisasi salinan dokumen kependudukan. Waktu: 30 menit. Biaya: Gratis.")
        // Without a summary: the first requirement.
        #expect(Self.meta("description", in: try site.page(Pages.service("tanpa-ringkasan")))
                == "Surat Pindah di Dinas Contoh. Persyaratan: Surat permohonan. Waktu: 1 hari kerja. Biaya: Gratis.")
    }

    @Test func aLongDescriptionIsCutAtAWord() throws {
        let words = Array(repeating: "pelayanan", count: 40).joined(separator: " ")
        let site = try build(Self.portal.with(TestPortal.unitFile, TestPortal.unitMarkdown("Dinas Contoh", instansi: TestPortal.instansi, profile: words)))
        let description = try #require(Self.meta("description", in: try site.page(Pages.unit)))
        #expect(description.count <= 160)
        #expect(description.hasSuffix("pelayanan…"))
        #expect(description.count > 140)
    }

    @Test func openGraphGivesTheAbsoluteAddressAndTheType() throws {
        let site = try build(Self.portal)
        let home = try site.page(Pages.home)
        #expect(Self.meta("og:url", in: home) == "https://transparansi.contoh.go.id/")
        #expect(Self.meta("og:type", in: home) == "website")
        let service = try site.page(Pages.service("ringkas"))
        #expect(Self.meta("og:url", in: service) == "https://transparansi.contoh.go.id/unit/dinas-contoh/layanan/ringkas/")
        #expect(Self.meta("og:type", in: service) == "article")
        #expect(Self.meta("og:title", in: service) == "Legalisasi")
        // No logo in the layout yet: no image.
        #expect(Self.meta("og:image", in: service) == nil)
    }

    /// `article` is for a page that is one piece of content (a standard, a maklumat, a free
    /// page, an SOP); the pages that list or sum up the portal are the `website`.
    @Test func listPagesAreTheWebsiteAndContentPagesArticles() throws {
        let site = try build(Self.portal)
        for path in [Pages.home, "layanan/index.html", Pages.unit, "dasbor/index.html", "survei/index.html", "zona-integritas/index.html",
                     "kelengkapan/index.html", "cari/index.html", "metodologi/index.html", "aksesibilitas/index.html"] {
            #expect(Self.meta("og:type", in: try site.page(path)) == "website", "\(path)")
        }
        for path in [Pages.service("ringkas"), Pages.maklumat, "tentang/index.html"] {
            #expect(Self.meta("og:type", in: try site.page(path)) == "article", "\(path)")
        }
    }

    @Test func theNotFoundPageIsNotIndexedAndHasNoAddress() throws {
        let html = try build(Self.portal).page("404.html")
        #expect(Self.meta("robots", in: html) == "noindex")
        #expect(Self.meta("og:url", in: html) == nil)
        #expect(Self.meta("og:title", in: html) == "Halaman tidak ditemukan")
        // Served at any address: the feed is named by its full address.
        #expect(html.contains("href=\"https://transparansi.contoh.go.id/feed.xml\""))
    }

    @Test func anEnglishPortalSaysSoInOpenGraph() throws {
        let site = try build(Self.portal.with(TestPortal.portalFile, TestPortal.portalYAML + "bahasa: en\n"))
        #expect(Self.meta("og:locale", in: try site.page(Pages.unit)) == "en_US")
        #expect(try site.page("feed.xml").contains("xml:lang=\"en\""))
    }
}

/// The example portal as it is shared: every page its own description, Open Graph's
/// address the canonical one, and a feed with entries of all three kinds.
@Suite struct ExamplePortalSharingTests {
    @Test func everyPageOfTheExampleHasItsOwnDescription() throws {
        let site = try #require(ExamplePortalNotesTests.site)
        var seen: [String: String] = [:]
        for path in site.files.keys.sorted() where path.hasSuffix(".html") {
            let html = try site.page(path)
            let description = try #require(SharingTests.meta("description", in: html), "\(path)")
            #expect(!description.isEmpty && description.count <= 160, "\(path): \(description)")
            if let other = seen[description] { Issue.record("\(path) and \(other) share the description \(description)") }
            seen[description] = path
            if path != "404.html" {
                let canonical = try #require(html.components(separatedBy: "<link rel=\"canonical\" href=\"").dropFirst().first?.components(separatedBy: "\"").first)
                #expect(SharingTests.meta("og:url", in: html) == canonical, "\(path)")
            }
        }
        #expect(seen.count > 40)
    }

    @Test func theExamplesFeedHasStandardsMaklumatAndSurveys() throws {
        let feed = try #require(ExamplePortalNotesTests.site).page("feed.xml")
        #expect(feed.contains("<title>Standar pelayanan: "))
        #expect(feed.contains("<title>Maklumat Pelayanan — "))
        #expect(feed.contains("<title>Hasil Survei Kepuasan Masyarakat "))
        #expect(feed.occurrences(of: "<entry>") <= 50)
        // Every example standard is dated (a decree or `diperbarui`), so every one is in the
        // feed: 8 of the 15 were left out before (`ditetapkan: belum` without a date).
        let standards = try FileManager.default.subpathsOfDirectory(atPath: Repository.root.appendingPathComponent("content/units").path)
            .filter { $0.contains("/layanan/") && ($0.hasSuffix(".md") || $0.hasSuffix(".json")) }
        #expect(standards.count == 15)
        #expect(feed.occurrences(of: "<title>Standar pelayanan: ") == standards.count)
    }
}
