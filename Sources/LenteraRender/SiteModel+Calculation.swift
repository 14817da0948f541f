import LenteraDomain
import LenteraTemplate

/// The calculation sheet (lembar perhitungan) of a unit's IKM in one period: every step
/// from the answers to the mutu, so that a citizen or an auditor can redo the arithmetic.
/// One page per period, at a stable address (`Routes.surveyCalculation`); it shows that
/// period alone, so a new period never changes an old period's page.
struct SurveyCalculationView {
    var title: String
    var unitName: String
    var unitHref: String
    var period: String
    var sheets: [CalculationSheetView]
    /// The mutu table in force on the period's last day, and its source.
    var bands: [TableRowView]
    var bandsSource: String
    var methodologyHref: String
    var dataHref: String
}

/// One survey's arithmetic: the unit's figure, or one service's.
struct CalculationSheetView {
    var id: String
    var title: String
    /// Respondents and where the figures came from.
    var facts: [FactView]
    /// How the figure was put together, when it is not one survey (the unit's services).
    var note: String?
    /// The answer values counted (`1`…`4`), under one heading; empty for a result taken from
    /// a final report, which has no counts.
    var answerValues: [String]
    var hasAnswers: Bool
    /// How many columns the counts take, for the heading over them.
    var answerSpan: String
    /// The columns after the counts, and how many they are.
    var columns: [String]
    var columnSpan: String
    var rows: [TableRowView]
    /// The totals under the table: the index on 1–4, × 25, rounded, the mutu.
    var totals: [TableRowView]
    /// The same arithmetic in words and numbers, step by step.
    var steps: [String]
}

extension SurveyCalculationView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "title": TemplateValue(title)
        case "unitName": TemplateValue(unitName)
        case "unitHref": TemplateValue(unitHref)
        case "period": TemplateValue(period)
        case "sheets": TemplateValue(sheets)
        case "bands": TemplateValue(bands)
        case "bandsSource": TemplateValue(bandsSource)
        case "methodologyHref": TemplateValue(methodologyHref)
        case "dataHref": TemplateValue(dataHref)
        default: .missing
        }
    }
}

extension CalculationSheetView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "id": TemplateValue(id)
        case "title": TemplateValue(title)
        case "facts": TemplateValue(facts)
        case "note": TemplateValue(note)
        case "answerValues": TemplateValue(answerValues)
        case "hasAnswers": TemplateValue(hasAnswers)
        case "answerSpan": TemplateValue(answerSpan)
        case "columns": TemplateValue(columns)
        case "columnSpan": TemplateValue(columnSpan)
        case "rows": TemplateValue(rows)
        case "totals": TemplateValue(totals)
        case "steps": TemplateValue(steps)
        default: .missing
        }
    }
}

extension SiteModel {
    /// The periods whose calculation sheet a unit publishes: those of its IKM.
    func calculationPeriods(of unit: String) -> [SurveyPeriod] {
        surveyFigures[unit]?.ikm.map(\.period) ?? []
    }

    func surveyCalculationView(unit: WorkUnit, period: SurveyPeriod, route: String) -> SurveyCalculationView? {
        guard let figures = surveyFigures[unit.slug], let point = figures.ikm.first(where: { $0.period == period }) else { return nil }
        let t = texts, lang = t.language
        let periodText = Formatting.period(period, lang)
        let serviceNames = Dictionary((servicesByUnit[unit.slug] ?? []).map { ($0.slug, $0.name) }, uniquingKeysWith: { a, _ in a })
        // The services surveyed on their own in this period.
        let services = figures.serviceIKM.compactMap { entry -> (String, UnitSurveyFigures.IKMPoint)? in
            entry.points.first { $0.period == period }.map { (entry.service, $0) }
        }
        let wholeUnit = surveys.results.contains { $0.unit == unit.slug && $0.kind == .skm && $0.period == period && $0.service == nil }
        var sheets = [calculationSheet(point, id: "unit", title: t.format("calculationUnitSheet", ["unit": unit.name]),
                                       note: wholeUnit || services.isEmpty ? nil : t.count("calculationCombinedNote", services.count))]
        for (slug, servicePoint) in services where wholeUnit || services.count > 1 {
            sheets.append(calculationSheet(servicePoint, id: "layanan-\(slug)", title: t.format("calculationServiceSheet", ["service": serviceNames[slug] ?? slug]), note: nil))
        }
        let table = IKMRules.mutuBands.inForce(on: period.endDate)
        let bands = table.value.bands.map {
            TableRowView(cells: [Formatting.fixed($0.lowest, digits: 2, lang) + "–" + Formatting.fixed($0.highest, digits: 2, lang),
                                 Formatting.fixed($0.lowest / 25, digits: 4, lang) + "–" + Formatting.fixed($0.highest / 25, digits: 4, lang)],
                         header: $0.mutu.rawValue, href: nil, indonesian: $0.performance)
        }
        return SurveyCalculationView(
            title: t.format("calculationTitle", ["period": periodText]), unitName: unit.name, unitHref: link(route, to: Routes.unit(unit.slug)),
            period: periodText, sheets: sheets, bands: bands, bandsSource: table.source.caption,
            methodologyHref: methodologyLink(route, rule: "ikm-rumus"), dataHref: link(route, to: Routes.openData + "ikm-perhitungan.csv"))
    }

