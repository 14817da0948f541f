import Foundation
import LenteraBench
import LenteraSynth
import LenteraTesting
import Testing

/// `lentera-bench rebuild`: the unchanged rebuild writes nothing; after a survey import
/// the rebuild writes the unit's page, the survey dashboard and the open data, and no
/// service page; the new tree is swapped in and the old one kept as the spare.
@Suite struct RebuildTests {
    @Test func aSurveyImportChangesTheUnitPageTheDashboardAndTheOpenDataOnly() throws {
        try withTemporaryFolder { folder in
            var options = RebuildBenchmark.Options(servicePages: 200, workFolder: folder.path, lentera: try Products.executable("lentera"),
                                                   templates: Repository.templates.path, date: "2026-11-21")
            options.runs = 1
            options.rows = 200
            let report = try RebuildBenchmark(options: options).run()

            let full = try #require(report.full?.summary)
            #expect(full.pages > 200)
            #expect(full.changed == nil, "the first build writes a new tree")
            let unchanged = try #require(report.unchanged?.summary)
            #expect(unchanged.changed == 0)
            #expect(unchanged.removed == 0)
            #expect(unchanged.files == full.files)

            let run = try #require(report.runs.first)
            #expect(run.period == RebuildBenchmark.quarter(after: "2026-Q3"))
            let written = Set(run.changes.written)
            #expect(written.contains("unit/\(report.unit)/index.html"))
            #expect(written.contains("survei/index.html"))
            #expect(written.contains { $0.hasPrefix("data/") })
            #expect(!written.contains { RebuildBenchmark.isServicePage($0) }, "\(written.filter(RebuildBenchmark.isServicePage).prefix(5))")
            #expect(run.changes.removed.isEmpty)
            // Lentera wrote no file that the comparison of the trees found unchanged.
            #expect(run.rebuild.summary?.changed == written.count)
            #expect(run.swapped)
            #expect(run.spareHoldsThePreviousFiles)
            #expect(report.problems.isEmpty, "\(report.problems)")

            let table = report.markdown
            #expect(table.contains("| run | period | full build wall (s) | rebuild wall (s) | rebuild / full (%) |"))
            #expect(table.contains("| median | "))
            // The scratch copy is removed; the cached portal stays clean.
            #expect(!FolderSnapshot.names(in: folder).contains("rebuild-200-\(SplitMix64.defaultSeed)"))
            let cached = folder.appendingPathComponent("portal-200-\(SplitMix64.defaultSeed)/content/units/\(report.unit)/survei")
            #expect(!FolderSnapshot.names(in: cached).contains { $0.hasPrefix("skm-\(run.period)") })
        }
    }

    @Test func quartersFollowOneAnother() {
        #expect(RebuildBenchmark.quarter(after: "2026-Q3") == "2026-Q4")
        #expect(RebuildBenchmark.quarter(after: "2026-Q4") == "2027-Q1")
    }

    @Test func theBuildLineGivesItsCounts() {
        let incremental = BuildSummary(parsing: "Built 264 pages (290 files, 8 changed, 0 removed) into /tmp/x/public/ in 878 ms.\n")
        #expect(incremental == BuildSummary(pages: 264, files: 290, changed: 8, removed: 0))
        let fresh = BuildSummary(parsing: "Built 12 pages (15 files) into public/ in 1.2 s with 1 warning.\n")
        #expect(fresh == BuildSummary(pages: 12, files: 15, changed: nil, removed: nil))
        #expect(BuildSummary(parsing: "Build failed") == nil)
    }

    @Test func treesAreComparedByTheirBytes() throws {
        try withTemporaryFolder { folder in
            let a = folder.appendingPathComponent("a"), b = folder.appendingPathComponent("b")
            for (root, files) in [(a, ["same.html": "x", "changed.html": "one", "gone.html": "g"]),
                                  (b, ["same.html": "x", "changed.html": "two", "new/index.html": "n"])] {
                for (path, text) in files {
                    let url = root.appendingPathComponent(path)
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(text.utf8).write(to: url)
                }
            }
            let changes = try TreeSnapshot.of(folder: a.path).changes(to: TreeSnapshot.of(folder: b.path))
            #expect(changes.changed == ["changed.html"])
            #expect(changes.added == ["new/index.html"])
            #expect(changes.removed == ["gone.html"])
            #expect(changes.written == ["changed.html", "new/index.html"])
        }
    }
}
