import Foundation
import LenteraBench
import LenteraDomain
import LenteraRender
import LenteraSite
@testable import LenteraSynth
import LenteraTesting
import Testing

/// The generated portal builds with Lentera without an error, and its Hugo twin builds
/// with Hugo into the same unit and service pages.
@Suite struct TwinBuildTests {
    /// Builds `folder/content` with Lentera, in process, into `folder/lentera`.
    private func buildWithLentera(_ folder: URL) -> BuildReport {
        SiteBuilder.build(BuildOptions(content: folder.appendingPathComponent("content").path, templates: Repository.templates.path,
                                       output: folder.appendingPathComponent("lentera").path,
                                       date: CalendarDate(iso: SyntheticPortal.referenceDate)))
    }

    @Test func lenteraBuildsTheSyntheticPortalWithoutErrors() throws {
        try withTemporaryFolder { folder in
            let summary = try writeSmallPortal(into: folder)
            let report = buildWithLentera(folder)
            let errors = report.diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(errors.prefix(5).map(\.formatted))")
            #expect(report.succeeded)
            #expect(report.diagnostics.warningCount == 0, "\(report.diagnostics.prefix(5).map(\.formatted))")
            let pages = unitPages(in: folder.appendingPathComponent("lentera"))
            #expect(pages.filter { $0.contains("/layanan/") }.count == summary.services)
            #expect(pages.filter { $0.contains("/sop/") }.count == summary.sops)
        }
    }

    /// Builds `folder/hugo` with Hugo into `folder/hugo-public`, which it returns.
    private func buildWithHugo(_ folder: URL) throws -> URL {
        let output = folder.appendingPathComponent("hugo-public")
        let cost = try ChildProcess.run(Products.hugo!, ["--quiet", "--source", folder.appendingPathComponent("hugo").path,
                                                         "--destination", output.path, "--cacheDir", folder.appendingPathComponent("hugo-cache").path,
                                                         "--noBuildLock"],
                                        stdout: folder.appendingPathComponent("hugo.out").path, stderr: folder.appendingPathComponent("hugo.err").path)
        let errors = (try? String(contentsOf: folder.appendingPathComponent("hugo.err"), encoding: .utf8)) ?? ""
        #expect(cost.succeeded, "hugo failed: \(errors)")
        return output
    }

    @Test(.enabled(if: Products.hugo != nil, "needs `hugo` on PATH (scripts/install-test-deps installs it)"))
    func hugoBuildsTheTwinIntoTheSameUnitAndServicePages() throws {
        try withTemporaryFolder { folder in
            try writeSmallPortal(into: folder)
            #expect(buildWithLentera(folder).succeeded)
            let output = try buildWithHugo(folder).path
            let lentera = unitPages(in: folder.appendingPathComponent("lentera"))
            let hugo = unitPages(in: URL(fileURLWithPath: output))
            #expect(!lentera.isEmpty)
            #expect(lentera.subtracting(hugo).sorted().prefix(5) == [], "pages only Lentera wrote")
            #expect(hugo.subtracting(lentera).sorted().prefix(5) == [], "pages only Hugo wrote")
            // The same top-level pages too (Lentera's open data has no Hugo counterpart).
            for page in ["index.html", "layanan/index.html", "dasbor/index.html", "survei/index.html", "zona-integritas/index.html",
                         "tentang/index.html", "404.html", "sitemap.xml", "robots.txt"] {
                #expect(FileManager.default.fileExists(atPath: "\(output)/\(page)"), "Hugo did not write \(page)")
            }
            // A small portal's index lists every service A–Z, as links: the cards are on the unit pages only.
            let index = try String(contentsOfFile: output + "/layanan/index.html", encoding: .utf8)
            let services = hugo.filter { $0.contains("/layanan/") }
            #expect(index.components(separatedBy: "<li><a href=\"/unit/").count - 1 >= services.count)
            #expect(!index.contains("class=\"cards\""), "the services index renders the service cards again")
        }
    }

    /// The twin's list items go through Goldmark only when they hold Markdown syntax: a link
    /// in an item is still a link, a plain item is the text itself.
    @Test(.enabled(if: Products.hugo != nil, "needs `hugo` on PATH (scripts/install-test-deps installs it)"))
    func listItemsWithMarkdownAreStillRenderedAsMarkdown() throws {
        try withTemporaryFolder { folder in
            try writeSmallPortal(into: folder, pages: 10)
            let output = try buildWithHugo(folder)
            let pages = unitPages(in: output).filter { $0.contains("/layanan/") }.sorted()
            let page = try String(contentsOf: output.appendingPathComponent("unit/" + pages[0]), encoding: .utf8)
            #expect(page.contains("<a href=\"https://www.lapor.go.id/\">lapor.go.id</a>"), "an item with a link was not rendered as Markdown")
            #expect(!page.contains("[lapor.go.id]"))
            // The first legal basis of the service's file, printed as it is.
            let source = try String(contentsOf: folder.appendingPathComponent("hugo/content/unit/" + pages[0].dropLast("/index.html".count) + ".md"),
                                    encoding: .utf8)
            let item = try #require(source.components(separatedBy: "\ndasar_hukum:\n  - ").dropFirst().first?.split(separator: "\n").first)
            #expect(page.contains("<li>\(item)</li>"))
            #expect(!page.contains("<li><p>"))
        }
    }

    /// Above `servicesOnOnePage` services in several instansi, Lentera splits its services
    /// index into a page per instansi; the twin writes the same pages (not one page of every
    /// service), and its dashboard counts per instansi as Lentera's does.
    @Test(.enabled(if: Products.hugo != nil, "needs `hugo` on PATH (scripts/install-test-deps installs it)"))
    func onALargePortalBothSplitTheServicesIndexByInstansi() throws {
        #expect(HugoSite.servicesOnOnePage == SiteModel.servicesOnOnePage)
        try withTemporaryFolder { folder in
            try writeSmallPortal(into: folder, pages: HugoSite.servicesOnOnePage + 1)
            #expect(buildWithLentera(folder).succeeded)
            let output = try buildWithHugo(folder)
            let lentera = Set(FolderSnapshot.files(in: folder.appendingPathComponent("lentera/layanan")).keys)
            let hugo = Set(FolderSnapshot.files(in: output.appendingPathComponent("layanan")).keys)
            #expect(lentera.count > 2, "Lentera did not split its index: \(lentera.sorted())")
            #expect(lentera == hugo)
            let index = try String(contentsOf: output.appendingPathComponent("layanan/index.html"), encoding: .utf8)
            #expect(!index.contains("/unit/"), "the split index lists services")
            let dashboard = try String(contentsOf: output.appendingPathComponent("dasbor/index.html"), encoding: .utf8)
            #expect(dashboard.contains("Kelengkapan per instansi"))
        }
    }
}
