import Foundation
import LenteraSynth
#if canImport(Glibc)
import Glibc
#endif

/// `lentera-bench rebuild`: what a rebuild costs after the changes officers make, against
/// the median of several full builds of the same portal.
///
/// In a scratch copy of the cached synthetic portal, with a templates folder of its own
/// that overrides one template of the built-in theme (a portal made by `lentera init` has
/// none; an officer who changes the look adds one):
///
/// 1. `runs` full builds, each into an output folder that does not exist yet (no state
///    folder, no spare): the denominator is their median;
/// 2. a second build, which writes a new tree again and keeps the first as the spare;
/// 3. then each case `runs` times, every build against the result of the build before, as
///    an officer would (`lentera build` into the same output): `nothing changed`, `edit one
///    service`, `add a unit`, `change a template`, `survey import` (the import timed apart
///    from the rebuild that follows it).
///
/// After every rebuild the published tree is compared with the one before it (sizes and
/// hashes of every file, recorded without copying the tree), and what each case must and
/// must not change is checked. The file system settles before every timed build.
public struct RebuildBenchmark: Sendable {
    public struct Options: Sendable {
        public var servicePages: Int
        public var seed: UInt64 = SplitMix64.defaultSeed
        /// Full builds, and rebuilds of each case.
        public var runs = 3
        /// Rows of each survey export.
        public var rows = 2_000
        /// The unit the cases change; nil: the first unit (by slug) with SKM results.
        public var unit: String?
        /// Holds the cached portals and the logs.
        public var workFolder: String
        /// Where the scratch portal and its output go; nil: a tmpfs when it has room.
        public var outputs: String?
        public var lentera: String
        /// The theme the overridden template is copied from (the built-in theme's source).
        public var templates: String
        /// The template the portal's own templates folder overrides, and `change a template` edits.
        public var template = "unit.mustache"
        /// Let Lentera make its search index.
        public var search = false
        /// The cases to run, in this order.
        public var cases = RebuildCase.allCases
        /// Leave the scratch portal and its output in place.
        public var keepOutput = false
        /// The day the measurements were taken (YYYY-MM-DD).
        public var date: String

        public init(servicePages: Int, workFolder: String, lentera: String, templates: String, date: String) {
            self.servicePages = servicePages
            self.workFolder = workFolder
            self.lentera = lentera
            self.templates = templates
            self.date = date
        }
    }

    public let options: Options
    public let log: @Sendable (String) -> Void

    public init(options: Options, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.log = log
    }

    private var work: String { URL(fileURLWithPath: options.workFolder).standardizedFileURL.path }
    private var name: String { "rebuild-\(options.servicePages)-\(options.seed)" }
    /// The logs (on the work folder's disk).
    private var logFolder: String { "\(work)/\(name)-logs" }

    /// The files of the run, roughly: the content (3.7 KiB a service), the published tree
    /// and the spare (17 KiB a service each).
    var bytesNeeded: Int { options.servicePages * (3_800 + 2 * 17_408) + 64 << 20 }

