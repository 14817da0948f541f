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
        guard let fields = Fields(document.root, context: context, what: "the performance report", set: ContentKinds.kinerja.fields) else { return nil }
        let period = fields.string("periode", what: "the performance report").flatMap { text -> SurveyPeriod? in
            guard let period = SurveyPeriod(text) else {
                context.error("performance.invalid-period", fields.value("periode"), "`periode` is not a period: `\(text)`",
                              hint: "write a half year `2026-S1` (assessed on 30 June) or `2026-S2` (31 December), or a year `2026`")
                return nil
            }
            return period
        }
        if let period {
            switch period.span {
            case .month, .quarter:
                context.warning("performance.unusual-period", fields.value("periode"),
                                "performance is assessed twice a year, but `periode` is \(period)",
                                hint: "Kepmendagri 100-1077/2017 assesses on 30 June and 31 December: use `\(period.year)-S1`, `\(period.year)-S2` or `\(period.year)`")
            case .half, .year:
                break
            }
            if SurveyPeriod(fileBase) != period {
                context.error("performance.period-mismatch", fields.value("periode"),
                              "the file is named `\(fileBase)` but `periode` is \(period)",
                              hint: "name the file after its period, `\(period).yaml`, so that each period has one file")
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
                context.error("performance.empty", fields.keyNode("indikator"), "`indikator` lists no indicator",
                              hint: "give each indicator with `kode`, `indikator`, `target` and `satuan`, or remove the file")
            } else {
                fields.missing("indikator", what: "the performance report")
            }
            return nil
        }
        guard !list.isEmpty else {
            context.error("performance.empty", fields.value("indikator"), "`indikator` lists no indicator",
                          hint: "give each indicator with `kode`, `indikator`, `target` and `satuan`, or remove the file")
            return nil
        }
        var indicators: [PerformanceIndicator] = []
        var codes: [String: Node] = [:]
        var valid = true
        for node in list {
            guard let entry = Fields(node, context: context, what: "an indicator", set: ContentKinds.indicator) else { valid = false; continue }
            guard let indicator = readIndicator(entry) else { valid = false; continue }
            if let first = codes[indicator.code] {
                context.error("performance.duplicate-code", entry.value("kode"),
                              "the indicator code `\(indicator.code)` is used twice (first on line \(context.location(first).line ?? 0))",
                              hint: "give each indicator of the period its own `kode`")
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
        let code = entry.string("kode", what: "the indicator")
        let text = entry.string("indikator", what: "the indicator")
        let unit = entry.string("satuan", what: "the indicator")
        var target: Double?
        if let node = entry.value("target") {
            let written = entry.written("target")
            if (NumberText.decimal(written) ?? 0) > 0 {
                // Positive: within its bound (infinity and a target too small to divide by are not).
                target = node.decimal(key: "target", within: Limits.indicatorTarget, context: context)
            } else {
                context.error("performance.invalid-target", node, "`target` must be a number greater than zero, not `\(node.scalar?.string ?? node.shapeName)`",
                              hint: "give the target as a number, e.g. `target: 94` with `satuan: \"%\"`; put the published wording in `target_teks`, e.g. `target_teks: \"94–98%\"`")
            }
        } else {
            entry.missing("target", what: "the indicator")
        }
        var realisation: Double?
        if let node = entry.value("realisasi"), let number = node.decimal(key: "realisasi", within: Limits.anyNumber, context: context) {
            if number < 0 {
                context.error("performance.negative-realisation", node, "`realisasi` must not be negative (\(node.scalar?.string ?? ""))",
                              hint: "give what was achieved in the period, in the same unit as `target`; leave `realisasi` out while it is not yet reported")
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
            context.error("content.expected-boolean", node, "`\(key)` must be `true` or `false`", hint: "for example `\(key): true`")
            return nil
        }
    }
}
