import Foundation

/// Writes a planned portal: the shared files first, then every unit's folder, units
/// spread over worker threads. Each unit's texts come from the unit's own random stream,
/// so the result does not depend on the number of threads or their timing.
struct PortalWriter: Sendable {
    let plan: PortalPlan
    let content: String
    let hugo: String?

    func write(jobs: Int) throws -> SyntheticPortal.Summary {
        var summary = SyntheticPortal.Summary()
        summary.instansi = plan.instansi.count
        summary.units = plan.units.count

        var zonaIntegritas: [String] = []
        var surveyed: Set<Int> = []
        for instansi in plan.instansi {
            var random = SplitMix64.stream(plan.seed, UInt64(instansi.index), 3)
            let record = ZonaIntegritasText(instansi: instansi, plan: plan, random: &random)
            zonaIntegritas.append(record.yaml)
            surveyed.formUnion(record.surveyedUnits)
        }

        var lentera = Output(root: content)
        try FileTree.makeFolders(content)
        for folder in ["units", "zona-integritas", "pages"] { try lentera.folder(folder) }
        try lentera.file("portal.yaml", PortalText.portal(plan))
        try lentera.file("pages/tentang.md", PortalText.about(plan))
        for (instansi, yaml) in zip(plan.instansi, zonaIntegritas) {
            try lentera.file("zona-integritas/\(instansi.slug).yaml", yaml)
        }

        var twin: Output?
        if let hugo {
            var output = Output(root: hugo)
            try FileTree.makeFolders(hugo)
            for folder in ["content", "content/unit", "content/layanan", "content/dasbor", "content/survei", "content/zona-integritas",
                           "data", "data/survei", "data/kinerja", "data/zona_integritas", "layouts", "layouts/_default", "layouts/perhitungan",
                           "layouts/partials", "layouts/unit", "layouts/layanan", "layouts/maklumat", "layouts/sop", "layouts/dasbor",
                           "layouts/survei", "layouts/zona-integritas", "static", "static/assets"] {
                try output.folder(folder)
            }
            try output.file("config.yaml", HugoSite.config(plan))
            let servicesIndex = HugoSite.servicesIndexPages(plan)
            for (path, _) in servicesIndex { try output.folder(String(path.dropLast("/_index.md".count))) }
            for (path, text) in HugoSite.sectionPages + servicesIndex + HugoLayouts.files { try output.file(path, text) }
            try output.file("content/tentang.md", PortalText.about(plan))
            for (instansi, yaml) in zip(plan.instansi, zonaIntegritas) {
                try output.file("data/zona_integritas/\(instansi.slug).yaml", yaml)
            }
            twin = output
        }

        let zonaIntegritasUnits = surveyed
        let results = UnitResults(count: jobs)
        let failures = Failures()
        let hugoRoot = twin?.root
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            var unitWriter = UnitWriter(plan: plan, lentera: Output(root: content), hugo: hugoRoot.map { Output(root: $0) })
            do {
                for index in stride(from: job, to: plan.units.count, by: jobs) {
                    guard !failures.hasFailed else { return }
                    try unitWriter.write(plan.units[index], surveysZonaIntegritas: zonaIntegritasUnits.contains(index))
                }
            } catch {
                failures.record(error)
            }
            results.store(unitWriter.tally, lentera: unitWriter.lentera, hugo: unitWriter.hugo, job: job)
        }
        if let failure = failures.first { throw failure }

        for (tally, lenteraPart, hugoPart) in results.all {
            summary.services += tally.services
            summary.sops += tally.sops
            summary.surveyResults += tally.surveys
            summary.performanceReports += tally.performance
            lentera.add(lenteraPart)
            if let hugoPart { twin?.add(hugoPart) }
        }
        summary.files = lentera.files
        summary.bytes = lentera.bytes
        summary.hugoFiles = twin?.files ?? 0
        summary.hugoBytes = twin?.bytes ?? 0
        return summary
    }
}

/// A root folder and what was written under it.
struct Output: Sendable {
    let root: String
    private(set) var files = 0
    private(set) var bytes = 0

    init(root: String) {
        self.root = root
    }

    mutating func folder(_ relative: String) throws {
        try FileTree.makeFolder(root + "/" + relative)
    }

    mutating func file(_ relative: String, _ text: String) throws {
        bytes += try FileTree.write(root + "/" + relative, text)
        files += 1
    }

    mutating func add(_ other: Output) {
        files += other.files
        bytes += other.bytes
    }
}

/// Counts per worker, handed back when the worker ends.
final class UnitResults: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [(UnitWriter.Tally, Output, Output?)?]

    init(count: Int) {
        parts = Array(repeating: nil, count: count)
    }

    func store(_ tally: UnitWriter.Tally, lentera: Output, hugo: Output?, job: Int) {
        lock.withLock { parts[job] = (tally, lentera, hugo) }
    }

    var all: [(UnitWriter.Tally, Output, Output?)] { lock.withLock { parts.compactMap { $0 } } }
}

/// The first error of concurrent workers.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var error: Error?

    var hasFailed: Bool { lock.withLock { error != nil } }
    var first: Error? { lock.withLock { error } }

    func record(_ error: Error) {
        lock.withLock { if self.error == nil { self.error = error } }
    }
}
