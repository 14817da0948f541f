import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraFiles

/// One `lentera survey import`: checks the target against the content folder, reads the
/// export, and writes the period's aggregated result into the unit's `survei/` folder.
public struct SurveyImport {
    public struct Request: Sendable {
        public var export: URL
        public var exportDisplay: String
        public var content: URL
        public var contentDisplay: String
        public var unit: String
        public var period: String
        public var service: String?
        public var kind: SurveyKind
        public var mapping: URL?
        public var mappingDisplay: String?
        /// Users of the service in the period (the population of the sample), when known.
        public var serviceUsers: Int?
        /// The largest share of rejected rows (0…1) that still lets the import write.
        public var maxRejectedShare: Double
        /// Read and count, write nothing.
        public var dryRun: Bool
        /// The sheet of a workbook to read, by name or by number from 1; nil for the first.
        public var sheet: String?
        /// Seconds to wait for another import into the same content folder to finish.
        public var lockWait = Request.defaultLockWait
        public static let defaultLockWait = 10.0

        public init(export: URL, exportDisplay: String, content: URL, contentDisplay: String, unit: String, period: String,
                    service: String? = nil, kind: SurveyKind = .skm, mapping: URL? = nil, mappingDisplay: String? = nil,
                    serviceUsers: Int? = nil, maxRejectedShare: Double = 0.05, dryRun: Bool = false) {
            self.export = export
            self.exportDisplay = exportDisplay
            self.content = content
            self.contentDisplay = contentDisplay
            self.unit = unit
            self.period = period
            self.service = service
            self.kind = kind
            self.mapping = mapping
            self.mappingDisplay = mappingDisplay
            self.serviceUsers = serviceUsers
            self.maxRejectedShare = maxRejectedShare
            self.dryRun = dryRun
        }
    }

    public struct Outcome: Sendable {
        public var tally: SurveyTally
        /// The result; when the export names the services of its rows and more than one is
        /// taken, every row together (the files written are the parts).
        public var result: SurveyResult
        /// The results written: one, or one per service the export names.
        public var parts: [Part]
        /// The file written, relative to the content folder (nil on a dry run, and when the
        /// export was split into several services: see `parts`).
        public var written: String?
        /// Whether a result of the same survey was replaced.
        public var replaced: Bool
        /// Warnings (rejected rows) to show.
        public var diagnostics: [Diagnostic]
        /// How many of the sheet's own figures were compared with Lentera's (`SheetCrossCheck`).
        public var comparedFigures = 0

        public struct Part: Sendable {
            public var result: SurveyResult
            /// Where it goes, relative to the content folder.
            public var file: String
            /// Whether a result of the same survey was replaced.
            public var replaced: Bool
            /// The file written (nil on a dry run).
            public var written: String? = nil
        }
    }

    /// The import failed; nothing was written.
    public struct Failure: Error, Sendable {
        public var diagnostics: [Diagnostic]
        public var tally: SurveyTally?
    }

    public let request: Request

    public init(_ request: Request) {
        self.request = request
    }