    /// The table and the steps of one result.
    func calculationSheet(_ point: UnitSurveyFigures.IKMPoint, id: String, title: String, note: String?) -> CalculationSheetView {
        let t = texts, lang = t.language
        let score = point.score, result = point.result
        let scale = SurveyKind.skm.scale
        // The answers per value, when the result holds them (an import's, or counts written
        // by hand); a final report's averages have none.
        let counted = score.elements.allSatisfy { result.elements[$0.element.code]?.counts?.count == scale.count }
        let answerValues = counted ? scale.map { String($0) } : []
        let columns = [t["calculationAnswered"], t["calculationTotal"], t["calculationMean"], t["calculationWeight"], t["calculationWeighted"]]
        let rows = score.elements.map { element -> TableRowView in
            let stored = result.elements[element.element.code]
            var cells: [String] = []
            if counted { cells += (stored?.counts ?? []).map { Formatting.integer($0, lang) } }
            cells += [Formatting.integer(element.answered, lang), Formatting.decimal(stored?.total ?? 0, digits: 2, lang),
                      Formatting.fixed(element.nrr, digits: 3, lang), weightText(element.weight), Formatting.fixed(element.weighted, digits: 4, lang)]
            return TableRowView(cells: cells, header: "\(element.element.code) \(element.element.label)", href: nil)
        }
        let rounded = roundedTo2(score.converted)
        // The index to 6 decimals and its × 25 to 4: each figure shown follows from the one
        // shown before it, so that whoever redoes the sum gets the same digits.
        let totals = [
            TableRowView(cells: [Formatting.fixed(score.index, digits: 6, lang)], header: t["calculationIndex"], href: nil),
            TableRowView(cells: [Formatting.fixed(score.converted, digits: 4, lang)], header: t["calculationConverted"], href: nil),
            TableRowView(cells: [Formatting.fixed(rounded, digits: 2, lang)], header: t["calculationRounded"], href: nil),
            TableRowView(cells: [], header: t["mutu"], href: nil, indonesian: "\(score.mutu.rawValue) (\(score.mutu.performance))"),
        ]
        let first = score.elements.first
        let sumOfMeans = Formatting.fixed(score.elements.reduce(0) { $0 + $1.nrr }, digits: 6, lang)
        var steps: [String] = []
        if let first {
            steps.append(t.format("calculationStepMean", ["code": first.element.code, "total": Formatting.decimal(result.elements[first.element.code]?.total ?? 0, digits: 2, lang),
                                                          "answered": Formatting.integer(first.answered, lang), "mean": Formatting.fixed(first.nrr, digits: 3, lang)]))
        }
        let equal = score.elements.allSatisfy { abs($0.weight - 1 / Double(score.elements.count)) < 1e-12 }
        steps.append(equal
            ? t.format("calculationStepIndexEqual", ["means": sumOfMeans, "count": String(score.elements.count), "index": Formatting.fixed(score.index, digits: 6, lang)])
            : t.format("calculationStepIndexWeighted", ["index": Formatting.fixed(score.index, digits: 6, lang)]))
        steps.append(t.format("calculationStepConverted", ["index": Formatting.fixed(score.index, digits: 6, lang), "converted": Formatting.fixed(score.converted, digits: 4, lang),
                                                           "rounded": Formatting.fixed(rounded, digits: 2, lang), "mutu": score.mutu.rawValue, "category": score.mutu.performance]))
        // The figure first, for whoever reads no further; the arithmetic after it.
        let facts = [
            FactView(label: "IKM", value: "\(Formatting.fixed(rounded, digits: 2, lang)) — \(t["mutu"]) \(score.mutu.rawValue) (\(score.mutu.performance))", href: nil),
            FactView(label: t["respondents"], value: Formatting.integer(result.respondents, lang), href: nil),
            FactView(label: t["source"], value: result.source == .imported ? t["unitIKMSourceImported"] : t["unitIKMSourceReport"], href: nil),
        ]
        return CalculationSheetView(id: id, title: title, facts: facts, note: note, answerValues: answerValues, hasAnswers: counted, answerSpan: String(answerValues.count),
                                    columns: columns, columnSpan: String(columns.count), rows: rows, totals: totals, steps: steps)
    }

    /// `1/9` for an equal weight (exactly that fraction), the weight itself otherwise.
    func weightText(_ weight: Double) -> String {
        let lang = texts.language
        let inverse = (1 / weight).rounded()
        if inverse >= 1, inverse <= 100, abs(weight - 1 / inverse) < 1e-12 {
            return "1/\(Int(inverse))"
        }
        return Formatting.fixed(weight, digits: 4, lang)
    }
}