    public func run() throws -> RebuildReport {
        var cached = Benchmark.Options(servicePages: options.servicePages, workFolder: options.workFolder, lentera: options.lentera,
                                       templates: options.templates, floorExecutable: nil, date: options.date)
        cached.seed = options.seed
        let portal = Benchmark(options: cached, log: log)
        _ = try portal.preparePortal()

        let place = OutputPlace.choose(explicit: options.outputs, fallback: "\(work)/\(name)", name: "lentera-bench-\(name)",
                                       bytes: bytesNeeded, memoryBesides: options.servicePages * 8_192 + (1 << 30))
        log("Scratch portal and output in \(place.folder) (\(place.fileSystem)): \(place.reason)")
        try place.prepare()
        try? FileManager.default.removeItem(atPath: logFolder)
        try FileTree.makeFolders(logFolder)
        defer {
            if !options.keepOutput {
                try? FileManager.default.removeItem(atPath: place.folder)
                try? FileManager.default.removeItem(atPath: logFolder)
            }
        }
        let scratch = Scratch(root: place.folder)
        log("Copying the content folder to \(scratch.content)…")
        let copy = try ChildProcess.run("/bin/cp", ["-R", portal.portalFolder + "/content", scratch.content],
                                        stdout: logFolder + "/copy.out", stderr: logFolder + "/copy.err")
        guard copy.succeeded else { throw Benchmark.Failure(description: "copying the content folder failed; see \(logFolder)/copy.err") }
        try FileTree.makeFolders(scratch.exports)
        try FileTree.makeFolders(scratch.templates)
        try FileTree.write(scratch.templates + "/" + options.template,
                           String(contentsOfFile: options.templates + "/" + options.template, encoding: .utf8))

        let unit = try options.unit ?? RebuildBenchmark.firstSurveyedUnit(in: scratch.content)
        var report = RebuildReport(servicePages: options.servicePages, seed: options.seed, date: options.date, rows: options.rows, unit: unit)
        report.place = place
        report.search = options.search
        report.template = options.template
        var edits = RebuildEdits(content: scratch.content, templates: scratch.templates, template: options.template, unit: unit)

        for number in 1...max(1, options.runs) {
            try? FileManager.default.removeItem(atPath: scratch.output)
            try? FileManager.default.removeItem(atPath: scratch.state)
            log("Full build \(number) (a new output folder)…")
            report.full.append(try build("full-\(number)", scratch))
        }
        log("Second build (a new tree again; the first becomes the spare)…")
        // `--fresh`: the content has not changed since the full build, which a build finds
        // out and leaves the tree as it is; a new tree is what makes the first the spare.
        report.second = try build("second", scratch, fresh: true)

        var before = try TreeSnapshot.of(folder: scratch.output)
        for kind in options.cases {
            for number in 1...max(1, options.runs) {
                let step = "\(kind.slug)-\(number)"
                var change = try edits.apply(kind, number: number)
                if kind == .surveyImport {
                    let export = "\(scratch.exports)/ekspor-\(number).csv"
                    try SurveyExport.write(rows: options.rows, seed: options.seed &+ UInt64(number), to: export)
                    log("\(kind.rawValue) \(number): importing \(options.rows) rows for \(unit), \(change.period ?? "")…")
                    OutputPlace.settle()
                    let importLog = logs("import-\(number)")
                    let cost = try ChildProcess.run(options.lentera, ["survey", "import", export, "--unit", unit, "--period", change.period ?? "",
                                                                      "--content", scratch.content],
                                                    stdout: importLog.out, stderr: importLog.err)
                    guard cost.succeeded else {
                        throw Benchmark.Failure(description: "lentera survey import failed; see \(importLog.err):\n" + tail(importLog.err))
                    }
                    change.importCost = cost
                }
                let publishedBefore = inode(scratch.output)
                log("\(kind.rawValue) \(number): rebuild…")
                let rebuild = try build(step, scratch)
                let after = try TreeSnapshot.of(folder: scratch.output)
                let changes = before.changes(to: after)
                var run = RebuildReport.Run(kind: kind, number: number, change: change, rebuild: rebuild, changes: changes)
                run.publishedInodeBefore = publishedBefore
                run.publishedInodeAfter = inode(scratch.output)
                run.spareInodeAfter = inode(scratch.spare)
                // The spare is the tree readers saw until the swap: its copies of the files that
                // changed must still be the old ones.
                run.spareHoldsThePreviousFiles = try changes.changed.allSatisfy { path in
                    try TreeSnapshot.entry(of: scratch.spare + "/" + path) == before.files[path]
                }
                run.problems = RebuildExpectations.problems(kind, changes: changes, change: change, unit: unit, summary: rebuild.summary)
                log("\(kind.rawValue) \(number): \(changes.written.count) files differ from the tree before"
                    + (changes.removed.isEmpty ? "" : " and \(changes.removed.count) are gone")
                    + (changes.written.isEmpty ? "" : ":\n" + changes.written.prefix(10).map { "  " + $0 }.joined(separator: "\n"))
                    + (changes.written.count > 10 ? "\n  … and \(changes.written.count - 10) more" : ""))
                for problem in run.problems { log("\(kind.rawValue) \(number): NOT AS EXPECTED: \(problem)") }
                report.runs.append(run)
                before = after
            }
        }
        return report
    }

