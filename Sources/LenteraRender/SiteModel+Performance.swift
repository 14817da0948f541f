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
    /// "Penyelesaian target indikator kinerja unit, dinilai dua kali setahun …", in the portal's language.
    var intro = ""
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
        case "intro": TemplateValue(intro)
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
    /// Pejabat penilai and yang dinilai, as positions; nil when the file does not say.
    var assessor: String?
    var assessed: String?
    var rows: [PerformanceRowView]
    var counts: [PerformanceCountView]
    var overall: String
    /// The score's category after `overall` (`Cukup`): the decree's word, marked `lang="id"`
    /// on a page in another language.
    var category: String? = nil
    /// The headline of the folded table: the number of indicators.
    var detailSummary: String
}

/// A count of indicators per category; the decree's category names stay Indonesian.
struct PerformanceCountView {
    var label: String
    var value: String
    var indonesian: Bool
}

extension PerformanceCountView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "label": TemplateValue(label)
        case "value": TemplateValue(self.value)
        case "indonesian": TemplateValue(indonesian)
        default: .missing
        }
    }
}

extension PerformancePeriodView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "title": TemplateValue(title)
        case "example": TemplateValue(example)
        case "assessor": TemplateValue(assessor)
        case "assessed": TemplateValue(assessed)
        case "rows": TemplateValue(rows)
        case "counts": TemplateValue(counts)
        case "overall": TemplateValue(overall)
        case "category": TemplateValue(category)
        case "detailSummary": TemplateValue(detailSummary)
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
    /// True when `category` is the decree's own word (`Sangat Baik`), false for Lentera's.
    var categoryIndonesian = false
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
        case "categoryIndonesian": TemplateValue(categoryIndonesian)
        default: .missing
        }
    }
}

// MARK: - Building them

extension SiteModel {
    /// "di luar skala (< 51%)": the lowest row's bound from the table the indicator was scored with.
    func outsideScaleText(_ assessment: PerformanceAssessment) -> String {
        texts.format("unitOutsideScale", ["n": "\(assessment.lowestCompletion)"])
    }

    /// The label of a target kind beside the indicator; nil for the default kind.
    func targetKindLabel(_ kind: TargetKind) -> String? {
        switch kind {
        case .atLeast: nil
        case .atMost: texts["unitTargetAtMost"]
        case .delivered: texts["unitTargetDelivered"]
        case .count: texts["unitTargetCount"]
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
                                  header: texts.format("unitBelowPercent", ["n": "\(version.value.lowestCompletion)"]), href: nil))
        let kinds = Set(reports.flatMap { $0.indicators.map(\.kind) })
        let ids = ["kinerja-nilai"] + TargetKind.allCases.filter(kinds.contains).map(Methodology.performanceRuleID)
            + ["kinerja-ringkasan", "kinerja-periode"] + (reports.contains { $0.assessor != nil || $0.assessed != nil } ? ["kinerja-penilai"] : [])
        let rules = Methodology.performance.filter { ids.contains($0.id) }.map {
            PerformanceRuleView(id: $0.id, title: $0.title, statement: $0.statement, reading: $0.reading, source: $0.source.caption)
        }
        return UnitPerformanceView(
            periods: reports.map(performancePeriodView), scale: scale, source: version.source.caption,
            appliesFrom: Formatting.date(version.from, texts.language), rules: rules,
            data: [LinkView(title: texts["unitPerformanceData"] + " (CSV)", href: link(route, to: Routes.openData + "kinerja.csv")),
                   LinkView(title: texts["unitPerformanceData"] + " (JSON)", href: link(route, to: Routes.openData + "kinerja.json"))],
            methodologyHref: methodologyLink(route, rule: "kinerja-nilai"),
            intro: texts.format("unitPerformanceIntro", ["source": version.source.caption]))
    }

    func performancePeriodView(_ report: PerformanceReport) -> PerformancePeriodView {
        let summary = report.summary
        let lowest = report.scale.value.lowestCompletion
        let t = texts, lang = t.language
        var counts = PerformanceCategory.allCases.map {
            PerformanceCountView(label: $0.rawValue, value: Formatting.integer(summary.counts[$0] ?? 0, lang), indonesian: true)
        }
        counts.append(PerformanceCountView(label: t.format("unitOutsideScaleCount", ["n": "\(lowest)"]), value: Formatting.integer(summary.outsideScale, lang), indonesian: false))
        counts.append(PerformanceCountView(label: t["unitNotReported"], value: Formatting.integer(summary.notReported, lang), indonesian: false))
        var overall = t["unitNoRealisation"]
        var category: String?
        if let mean = summary.meanCompletion, let assessment = summary.assessment {
            overall = t.format("unitPerformanceOverall", ["mean": Formatting.decimal(mean, digits: 1, lang), "scoring": "\(assessment.scoringPercent)"])
                + " " + (assessment.score.map { t.format("unitPerformanceScore", ["score": "\($0.score)"]) }
                    ?? "\(outsideScaleText(assessment)).")
            category = assessment.score?.category.rawValue
        }
        return PerformancePeriodView(
            title: Formatting.period(report.period, lang), example: report.exampleData,
            assessor: report.assessor, assessed: report.assessed,
            rows: report.indicators.map { performanceRow($0, in: report) }, counts: counts, overall: overall, category: category,
            detailSummary: t.count("unitPerformanceDetail", report.indicators.count))
    }

    func performanceRow(_ indicator: PerformanceIndicator, in report: PerformanceReport) -> PerformanceRowView {
        let t = texts
        func amount(_ value: Double) -> String {
            let number = Formatting.decimal(value, digits: indicator.kind == .count ? 0 : 2, t.language)
            return indicator.unitOfMeasure == "%" ? number + "%" : "\(number) \(indicator.unitOfMeasure)"
        }
        let target: String, realisation: String?
        switch indicator.kind {
        case .atLeast, .count:
            target = indicator.targetText ?? amount(indicator.target)
            realisation = indicator.realisation.map(amount)
        case .atMost:
            target = indicator.targetText ?? t.format("unitAtMost", ["amount": amount(indicator.target)])
            realisation = indicator.realisation.map(amount)
        case .delivered:
            target = indicator.targetText ?? t["unitReportDelivered"]
            realisation = indicator.realisation.map { $0 >= 1 ? t["unitDelivered"] : t["unitNotDelivered"] }
        }
        var row = PerformanceRowView(
            code: indicator.code, indicator: indicator.indicator, goal: indicator.goal, kind: targetKindLabel(indicator.kind),
            target: target, realisation: realisation ?? t["unitNotReported"], items: indicator.items,
            completion: "–", capNote: nil, score: "–", category: t["unitNotReported"].lowercased(), categoryClass: "kinerja-belum",
            remarks: indicator.remarks)
        guard let assessment = report.assessment(of: indicator) else { return row }
        row.completion = Formatting.decimal(assessment.completion, digits: 0, t.language) + "%"
        if assessment.isCapped { row.capNote = t.format("unitCapped", ["n": "\(assessment.scoringPercent)"]) }
        if let score = assessment.score {
            row.score = "\(score.score)"
            row.category = score.category.rawValue
            row.categoryIndonesian = true
            row.categoryClass = "kinerja-" + score.category.rawValue.lowercased().replacingOccurrences(of: " ", with: "-")
        } else {
            row.category = outsideScaleText(assessment)
            row.categoryClass = "kinerja-luar-skala"
        }
        return row
    }
}
