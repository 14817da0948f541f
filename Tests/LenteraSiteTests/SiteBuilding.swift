import Foundation
import LenteraDomain
import LenteraSite
import LenteraTesting
import Testing

/// A built site, read back: the report and every file written, by path.
struct BuiltSite {
    let report: BuildReport
    let files: [String: Data]

    /// The text of an output file; a test failure when it was not written.
    func page(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let data = try #require(files[path], "`\(path)` was not written", sourceLocation: sourceLocation)
        return String(decoding: data, as: UTF8.self)
    }

    /// The `<main>` part of a page: what the page template wrote, without the layout.
    func main(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let html = try page(path, sourceLocation: sourceLocation)
        // `<main id="isi">`, or with the search index's marker (`data-pagefind-body`).
        let opening = try #require(html.range(of: "<main id=\"isi\""), sourceLocation: sourceLocation)
        let start = try #require(html[opening.upperBound...].firstIndex(of: ">"), sourceLocation: sourceLocation)
        let end = try #require(html.range(of: "</main>"), sourceLocation: sourceLocation)
        return String(html[html.index(after: start)..<end.lowerBound])
    }
}

/// The options of a build of `content` into `output` inside `folder`, with the default theme.
/// Survey figures are judged on a fixed day, so that builds are the same on any day.
func options(in folder: URL, baseURL: String? = nil, date: CalendarDate = testDay) -> BuildOptions {
    BuildOptions(content: folder.appendingPathComponent("content").path, templates: Repository.templates.path,
                 output: folder.appendingPathComponent("public").path, baseURL: baseURL, date: date)
}

let testDay = CalendarDate(year: 2026, month: 11, day: 21)!

/// Builds a portal with the default theme into a temporary folder and reads the result.
func build(_ portal: TestPortal, baseURL: String? = nil, date: CalendarDate = testDay,
           sourceLocation: SourceLocation = #_sourceLocation) throws -> BuiltSite {
    try withTemporaryFolder { folder in
        try portal.write(to: folder.appendingPathComponent("content"))
        let report = SiteBuilder.build(options(in: folder, baseURL: baseURL, date: date))
        #expect(report.succeeded, "the build failed: \(report.diagnostics.map(\.formatted))", sourceLocation: sourceLocation)
        return BuiltSite(report: report, files: FolderSnapshot.files(in: folder.appendingPathComponent("public")))
    }
}

extension String {
    /// Where `text` first occurs, as an offset; nil when it does not.
    func offset(of text: String) -> Int? {
        range(of: text).map { distance(from: startIndex, to: $0.lowerBound) }
    }

    func occurrences(of text: String) -> Int {
        components(separatedBy: text).count - 1
    }
}

/// Paths of the pages of the minimal portal.
enum Pages {
    static let home = "index.html"
    static let unit = "unit/\(TestPortal.unit)/index.html"
    static let maklumat = "unit/\(TestPortal.unit)/maklumat/index.html"
    static func service(_ slug: String = TestPortal.service, unit: String = TestPortal.unit) -> String {
        "unit/\(unit)/layanan/\(slug)/index.html"
    }
}

/// Builds the portal of `folder` as `options(in:)` does, doing the work even when nothing
/// changed since the last build: the last build's record (`.public.lentera/record`) is
/// removed first, as any change to the content would make it useless. For tests of what a
/// build that does its work makes of the spare and the published tree.
func buildDoingTheWork(in folder: URL, date: CalendarDate = testDay) -> BuildReport {
    try? FileManager.default.removeItem(at: folder.appendingPathComponent(".public.lentera/record"))
    return SiteBuilder.build(options(in: folder, date: date))
}
