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
        return PerformanceReport(unit: unit, period: period, indicators: indicators, exampleData: example,
                                 assessor: fields.string("penilai"), assessed: fields.string("dinilai"))
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
        var kind: TargetKind? = .standard
        if let written = entry.string("jenis_target") {
            kind = TargetKind(rawValue: written.lowercased())
            if kind == nil {
                context.error("performance.unknown-target-kind", entry.value("jenis_target"),
                              Message("performance.unknown-target-kind", ["value": .text(written)]),
                              advice: Message("performance.unknown-target-kind.hint"))
            }
        }
        guard let kind else { return nil }
        let target: Double?, unit: String?, realisation: Double?, realisationValid: Bool
        if kind == .delivered {
            // The target is the report itself: a number or a unit of measure would say nothing.
            for key in ["target", "satuan"] where entry.has(key) {
                context.warning("performance.report-target", entry.value(key), Message("performance.report-target", ["field": .text(key)]),
                                advice: Message("performance.report-target.hint", ["field": .text(key)]))
            }
            target = 1
            unit = "laporan"
            realisation = readDelivery(entry)
            realisationValid = entry.value("realisasi") == nil || realisation != nil
        } else {
            target = readTarget(entry, kind: kind)
            unit = entry.string("satuan", required: true, what: Message("thing.indicator"))
            realisation = readRealisation(entry, kind: kind)
            realisationValid = entry.value("realisasi") == nil || realisation != nil
        }
        let items = readItems(entry, kind: kind, realisation: realisation)
        guard let code, let text, let unit, let target, realisationValid, let items else { return nil }
        return PerformanceIndicator(code: code, goal: entry.string("sasaran"), indicator: text, kind: kind, target: target, unitOfMeasure: unit,
                                    targetText: entry.string("target_teks"), realisation: realisation ?? (items.isEmpty ? nil : Double(items.count)),
                                    items: items, remarks: entry.string("keterangan"))
    }

    /// `target`: more than zero; zero or more for `paling_banyak`; whole for `jumlah`.
    static func readTarget(_ entry: Fields, kind: TargetKind) -> Double? {
        let context = entry.context
        guard let node = entry.value("target") else {
            entry.missing("target", what: Message("thing.indicator"))
            return nil
        }
        let written = entry.written("target")
        let number = NumberText.decimal(written)
        if kind == .atMost {
            guard let number, number >= 0 else {
                context.error("performance.negative-target", node, Message("performance.negative-target", ["value": node.writtenValue]),
                              advice: Message("performance.negative-target.hint"))
                return nil
            }
            return node.decimal(key: "target", within: Limits.indicatorValue, context: context)
        }
        guard (number ?? 0) > 0 else {
            // Zero is what "no violation" targets say: point at the kind that takes it.
            context.error("performance.invalid-target", node, Message("performance.invalid-target", ["value": node.writtenValue]),
                          advice: Message(number == 0 ? "performance.invalid-target.zero-hint" : "performance.invalid-target.hint"))
            return nil
        }
        // Positive: within its bound (infinity and a target too small to divide by are not).
        guard let target = node.decimal(key: "target", within: Limits.indicatorTarget, context: context) else { return nil }
        return kind == .count ? whole(target, key: "target", node: node, context: context) : target
    }

    /// `realisasi`: a number, zero or more; whole for `jumlah`.
    static func readRealisation(_ entry: Fields, kind: TargetKind) -> Double? {
        let context = entry.context
        guard let node = entry.value("realisasi"), let number = node.decimal(key: "realisasi", within: Limits.anyNumber, context: context) else { return nil }
        if number < 0 {
            context.error("performance.negative-realisation", node, Message("performance.negative-realisation", ["value": .text(node.scalar?.string ?? "")]),
                          advice: Message("performance.negative-realisation.hint"))
            return nil
        }
        guard number.isFinite, Limits.indicatorValue.contains(number) else {
            context.outOfRange("realisasi", node, written: entry.written("realisasi"), bound: Limits.indicatorValue)
            return nil
        }
        return kind == .count ? whole(number, key: "realisasi", node: node, context: context) : number
    }

    /// `realisasi` of a report: `ya` (delivered, 1) or `tidak` (0).
    static func readDelivery(_ entry: Fields) -> Double? {
        guard let node = entry.value("realisasi") else { return nil }
        switch node.scalar?.string.trimmedSpaces().lowercased() {
        case "ya", "true", "yes": return 1
        case "tidak", "false", "no": return 0
        default:
            entry.context.error("performance.invalid-delivery", node, Message("performance.invalid-delivery", ["value": node.writtenValue]),
                                advice: Message("performance.invalid-delivery.hint"))
            return nil
        }
    }

    /// `rincian`: only for `jumlah`; as many lines as `realisasi` when both are given. Nil
    /// when wrong (reported).
    static func readItems(_ entry: Fields, kind: TargetKind, realisation: Double?) -> [String]? {
        guard let list = entry.list("rincian") else { return [] }
        let items = SPBEDecoder.texts(list)
        guard kind == .count else {
            entry.context.error("performance.items-not-count", entry.keyNode("rincian"), Message("performance.items-not-count"),
                                advice: Message("performance.items-not-count.hint"))
            return nil
        }
        if let realisation, realisation != Double(items.count) {
            entry.context.error("performance.items-mismatch", entry.value("realisasi"),
                                Message("performance.items-mismatch", ["count": .text(String(items.count)), "value": .text(NumberText.plain(realisation))]),
                                advice: Message("performance.items-mismatch.hint", ["count": .text(String(items.count))]))
            return nil
        }
        return items
    }

    static func whole(_ number: Double, key: String, node: Node, context: FileContext) -> Double? {
        guard number == number.rounded() else {
            context.error("performance.not-whole", node, Message("performance.not-whole", ["field": .text(key), "value": node.writtenValue]),
                          advice: Message("performance.not-whole.hint", ["field": .text(key)]))
            return nil
        }
        return number
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