    public func run() throws(Failure) -> Outcome {
        let r = request
        guard let period = SurveyPeriod(r.period) else {
            throw Failure(diagnostics: [.error("import.invalid-period", at: nil, Message("import.invalid-period", ["period": .text(r.period)]),
                                               advice: Message("import.invalid-period.hint"))])
        }
        // One import at a time per content folder, from reading it to writing the result
        // (a dry run writes nothing and takes no lock).
        var lock: ExclusiveLock?
        if !r.dryRun, FileManager.default.fileExists(atPath: r.content.path) {
            do {
                lock = try ExclusiveLock.acquire(folder: r.content.path, wait: r.lockWait)
            } catch {
                throw Failure(diagnostics: [.error("import.lock-failed", at: nil, Message("import.lock-failed", ["folder": .text(r.contentDisplay), "reason": .text(String(cString: strerror(error.code)))]),
                                                   advice: Message("import.lock-failed.hint"))])
            }
            if lock == nil {
                throw Failure(diagnostics: [.error("import.busy", at: nil, Message("import.busy", ["folder": .text(r.contentDisplay)]),
                                                   advice: Message("import.busy.hint"))])
            }
        }
        defer { lock?.release() }
        // Only what places the result: the portal settings, the unit files, this unit's
        // services and results, its instansi's Zona Integritas file (not the whole portal).
        let loaded = ContentLoader(root: r.content, displayRoot: r.contentDisplay).loadUnitContext(r.unit)
        guard let context = loaded.context else {
            throw Failure(diagnostics: loaded.diagnostics.filter { $0.severity == .error })
        }
        // The unit's own folder, whose name may differ from its slug.
        let folder = SurveyResultFile.folder(unitFolder: try checkTarget(context))
        let name = SurveyResultFile.name(kind: r.kind, period: period, service: r.service)
        // A folder on the way the loader refused (a link leading outside…) is not written into.
        // (The files of a split by service are checked as they are written: `writeResult`.)
        let problems = folderProblems(loaded.diagnostics, folder: folder, result: "\(folder)/\(name)")
        guard problems.isEmpty else { throw Failure(diagnostics: problems) }
        let settings = context.portal.survey
        // The unit's instansi may ask more Zona Integritas statements than the appendix's.
        // An export of a period before an added statement's first period need not have its column.
        let elements = settings.elements(of: r.kind, instrument: context.instrument.asked(in: period))

        var mapping = ColumnMapping()
        if let url = r.mapping {
            let (read, problems) = ColumnMappingFile.load(url, displayPath: r.mappingDisplay ?? url.path, elements: elements, kind: r.kind)
            guard let read else { throw Failure(diagnostics: problems) }
            mapping = read
        }
        let tally: SurveyTally
        do {
            tally = try SurveyExportReader(url: r.export, displayPath: r.exportDisplay, kind: r.kind, elements: elements, mapping: mapping).read(sheet: r.sheet)
        } catch {
            throw Failure(diagnostics: error.diagnostics)
        }
        let rowDiagnostics = tally.rejected.map {
            Diagnostic.warning("import.rejected-row", at: SourceLocation(file: tally.source, line: $0.line), Message("import.rejected-row", ["reason": .message($0.reason)]))
        }
        guard tally.accepted > 0 else {
            throw Failure(diagnostics: rowDiagnostics + [.error("import.no-rows", at: SourceLocation(file: r.exportDisplay),
                                                                Message("import.no-rows"),
                                                                advice: Message(tally.total == 0 ? "import.no-rows.no-responses" : "import.no-rows.hint"))],
                          tally: tally)
        }
        if tally.rejectedShare > r.maxRejectedShare {
            throw Failure(diagnostics: rowDiagnostics + [.error(
                "import.too-many-rejected", at: SourceLocation(file: r.exportDisplay),
                Message("import.too-many-rejected", ["rejected": .text(String(tally.rejected.count)), "total": .text(String(tally.total)),
                                                     "share": .text(percent(tally.rejectedShare)), "allowed": .text(percent(r.maxRejectedShare))]),
                advice: Message("import.too-many-rejected.hint"))],
                          tally: tally)
        }

        let scale = r.kind.scale
        func result(_ counts: [[Int]], profile: [ProfileField: [String: Int]], respondents: Int, service: String?) -> SurveyResult {
            var scores: [String: ElementScore] = [:]
            for (index, element) in elements.enumerated() {
                scores[element.code] = ElementScore(counts: counts[index], lowest: scale.lowerBound)
            }
            return SurveyResult(unit: r.unit, service: service, kind: r.kind, period: period, respondents: respondents,
                                elements: scores, profile: profile, serviceUsers: r.serviceUsers, source: .imported)
        }
        // Every row together; the sheet's own figures are of every row.
        let whole = result(tally.counts, profile: tally.profile, respondents: tally.accepted, service: r.service)
        // The sheet's own figures against Lentera's: warnings, never a reason to refuse.
        let checks = SheetCrossCheck.check(tally.figures, result: whole, elements: elements, weights: settings.skmWeights,
                                           displayPath: tally.source)
        // One result, or one per service when a column names each row's service.
        var results = [whole]
        var serviceNotes: [Diagnostic] = []
        if !tally.services.isEmpty {
            let services = try resolveServices(tally, context: context)
            // A service whose rows were all rejected has no result: an empty one would replace
            // a good one, and the loader refuses a result without respondents.
            for empty in services where empty.part.accepted == 0 {
                serviceNotes.append(.warning("import.service-without-respondents", at: SourceLocation(file: tally.source),
                                             Message("import.service-without-respondents", ["service": .text(empty.slug)]),
                                             advice: Message("import.service-without-respondents.hint")))
            }
            results = services.filter { $0.part.accepted > 0 }
                .map { result($0.part.counts, profile: $0.part.profile, respondents: $0.part.accepted, service: $0.slug) }
        }
        var parts: [Outcome.Part] = []
        for result in results {
            let name = SurveyResultFile.name(kind: r.kind, period: period, service: result.service)
            let relative = "\(folder)/\(name)"
            let existing = context.surveyFiles[SurveyKey(result)]
            if let existing, existing != relative {
                throw Failure(diagnostics: [.error("import.held-elsewhere", at: SourceLocation(file: display(existing)),
                                                   result.service.map { Message("import.held-elsewhere.service", ["kind": .text(r.kind.rawValue.uppercased()), "period": .text("\(period)"), "service": .text($0)]) }
                                                    ?? Message("import.held-elsewhere", ["kind": .text(r.kind.rawValue.uppercased()), "period": .text("\(period)")]),
                                                   advice: Message("import.held-elsewhere.hint", ["name": .text(name)]))], tally: tally)
            }
            parts.append(Outcome.Part(result: result, file: relative, replaced: existing != nil))
        }
        if r.dryRun {
            return Outcome(tally: tally, result: parts.count == 1 ? parts[0].result : whole, parts: parts, written: nil, replaced: parts.contains(where: \.replaced),
                           diagnostics: rowDiagnostics + serviceNotes + checks.diagnostics, comparedFigures: checks.compared)
        }
        let header = [
            "Hasil agregat survei \(r.kind == .skm ? "kepuasan masyarakat (SKM)" : "Zona Integritas (SPKP dan SPAK)"), ditulis oleh `lentera survey import`.",
            "Hanya jumlah jawaban per unsur dan profil responden per kategori: tidak ada data pribadi.",
            "Mengimpor periode yang sama lagi mengganti berkas ini.",
        ]
        for index in parts.indices {
            do {
                try writeResult(SurveyResultFile.yaml(parts[index].result, elements: elements, header: header),
                                as: PathText.lastComponent(parts[index].file), in: folder)
            } catch {
                // What was written before stays (each file whole); the message says which.
                throw Failure(diagnostics: error.diagnostics + parts[..<index].map {
                    .warning("import.written-before-failure", at: SourceLocation(file: display($0.file)), Message("import.written-before-failure"),
                             advice: Message("import.written-before-failure.hint"))
                }, tally: tally)
            }
            parts[index].written = parts[index].file
        }
        let single = parts.count == 1 ? parts[0] : nil
        return Outcome(tally: tally, result: single?.result ?? whole, parts: parts, written: single?.written, replaced: parts.contains(where: \.replaced),
                       diagnostics: rowDiagnostics + serviceNotes + checks.diagnostics, comparedFigures: checks.compared)
    }

