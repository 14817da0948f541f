import LenteraDomain
import LenteraTemplate

// MARK: - View models

/// The "Kinerja" section of a unit page.
struct UnitPerformanceView {
    /// Latest period first.
    var periods: [PerformancePeriodView]
    var scale: [TableRowView]
    var source: String
    var rules: String
    var aggregateRule: String
    var data: [LinkView]
}

extension UnitPerformanceView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "periods": TemplateValue(periods)
        case "scale": TemplateValue(scale)
        case "source": TemplateValue(source)
        case "rules": TemplateValue(rules)
        case "aggregateRule": TemplateValue(aggregateRule)
        case "data": TemplateValue(data)
        default: .missing
        }
    }
}

struct PerformancePeriodView {
    var title: String
    var example: Bool
    var exampleNotice: String
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
    var target: String
    var realisation: String
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
        case "target": TemplateValue(target)
        case "realisation": TemplateValue(realisation)
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
    static let outsideScaleText = "di luar skala (< 51%)"
    static let capText = "dibatasi 100% untuk penilaian"
    static let performanceRules = "Penyelesaian target = realisasi ÷ target × 100, dibulatkan ke persen bulat (setengah ke atas: 50,5% menjadi 51%) lalu dicocokkan dengan tabel. Penyelesaian di atas 100% ditampilkan apa adanya dan dinilai sebagai 100%. Di bawah 51% tabel tidak memberi nilai: indikator ditulis di luar skala, tanpa nilai dan kategori. Hanya target yang makin tinggi makin baik yang dapat dinilai."
    static let performanceAggregateRule = "Ringkasan per periode adalah cara Lentera, bukan bagian keputusan: jumlah indikator per kategori, dan rata-rata penyelesaian target (setelah dibatasi 100%) seluruh indikator yang telah dilaporkan, dinilai dengan tabel yang sama."

    /// The unit's performance reports, latest period first; nil when it has none.
    func unitPerformanceView(_ unit: WorkUnit, route: String) -> UnitPerformanceView? {
        let reports = (performanceByUnit[unit.slug] ?? []).sorted { $0.period > $1.period }
        guard !reports.isEmpty else { return nil }
        var scale = PerformanceScore.table.map {
            TableRowView(cells: ["\($0.score)", $0.category.rawValue],
                         header: "\($0.completion.lowerBound)% – \($0.completion.upperBound)%", href: nil)
        }
        scale.append(TableRowView(cells: ["–", "di luar skala (tabel tidak memberi nilai)"], header: "di bawah 51%", href: nil))
        return UnitPerformanceView(
            periods: reports.map(performancePeriodView), scale: scale, source: PerformanceScore.source,
            rules: Self.performanceRules, aggregateRule: Self.performanceAggregateRule,
            data: [LinkView(title: "Capaian kinerja (CSV)", href: link(route, to: Routes.openData + "kinerja.csv")),
                   LinkView(title: "Capaian kinerja (JSON)", href: link(route, to: Routes.openData + "kinerja.json"))])
    }

    func performancePeriodView(_ report: PerformanceReport) -> PerformancePeriodView {
        let summary = report.summary
        var counts = PerformanceCategory.allCases.map { FactView(label: $0.rawValue, value: Formatting.integer(summary.counts[$0] ?? 0)) }
        counts.append(FactView(label: "Di luar skala (< 51%)", value: Formatting.integer(summary.outsideScale)))
        counts.append(FactView(label: "Belum dilaporkan", value: Formatting.integer(summary.notReported)))
        var overall = "Belum ada realisasi yang dilaporkan."
        if let mean = summary.meanCompletion, let assessment = summary.assessment {
            overall = "Rata-rata penyelesaian target: \(Formatting.decimal(mean, digits: 1))% → \(assessment.scoringPercent)%, "
                + (assessment.score.map { "nilai \($0.score), \($0.category.rawValue)." } ?? "\(Self.outsideScaleText).")
        }
        return PerformancePeriodView(
            title: Formatting.period(report.period), example: report.exampleData,
            exampleNotice: "Realisasi pada tabel ini adalah data contoh (rekaan), bukan capaian unit yang sebenarnya.",
            rows: report.indicators.map(performanceRow), counts: counts, overall: overall)
    }

    func performanceRow(_ indicator: PerformanceIndicator) -> PerformanceRowView {
        func amount(_ value: Double) -> String {
            let number = Formatting.decimal(value, digits: 2)
            return indicator.unitOfMeasure == "%" ? number + "%" : "\(number) \(indicator.unitOfMeasure)"
        }
        var row = PerformanceRowView(
            code: indicator.code, indicator: indicator.indicator, goal: indicator.goal,
            target: indicator.targetText ?? amount(indicator.target),
            realisation: indicator.realisation.map(amount) ?? "Belum dilaporkan",
            completion: "–", capNote: nil, score: "–", category: "belum dilaporkan", categoryClass: "kinerja-belum",
            remarks: indicator.remarks)
        guard let assessment = indicator.assessment else { return row }
        row.completion = Formatting.decimal(assessment.completion, digits: 0) + "%"
        if assessment.isCapped { row.capNote = Self.capText }
        if let score = assessment.score {
            row.score = "\(score.score)"
            row.category = score.category.rawValue
            row.categoryClass = "kinerja-" + score.category.rawValue.lowercased().replacingOccurrences(of: " ", with: "-")
        } else {
            row.category = Self.outsideScaleText
            row.categoryClass = "kinerja-luar-skala"
        }
        return row
    }
}
