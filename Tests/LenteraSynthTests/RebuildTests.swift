import Foundation
@testable import LenteraBench
import LenteraSynth
import LenteraTesting
import Testing

/// `lentera-bench rebuild`: full builds, then each case rebuilt against the output of the
/// build before: nothing changed writes nothing; an edited service changes its page alone; a
/// new unit adds its pages; a template comment changes no file; a survey import changes the
/// unit's page, the survey dashboard and the open data, no service page. Every rebuild swaps
/// the new tree in and keeps the old one as the spare.
@Suite struct RebuildTests {
    @Test func everyCaseChangesWhatItShouldAndNothingElse() throws {
        try withTemporaryFolder { folder in
            var options = RebuildBenchmark.Options(servicePages: 200, workFolder: folder.path, lentera: try Products.executable("lentera"),
                                                   templates: Repository.templates.path, date: "2026-11-21")
            options.runs = 1
            options.rows = 200
            let outputs = folder.appendingPathComponent("ausgaben")
            options.outputs = outputs.path
            let report = try RebuildBenchmark(options: options).run()

            #expect(report.full.count == 1)
            let full = try #require(report.full.first?.summary)
            #expect(full.pages > 200)
            #expect(full.changed == nil, "the first build writes a new tree")
            #expect(report.second?.summary?.changed == nil, "the second build writes a new tree, keeping the first as the spare")
            #expect(report.cases == RebuildCase.allCases)
            #expect(report.place?.folder == outputs.path)

            let unchanged = try #require(report.runs(of: .nothingChanged).first)
            #expect(unchanged.rebuild.summary?.changed == 0)
            #expect(unchanged.rebuild.summary?.removed == 0)
            #expect(unchanged.changes.count == 0)

            let edited = try #require(report.runs(of: .editService).first)
            #expect(edited.changes.written.count == 1)
            #expect(edited.changes.written.allSatisfy(RebuildBenchmark.isServicePage))
            #expect(edited.changes.written == edited.change.expectedPages)

            let added = try #require(report.runs(of: .addUnit).first)
            #expect(added.change.expectedPages.count == 3)
            #expect(Set(added.change.expectedPages).isSubset(of: Set(added.changes.added)))
            #expect(added.changes.written.contains("unit/\(report.unit)/index.html"), "the parent lists its new sub-unit")

            let template = try #require(report.runs(of: .changeTemplate).first)
            #expect(template.changes.count == 0, "a comment in a template changes no page")

            let run = try #require(report.runs(of: .surveyImport).first)
            #expect(run.period == RebuildBenchmark.quarter(after: "2026-Q3"))
            #expect(run.importCost?.succeeded == true)
            let written = Set(run.changes.written)
            #expect(written.contains("unit/\(report.unit)/index.html"))
            #expect(written.contains("survei/index.html"))
            #expect(written.contains { $0.hasPrefix("data/") })
            #expect(!written.contains { RebuildBenchmark.isServicePage($0) }, "\(written.filter(RebuildBenchmark.isServicePage).prefix(5))")
            #expect(run.changes.removed.isEmpty)
            // Lentera brought the spare (the tree before the template's rebuild, which changed
            // nothing) up to date: it wrote exactly the files that differ.
            #expect(run.rebuild.summary?.changed == written.count)

            #expect(report.runs.allSatisfy { $0.swapped == ($0.kind != .nothingChanged) })
            #expect(report.runs.allSatisfy { $0.spareHoldsThePreviousFiles })
            #expect(report.problems.isEmpty, "\(report.problems)")

            let table = report.markdown
            #expect(table.contains("| **median of the full builds** | **"))
            #expect(table.contains("| case | runs | wall (s) | CPU user+sys (s) | peak RSS (MiB) | files written | files removed | differ from the tree before | wall / full (%) | CPU / full (%) | import (s) |"))
            for kind in RebuildCase.allCases { #expect(table.contains("| \(kind.rawValue) | 1 | ")) }
            // The scratch copy and the logs are removed; the cached portal stays clean.
            #expect(!FileManager.default.fileExists(atPath: outputs.path))
            #expect(!FolderSnapshot.names(in: folder).contains { $0.hasPrefix("rebuild-") })
            let cached = folder.appendingPathComponent("portal-200-\(SplitMix64.defaultSeed)/content/units/\(report.unit)")
            #expect(!FolderSnapshot.names(in: cached.appendingPathComponent("survei")).contains { $0.hasPrefix("skm-\(run.period!)") })
            #expect(!FolderSnapshot.names(in: folder.appendingPathComponent("portal-200-\(SplitMix64.defaultSeed)/content/units"))
                .contains { $0.hasPrefix("unit-layanan-baru") })
        }
    }

    /// The checks of each case find what it should not have changed.
    @Test func aChangeBeyondTheCaseIsReported() {
        var change = RebuildChange()
        change.expectedPages = ["unit/a/layanan/x/index.html"]
        var changes = TreeChanges()
        changes.changed = ["unit/a/layanan/x/index.html", "unit/b/layanan/y/index.html"]
        let summary = BuildSummary(pages: 3, files: 3, changed: 2, removed: 0)
        #expect(RebuildExpectations.problems(.editService, changes: changes, change: change, unit: "a", summary: summary)
            == ["1 other service pages changed, e.g. `unit/b/layanan/y/index.html`"])
        #expect(RebuildExpectations.problems(.nothingChanged, changes: changes, change: RebuildChange(), unit: "a", summary: summary).count == 1)
        #expect(RebuildExpectations.problems(.changeTemplate, changes: TreeChanges(), change: RebuildChange(), unit: "a", summary: summary).isEmpty)
        change.expectedPages = ["unit/n/index.html"]
        #expect(RebuildExpectations.problems(.addUnit, changes: TreeChanges(), change: change, unit: "a", summary: summary)
            == ["`unit/n/index.html` was not added"])
    }

    @Test func casesAreNamedByTheirSlugs() {
        #expect(RebuildCase(slug: "edit-one-service") == .editService)
        #expect(RebuildCase(slug: "survey-import") == .surveyImport)
        #expect(RebuildCase(slug: "edit") == nil)
        #expect(RebuildCase.allCases.map(\.slug) == ["nothing-changed", "edit-one-service", "add-a-unit", "change-a-template", "survey-import"])
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
