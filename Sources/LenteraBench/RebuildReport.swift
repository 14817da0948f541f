import Foundation

/// The results of `lentera-bench rebuild`.
public struct RebuildReport: Sendable {
    /// One `lentera build`, measured.
    public struct Build: Sendable {
        public var cost: ProcessCost
        /// From `--timings`, in order.
        public var phases: [(name: String, seconds: Double)]
        /// The counts `lentera build` printed.
        public var summary: BuildSummary?
    }

    /// One import and the rebuild after it.
    public struct Run: Sendable {
        public var number: Int
        /// The period imported.
        public var period: String
        public var importCost: ProcessCost
        public var rebuild: Build
        /// The published tree after the rebuild against the one before.
        public var changes: TreeChanges
        /// The published folder's inode before and after the rebuild, and the spare's after.
        public var publishedInodeBefore: UInt64?
        public var publishedInodeAfter: UInt64?
        public var spareInodeAfter: UInt64?
        /// The spare's copies of the changed files are the ones published before.
        public var spareHoldsThePreviousFiles = false
        /// Why the changed files are not what an import should change (empty: plausible).
        public var problems: [String] = []

        /// The rebuild published a new tree in one exchange: the folder's inode changed, and
        /// the tree published before is now the spare.
        public var swapped: Bool {
            guard let before = publishedInodeBefore, let after = publishedInodeAfter else { return false }
            return before != after && spareInodeAfter == before
        }
    }

    public var servicePages: Int
    public var seed: UInt64
    public var date: String
    /// Rows of each export.
    public var rows: Int
    /// The unit the periods were imported for.
    public var unit: String
    public var full: Build?
    public var second: Build?
    public var unchanged: Build?
    public var runs: [Run] = []

    public init(servicePages: Int, seed: UInt64, date: String, rows: Int, unit: String) {
        self.servicePages = servicePages
        self.seed = seed
        self.date = date
        self.rows = rows
        self.unit = unit
    }

    /// The rebuild's wall time as a share of the full build's.
    public func rebuildOverFull(_ run: Run) -> Double? {
        guard let full, full.cost.wallSeconds > 0 else { return nil }
        return run.rebuild.cost.wallSeconds / full.cost.wallSeconds
    }

    /// The rebuild's CPU time as a share of the full build's: steadier than wall time on a
    /// shared machine.
    public func rebuildOverFullCPU(_ run: Run) -> Double? {
        guard let full, full.cost.cpuSeconds > 0 else { return nil }
        return run.rebuild.cost.cpuSeconds / full.cost.cpuSeconds
    }

    public var problems: [String] {
        runs.flatMap { run in
            run.problems.map { "run \(run.number): \($0)" }
                + (run.swapped ? [] : ["run \(run.number): the published folder was not swapped with the spare"])
                + (run.spareHoldsThePreviousFiles ? [] : ["run \(run.number): the spare does not hold the files published before"])
        } + (unchanged?.summary?.changed.map { $0 == 0 ? [] : ["the unchanged rebuild changed \($0) files"] } ?? ["the unchanged rebuild did not report changed files"])
    }
}

