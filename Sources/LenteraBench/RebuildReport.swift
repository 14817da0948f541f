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

    /// One change of one case and the rebuild after it.
    public struct Run: Sendable {
        public var kind: RebuildCase
        /// 1, 2, … within the case.
        public var number: Int
        public var change: RebuildChange
        public var rebuild: Build
        /// The published tree after the rebuild against the one before.
        public var changes: TreeChanges
        /// The published folder's inode before and after the rebuild, and the spare's after.
        public var publishedInodeBefore: UInt64?
        public var publishedInodeAfter: UInt64?
        public var spareInodeAfter: UInt64?
        /// The spare's copies of the changed files are the ones published before.
        public var spareHoldsThePreviousFiles = false
        /// Why the changed files are not what the case should change (empty: as expected).
        public var problems: [String] = []

        /// The period a survey import added.
        public var period: String? { change.period }
        public var importCost: ProcessCost? { change.importCost }

        /// The rebuild published a new tree in one exchange: the folder's inode changed, and
        /// the tree published before is now the spare.
        /// Whether the build should have swapped a tree in: not when nothing changed (the
        /// build finds it out and leaves the published tree as it is).
        public var expectsSwap: Bool { kind != .nothingChanged }

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
    /// The unit the cases change.
    public var unit: String
    /// The template the portal's own templates folder overrides.
    public var template = ""
    /// Where the scratch portal and its output were.
    public var place: OutputPlace?
    /// Whether Lentera made its search index.
    public var search = false
    /// The full builds, each into a new output folder.
    public var full: [Build] = []
    public var second: Build?
    public var runs: [Run] = []

    public init(servicePages: Int, seed: UInt64, date: String, rows: Int, unit: String) {
        self.servicePages = servicePages
        self.seed = seed
        self.date = date
        self.rows = rows
        self.unit = unit
    }

    /// The median wall and CPU seconds of the full builds: what a rebuild is compared with.
    public var fullWall: Double? { BenchmarkReport.median(full.map { $0.cost.wallSeconds }) }
    public var fullCPU: Double? { BenchmarkReport.median(full.map { $0.cost.cpuSeconds }) }

    /// The rebuild's wall time as a share of the median full build's.
    public func rebuildOverFull(_ run: Run) -> Double? {
        guard let fullWall, fullWall > 0 else { return nil }
        return run.rebuild.cost.wallSeconds / fullWall
    }

    /// The rebuild's CPU time as a share of the median full build's: steadier than wall time
    /// on a shared machine.
    public func rebuildOverFullCPU(_ run: Run) -> Double? {
        guard let fullCPU, fullCPU > 0 else { return nil }
        return run.rebuild.cost.cpuSeconds / fullCPU
    }

    /// The runs of one case, in order.
    public func runs(of kind: RebuildCase) -> [Run] {
        runs.filter { $0.kind == kind }
    }

    /// The cases measured, in the order they ran.
    public var cases: [RebuildCase] {
        var seen: [RebuildCase] = []
        for run in runs where !seen.contains(run.kind) { seen.append(run.kind) }
        return seen
    }

    public var problems: [String] {
        runs.flatMap { run in
            let name = "\(run.kind.rawValue) \(run.number)"
            return run.problems.map { "\(name): \($0)" }
                + (run.swapped == run.expectsSwap ? [] : [run.expectsSwap ? "\(name): the published folder was not swapped with the spare"
                                                                          : "\(name): nothing changed, yet a new tree was swapped in"])
                + (run.spareHoldsThePreviousFiles ? [] : ["\(name): the spare does not hold the files published before"])
        }
    }

    /// Each phase's median over the given builds, in the order of the first.
    static func medianPhases(_ builds: [Build]) -> [(name: String, seconds: Double)] {
        guard let first = builds.first else { return [] }
        return first.phases.compactMap { phase in
            BenchmarkReport.median(builds.map { build in build.phases.first { $0.name == phase.name }?.seconds }).map { (phase.name, $0) }
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

    static func mebibytes(_ kib: Int) -> String {
        decimal(Double(kib) / 1024, 1)
    }

    static func percent(_ share: Double?) -> String {
        guard let share else { return "—" }
        // Small shares keep two decimals: the targets are 1 % and 2 %.
        return decimal(share * 100, share < 0.1 ? 2 : 1)
    }
}
