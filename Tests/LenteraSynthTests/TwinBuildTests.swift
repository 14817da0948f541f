import Foundation
import LenteraBench
import LenteraDomain
import LenteraSite
import LenteraSynth
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

    @Test(.enabled(if: Products.hugo != nil, "needs `hugo` on PATH (scripts/install-test-deps installs it)"))
    func hugoBuildsTheTwinIntoTheSameUnitAndServicePages() throws {
        try withTemporaryFolder { folder in
            try writeSmallPortal(into: folder)
            #expect(buildWithLentera(folder).succeeded)
            let output = folder.appendingPathComponent("hugo-public").path
            let cost = try ChildProcess.run(Products.hugo!, ["--quiet", "--source", folder.appendingPathComponent("hugo").path,
                                                             "--destination", output, "--cacheDir", folder.appendingPathComponent("hugo-cache").path,
                                                             "--noBuildLock"],
                                            stdout: folder.appendingPathComponent("hugo.out").path, stderr: folder.appendingPathComponent("hugo.err").path)
            let errors = (try? String(contentsOf: folder.appendingPathComponent("hugo.err"), encoding: .utf8)) ?? ""
            #expect(cost.succeeded, "hugo failed: \(errors)")
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
        }
    }
}
