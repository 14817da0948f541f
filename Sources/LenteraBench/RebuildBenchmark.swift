import Foundation
import LenteraSynth
#if canImport(Glibc)
import Glibc
#endif

/// `lentera-bench rebuild`: what a rebuild costs after one unit's new survey period is
/// imported, against a full build of the same portal.
///
/// In a scratch copy of the cached synthetic portal: a full build into a new output
/// folder; a second build, which writes a fresh tree again and keeps the first as the
/// spare; a third, unchanged, which brings the spare up to date (and should change
/// nothing). Then, run after run: a raw survey export imported for one unit and the
/// quarter after its latest, a rebuild, and the published tree compared with the one
/// before it (sizes and hashes of every file, recorded without copying the tree).
public struct RebuildBenchmark: Sendable {
    public struct Options: Sendable {
        public var servicePages: Int
        public var seed: UInt64 = SplitMix64.defaultSeed
        public var runs = 3
        /// Rows of each survey export.
        public var rows = 2_000
        /// The unit the surveys are imported for; nil: the first unit (by slug) with SKM results.
        public var unit: String?
        public var workFolder: String
        public var lentera: String
        public var templates: String
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
    /// The scratch copy, its output and the logs.
    private var scratch: String { "\(work)/rebuild-\(options.servicePages)-\(options.seed)" }
    private var content: String { scratch + "/content" }
    private var output: String { scratch + "/public" }
    /// Where `lentera build` keeps the previous tree (see StagedOutput).
    private var spare: String { scratch + "/.public.lentera/spare" }

    public func run() throws -> RebuildReport {
        var cached = Benchmark.Options(servicePages: options.servicePages, workFolder: options.workFolder, lentera: options.lentera,
                                       templates: options.templates, floorExecutable: nil, date: options.date)
        cached.seed = options.seed
        let portal = Benchmark(options: cached, log: log)
        _ = try portal.preparePortal()

        try? FileManager.default.removeItem(atPath: scratch)
        try FileTree.makeFolders(scratch + "/logs")
        try FileTree.makeFolders(scratch + "/exports")
        defer { if !options.keepOutput { try? FileManager.default.removeItem(atPath: scratch) } }
        log("Copying the content folder to \(content)…")
        let copy = try ChildProcess.run("/bin/cp", ["-R", portal.portalFolder + "/content", content],
                                        stdout: scratch + "/logs/copy.out", stderr: scratch + "/logs/copy.err")
        guard copy.succeeded else { throw Benchmark.Failure(description: "copying the content folder failed; see \(scratch)/logs/copy.err") }

        let unit = try options.unit ?? RebuildBenchmark.firstSurveyedUnit(in: content)
        var period = try RebuildBenchmark.latestQuarter(of: unit, in: content)
        var report = RebuildReport(servicePages: options.servicePages, seed: options.seed, date: options.date, rows: options.rows, unit: unit)

        log("Full build…")
        report.full = try build("full")
        log("Second build (a fresh tree again; the first becomes the spare)…")
        report.second = try build("second", fresh: true)
        log("Unchanged rebuild…")
        report.unchanged = try build("unchanged")

        var before = try TreeSnapshot.of(folder: output)
        for number in 1...max(1, options.runs) {
            period = RebuildBenchmark.quarter(after: period)
            let export = "\(scratch)/exports/ekspor-\(number).csv"
            try SurveyExport.write(rows: options.rows, seed: options.seed &+ UInt64(number), to: export)
            let publishedBefore = inode(output)

            log("Run \(number): importing \(options.rows) rows for \(unit), \(period)…")
            sync()
            let importLog = logs("import-\(number)")
            let importCost = try ChildProcess.run(options.lentera, ["survey", "import", export, "--unit", unit, "--period", period, "--content", content],
                                                  stdout: importLog.out, stderr: importLog.err)
            guard importCost.succeeded else {
                throw Benchmark.Failure(description: "lentera survey import failed; see \(importLog.err):\n" + tail(importLog.err))
            }

            log("Run \(number): rebuild…")
            let rebuild = try build("rebuild-\(number)")
            let after = try TreeSnapshot.of(folder: output)
            let changes = before.changes(to: after)
            var run = RebuildReport.Run(number: number, period: period, importCost: importCost, rebuild: rebuild, changes: changes)
            run.publishedInodeBefore = publishedBefore
            run.publishedInodeAfter = inode(output)
            run.spareInodeAfter = inode(spare)
            // The spare is the tree readers saw until the swap: its copies of the files that
            // changed must still be the old ones.
            run.spareHoldsThePreviousFiles = try changes.changed.allSatisfy { path in
                try TreeSnapshot.entry(of: spare + "/" + path) == before.files[path]
            }
            run.problems = RebuildBenchmark.implausibilities(of: changes, unit: unit)
            log("Run \(number): \(changes.written.count) files differ from the tree before"
                + (changes.removed.isEmpty ? "" : " and \(changes.removed.count) are gone") + ":\n"
                + changes.written.prefix(20).map { "  " + $0 }.joined(separator: "\n")
                + (changes.written.count > 20 ? "\n  … and \(changes.written.count - 20) more" : ""))
            for problem in run.problems { log("Run \(number): NOT PLAUSIBLE: \(problem)") }
            report.runs.append(run)
            before = after
        }
        return report
    }

