import LenteraDomain
import LenteraTemplate

// MARK: - View models

/// The "Kinerja" section of a unit page.
struct UnitPerformanceView {
    /// Latest period first.
    var periods: [PerformancePeriodView]
    /// The table in force for the latest period, from `PerformanceScore.table`.
    var scale: [TableRowView]
    /// The table's source, as a caption ("Kepmendagri 100-1077/2017, Lampiran II.D.2").
    var source: String
    var appliesFrom: String
    /// The rules applied to this unit's indicators, from `Methodology.performance`.
    var rules: [PerformanceRuleView]
    var data: [LinkView]
    var methodologyHref: String
}

extension UnitPerformanceView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "periods": TemplateValue(periods)
        case "scale": TemplateValue(scale)
        case "source": TemplateValue(source)
        case "appliesFrom": TemplateValue(appliesFrom)
        case "rules": TemplateValue(rules)
        case "data": TemplateValue(data)
        case "methodologyHref": TemplateValue(methodologyHref)
        default: .missing
        }
    }
}

/// One rule as the section states it: its statement, Lentera's reading and its source,
/// with "tafsiran Lentera" where that is what it is.
struct PerformanceRuleView {
    var id: String
    var title: String
    var statement: String
    var reading: String?
    var source: String
}

extension PerformanceRuleView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "id": TemplateValue(id)
        case "title": TemplateValue(title)
        case "statement": TemplateValue(statement)
        case "reading": TemplateValue(reading)
        case "source": TemplateValue(source)
        default: .missing
        }
    }
}

struct PerformancePeriodView {
    var title: String
    var example: Bool
    var exampleNotice: String
    /// Pejabat penilai and yang dinilai, as positions; nil when the file does not say.
    var assessor: String?
    var assessed: String?
    var rows: [PerformanceRowView]
    var counts: [FactView]
    var overall: String
}

extension PerformancePeriodView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "title": TemplateValue(title)
        case "example": TemplateValue(example)
        case "exampleNotice": TemplateValue(exampleNotice)
        case "assessor": TemplateValue(assessor)
        case "assessed": TemplateValue(assessed)
        case "rows": TemplateValue(rows)
        case "counts": TemplateValue(counts)
        case "overall": TemplateValue(overall)
        default: .missing
        }
    }
}

struct PerformanceRowView {
    var code: String
    var indicator: String
    var goal: String?
    /// How the target is read, when not the default ("paling banyak: makin rendah makin baik").
    var kind: String?
    var target: String
    var realisation: String
    /// For a count: what was counted.
    var items: [String]
    var completion: String
    var capNote: String?
    var score: String
    var category: String
    /// `kinerja-sangat-baik`, … `kinerja-luar-skala`, `kinerja-belum`: colour only repeats the text.
    var categoryClass: String
    var remarks: String?
}

extension PerformanceRowView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "code": TemplateValue(code)
        case "indicator": TemplateValue(indicator)
        case "goal": TemplateValue(goal)
        case "kind": TemplateValue(kind)
        case "target": TemplateValue(target)
        case "realisation": TemplateValue(realisation)
        case "items": TemplateValue(items)
        case "hasItems": TemplateValue(!items.isEmpty)
        case "completion": TemplateValue(completion)
        case "capNote": TemplateValue(capNote)
        case "score": TemplateValue(score)
        case "category": TemplateValue(category)
        case "categoryClass": TemplateValue(categoryClass)
        case "remarks": TemplateValue(remarks)
        default: .missing
        }
    }
}

// MARK: - Building them

extension SiteModel {
    /// "di luar skala (< 51%)": the lowest row's bound from the table the indicator was scored with.
    static func outsideScaleText(_ assessment: PerformanceAssessment) -> String {
        "di luar skala (< \(assessment.lowestCompletion)%)"
    }

    /// The label of a target kind beside the indicator; nil for the default kind.
    static func targetKindLabel(_ kind: TargetKind) -> String? {
        switch kind {
        case .atLeast: nil
        case .atMost: "target paling banyak: makin rendah makin baik"
        case .delivered: "target berupa laporan: disampaikan atau tidak"
        case .count: "target berupa jumlah"
        }
    }