    /// The folders of the scratch portal, all on the chosen file system.
    struct Scratch {
        let root: String
        var content: String { root + "/content" }
        var templates: String { root + "/templates" }
        var exports: String { root + "/exports" }
        var output: String { root + "/public" }
        /// `lentera build`'s state folder, and the spare in it (see StagedOutput).
        var state: String { root + "/.public.lentera" }
        var spare: String { state + "/spare" }
    }

    /// One `lentera build` of the scratch portal into its output folder, measured once the
    /// file system has settled (and the trash of a build before is gone).
    private func build(_ name: String, _ scratch: Scratch, fresh: Bool = false) throws -> RebuildReport.Build {
        OutputPlace.waitForTrash(in: scratch.state)
        OutputPlace.settle()
        let log = logs(name)
        let cost = try ChildProcess.run(options.lentera, [
            "build", "--content", scratch.content, "--templates", scratch.templates, "--output", scratch.output,
            "--date", SyntheticPortal.referenceDate, "--timings", "--lang", "en",   // the summary line is read in English
        ] + (options.search ? [] : ["--no-search"]) + (fresh ? ["--fresh"] : []), stdout: log.out, stderr: log.err)
        guard cost.succeeded else {
            throw Benchmark.Failure(description: "lentera build failed (\(cost.exitStatus.map { "exit status \($0)" } ?? "signal \(cost.signal ?? 0)")); see \(log.err):\n"
                                    + tail(log.err))
        }
        let standardOutput = (try? String(contentsOfFile: log.out, encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOfFile: log.err, encoding: .utf8)) ?? ""
        return RebuildReport.Build(cost: cost, phases: Benchmark.phases(in: errors), summary: BuildSummary(parsing: standardOutput))
    }

    private func logs(_ name: String) -> (out: String, err: String) {
        ("\(logFolder)/\(name).out", "\(logFolder)/\(name).err")
    }

    private func tail(_ path: String) -> String {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").suffix(10).joined(separator: "\n")
    }

    private func inode(_ path: String) -> UInt64? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return UInt64(info.st_ino)
    }

    /// The first unit, by slug, with an SKM result of a quarter and a service.
    static func firstSurveyedUnit(in content: String) throws -> String {
        let units = try FileManager.default.contentsOfDirectory(atPath: content + "/units").sorted()
        for unit in units where (try? latestQuarter(of: unit, in: content)) != nil
            && !((try? FileManager.default.contentsOfDirectory(atPath: "\(content)/units/\(unit)/layanan")) ?? []).isEmpty {
            return unit
        }
        throw Benchmark.Failure(description: "no unit of \(content) has a quarterly SKM result and a service")
    }

    /// The latest quarter of the unit's SKM results (`survei/skm-2026-Q3.yaml`).
    static func latestQuarter(of unit: String, in content: String) throws -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "\(content)/units/\(unit)/survei")) ?? []
        let quarters = names.compactMap { name -> (year: Int, quarter: Int)? in
            guard name.hasPrefix("skm-"), name.hasSuffix(".yaml") else { return nil }
            return parseQuarter(String(name.dropFirst(4).dropLast(5)))
        }
        guard let latest = quarters.max(by: { ($0.year, $0.quarter) < ($1.year, $1.quarter) }) else {
            throw Benchmark.Failure(description: "the unit `\(unit)` has no quarterly SKM result")
        }
        return "\(latest.year)-Q\(latest.quarter)"
    }

    /// `2026-Q4` → `2027-Q1`.
    public static func quarter(after period: String) -> String {
        let (year, quarter) = parseQuarter(period)!
        return quarter == 4 ? "\(year + 1)-Q1" : "\(year)-Q\(quarter + 1)"
    }

    /// `2026-Q3` → (2026, 3); nil for any other kind of period.
    static func parseQuarter(_ period: String) -> (year: Int, quarter: Int)? {
        let parts = period.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), parts[1].count == 2, parts[1].first == "Q",
              let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) else { return nil }
        return (year, quarter)
    }

    /// `unit/<u>/layanan/…`
    public static func isServicePage(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count >= 4 && parts[0] == "unit" && parts[2] == "layanan"
    }
}
