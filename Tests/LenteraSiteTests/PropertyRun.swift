import Foundation
import LenteraDiagnostics
import LenteraDomain
import LenteraSite
import LenteraTesting

/// One seeded run of the property test: the portal written into a folder, built after
/// every edit into the same output (incremental: the spare, and any cache the build keeps,
/// carried from step to step) and into a fresh one, and the two compared.
///
/// The fresh side alternates: on even steps a brand-new output folder (no state folder, no
/// spare, nothing to trust: the truest fresh build), on odd steps `fresh: true` into an
/// output of its own kept from step to step (`--fresh` must ignore what that folder's state
/// holds).
struct PropertyRun {
    let seed: UInt64
    let steps: Int
    let folder: URL
    var world: PropertyWorld
    /// What each step did, for the failure message.
    var history: [String] = []
    /// The published trees after the last build: the incremental one and the kept fresh one.
    var incremental: [String: Data] = [:]
    var keptFresh: [String: Data] = [:]
    /// How many incremental builds succeeded, how many of them brought the spare up to date
    /// rather than writing a new tree, and how many failed.
    var succeeded = 0
    var reusedSpare = 0
    var failed = 0
    /// Services and survey results the incremental builds took from their cache, files not read.
    var servicesFromCache = 0
    var surveysFromCache = 0
    var sopsFromCache = 0
    var performanceFromCache = 0
    /// What the last successful incremental build kept (`BuildMemory`), and how many steps
    /// were brought up to date with it (`SiteBuilder.update`) rather than built, as the
    /// preview does when one service file changed.
    var memory: BuildMemory?
    var quickUpdates = 0
    /// Every so many steps (0: never), the edit is to the wording of one service (its
    /// description or a requirement), not drawn: the edit the preview updates without a build.
    var wordingEvery = 0

    init(seed: UInt64, steps: Int, folder: URL) {
        self.seed = seed
        self.steps = steps
        self.folder = folder
        var random = SplitMix64(seed: seed)
        let portal = EditablePortal.start(&random)
        world = PropertyWorld(portal: portal, date: CalendarDate(iso: "2026-11-21")!, disk: ContentDisk(root: folder), random: random)
    }

    func options(_ output: String, fresh: Bool) -> BuildOptions {
        var options = BuildOptions(content: folder.appendingPathComponent("content").path,
                                   output: folder.appendingPathComponent(output).path, date: world.date)
        options.fresh = fresh
        // The run writes its files moments before each build: a cache that waited for them
        // to settle (a second) would never hold one, and the run would not test it.
        options.cacheSettling = 0
        return options
    }

    /// Writes the starting portal and builds it: step 0.
    mutating func start() throws -> [String] {
        _ = try world.write(EditStep(description: "the starting portal"))
        history.append("0. the starting portal")
        return try buildAndCompare(step: 0, breaks: false)
    }

    /// Draws and writes one edit, builds both ways and compares. Returns the problems found
    /// (empty when the builds agree).
    mutating func step(_ number: Int) throws -> [String] {
        world.disk.beginStep()
        // A break is mended at the next step, or now and then kept one step more: then the
        // broken file is unchanged since the last build, and its errors must come again.
        let keepBreak = !world.overlay.isEmpty && world.random.chance(40)
        var edit: EditStep
        if keepBreak {
            edit = try PortalEditor.stepWhileBroken(&world)
            edit.description += ", the break above kept"
            edit.breaks = true
        } else if wordingEvery > 0 && number % wordingEvery == 0, let wording = try PortalEditor.changeServiceWording(&world) {
            world.overlay = [:]
            edit = wording
        } else {
            world.overlay = [:]
            edit = try PortalEditor.step(&world)
        }
        let done = try world.write(edit)
        history.append("\(number). \(edit.description)\(done.map { " (\($0))" } ?? "") [date \(world.date.iso)]")
        return try buildAndCompare(step: number, breaks: edit.breaks)
    }

