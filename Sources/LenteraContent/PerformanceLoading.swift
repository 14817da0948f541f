import Foundation
import LenteraDiagnostics
import LenteraDomain

extension LoadRun {
    /// Reads `units/<unit>/kinerja/`: one file per assessment period, named after it
    /// (`2026-S1.yaml`).
    mutating func loadPerformance(folder: String, unit: String, keep: Bool) {
        var seen: [SurveyPeriod: String] = [:]
        for name in children(of: folder, directories: false) {
            let relative = "\(folder)/\(name)"
            let format = Document.format(of: name)
            guard format == .yaml || format == .json else { unread(file: relative, in: .performance); continue }
            let report: PerformanceReport, periodPlace: SourceLocation
            if let entry = takeCached(relative, as: CachedPerformance.self) {
                // Unchanged since the cache was written: what reading it gave then.
                (report, periodPlace) = (entry.report, entry.period)
                performanceCacheEntries.append(entry)
                performanceFromCache += 1
            } else {
                let (read, stamp) = readStamped(relative)
                guard let document = read else { continue }
                let decoded = PerformanceReportDecoder.decode(document, unit: unit, fileBase: PathText.deletingExtension(name))
                let found = document.context.diagnostics
                collect(document)
                guard let decoded else { continue }
                report = decoded
                periodPlace = document.context.location(fieldValue(document, "periode"))
                if gathersCache, keep, let stamp, stamp.settled(before: started, by: cacheSettling), overlay[relative] == nil, linkTargets[relative] == nil {
                    performanceCacheEntries.append(CachedPerformance(path: relative, unit: unit, stamp: stamp, hash: fileHashes[relative]!, report: report,
                                                                     period: periodPlace, diagnostics: found))
                }
            }
            if let first = seen[report.period] {
                diagnostics.append(.error("performance.duplicate-period", at: periodPlace,
                                          Message("performance.duplicate-period", ["file": .text(display(first)), "period": .text(report.period.description)]),
                                          advice: Message("performance.duplicate-period.hint")))
                continue
            }
            seen[report.period] = relative
            if keep { performance.append(report) }
        }
    }

    /// Reads `units/<unit>/spbe.yaml`: the applications that support the unit's services
    /// and its SPBE roadmap.
    mutating func loadSPBE(folder: String, unit: String, services: Set<String>, keep: Bool) {
        guard let path = single(folder, base: ContentKinds.spbe.fileName!, place: .unit), let document = read(path) else { return }
        let architecture = SPBEDecoder.decode(document, unit: unit, services: services, unreadable: unusable.services[unit] ?? [])
        collect(document)
        if keep, let architecture { spbe.append(architecture) }
    }
}
