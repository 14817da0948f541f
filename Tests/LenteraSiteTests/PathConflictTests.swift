import Foundation
import LenteraDiagnostics
import LenteraSite
import LenteraTesting
import Testing

/// Two pages are never written to the same file: a free page whose address is taken by a
/// page of the site is an error, and nothing is written.
@Suite struct PathConflictTests {
    func buildExpectingConflict(_ portal: TestPortal) throws -> [Diagnostic] {
        try withTemporaryFolder { folder in
            try portal.write(to: folder.appendingPathComponent("content"))
            let report = SiteBuilder.build(options(in: folder))
            #expect(!report.succeeded)
            #expect(report.filesWritten == 0)
            #expect(FolderSnapshot.names(in: folder) == ["content"], "something was written")
            return report.diagnostics.map { diagnostic in
                // Locations relative to the content folder, for comparing.
                var diagnostic = diagnostic
                if let file = diagnostic.location?.file {
                    diagnostic.location?.file = file.components(separatedBy: "/content/").last ?? file
                }
                return diagnostic
            }
        }
    }

    @Test func aFreePageCalledLayananCollidesWithTheServicesIndex() throws {
        let diagnostics = try buildExpectingConflict(TestPortal().with("pages/layanan.md", "---\njudul: Layanan Kami\n---\n\nDaftar.\n"))
        #expect(diagnostics.inEnglish == [
            .error("output.path-conflict", at: SourceLocation(file: "pages/layanan.md"),
                   "the page `layanan` would be written to `layanan/index.html`, where the services index is written",
                   hint: "give it another `slug`"),
        ].inEnglish)
    }

    @Test func theConflictPointsAtTheFileThatSetTheSlug() throws {
        let diagnostics = try buildExpectingConflict(TestPortal().with("pages/statistik.md", "---\njudul: Statistik\nslug: dasbor\n---\n\nAngka.\n"))
        #expect(diagnostics.map(\.code) == ["output.path-conflict"])
        #expect(diagnostics.first?.location == SourceLocation(file: "pages/statistik.md"))
        #expect(diagnostics.first?.summary.text(in: .en) == "the page `dasbor` would be written to `dasbor/index.html`, where the dashboard is written")
    }
}
