import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LenteraDomain
import LenteraTesting
import Testing

/// The Atom feed (`feed.xml`): new and changed standards, maklumat and survey results,
/// dated from the content, newest first, the same bytes for the same content on any day.
@Suite struct FeedTests {
    static let survey = "units/\(TestPortal.unit)/survei"
    static let portal = TestPortal()
        .with(TestPortal.servicePath("diubah"), SampleService.markdown(name: "Layanan Diubah", extra: "diperbarui: 2025-03-04"))
        .with(TestPortal.servicePath("belum"), SampleService.markdown(name: "Layanan Belum Ditetapkan", enacted: false))
        .with("\(survey)/skm-2024-Q1.yaml", SampleSurvey.skm())
        .with("\(survey)/skm-2024-Q2.yaml", SampleSurvey.skm().replacingOccurrences(of: "2024-Q1", with: "2024-Q2"))

    static let atom = "http://www.w3.org/2005/Atom"

    /// The feed parsed with Foundation's XML parser: its root, which must be Atom's `feed`.
    static func parse(_ text: String) throws -> XMLElement {
        let document = try XMLDocument(data: Data(text.utf8), options: [])
        let root = try #require(document.rootElement())
        #expect(root.localName == "feed")
        #expect(root.uri == atom)
        return root
    }

    /// An attribute's value (read from the list: `attribute(forName:)` of swift-corelibs
    /// finds nothing on an element in a default namespace).
    static func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    static func child(_ name: String, of element: XMLElement) -> XMLElement? {
        element.elements(forLocalName: name, uri: atom).first
    }

    @Test func theFeedIsWellFormedAtomWithTheRequiredElements() throws {
        let feed = try Self.parse(try build(Self.portal).page("feed.xml"))
        // RFC 4287, 4.1.1: a feed has an id, a title, an updated date, an author (here, or
        // in every entry) and a link to itself.
        for name in ["id", "title", "updated", "author"] {
            #expect(Self.child(name, of: feed) != nil, "the feed has no \(name)")
        }
        let links = feed.elements(forLocalName: "link", uri: Self.atom)
        #expect(links.contains { Self.attribute("rel", of: $0) == "self" && Self.attribute("href", of: $0) == "https://transparansi.contoh.go.id/feed.xml" })
        let entries = feed.elements(forLocalName: "entry", uri: Self.atom)
        #expect(!entries.isEmpty)
        for entry in entries {
            for name in ["id", "title", "updated", "link", "summary"] {
                #expect(Self.child(name, of: entry) != nil, "an entry has no \(name)")
            }
        }
        #expect(Self.child("updated", of: feed)?.stringValue == Self.child("updated", of: entries[0])?.stringValue)
    }

    @Test func entriesAreDatedFromTheContentNewestFirst() throws {
        let feed = try Self.parse(try build(Self.portal).page("feed.xml"))
        let entries = feed.elements(forLocalName: "entry", uri: Self.atom).map { entry in
            (title: Self.child("title", of: entry)?.stringValue ?? "", updated: Self.child("updated", of: entry)?.stringValue ?? "",
             id: Self.child("id", of: entry)?.stringValue ?? "")
        }
        #expect(entries.map(\.updated) == [
            "2025-03-04T00:00:00Z",   // `diperbarui`, newer than the decree of 2020-01-02
            "2024-06-30T00:00:00Z",   // the last day of 2024-Q2
            "2024-03-31T00:00:00Z",   // the last day of 2024-Q1
            "2020-01-02T00:00:00Z",   // the maklumat's date
            "2020-01-02T00:00:00Z",   // the decree of the sample service
        ])
        #expect(entries[0].title == "Standar pelayanan: Layanan Diubah — Dinas Contoh")
        #expect(entries[0].id == "https://transparansi.contoh.go.id/unit/dinas-contoh/layanan/diubah/")
        #expect(entries[1].title == "Hasil Survei Kepuasan Masyarakat Triwulan II 2024 — Dinas Contoh")
        #expect(entries[1].id == "https://transparansi.contoh.go.id/unit/dinas-contoh/#survei-skm-2024-Q2")
        // Same day: ordered by id.
        #expect(entries[3].id < entries[4].id)
        // A standard without any date has no entry: the feed never makes one up.
        #expect(!entries.contains { $0.title.contains("Layanan Belum Ditetapkan") })
    }

    @Test func theFeedIsTheSameOnAnyDay() throws {
        let first = try build(Self.portal, date: CalendarDate(year: 2026, month: 1, day: 1)!).page("feed.xml")
        let second = try build(Self.portal, date: CalendarDate(year: 2030, month: 6, day: 15)!).page("feed.xml")
        #expect(first == second)
    }

    @Test func theFeedHoldsTheNewestFifty() throws {
        var portal = TestPortal()
        for index in 1...60 {
            let day = String(format: "2021-%02d-%02d", (index - 1) / 28 + 1, (index - 1) % 28 + 1)
            portal = portal.with(TestPortal.servicePath("layanan-\(index)"), SampleService.markdown(name: "Layanan \(index)", extra: "diperbarui: \(day)"))
        }
        let feed = try Self.parse(try build(portal).page("feed.xml"))
        let entries = feed.elements(forLocalName: "entry", uri: Self.atom)
        #expect(entries.count == 50)
        #expect(Self.child("title", of: entries[0])?.stringValue == "Standar pelayanan: Layanan 60 — Dinas Contoh")
        #expect(Self.child("title", of: entries[49])?.stringValue == "Standar pelayanan: Layanan 11 — Dinas Contoh")
    }

    @Test func textsAreEscaped() throws {
        let portal = TestPortal().with(TestPortal.serviceFile, SampleService.markdown(name: "\"Izin <A> & B\""))
        let feed = try Self.parse(try build(portal).page("feed.xml"))
        let titles = feed.elements(forLocalName: "entry", uri: Self.atom).compactMap { Self.child("title", of: $0)?.stringValue }
        #expect(titles.contains("Standar pelayanan: Izin <A> & B — Dinas Contoh"))
    }

    /// `<` with a combining mark after it is one `Character` unequal to `<`: escaped
    /// character by character it reached the feed raw and the feed was not XML (failed
    /// before `Formatting.escapeXML` went scalar by scalar).
    @Test func aMarkUpCharacterFollowedByACombiningMarkIsEscaped() throws {
        let name = "Izin <\u{0301}b> \"\u{0301} &\u{0301}"
        let portal = TestPortal().with(TestPortal.serviceFile, SampleService.markdown(name: "'\(name)'"))
        let feed = try Self.parse(try build(portal).page("feed.xml"))
        let titles = feed.elements(forLocalName: "entry", uri: Self.atom).compactMap { Self.child("title", of: $0)?.stringValue }
        #expect(titles.contains { $0.contains(name) })
    }

    @Test func everyPageLinksTheFeed() throws {
        let site = try build(Self.portal)
        #expect(try site.page(Pages.home).contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Portal Transparansi Uji\" href=\"feed.xml\">"))
        #expect(try site.page(Pages.service("diubah")).contains("href=\"../../../../feed.xml\">Umpan berita (Atom)</a>"))
    }
}
