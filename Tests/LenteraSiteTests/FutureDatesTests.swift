import Foundation
import LenteraDomain
import LenteraTesting
import Testing

/// What a page or the feed says of a date the content gives wrongly (review findings 6 and
/// 8): never a day after the build's, never a `diperbarui` before the decree. Each failed
/// before the fix (the feed said 2030 and 2010; the statement "1 Januari 2030").
@Suite struct FutureDatesTests {
    static func updated(_ feed: String) -> [String] {
        feed.components(separatedBy: "<updated>").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    @Test func theFeedNeverGivesADayAfterTheBuildsDay() throws {
        // testDay: 2026-11-21.
        let portal = TestPortal().with(TestPortal.serviceFile, SampleService.markdown(extra: "diperbarui: 2030-01-01"))
        let site = try build(portal)
        let feed = try site.page("feed.xml")
        #expect(!feed.contains("2030"))
        // The feed's own `updated`, then the standard's entry, then the maklumat's.
        #expect(Self.updated(feed) == ["2026-11-21T00:00:00Z", "2026-11-21T00:00:00Z", "2020-01-02T00:00:00Z"])
        #expect(site.report.diagnostics.contains { $0.code == "content.future-date" && $0.severity == .warning })
    }

    @Test func aDiperbaruiBeforeTheDecreeDoesNotDateTheStandardBack() throws {
        let portal = TestPortal().with(TestPortal.serviceFile, SampleService.markdown(extra: "diperbarui: 2010-01-01"))
        let site = try build(portal)
        let feed = try site.page("feed.xml")
        #expect(!feed.contains("2010-01-01"))
        #expect(Self.updated(feed) == ["2020-01-02T00:00:00Z", "2020-01-02T00:00:00Z", "2020-01-02T00:00:00Z"])
        #expect(site.report.diagnostics.contains { $0.code == "service.updated-before-decree" })
    }

    @Test func theStatementGivesNoReviewDateInTheFuture() throws {
        let portal = TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML + "aksesibilitas:\n  ditinjau: 2030-01-01\n")
        let site = try build(portal)
        let main = try site.main("aksesibilitas/index.html")
        #expect(!main.contains("2030"))
        #expect(main.contains("<p>Pengelola portal belum mencantumkan tanggal peninjauan terakhir pernyataan ini.</p>"))
        #expect(site.report.diagnostics.contains { $0.code == "content.future-date" && $0.severity == .warning })
        // Built on a later day, the same date is in the past and is stated.
        let later = try build(portal, date: CalendarDate(year: 2030, month: 1, day: 1)!).main("aksesibilitas/index.html")
        #expect(later.contains("pada 1 Januari 2030."))
    }
}