    /// One `lentera build` of the scratch portal into its output folder, measured.
    /// `fresh`: a new tree (`--fresh`), even though nothing changed.
    private func build(_ name: String, fresh: Bool = false) throws -> RebuildReport.Build {
        sync()
        let log = logs(name)
        let cost = try ChildProcess.run(options.lentera, [
            "build", "--content", content, "--templates", options.templates, "--output", output,
            "--date", SyntheticPortal.referenceDate, "--timings", "--lang", "en",   // the summary line is read in English
        ] + (fresh ? ["--fresh"] : []), stdout: log.out, stderr: log.err)
        guard cost.succeeded else {
            throw Benchmark.Failure(description: "lentera build failed (\(cost.exitStatus.map { "exit status \($0)" } ?? "signal \(cost.signal ?? 0)")); see \(log.err):\n"
                                    + tail(log.err))
        }
        let standardOutput = (try? String(contentsOfFile: log.out, encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOfFile: log.err, encoding: .utf8)) ?? ""
        return RebuildReport.Build(cost: cost, phases: Benchmark.phases(in: errors), summary: BuildSummary(parsing: standardOutput))
    }

    private func logs(_ name: String) -> (out: String, err: String) {
        ("\(scratch)/logs/\(name).out", "\(scratch)/logs/\(name).err")
    }

    private func tail(_ path: String) -> String {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").suffix(10).joined(separator: "\n")
    }

    private func inode(_ path: String) -> UInt64? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return UInt64(info.st_ino)
    }

    /// The first unit, by slug, with an SKM result of a quarter.
    static func firstSurveyedUnit(in content: String) throws -> String {
        let units = try FileManager.default.contentsOfDirectory(atPath: content + "/units").sorted()
        for unit in units where (try? latestQuarter(of: unit, in: content)) != nil {
            return unit
        }
        throw Benchmark.Failure(description: "no unit of \(content) has a quarterly SKM result")
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

    /// What a survey import must change, and must not: the unit's page, the survey
    /// dashboard and the open data; no service page.
    static func implausibilities(of changes: TreeChanges, unit: String) -> [String] {
        let written = Set(changes.written)
        var problems: [String] = []
        for page in ["unit/\(unit)/index.html", "survei/index.html"] where !written.contains(page) {
            problems.append("`\(page)` did not change")
        }
        if !written.contains(where: { $0.hasPrefix("data/") }) { problems.append("no open data file (`data/`) changed") }
        let services = (changes.written + changes.removed).filter(isServicePage)
        if !services.isEmpty {
            problems.append("\(services.count) service page\(services.count == 1 ? "" : "s") changed, e.g. `\(services[0])`")
        }
        return problems
    }

    /// `unit/<u>/layanan/…`
    public static func isServicePage(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count >= 4 && parts[0] == "unit" && parts[2] == "layanan"
    }
}

/// The counts in `lentera build`'s last line: `Built N pages (M files, C changed, R removed) into …`
/// (the changed and removed counts only when the previous tree was brought up to date).
public struct BuildSummary: Sendable, Equatable {
    public var pages: Int
    public var files: Int
    public var changed: Int?
    public var removed: Int?

    public init(pages: Int, files: Int, changed: Int? = nil, removed: Int? = nil) {
        self.pages = pages
        self.files = files
        self.changed = changed
        self.removed = removed
    }

    public init?(parsing output: String) {
        // `Nothing changed since the last build: public/ left as it is (N pages, M files; checked in …).`
        if let line = output.split(separator: "\n").last(where: { $0.hasPrefix("Nothing changed since the last build") }),
           let open = line.firstIndex(of: "(") {
            let counts = line[line.index(after: open)...].prefix { $0 != ";" }.split(separator: ",").map { $0.split(separator: " ") }
            guard counts.count == 2, let pages = Int(counts[0].first ?? ""), let files = Int(counts[1].first ?? "") else { return nil }
            (self.pages, self.files, changed, removed) = (pages, files, 0, 0)
            return
        }
        guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix("Built ") }),
              let open = line.firstIndex(of: "("), let close = line[open...].firstIndex(of: ")"),
              let pages = Int(line.dropFirst("Built ".count).prefix { $0.isNumber }) else { return nil }
        var counts: [String: Int] = [:]
        for part in line[line.index(after: open)..<close].split(separator: ",") {
            let words = part.split(separator: " ")
            guard words.count == 2, let number = Int(words[0]) else { return nil }
            counts[String(words[1])] = number
        }
        guard let files = counts["files"] else { return nil }
        self.pages = pages
        self.files = files
        changed = counts["changed"]
        removed = counts["removed"]
    }
}
