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
            guard let document = read(relative) else { continue }
            let report = PerformanceReportDecoder.decode(document, unit: unit, fileBase: PathText.deletingExtension(name))
            collect(document)
            guard let report else { continue }
            if let first = seen[report.period] {
                diagnostics.append(.error("performance.duplicate-period", at: document.context.location(fieldValue(document, "periode")),
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
