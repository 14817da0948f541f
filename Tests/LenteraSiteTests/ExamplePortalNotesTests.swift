import Foundation
import LenteraSite
import LenteraTesting
import Testing

/// What the example portal must say where its source is uncertain or contradicts itself
/// (Perwali Banjarmasin 67/2018, seed 004): every page that shows the appendix's 6 working
/// days for a complaint also shows Pasal 8's 3 working days, and every page that shows the
/// OCR-damaged enactment date says that it is a reading.
@Suite struct ExamplePortalNotesTests {
    static let site: BuiltSite? = try? withTemporaryFolder { folder in
        let output = folder.appendingPathComponent("public")
        let report = SiteBuilder.build(BuildOptions(content: Repository.root.appendingPathComponent("content").path,
                                                    templates: Repository.templates.path, output: output.path, date: testDay))
        return BuiltSite(report: report, files: FolderSnapshot.files(in: output))
    }

    @Test func bothComplaintDeadlinesAppearTogetherWithTheirSources() throws {
        let site = try #require(Self.site)
        let pages = site.files.keys.filter { $0.hasSuffix("index.html") }.sorted()
        var withSix = 0
        for path in pages {
            let main = try site.main(path)
            guard main.lowercased().contains("pengaduan paling lambat 6 hari kerja") else { continue }
            withSix += 1
            #expect(main.contains("3 (tiga) hari kerja"), "\(path) shows the appendix's 6 working days without Pasal 8's 3")
            #expect(main.contains("Pasal 8"), "\(path)")
            #expect(main.contains("lampiran"), "\(path)")
        }
        // The seven services of the Perwali and the complaints page.
        #expect(withSix == 8)
        #expect(try site.main("cara-mengajukan-pengaduan/index.html").contains("3 (tiga) hari kerja"))
    }

    @Test func theOCRUncertainEnactmentDateIsHedgedWhereverItIsShown() throws {
        let site = try #require(Self.site)
        var shown = 0
        for path in site.files.keys.sorted() where path.hasSuffix("index.html") {
            let main = try site.main(path)
            guard main.contains("27 November 2018") else { continue }
            shown += 1
            #expect(main.contains("2/ November 2018"), "\(path) shows the date without what the text shows")
            #expect(main.contains("tafsiran"), "\(path)")
        }
        #expect(shown == 7)
    }
}
