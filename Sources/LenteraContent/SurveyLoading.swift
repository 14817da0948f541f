import Foundation
import LenteraDiagnostics
import LenteraDomain
import LenteraFiles
import Yams

extension LoadRun {
    /// Reads `units/<unit>/survei/`: aggregated results (`.yaml`, `.json`) and, beside a
    /// result, the analysis and follow-up plan of the same name (`.md`, plain Markdown).
    mutating func loadSurveys(folder: String, unit: String, services: Set<String>, keep: Bool) {
        let names = children(of: folder, directories: false)
        var seen: [SurveyKey: String] = [:]
        var resultsByBase: [String: SurveyResult] = [:]
        var loaded: [(file: String, places: SurveyPlaces, result: SurveyResult)] = []
        // Analyses whose front matter could not be read: their results are not also reported as lacking one.
        var coveredAnyway: [String] = []
        // Results whose file could not be read or decoded (reported there): their analysis
        // is not also reported as having no result.
        var brokenBases: Set<String> = []
        for name in names {
            let relative = "\(folder)/\(name)"
            let format = Document.format(of: name)
            guard format == .yaml || format == .json else {
                if format != .markdown { unread(file: relative, in: .surveys) }
                continue
            }
            let result: SurveyResult, places: SurveyPlaces
            if let entry = takeCached(relative, as: CachedSurvey.self) {
                // Unchanged since the cache was written: what reading it gave then.
                (result, places) = (entry.result, entry.places)
                surveyCacheEntries.append(entry)
                surveysFromCache += 1
            } else {
                let ahead = preparedSurveys.removeValue(forKey: relative)
                let (read, stamp) = readStamped(relative)
                guard let document = read else { brokenBases.insert(PathText.deletingExtension(name)); continue }
                // Decoded ahead with the batch (`startPreparing`) for the same unit, settings and
                // statements, or here.
                let decoded = ahead ?? SurveyResultDecoder.decode(document, unit: unit, settings: surveySettings, instrument: ziInstruments[unit] ?? .standard)
                let found = document.context.diagnostics
                collect(document)
                guard let decoded else { brokenBases.insert(PathText.deletingExtension(name)); continue }
                result = decoded
                places = SurveyPlaces(file: document.context.location(nil), service: document.context.location(fieldValue(document, "layanan")),
                                      period: document.context.location(fieldValue(document, "periode")))
                if gathersCache, let context = surveyContexts[unit], let stamp, stamp.settled(before: started, by: cacheSettling),
                   overlay[relative] == nil, linkTargets[relative] == nil {
                    surveyCacheEntries.append(CachedSurvey(path: relative, unit: unit, stamp: stamp, hash: fileHashes[relative]!, context: context,
                                                           result: decoded, places: places, diagnostics: found))
                }
            }
            if let service = result.service, !services.contains(service) {
                // A service whose file has an error is reported there, not again here.
                if unusable.services[unit]?.contains(service) == true { brokenBases.insert(PathText.deletingExtension(name)); continue }
                diagnostics.append(.error("survey.unknown-service", at: places.service,
                                          Message("survey.unknown-service", ["service": .text(service)]),
                                          advice: Suggestion.advice(for: service, among: Array(services), then: Message("survey.unknown-service.hint"))))
                brokenBases.insert(PathText.deletingExtension(name))
                continue
            }
            let key = SurveyKey(result)
            if let first = seen[key] {
                diagnostics.append(.error("survey.duplicate", at: places.file,
                                          Message(result.service == nil ? "survey.duplicate" : "survey.duplicate.service",
                                                  ["file": .text(display(first)), "kind": .text(result.kind.rawValue.uppercased()),
                                                   "period": .text(result.period.description), "service": .text(result.service ?? "")]),
                                          advice: Message("survey.duplicate.hint")))
                brokenBases.insert(PathText.deletingExtension(name))
                continue
            }
            seen[key] = relative
            surveyFiles[key] = relative
            sourceFiles.recordSurvey(result, file: relative)
            resultsByBase[PathText.deletingExtension(name)] = result
            loaded.append((relative, places, result))
        }
        // Two periods of one survey that overlap would count their respondents twice in a year's figures.
        for (index, a) in loaded.enumerated() {
            for b in loaded[..<index] where a.result.kind == b.result.kind && a.result.service == b.result.service
                && a.result.period.firstMonthIndex <= b.result.period.lastMonthIndex && b.result.period.firstMonthIndex <= a.result.period.lastMonthIndex {
                diagnostics.append(.warning("survey.overlapping-periods", at: a.places.period,
                                            Message("survey.overlapping-periods", ["period": .text(a.result.period.description),
                                                                                   "other": .text(b.result.period.description), "file": .text(display(b.file))]),
                                            advice: Message("survey.overlapping-periods.hint")))
            }
        }
        var analyses: [SurveyAnalysis] = []
        for name in names where Document.format(of: name) == .markdown {
            let relative = "\(folder)/\(name)"
            let base = PathText.deletingExtension(name)
            let own = resultsByBase[base]
            files.append(relative)
            // Read as every content file is: a regular file only, never through a link that
            // leads outside the content folder (those were refused when the folder was listed).
            var text: String
            let found = overlay[relative].map { UTF8Text.text(of: $0, display: display(relative)) } ?? UTF8Text.read(openPath(relative), display: display(relative))
            switch found {
            case .failure(let problem):
                diagnostics.append(problem.diagnostic)
                coveredAnyway.append(base)
                continue
            case .success(let read):
                text = read
            }
            fileHashes[relative] = ContentHasher.hash(Array(text.utf8))
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            // Foundation's search costs about 300,000 instructions on an analysis with no
            // carriage return at all, the usual file.
            if text.utf8.contains(UInt8(ascii: "\r")) { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
            var markdown = text, line = 1
            let coverage: SurveyAnalysisDecoder.Coverage
            if text.hasPrefix("---") {
                // Front matter: which results the analysis covers (`jenis`, `mencakup`, `layanan`).
                let (document, context) = Document.parse(text: text, displayPath: display(relative), format: .markdown)
                let decoded = document.flatMap { SurveyAnalysisDecoder.decode($0, own: own) }
                diagnostics += context.diagnostics
                guard let document, let decoded else {
                    // A file with mistakes in its front matter is reported, not also as missing.
                    coveredAnyway.append(base)
                    continue
                }
                coverage = decoded
                markdown = document.body ?? ""
                line = document.bodyLine
            } else if let own {
                coverage = .init(kind: own.kind, service: own.service, periods: [own.period])
            } else if brokenBases.contains(base) {
                continue
            } else {
                diagnostics.append(.warning("survey.orphan-analysis", at: SourceLocation(file: display(relative)),
                                            Message("survey.orphan-analysis", ["file": .text(name)]),
                                            advice: Message("survey.orphan-analysis.hint", ["base": .text(base)])))
                continue
            }
            let analysis = SurveyAnalysis(unit: unit, service: coverage.service, kind: coverage.kind, periods: coverage.periods, markdown: markdown)
            if !loaded.contains(where: { analysis.covers($0.result) }) {
                diagnostics.append(.warning("survey.orphan-analysis", at: SourceLocation(file: display(relative)),
                                            Message("survey.analysis-covers-nothing", ["file": .text(name),
                                                                                       "periods": .text(coverage.periods.map(\.description).joined(separator: ", "))]),
                                            advice: Message("survey.analysis-covers-nothing.hint")))
                continue
            }
            analyses.append(analysis)
            if keep {
                surveyAnalyses.append(analysis)
                if MarkdownSource.mayLink(markdown) {
                    // Shown on the unit's page.
                    markdownSources.append(MarkdownSource(file: display(relative), line: line, linesMatch: true, column: nil, text: markdown, page: .unit(unit), folder: PathText.parent(relative)))
                }
            }
        }
        // SE MenPANRB 04/2023, E.2.g: a self-run survey comes with its analysis and follow-up
        // plan (for the SKM, Lentera's reading): a result none covers is pointed out, with the
        // file to write.
        for (file, places, result) in loaded where !analyses.contains(where: { $0.covers(result) })
            && !coveredAnyway.contains(PathText.deletingExtension(PathText.lastComponent(file))) {
            let analysisFile = PathText.deletingExtension(file) + ".md"
            guard !refusedFiles.contains(analysisFile) else { continue }
            diagnostics.append(.warning("survey.missing-analysis", at: places.file,
                                        Message(result.kind == .zi ? "survey.missing-analysis.zi" : "survey.missing-analysis.skm",
                                                ["period": .text(result.period.description)]),
                                        advice: Message("survey.missing-analysis.hint", ["file": .text(display(analysisFile)),
                                                                                         "source": .text(SurveyAnalysisRule.source(for: result.kind).caption)])))
        }
        if keep { surveys += loaded.map(\.result) }
    }

    /// What a survey result's decoding takes besides its file, by unit slug: the portal's
    /// settings and every Zona Integritas file (the statements an instansi adds), by their
    /// bytes, and the unit's instansi. A cached result is taken only for the same digest.
    func surveyContexts(units: [WorkUnit], instansiOf: [String: String]) -> [String: UInt64] {
        var hasher = ContentHasher()
        let zonaIntegritas = ContentPlace.zonaIntegritas.folder + "/"
        for path in fileHashes.keys.sorted() where !path.contains("/") || path.hasPrefix(zonaIntegritas) {
            hasher.combine(path)
            hasher.combine(fileHashes[path]!)
        }
        let base = hasher.finalize()
        var contexts: [String: UInt64] = [:]
        for unit in units {
            var hasher = ContentHasher()
            hasher.combine(base)
            hasher.combine(instansiOf[unit.slug] ?? "")
            contexts[unit.slug] = hasher.finalize()
        }
        return contexts
    }

    func fieldValue(_ document: Document, _ key: String) -> Yams.Node? {
        guard case .mapping(let mapping) = document.root else { return nil }
        return mapping.first { $0.key.scalar?.string == key }?.value
    }
}