    /// The unit's performance reports, latest period first; nil when it has none.
    func unitPerformanceView(_ unit: WorkUnit, route: String) -> UnitPerformanceView? {
        let reports = (performanceByUnit[unit.slug] ?? []).sorted { $0.period > $1.period }
        guard let latest = reports.first else { return nil }
        let version = latest.scale
        var scale = version.value.bands.map {
            TableRowView(cells: ["\($0.score)", $0.category.rawValue],
                         header: "\($0.completion.lowerBound)% – \($0.completion.upperBound)%", href: nil)
        }
        scale.append(TableRowView(cells: ["–", "di luar skala: tabel tidak memberi nilai (tafsiran Lentera)"],
                                  header: "di bawah \(version.value.lowestCompletion)%", href: nil))
        let kinds = Set(reports.flatMap { $0.indicators.map(\.kind) })
        let ids = ["kinerja-nilai"] + TargetKind.allCases.filter(kinds.contains).map(Methodology.performanceRuleID)
            + ["kinerja-ringkasan", "kinerja-periode"] + (reports.contains { $0.assessor != nil || $0.assessed != nil } ? ["kinerja-penilai"] : [])
        let rules = Methodology.performance.filter { ids.contains($0.id) }.map {
            PerformanceRuleView(id: $0.id, title: $0.title, statement: $0.statement, reading: $0.reading, source: $0.source.caption)
        }
        return UnitPerformanceView(
            periods: reports.map(performancePeriodView), scale: scale, source: version.source.caption,
            appliesFrom: Formatting.date(version.from), rules: rules,
            data: [LinkView(title: "Capaian kinerja (CSV)", href: link(route, to: Routes.openData + "kinerja.csv")),
                   LinkView(title: "Capaian kinerja (JSON)", href: link(route, to: Routes.openData + "kinerja.json"))],
            methodologyHref: methodologyLink(route, rule: "kinerja-nilai"))
    }

    func performancePeriodView(_ report: PerformanceReport) -> PerformancePeriodView {
        let summary = report.summary
        let lowest = report.scale.value.lowestCompletion
        var counts = PerformanceCategory.allCases.map { FactView(label: $0.rawValue, value: Formatting.integer(summary.counts[$0] ?? 0)) }
        counts.append(FactView(label: "Di luar skala (< \(lowest)%)", value: Formatting.integer(summary.outsideScale)))
        counts.append(FactView(label: "Belum dilaporkan", value: Formatting.integer(summary.notReported)))
        var overall = "Belum ada realisasi yang dilaporkan."
        if let mean = summary.meanCompletion, let assessment = summary.assessment {
            overall = "Rata-rata penyelesaian target: \(Formatting.decimal(mean, digits: 1))% → \(assessment.scoringPercent)%, "
                + (assessment.score.map { "nilai \($0.score), \($0.category.rawValue)." } ?? "\(Self.outsideScaleText(assessment)).")
        }
        return PerformancePeriodView(
            title: Formatting.period(report.period), example: report.exampleData,
            exampleNotice: "Realisasi pada tabel ini adalah data contoh (rekaan), bukan capaian unit yang sebenarnya.",
            assessor: report.assessor, assessed: report.assessed,
            rows: report.indicators.map { performanceRow($0, in: report) }, counts: counts, overall: overall)
    }

    func performanceRow(_ indicator: PerformanceIndicator, in report: PerformanceReport) -> PerformanceRowView {
        func amount(_ value: Double) -> String {
            let number = Formatting.decimal(value, digits: indicator.kind == .count ? 0 : 2)
            return indicator.unitOfMeasure == "%" ? number + "%" : "\(number) \(indicator.unitOfMeasure)"
        }
        let target: String, realisation: String?
        switch indicator.kind {
        case .atLeast, .count:
            target = indicator.targetText ?? amount(indicator.target)
            realisation = indicator.realisation.map(amount)
        case .atMost:
            target = indicator.targetText ?? "paling banyak \(amount(indicator.target))"
            realisation = indicator.realisation.map(amount)
        case .delivered:
            target = indicator.targetText ?? "laporan disampaikan"
            realisation = indicator.realisation.map { $0 >= 1 ? "disampaikan" : "belum disampaikan" }
        }
        var row = PerformanceRowView(
            code: indicator.code, indicator: indicator.indicator, goal: indicator.goal, kind: Self.targetKindLabel(indicator.kind),
            target: target, realisation: realisation ?? "Belum dilaporkan", items: indicator.items,
            completion: "–", capNote: nil, score: "–", category: "belum dilaporkan", categoryClass: "kinerja-belum",
            remarks: indicator.remarks)
        guard let assessment = report.assessment(of: indicator) else { return row }
        row.completion = Formatting.decimal(assessment.completion, digits: 0) + "%"
        if assessment.isCapped { row.capNote = "dibatasi \(assessment.scoringPercent)% untuk penilaian" }
        if let score = assessment.score {
            row.score = "\(score.score)"
            row.category = score.category.rawValue
            row.categoryClass = "kinerja-" + score.category.rawValue.lowercased().replacingOccurrences(of: " ", with: "-")
        } else {
            row.category = Self.outsideScaleText(assessment)
            row.categoryClass = "kinerja-luar-skala"
        }
        return row
    }
}
