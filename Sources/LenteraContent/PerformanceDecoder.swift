import LenteraDiagnostics
import LenteraDomain
import Yams

/// Reads a unit's performance indicators for one period, `units/<unit>/kinerja/<period>.yaml`
/// (Kepmendagri 100-1077/2017; docs/content.md).
enum PerformanceReportDecoder {
    static var keys: [String] { ContentKinds.kinerja.fields.keys }
    static var indicatorKeys: [String] { ContentKinds.indicator.keys }

    /// - Parameter fileBase: the file name without its extension, which must name the same period.
    static func decode(_ document: Document, unit: String, fileBase: String) -> PerformanceReport? {
        let context = document.context
        guard let fields = Fields(document.root, context: context, what: Message("thing.performance-report"), set: ContentKinds.kinerja.fields) else { return nil }
        let period = fields.string("periode", what: Message("thing.performance-report")).flatMap { text -> SurveyPeriod? in
            guard let period = SurveyPeriod(text) else {
                context.error("performance.invalid-period", fields.value("periode"), Message("survey.invalid-period", ["value": .text(text)]),
                              advice: Message("performance.invalid-period.hint"))
                return nil
            }
            return period
        }
        if let period {
            switch period.span {
            case .month, .quarter:
                context.warning("performance.unusual-period", fields.value("periode"),
                                Message("performance.unusual-period", ["period": .text(period.description)]),
                                advice: Message("performance.unusual-period.hint", ["year": .text(String(period.year))]))
            case .half, .year:
                break
            }
            if SurveyPeriod(fileBase) != period {
                context.error("performance.period-mismatch", fields.value("periode"),
                              Message("performance.period-mismatch", ["file": .text(fileBase), "period": .text(period.description)]),
                              advice: Message("performance.period-mismatch.hint", ["period": .text(period.description)]))
            }
        }
        let example = fields.bool("data_contoh") ?? false
        let indicators = readIndicators(fields)
        guard let period, let indicators, SurveyPeriod(fileBase) == period else { return nil }
        return PerformanceReport(unit: unit, period: period, indicators: indicators, exampleData: example)
    }

    /// `indikator`: the list of indicators; nil when it is missing or empty (reported).
    static func readIndicators(_ fields: Fields) -> [PerformanceIndicator]? {
        let context = fields.context
        guard let list = fields.list("indikator") else {
            if fields.keyNode("indikator") != nil {
                context.error("performance.empty", fields.keyNode("indikator"), Message("performance.empty"), advice: Message("performance.empty.hint"))
            } else {
                fields.missing("indikator", what: Message("thing.performance-report"))
            }
            return nil
        }
        guard !list.isEmpty else {
            context.error("performance.empty", fields.value("indikator"), Message("performance.empty"), advice: Message("performance.empty.hint"))
            return nil
        }
        var indicators: [PerformanceIndicator] = []
        var codes: [String: Node] = [:]
        var valid = true
        for node in list {
            guard let entry = Fields(node, context: context, what: Message("thing.indicator"), set: ContentKinds.indicator) else { valid = false; continue }
            guard let indicator = readIndicator(entry) else { valid = false; continue }
            if let first = codes[indicator.code] {
                context.error("performance.duplicate-code", entry.value("kode"),
                              Message("performance.duplicate-code", ["code": .text(indicator.code), "line": .text(String(context.location(first).line ?? 0))]),
                              advice: Message("performance.duplicate-code.hint"))
                valid = false
                continue
            }
            codes[indicator.code] = entry.value("kode")
            indicators.append(indicator)
        }
        return valid ? indicators : nil
    }

    static func readIndicator(_ entry: Fields) -> PerformanceIndicator? {
        let context = entry.context
        let code = entry.string("kode", what: Message("thing.indicator"))
        let text = entry.string("indikator", what: Message("thing.indicator"))
        let unit = entry.string("satuan", what: Message("thing.indicator"))
        var target: Double?
        if let node = entry.value("target") {
            let written = entry.written("target")
            if (NumberText.decimal(written) ?? 0) > 0 {
                // Positive: within its bound (infinity and a target too small to divide by are not).
                target = node.decimal(key: "target", within: Limits.indicatorTarget, context: context)
            } else {
                context.error("performance.invalid-target", node, Message("performance.invalid-target", ["value": node.writtenValue]),
                              advice: Message("performance.invalid-target.hint"))
            }
        } else {
            entry.missing("target", what: Message("thing.indicator"))
        }
        var realisation: Double?
        if let node = entry.value("realisasi"), let number = node.decimal(key: "realisasi", within: Limits.anyNumber, context: context) {
            if number < 0 {
                context.error("performance.negative-realisation", node, Message("performance.negative-realisation", ["value": .text(node.scalar?.string ?? "")]),
                              advice: Message("performance.negative-realisation.hint"))
            } else if !number.isFinite || !Limits.indicatorValue.contains(number) {
                context.outOfRange("realisasi", node, written: entry.written("realisasi"), bound: Limits.indicatorValue)
            } else {
                realisation = number
            }
        }
        let realisationValid = entry.value("realisasi") == nil || realisation != nil
        guard let code, let text, let unit, let target, realisationValid else { return nil }
        return PerformanceIndicator(code: code, goal: entry.string("sasaran"), indicator: text, target: target, unitOfMeasure: unit,
                                    targetText: entry.string("target_teks"), realisation: realisation, remarks: entry.string("keterangan"))
    }
}

extension Fields {
    /// A yes/no field: `true` or `false` (also `ya`/`tidak`).
    func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        switch node.scalar?.string.trimmedSpaces().lowercased() {
        case "true", "ya", "yes": return true
        case "false", "tidak", "no": return false
        default:
            context.error("content.expected-boolean", node, Message("content.expected-boolean", ["field": .text(key)]),
                          advice: Message("content.expected-boolean.hint", ["field": .text(key)]))
            return nil
        }
    }
}