    private mutating func buildAndCompare(step: Int, breaks: Bool) throws -> [String] {
        // One content file changed since the last build: brought up to date as the preview
        // does, when that can be shown to touch its own page alone; otherwise built.
        let changed = world.disk.changedThisStep
        let incrementalReport: BuildReport
        if let kept = memory, changed.count == 1, let path = changed.first, path.hasPrefix("content/"),
           let quick = SiteBuilder.update(options("incremental", fresh: false), memory: kept, changed: String(path.dropFirst("content/".count))) {
            incrementalReport = quick
            quickUpdates += 1
            memory = quick.memory
        } else {
            var incremental = options("incremental", fresh: false)
            incremental.keepsMemory = true
            // The manifest the updates kept in memory, written before the build (as the preview does).
            if let memory { SiteBuilder.settle(incremental, memory: memory) }
            incrementalReport = SiteBuilder.build(incremental)
            // A failed build keeps none: what changed since the last good one is not one file.
            memory = incrementalReport.memory
        }
        servicesFromCache += incrementalReport.servicesFromCache
        surveysFromCache += incrementalReport.surveysFromCache
        sopsFromCache += incrementalReport.sopsFromCache
        performanceFromCache += incrementalReport.performanceFromCache
        let newFolder = step % 2 == 0
        let freshOutput = newFolder ? "fresh-\(step)" : "fresh"
        let freshReport = SiteBuilder.build(options(freshOutput, fresh: true))
        let freshTree = FolderSnapshot.files(in: folder.appendingPathComponent(freshOutput))
        if newFolder {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(freshOutput))
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(".\(freshOutput).lentera"))
        }
        let tree = FolderSnapshot.files(in: folder.appendingPathComponent("incremental"))
        let freshName = newFolder ? "fresh (new folder)" : "fresh (--fresh into a kept folder)"
        var problems: [String] = []
        if freshReport.succeeded == breaks {
            problems.append("the edit was meant to \(breaks ? "break the portal" : "keep the portal valid"), but the fresh build \(freshReport.succeeded ? "succeeded" : "failed"):")
            problems += freshReport.diagnostics.map { "    " + $0.formatted(in: .en).replacingOccurrences(of: "\n", with: "\n    ") }
        }
        if incrementalReport.succeeded != freshReport.succeeded {
            problems.append("the incremental build \(incrementalReport.succeeded ? "succeeded" : "failed"), the \(freshName) one \(freshReport.succeeded ? "succeeded" : "failed")")
        }
        if incrementalReport.diagnostics != freshReport.diagnostics {
            problems.append("the diagnostics differ:")
            problems += Self.diagnosticLines(incrementalReport.diagnostics, "incremental") + Self.diagnosticLines(freshReport.diagnostics, freshName)
        }
        if freshReport.succeeded && incrementalReport.succeeded {
            let differences = TreeDifference.lines(tree, freshTree, names: ("incremental", freshName))
            if !differences.isEmpty { problems += ["the published trees differ:"] + differences.map { "  " + $0 } }
            succeeded += 1
            if incrementalReport.incremental { reusedSpare += 1 }
        }
        if !incrementalReport.succeeded && step > 0 {
            let differences = TreeDifference.lines(tree, incremental, names: ("after the failed build", "before it"))
            if !differences.isEmpty { problems += ["the failed incremental build changed the published tree:"] + differences.map { "  " + $0 } }
        }
        if !freshReport.succeeded && !newFolder && step > 1 {
            let differences = TreeDifference.lines(freshTree, keptFresh, names: ("after the failed build", "before it"))
            if !differences.isEmpty { problems += ["the failed --fresh build changed its published tree:"] + differences.map { "  " + $0 } }
        }
        if incrementalReport.succeeded { incremental = tree } else { failed += 1 }
        if !newFolder && freshReport.succeeded { keptFresh = freshTree }
        return problems
    }

    static func diagnosticLines(_ diagnostics: [Diagnostic], _ name: String) -> [String] {
        ["  \(name) (\(diagnostics.count)):"] + diagnostics.map { "    " + $0.formatted(in: .en).replacingOccurrences(of: "\n", with: "\n    ") }
    }

    /// The failure message: seed, step, how to replay, the problems, every edit so far.
    func report(step: Int, _ problems: [String]) -> String {
        (["seed \(seed), step \(step) of \(steps): incremental and fresh builds disagree",
          "replay: LENTERA_PROPERTY_SEED=\(seed) LENTERA_PROPERTY_STEPS=\(step) swift test --filter IncrementalEqualsFreshTests"]
            + problems + ["edits:"] + history.map { "  " + $0 }).joined(separator: "\n")
    }
}
