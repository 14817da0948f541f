import Foundation
import LenteraTesting
import Testing

/// `lentera build`: writes the site on success; on errors prints them, exits 1 and
/// creates nothing.
@Suite struct BuildCommandTests {
    @Test func aValidPortalIsBuiltIntoTheOutputFolder() throws {
        let result = try LenteraProcess.run("build", TestPortal(), extra: ["--output", "situs"]) { folder in
            let site = folder.appendingPathComponent("situs")
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("unit/dinas-contoh/layanan/layanan-contoh/index.html").path))
            #expect(FolderSnapshot.names(in: folder) == [".situs.lentera", "content", "situs"])
        }
        #expect(result.status == 0)
        #expect(result.stderr == "")
        // "Built 13 pages (46 files) into situs/ in 25 ms."; the time varies. 46: the pages (the search and
        // accessibility pages among them), the assets (search.js and the icon among them), sitemap.xml, robots.txt, feed.xml
        // and the open data (12 tables as CSV and JSON, and the data package).
        #expect(result.stdout.hasPrefix("Built 13 pages (46 files) into situs/ in "))
        #expect(result.stdout.hasSuffix(".\n"))
    }

    @Test func theBaseURLOptionReachesThePages() throws {
        let result = try LenteraProcess.run("build", TestPortal(), extra: ["--base-url", "https://portal.contoh.go.id/"]) { folder in
            let home = try String(contentsOf: folder.appendingPathComponent("public/index.html"), encoding: .utf8)
            #expect(home.contains("<link rel=\"canonical\" href=\"https://portal.contoh.go.id/\">"))
        }
        #expect(result.status == 0)
    }

    @Test func theTimingsFlagPrintsOneMachineReadableLinePerPhase() throws {
        let result = try LenteraProcess.run("build", TestPortal(), extra: ["--timings"]) { _ in }
        #expect(result.status == 0)
        // `timing load 0.012345`: the phase names are the build report's, so only the shape is fixed.
        let lines = result.stderrLines
        #expect(!lines.isEmpty)
        for line in lines {
            let fields = line.split(separator: " ")
            #expect(fields.count == 3, "`\(line)`")
            #expect(fields.first == "timing", "`\(line)`")
            #expect(fields.count == 3 && Double(fields[2]) != nil, "`\(line)`")
        }
    }

    /// `--output content` (or `.` in the project folder) would move the sources aside.
    @Test func anOutputOverlappingTheContentIsRefusedBeforeAnythingIsWritten() throws {
        for output in ["content", "."] {
            var before: [String: Data] = [:]
            let result = try LenteraProcess.run("build", TestPortal(), extra: ["--output", output]) { folder in
                #expect(FolderSnapshot.names(in: folder) == ["content"])
                before = FolderSnapshot.files(in: folder)
            }
            #expect(!before.isEmpty && before.keys.allSatisfy { $0.hasPrefix("content/") })
            #expect(result.status == 1)
            #expect(result.stdout == "")
            let words = output == "." ? "holds the content folder" : "is the content folder"
            #expect(result.stderrLines.first == "error: the output folder `\(output)` \(words); a build replaces the output folder with the site and sets the old one aside, so nothing was written [build.output-overlaps]")
            #expect(result.stderrLines.last == "Build refused: nothing was written.")
        }
    }

    @Test func aBrokenPortalPrintsItsDiagnosticsAndCreatesNoOutput() throws {
        let result = try LenteraProcess.run("build", BrokenPortals.unknownParent) { folder in
            #expect(FolderSnapshot.names(in: folder) == ["content"])
        }
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderrLines == [
            "content/units/bidang-satu/unit.md:4:8: error: the parent unit `dinas-kontoh` does not exist [unit.unknown-parent]",
            "  hint: did you mean `dinas-contoh`? `induk` must be the slug (folder name) of another unit",
            "Build failed: 1 error, 0 warnings. Nothing was written.",
        ])
    }

    @Test func aBrokenPortalLeavesAnExistingSiteAsItWas() throws {
        try withTemporaryFolder { folder in
            try TestPortal().write(to: folder.appendingPathComponent("content"))
            let arguments = ["build", "--content", "content", "--templates", Repository.templates.path]
            #expect(try LenteraProcess.run(arguments, in: folder).status == 0)
            let published = FolderSnapshot.files(in: folder.appendingPathComponent("public"))
            try BrokenPortals.severalErrors.write(to: folder.appendingPathComponent("content"))
            let result = try LenteraProcess.run(arguments, in: folder)
            #expect(result.status == 1)
            #expect(result.stderrLines.last == "Build failed: 4 errors, 0 warnings. `public` was left unchanged.")
            #expect(FolderSnapshot.files(in: folder.appendingPathComponent("public")) == published)
            #expect(FolderSnapshot.names(in: folder) == [".public.lentera", "content", "public"])
        }
    }
}