extension RebuildReport {
    /// Tables ready to paste into docs/performance.md.
    public var markdown: String {
        var text = "### Rebuild after a survey import: \(Format.grouped(servicePages)) service pages (seed \(seed)), \(date)\n\n"
        text += "Unit `\(unit)`; each run imports an export of \(Format.grouped(rows)) rows for the quarter after the unit's latest, then rebuilds."
        if let summary = full?.summary {
            text += " The full build wrote \(Format.grouped(summary.pages)) HTML pages (\(Format.grouped(summary.files)) files)."
        }
        text += "\n\n| build | wall (s) | CPU user+sys (s) | peak RSS (MiB) | files changed | files removed | phases (s) |\n|---|---|---|---|---|---|---|\n"
        for (name, build) in [("full (new tree)", full), ("second (new tree; the first kept as the spare)", second),
                              ("unchanged rebuild", unchanged)] {
            guard let build else { continue }
            let changed = build.summary?.changed.map(Format.grouped) ?? build.summary.map { "all \(Format.grouped($0.files))" } ?? "—"
            text += "| \(name) | \(Format.decimal(build.cost.wallSeconds, 2)) | \(Format.decimal(build.cost.cpuSeconds, 2)) | "
                + "\(Format.decimal(Double(build.cost.peakRSSKiB) / 1024, 1)) | \(changed) | \(build.summary?.removed.map(Format.grouped) ?? "—") | "
                + "\(Format.phases(build.phases)) |\n"
        }

        text += "\n| run | period | full build wall (s) | rebuild wall (s) | rebuild / full (%) | rebuild CPU (s) | CPU rebuild / full (%) "
            + "| files changed | files removed | differ from the tree before | peak RSS (MiB) | import (s) | rebuild phases (s) |\n"
            + "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
        let fullWall = full.map { Format.decimal($0.cost.wallSeconds, 2) } ?? "—"
        for run in runs {
            let percent: (Double?) -> String = { $0.map { Format.decimal($0 * 100, 1) } ?? "—" }
            let count: (Int?) -> String = { $0.map(Format.grouped) ?? "—" }
            var cells: [String] = ["\(run.number)", run.period, fullWall, Format.decimal(run.rebuild.cost.wallSeconds, 2)]
            cells += [percent(rebuildOverFull(run)), Format.decimal(run.rebuild.cost.cpuSeconds, 2), percent(rebuildOverFullCPU(run))]
            cells += [count(run.rebuild.summary?.changed), count(run.rebuild.summary?.removed), Format.grouped(run.changes.count)]
            cells += [Format.decimal(Double(run.rebuild.cost.peakRSSKiB) / 1024, 1), Format.decimal(run.importCost.wallSeconds, 2),
                      Format.phases(run.rebuild.phases)]
            text += "| " + cells.joined(separator: " | ") + " |\n"
        }
        func median(_ value: (Run) -> Double?, _ places: Int) -> String {
            BenchmarkReport.median(runs.map(value)).map { Format.decimal($0, places) } ?? "—"
        }
        let medianCells = [
            "median", "", fullWall, median({ $0.rebuild.cost.wallSeconds }, 2), median({ rebuildOverFull($0).map { $0 * 100 } }, 1),
            median({ $0.rebuild.cost.cpuSeconds }, 2), median({ rebuildOverFullCPU($0).map { $0 * 100 } }, 1),
            median({ $0.rebuild.summary?.changed.map(Double.init) }, 0),
            median({ $0.rebuild.summary?.removed.map(Double.init) }, 0), median({ Double($0.changes.count) }, 0),
            median({ Double($0.rebuild.cost.peakRSSKiB) / 1024 }, 1), median({ $0.importCost.wallSeconds }, 2),
            Format.phases(medianPhases),
        ]
        text += "| " + medianCells.joined(separator: " | ") + " |\n"

        text += "\nFiles that differ in the published tree after each rebuild:\n\n"
        for run in runs {
            let written = run.changes.written
            text += "- run \(run.number) (\(run.period)), \(written.count) file\(written.count == 1 ? "" : "s"): "
                + written.prefix(20).map { "`\($0)`" }.joined(separator: ", ") + (written.count > 20 ? ", … (\(written.count - 20) more)" : "")
            if !run.changes.removed.isEmpty { text += "; removed: " + run.changes.removed.prefix(20).map { "`\($0)`" }.joined(separator: ", ") }
            text += "\n"
        }
        text += "\nThe swap:\n\n"
        for run in runs {
            let before = run.publishedInodeBefore.map(String.init) ?? "?", after = run.publishedInodeAfter.map(String.init) ?? "?"
            text += "- run \(run.number): the published folder was inode \(before) before the rebuild and \(after) after; "
            text += run.swapped ? "the tree published before (inode \(before)) is now the spare" : "the spare is inode \(run.spareInodeAfter.map(String.init) ?? "?"), not the tree published before"
            text += run.spareHoldsThePreviousFiles ? ", and still holds the previous versions of the changed files.\n" : ", and does NOT hold the previous versions of the changed files.\n"
        }
        let problems = problems
        if !problems.isEmpty {
            text += "\n**Not as expected:**\n\n" + problems.map { "- \($0)\n" }.joined()
        }
        return text
    }

    /// Each phase's median over the runs' rebuilds, in the order of the first.
    var medianPhases: [(name: String, seconds: Double)] {
        guard let first = runs.first else { return [] }
        return first.rebuild.phases.compactMap { phase in
            BenchmarkReport.median(runs.map { run in run.rebuild.phases.first { $0.name == phase.name }?.seconds }).map { (phase.name, $0) }
        }
    }
}

/// Numbers as the tables print them.
enum Format {
    static func decimal(_ value: Double, _ places: Int) -> String {
        String(format: "%.\(places)f", value)
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, digit != "-", (digits.count - offset) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }

    static func phases(_ phases: [(name: String, seconds: Double)]) -> String {
        phases.isEmpty ? "—" : phases.map { "\($0.name) \(decimal($0.seconds, 2))" }.joined(separator: " · ")
    }
}
