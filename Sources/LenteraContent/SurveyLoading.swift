import Foundation
import LenteraDiagnostics
import LenteraDomain
import Yams

extension LoadRun {
    /// Reads `units/<unit>/survei/`: aggregated results (`.yaml`, `.json`) and, beside a
    /// result, the analysis and follow-up plan of the same name (`.md`, plain Markdown).
    mutating func loadSurveys(folder: String, unit: String, services: Set<String>, keep: Bool) {
        let names = children(of: folder, directories: false)
        var seen: [SurveyKey: String] = [:]
        var resultsByBase: [String: SurveyResult] = [:]
        var loaded: [(file: String, document: Document, result: SurveyResult)] = []
        for name in names {
            let relative = "\(folder)/\(name)"
            let format = Document.format(of: name)
            guard format == .yaml || format == .json else {
                if format != .markdown { unread(file: relative, in: .surveys) }
                continue
            }
            guard let document = read(relative) else { continue }
            let result = SurveyResultDecoder.decode(document, unit: unit, settings: surveySettings, instrument: ziInstruments[unit] ?? .standard)
            collect(document)
            guard let result else { continue }
            if let service = result.service, !services.contains(service) {
                // A service whose file has an error is reported there, not again here.
                if unusable.services[unit]?.contains(service) == true { continue }
                diagnostics.append(.error("survey.unknown-service", at: document.context.location(fieldValue(document, "layanan")),
                                          Message("survey.unknown-service", ["service": .text(service)]),
                                          advice: Suggestion.advice(for: service, among: Array(services), then: Message("survey.unknown-service.hint"))))
                continue
            }
            let key = SurveyKey(result)
            if let first = seen[key] {
                diagnostics.append(.error("survey.duplicate", at: document.context.location(nil),
                                          Message(result.service == nil ? "survey.duplicate" : "survey.duplicate.service",
                                                  ["file": .text(display(first)), "kind": .text(result.kind.rawValue.uppercased()),
                                                   "period": .text(result.period.description), "service": .text(result.service ?? "")]),
                                          advice: Message("survey.duplicate.hint")))
                continue
            }
            seen[key] = relative
            surveyFiles[key] = relative
            resultsByBase[PathText.deletingExtension(name)] = result
            loaded.append((relative, document, result))
        }
        // Two periods of one survey that overlap would count their respondents twice in a year's figures.
        for (index, a) in loaded.enumerated() {
            for b in loaded[..<index] where a.result.kind == b.result.kind && a.result.service == b.result.service
                && a.result.period.firstMonthIndex <= b.result.period.lastMonthIndex && b.result.period.firstMonthIndex <= a.result.period.lastMonthIndex {
                diagnostics.append(.warning("survey.overlapping-periods", at: a.document.context.location(fieldValue(a.document, "periode")),
                                            Message("survey.overlapping-periods", ["period": .text(a.result.period.description),
                                                                                   "other": .text(b.result.period.description), "file": .text(display(b.file))]),
                                            advice: Message("survey.overlapping-periods.hint")))
            }
        }
        for name in names where Document.format(of: name) == .markdown {
            let relative = "\(folder)/\(name)"
            let base = PathText.deletingExtension(name)
            guard let result = resultsByBase[base] else {
                diagnostics.append(.warning("survey.orphan-analysis", at: SourceLocation(file: display(relative)),
                                            Message("survey.orphan-analysis", ["file": .text(name)]),
                                            advice: Message("survey.orphan-analysis.hint", ["base": .text(base)])))
                continue
            }
            files.append(relative)
            // Read as every content file is: a regular file only, never through a link that
            // leads outside the content folder (those were refused when the folder was listed).
            var text: String
            switch UTF8Text.read(openPath(relative), display: display(relative)) {
            case .failure(let problem):
                diagnostics.append(problem.diagnostic)
                continue
            case .success(let read):
                text = read
            }
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            if keep {
                let markdown = text.replacingOccurrences(of: "\r\n", with: "\n")
                surveyAnalyses.append(SurveyAnalysis(unit: unit, service: result.service, kind: result.kind, period: result.period,
                                                     markdown: markdown))
                if MarkdownSource.mayLink(markdown) {
                    // Shown on the unit's page.
                    markdownSources.append(MarkdownSource(file: display(relative), line: 1, linesMatch: true, column: nil, text: markdown, page: .unit(unit)))
                }
            }
        }
        if keep { surveys += loaded.map(\.result) }
    }

    func fieldValue(_ document: Document, _ key: String) -> Yams.Node? {
        guard case .mapping(let mapping) = document.root else { return nil }
        return mapping.first { $0.key.scalar?.string == key }?.value
    }
}
