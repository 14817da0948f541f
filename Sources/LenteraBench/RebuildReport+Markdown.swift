import Foundation

extension RebuildReport {
    /// Tables ready to paste into docs/performance.md.
    public var markdown: String {
        var text = "### Rebuilds: \(Format.grouped(servicePages)) service pages (seed \(seed)), \(date)\n\n"
        if let summary = full.first?.summary {
            text += "A full build writes \(Format.grouped(summary.pages)) HTML pages (\(Format.grouped(summary.files)) files). "
        }
        text += "The cases change unit `\(unit)`; the portal's templates folder overrides `\(template)`. "
        if let place {
            text += "The scratch portal, its output and Lentera's state folder were on \(place.fileSystem) (`\(place.folder)`): \(place.reason). "
        }
        text += "Lentera built \(search ? "with" : "without") its search index\(search ? "" : " (`--no-search`)"). "
        text += "Every build waited for the file system to settle (`sync`); each case's rebuilds ran one after the other, each against the "
            + "output of the build before, as an officer's would.\n\n"
        text += fullBuilds
        text += "\n" + summaryTable
        text += "\n" + runsTable
        text += "\n" + differences
        let problems = problems
        if !problems.isEmpty {
            text += "\n**Not as expected:**\n\n" + problems.map { "- \($0)\n" }.joined()
        }
        return text
    }

    /// The full builds, their median (the denominator), and the second build.
    private var fullBuilds: String {
        var text = "| build | wall (s) | CPU user+sys (s) | peak RSS (MiB) | files written | phases (s) |\n|---|---|---|---|---|---|\n"
        func row(_ name: String, _ build: Build) -> String {
            let written = build.summary?.changed.map(Format.grouped) ?? build.summary.map { "all \(Format.grouped($0.files))" } ?? "—"
            return "| \(name) | \(Format.decimal(build.cost.wallSeconds, 2)) | \(Format.decimal(build.cost.cpuSeconds, 2)) | "
                + "\(Format.mebibytes(build.cost.peakRSSKiB)) | \(written) | \(Format.phases(build.phases)) |\n"
        }
        for (index, build) in full.enumerated() { text += row("full \(index + 1) (new output folder)", build) }
        let rss = BenchmarkReport.median(full.map { Double($0.cost.peakRSSKiB) }).map { Format.mebibytes(Int($0)) } ?? "—"
        text += "| **median of the full builds** | **\(fullWall.map { Format.decimal($0, 2) } ?? "—")** | **\(fullCPU.map { Format.decimal($0, 2) } ?? "—")** | "
            + "\(rss) | | \(Format.phases(RebuildReport.medianPhases(full))) |\n"
        if let second { text += row("second (new tree; the first kept as the spare)", second) }
        return text
    }

    /// One line per case: the medians of its runs.
    private var summaryTable: String {
        var text = "| case | runs | wall (s) | CPU user+sys (s) | peak RSS (MiB) | files written | files removed | differ from the tree before "
            + "| wall / full (%) | CPU / full (%) | import (s) |\n|---|---|---|---|---|---|---|---|---|---|---|\n"
        for kind in cases {
            let runs = runs(of: kind)
            func median(_ value: (Run) -> Double?) -> Double? { BenchmarkReport.median(runs.map(value)) }
            let cells: [String] = [
                kind.rawValue, "\(runs.count)",
                median { $0.rebuild.cost.wallSeconds }.map { Format.decimal($0, 2) } ?? "—",
                median { $0.rebuild.cost.cpuSeconds }.map { Format.decimal($0, 2) } ?? "—",
                median { Double($0.rebuild.cost.peakRSSKiB) }.map { Format.mebibytes(Int($0)) } ?? "—",
                median { $0.rebuild.summary?.changed.map(Double.init) }.map { Format.decimal($0, 0) } ?? "—",
                median { $0.rebuild.summary?.removed.map(Double.init) }.map { Format.decimal($0, 0) } ?? "—",
                median { Double($0.changes.count) }.map { Format.decimal($0, 0) } ?? "—",
                Format.percent(median(rebuildOverFull)), Format.percent(median(rebuildOverFullCPU)),
                median { $0.importCost?.wallSeconds }.map { Format.decimal($0, 2) } ?? "—",
            ]
            text += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return text
    }

    /// Every run of every case.
    private var runsTable: String {
        var text = "| case | run | wall (s) | CPU user+sys (s) | peak RSS (MiB) | files written | files removed | differ from the tree before "
            + "| wall / full (%) | CPU / full (%) | import wall, CPU (s) | rebuild phases (s) |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n"
        for run in runs {
            let count: (Int?) -> String = { $0.map(Format.grouped) ?? "—" }
            let cells: [String] = [
                run.kind.rawValue + (run.period.map { " (\($0))" } ?? ""), "\(run.number)",
                Format.decimal(run.rebuild.cost.wallSeconds, 2), Format.decimal(run.rebuild.cost.cpuSeconds, 2),
                Format.mebibytes(run.rebuild.cost.peakRSSKiB), count(run.rebuild.summary?.changed), count(run.rebuild.summary?.removed),
                Format.grouped(run.changes.count), Format.percent(rebuildOverFull(run)), Format.percent(rebuildOverFullCPU(run)),
                run.importCost.map { Format.decimal($0.wallSeconds, 2) + ", " + Format.decimal($0.cpuSeconds, 2) } ?? "—",
                Format.phases(run.rebuild.phases),
            ]
            text += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return text
    }

    /// The files that differ after each run (the first few), and the swaps.
    private var differences: String {
        var text = "Files that differ in the published tree after each rebuild (Lentera writes more: the spare it brings up to date is one "
            + "build behind, so it also writes what the build before changed):\n\n"
        for run in runs {
            let written = run.changes.written
            text += "- \(run.kind.rawValue) \(run.number): \(written.count) file\(written.count == 1 ? "" : "s")"
            if !written.isEmpty {
                text += ": " + written.prefix(12).map { "`\($0)`" }.joined(separator: ", ") + (written.count > 12 ? ", … (\(written.count - 12) more)" : "")
            }
            if !run.changes.removed.isEmpty { text += "; removed: " + run.changes.removed.prefix(12).map { "`\($0)`" }.joined(separator: ", ") }
            text += "\n"
        }
        let swapped = runs.filter(\.swapped).count, kept = runs.filter(\.spareHoldsThePreviousFiles).count
        text += "\nIn \(swapped) of \(runs.count) rebuilds the published folder's inode changed and the tree published before became the spare; "
            + "in \(kept) of \(runs.count) the spare still held the previous versions of the changed files.\n"
        return text
    }
}