    /// The unit's service each value of the service column names: its slug, or its name
    /// (case and spaces aside). With `--service`, only that service's rows are taken.
    func resolveServices(_ tally: SurveyTally, context: UnitContext) throws(Failure) -> [(slug: String, part: ServiceTally)] {
        var bySlug: [String: String] = [:]
        for slug in context.services {
            bySlug[ColumnMapping.normalise(slug)] = slug
            if let name = context.serviceNames[slug] { bySlug[ColumnMapping.normalise(name)] = bySlug[ColumnMapping.normalise(name)] ?? slug }
        }
        var resolved: [(slug: String, part: ServiceTally)] = []
        var unknown: [String] = []
        for part in tally.services {
            guard let slug = bySlug[ColumnMapping.normalise(part.name)] else { unknown.append(part.name); continue }
            if let index = resolved.firstIndex(where: { $0.slug == slug }) {
                resolved[index].part.add(part)   // the slug in some rows, the name in others
            } else {
                resolved.append((slug, part))
            }
        }
        let column = tally.serviceColumn ?? "Layanan"
        if !unknown.isEmpty {
            let listed = context.services.map { slug in context.serviceNames[slug].map { "`\(slug)` (\($0))" } ?? "`\(slug)`" }.joined(separator: ", ")
            throw Failure(diagnostics: [.error("import.unknown-service-in-column", at: SourceLocation(file: tally.source),
                                               Message("import.unknown-service-in-column", ["column": .text(column), "unit": .text(request.unit),
                                                                                            "values": .text(unknown.prefix(10).map { "`\($0.prefix(60))`" }.joined(separator: ", "))]),
                                               advice: Message("import.unknown-service-in-column.hint", ["services": .text(listed.isEmpty ? "—" : listed)]))],
                          tally: tally)
        }
        guard let only = request.service else { return resolved }
        let taken = resolved.filter { $0.slug == only }
        guard !taken.isEmpty else {
            throw Failure(diagnostics: [.error("import.service-not-in-column", at: SourceLocation(file: tally.source),
                                               Message("import.service-not-in-column", ["column": .text(column), "service": .text(only),
                                                                                        "values": .text(resolved.map { "`\($0.slug)`" }.joined(separator: ", "))]),
                                               advice: Message("import.service-not-in-column.hint"))], tally: tally)
        }
        return taken
    }

    /// The name of the unit's folder, once the unit and the service asked for are known.
    func checkTarget(_ context: UnitContext) throws(Failure) -> String {
        let r = request
        guard let folderName = context.folderName else {
            var hint = Message("import.unknown-unit.hint", ["folder": .text(r.contentDisplay)])
            if let guess = Suggestion.closest(to: r.unit, among: context.units) { hint = Message("import.did-you-mean", ["guess": .text(guess), "hint": .message(hint)]) }
            throw Failure(diagnostics: [.error("import.unknown-unit", at: nil, Message("import.unknown-unit", ["unit": .text(r.unit)]), advice: hint)])
        }
        if let service = r.service {
            let services = context.services
            guard services.contains(service) else {
                var hint = Message("import.unknown-service.hint", ["services": .text(services.joined(separator: ", "))])
                if let guess = Suggestion.closest(to: service, among: services) { hint = Message("import.did-you-mean", ["guess": .text(guess), "hint": .message(hint)]) }
                throw Failure(diagnostics: [.error("import.unknown-service", at: nil, Message("import.unknown-service", ["unit": .text(r.unit), "service": .text(service)]), advice: hint)])
            }
        }
        return folderName
    }

    func display(_ relative: String) -> String {
        // As `ContentLoader` names files, so that its diagnostics can be matched.
        let root = request.contentDisplay
        return root.isEmpty || root == "." ? relative : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
    }

    func percent(_ share: Double) -> String {
        let value = (share * 1000).rounded() / 10
        return (value == value.rounded() ? String(Int(value)) : String(value)) + "%"
    }
}
