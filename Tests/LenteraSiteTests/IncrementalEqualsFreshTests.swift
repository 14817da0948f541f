import Foundation
import LenteraDiagnostics
import LenteraSite
import LenteraTesting
import Testing

/// Incremental builds equal fresh ones (issue 16): a portal with every kind of content
/// file is edited at random, step by step — services, units, survey results, SOPs,
/// indicators, maklumat, pages, templates, settings, attachments, the build date; renames
/// that keep inodes, touches, same-size rewrites within one clock tick; now and then an
/// edit that breaks the portal — and after every step the build into the output kept from
/// step to step is compared, file by file and byte by byte, and diagnostic by diagnostic,
/// with a fresh build of the same content (`PropertyRun`). A failed step must fail both
/// ways alike and leave the published tree as it was.
///
/// The runs are seeded (`SplitMix64`): a failure names its seed and step. Replay or
/// lengthen with `LENTERA_PROPERTY_SEED=<seed>[,<seed>…]` and `LENTERA_PROPERTY_STEPS=<n>`.
@Suite struct IncrementalEqualsFreshTests {
    static let defaultSeeds: [UInt64] = [16_001, 16_002, 16_003]
    static let defaultSteps = 20

    static var seeds: [UInt64] {
        guard let text = ProcessInfo.processInfo.environment["LENTERA_PROPERTY_SEED"] else { return defaultSeeds }
        return text.split(separator: ",").compactMap { UInt64($0.trimmingCharacters(in: .whitespaces)) }
    }

    static var steps: Int {
        ProcessInfo.processInfo.environment["LENTERA_PROPERTY_STEPS"].flatMap { Int($0) } ?? defaultSteps
    }

    @Test(arguments: seeds) func incrementalBuildsEqualFreshOnes(seed: UInt64) throws {
        let steps = Self.steps
        try withTemporaryFolder { folder in
            var run = PropertyRun(seed: seed, steps: steps, folder: folder)
            let problems = try run.start()
            guard problems.isEmpty else {
                Issue.record(Comment(rawValue: run.report(step: 0, problems)))
                return
            }
            for step in 1...max(steps, 1) {
                let problems = try run.step(step)
                // The first disagreement is the one to read; later steps build on it.
                guard problems.isEmpty else {
                    Issue.record(Comment(rawValue: run.report(step: step, problems)))
                    return
                }
            }
            // Otherwise the comparison says nothing about bringing a tree up to date: every
            // incremental build reuses the spare but the first two (the second has none yet)
            // and one after each failed build (which may have begun changing the spare).
            #expect(run.reusedSpare >= run.succeeded - 2 - run.failed,
                    "seed \(seed): only \(run.reusedSpare) of \(run.succeeded) incremental builds brought the spare up to date")
            // Nor about the cache of decoded services, unless some were taken from it.
            #expect(run.servicesFromCache > 0, "seed \(seed): no incremental build took a service from its cache")
            #expect(run.surveysFromCache > 0, "seed \(seed): no incremental build took a survey result from its cache")
            #expect(run.sopsFromCache > 0, "seed \(seed): no incremental build took an SOP from its cache")
            #expect(run.performanceFromCache > 0, "seed \(seed): no incremental build took a performance report from its cache")
        }
    }

    /// The preview's update of one service page (`SiteBuilder.update`) among the other
    /// edits: every other step changes the wording of a service, which the run brings up to
    /// date without a build when nothing else changed since the last good build; the trees
    /// must still equal fresh ones, and so must the builds after them.
    @Test(arguments: [16_101, 16_102] as [UInt64]) func previewUpdatesEqualFreshBuilds(seed: UInt64) throws {
        try withTemporaryFolder { folder in
            var run = PropertyRun(seed: seed, steps: 16, folder: folder)
            run.wordingEvery = 2
            var problems = try run.start()
            for step in 1...16 where problems.isEmpty {
                problems = try run.step(step)
                if !problems.isEmpty { Issue.record(Comment(rawValue: run.report(step: step, problems))) }
            }
            #expect(run.quickUpdates >= 4, "seed \(seed): only \(run.quickUpdates) steps were brought up to date without a build")
        }
    }

    /// Each way of breaking the portal does break the starting portal, so that the property
    /// run's expectation (a breaking step fails, every other step succeeds) holds for the
    /// ways a short run never draws.
    @Test(arguments: 0..<PortalEditor.breakingKinds) func everyBreakingEditBreaksThePortal(kind: Int) throws {
        try withTemporaryFolder { folder in
            var run = PropertyRun(seed: 1, steps: 0, folder: folder)
            let step = try #require(try PortalEditor.breakPortal(&run.world, kind: kind), "kind \(kind) found nothing to break")
            _ = try run.world.write(step)
            let diagnostics = SiteBuilder.diagnostics(run.options("public", fresh: false))
            #expect(diagnostics.contains { $0.severity == .error }, "\(step.description): no error")
        }
    }
}
