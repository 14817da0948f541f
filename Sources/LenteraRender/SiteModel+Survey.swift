import LenteraDiagnostics
import LenteraDomain
import LenteraMarkdown

extension SiteModel {
    static let weighting = "Gabungan beberapa layanan, unit atau periode dihitung dari jumlah seluruh jawaban dibagi banyaknya jawaban, sehingga setiap nilai berbobot sesuai jumlah respondennya."

    /// The conversion rule, as it is printed beside every IPKP and IPAK.
    var ziRuleText: String {
        let rule = content.portal.survey.ziConversion
        return "Konversi jawaban 1–6 bintang ke skala 4 (\(rule.rawValue)): \(rule.formula)."
    }

    /// "A (88,31–100,00) Sangat Baik; B (…) …", from the table the period was judged by.
    func mutuRuleText(_ table: MutuBands) -> String {
        table.bands.map { "\($0.mutu.rawValue) (\(Formatting.fixed($0.lowest, digits: 2))–\(Formatting.fixed($0.highest, digits: 2))) \($0.performance)" }
            .joined(separator: "; ")
    }

    /// The renderer of survey analyses: they stand under an `<h4>` title on the unit page,
    /// so their first headings (`#` or `##`) become `<h5>`, deeper ones `<h6>`.
    var analysisMarkdown: MarkdownRenderer { markdown.under(4) }

    /// "bobot yang sama untuk setiap unsur (tepat 1/9 untuk 9 unsur)", or the portal's own weights.
    func weightRuleText() -> String {
        let settings = content.portal.survey
        let count = settings.skmElements.count
        if settings.skmWeights.allSatisfy({ abs($0 - 1 / Double(count)) < 1e-12 }) {
            return "bobot yang sama untuk setiap unsur (tepat 1/\(count) untuk \(count) unsur)"
        }
        return "bobot yang ditetapkan portal ini (" + zip(settings.skmElements, settings.skmWeights)
            .map { "\($0.code) \(Formatting.decimal($1, digits: 4))" }.joined(separator: ", ") + ")"
    }

    func ikmValue(_ score: IKMScore, _ language: Language = .id) -> String { Formatting.decimal(score.converted, digits: 2, language) }
    func index4(_ value: Double, _ language: Language = .id) -> String { Formatting.fixed(value, digits: 2, language) }

    /// A verdict in the portal's language (`Terpenuhi` / `Met`): the unit page's tables.
    func verdict(_ met: Bool?) -> String {
        switch met {
        case true?: texts["statusMet"]
        case false?: texts["statusNotMet"]
        case nil: texts["statusUnknown"]
        }
    }

    func openDataLinks(route: String) -> [LinkView] {
        OpenData.tables.map { LinkView(title: "\($0.title) (CSV)", href: link(route, to: Routes.openData + $0.name + ".csv")) }
            + [LinkView(title: "Semua tabel dalam JSON dan deskripsi skemanya (datapackage.json)", href: link(route, to: Routes.openData + "datapackage.json"))]
    }

    // MARK: - Unit page

    func unitSurveyView(_ unit: WorkUnit, route: String) -> UnitSurveyView? {
        guard let figures = surveyFigures[unit.slug] else { return nil }
        let t = texts, lang = t.language
        var latestView: IKMHeadlineView?
        var elementsChart: ChartView?
        var profile: [ProfileTableView] = []
        var profileSummary = ""
        if let latest = figures.latestIKM {
            let score = latest.score
            var sample: String?
            var met = false
            if let users = latest.result.serviceUsers {
                let needed = SampleSize.krejcieMorgan(population: users)
                met = latest.result.respondents >= needed
                sample = t.format("unitIKMSample", ["respondents": Formatting.integer(latest.result.respondents, lang), "users": Formatting.integer(users, lang),
                                                    "needed": Formatting.integer(needed, lang), "verdict": verdict(met).lowercased()])
            }
            latestView = IKMHeadlineView(
                value: ikmValue(score, lang), index: Formatting.decimal(score.index, digits: 3, lang), mutu: score.mutu.rawValue,
                category: score.mutu.performance, period: Formatting.period(latest.period, lang),
                respondents: Formatting.integer(latest.result.respondents, lang), sample: sample, sampleMet: met,
                source: latest.result.source == .imported ? t["unitIKMSourceImported"] : t["unitIKMSourceReport"],
                mutuRule: mutuRuleText(IKMRules.mutuBands.inForce(on: latest.period.endDate).value),
                mutuSource: IKMRules.mutuBands.inForce(on: latest.period.endDate).source.caption,
                methodologyHref: methodologyLink(route, rule: "ikm-mutu"),
                weightRule: weightRuleText(), formulaSource: IKMRules.source.caption, formulaHref: methodologyLink(route, rule: "ikm-rumus"),
                calculationHref: link(route, to: Routes.surveyCalculation(unit: unit.slug, period: latest.period)),
                calculationLink: t.format("unitCalculationLink", ["period": Formatting.period(latest.period, lang)]))
            let bars = score.elements.map {
                BarChart.Bar(label: "\($0.element.code) \($0.element.label)", value: $0.nrr, valueText: Formatting.decimal($0.nrr, digits: 2, lang))
            }
            elementsChart = chart(id: "grafik-unsur-\(unit.slug)", title: t.format("unitElementsChart", ["period": Formatting.period(latest.period, lang)]),
                                  bars: bars, maximum: 4, columns: [t["unitElement"], t["unitElementMean"], t["unitWeight"], t["unitAnswers"]],
                                  rows: score.elements.map {
                                      TableRowView(cells: [Formatting.decimal($0.nrr, digits: 3, lang), Formatting.decimal($0.weight, digits: 4, lang),
                                                           Formatting.integer($0.answered, lang)],
                                                   header: "\($0.element.code) \($0.element.label)", href: nil)
                                  }, labelLanguage: lang == .id ? nil : "id")
            profile = profileTables(latest.result)
            profileSummary = t.format("unitRespondentProfileSummary", ["respondents": Formatting.integer(latest.result.respondents, lang),
                                                                       "period": Formatting.period(latest.period, lang)])
        }
        let trendBars = figures.ikm.map {
            BarChart.Bar(label: Formatting.period($0.period, lang), value: $0.score.converted, valueText: "\(ikmValue($0.score, lang)) (\($0.score.mutu.rawValue))")
        }
        let trend = figures.ikm.count > 1 ? chart(
            id: "grafik-tren-\(unit.slug)", title: t["unitTrendChart"], bars: trendBars, maximum: 100,
            columns: [t["period"], "IKM", t["mutu"], t["respondents"]],
            rows: figures.ikm.map {
                // Each period's row leads to its calculation sheet.
                TableRowView(cells: [ikmValue($0.score, lang), "\($0.score.mutu.rawValue) (\($0.score.mutu.performance))", Formatting.integer($0.result.respondents, lang)],
                             header: Formatting.period($0.period, lang), href: link(route, to: Routes.surveyCalculation(unit: unit.slug, period: $0.period)))
            }) : nil
        let trendSummary = figures.ikm.first.flatMap { first in figures.ikm.last.map { last in
            t.count("unitTrendSummary", figures.ikm.count, [
                                          "first": ikmValue(first.score, lang), "firstPeriod": Formatting.period(first.period, lang),
                                          "last": ikmValue(last.score, lang), "lastPeriod": Formatting.period(last.period, lang)])
        } } ?? ""
        let serviceNames = Dictionary((servicesByUnit[unit.slug] ?? []).map { ($0.slug, $0.name) }, uniquingKeysWith: { a, _ in a })
        let services = figures.serviceIKM.compactMap { entry -> TableRowView? in
            guard let last = entry.points.last else { return nil }
            return TableRowView(cells: [Formatting.period(last.period, lang), ikmValue(last.score, lang), "\(last.score.mutu.rawValue) (\(last.score.mutu.performance))",
                                        Formatting.integer(last.result.respondents, lang)],
                                header: serviceNames[entry.service] ?? entry.service,
                                href: link(route, to: Routes.service(unit: unit.slug, slug: entry.service)))
        }
        // An analysis links files from its own folder (`survei/`): `../berkas/…`.
        let analysisLinks = destinations(from: unitFolder(unit.slug) + "/survei", route: route)
        let analyses = (analysesByUnit[unit.slug] ?? [])
            .sorted { ($1.period, $0.kind.rawValue, $0.service ?? "") < ($0.period, $1.kind.rawValue, $1.service ?? "") }
            .map { analysis in
                let what = analysis.kind == .skm ? "Survei Kepuasan Masyarakat" : "Survei SPKP dan SPAK"
                let service = analysis.service.map { " — " + (serviceNames[$0] ?? $0) } ?? ""
                return AnalysisView(title: "\(Formatting.periods(analysis.periods, lang))\(service)", html: analysisMarkdown.html(analysis.markdown, resolve: analysisLinks),
                                    survey: what)
            }
        return UnitSurveyView(
            hasIKM: latestView != nil, latest: latestView, elements: elementsChart, trend: trend, hasTrend: trend != nil,
            services: services, hasServices: !services.isEmpty, profile: profile, hasProfile: !profile.isEmpty,
            analyses: analyses, hasAnalyses: !analyses.isEmpty, zi: ziView(figures, route: route),
            weighting: Self.weighting, data: openDataLinks(route: route), dashboardHref: link(route, to: Routes.surveyDashboard),
            trendSummary: trendSummary, servicesSummary: t.count("unitIKMPerServiceSummary", services.count),
            profileSummary: profileSummary,
            analysesSummary: t.count("unitAnalysesSummary", analyses.count),
            dataSummary: t.count("unitOpenDataSummary", OpenData.tables.count))
    }

    func profileTables(_ result: SurveyResult) -> [ProfileTableView] {
        ProfileField.allCases.compactMap { field in
            guard let counts = result.profile[field], !counts.isEmpty else { return nil }
            let ordered = field.ordered(counts.keys).map { (category: $0, count: counts[$0]!) }
            let rows = SmallCounts.publish(ordered).map { FactView(label: $0.category, value: SmallCounts.text($0.value)) }
            return rows.isEmpty ? nil : ProfileTableView(label: field.label, rows: rows)
        }
    }

    func ziView(_ figures: UnitSurveyFigures, route: String) -> UnitZIView? {
        guard !figures.zi.isEmpty else { return nil }
        let t = texts, lang = t.language
        let periods = figures.zi.map {
            TableRowView(cells: [Formatting.integer($0.result.respondents, lang), index4($0.score.ipkp, lang), index4($0.score.ipak, lang)],
                         header: Formatting.period($0.period, lang), href: nil)
        }
        let judged = figures.judged
        var averageText: String?
        var note: String
        let minimums = ZIMinimums.table.inForce(on: judged.day).value
        var conversion: [String] = []
        var verdicts: [ZIPredicate: String] = [:]
        if let average = figures.average {
            averageText = "IPKP \(index4(average.ipkp, lang)), IPAK \(index4(average.ipak, lang))"
            let window = Formatting.range(average.window.first, average.window.last, lang)
            let count = average.periods.count
            let surveys = average.periods.allSatisfy { if case .month = $0.span { true } else { false } }
                ? t.count("unitZIMonthlySurveys", count) : t.count("unitZISurveyCount", count)
            if let problem = average.problem {
                note = t.format("unitZIWindowProblem", ["window": window, "periods": Formatting.periods(average.periods, lang),
                                                        "reason": ziWindowReason(.window(problem), judgedFor: judged.day, window: nil, t)])
            } else {
                note = t.format("unitZIAverageNote", ["periods": Formatting.periods(average.periods, lang), "surveys": surveys])
            }
            for predicate in ZIPredicate.allCases {
                var text = verdict(average.meets(predicate))
                if average.dependsOnConversion(predicate) { text += " " + t["unitDependsOnConversion"] }
                verdicts[predicate] = text
            }
            conversion = ZIPredicate.allCases.map { ziConversionText(average, $0) }.filter { !$0.isEmpty }
        } else {
            note = t.format("unitZIUnknownBecause", ["reason": ziWindowReason(.noSurvey, judgedFor: judged.day, window: nil, t)])
        }
        let thresholds = minimums.thresholds.map { threshold in
            TableRowView(cells: [index4(threshold.ipkp, lang), index4(threshold.ipak, lang), verdicts[threshold.predicate] ?? verdict(nil)],
                         header: threshold.predicate.title, href: nil)
        }
        let items = minimums.thresholds.map { SummaryItemView(name: $0.predicate.title, status: verdicts[$0.predicate] ?? verdict(nil)) }
        return UnitZIView(rule: ziRuleText, periods: periods, average: averageText, averageNote: note,
                          judgedFor: ziJudgedForText(judged, t), windowRule: ziWindowRuleText(judgedFor: judged.day),
                          thresholdsCaption: ziMinimumsCaption(on: judged.day), thresholds: thresholds,
                          conversion: conversion, hasConversion: !conversion.isEmpty,
                          conversionHref: methodologyLink(route, rule: "zi-konversi"), windowHref: methodologyLink(route, rule: "zi-jendela"),
                          minimumsHref: methodologyLink(route, rule: "zi-batas-minimal"),
                          periodsSummary: t.count("unitZIPeriodsSummary", periods.count),
                          thresholdItems: items)
    }

    /// "Tanggal penilaian: 6 Desember 2026, tanggal …": the day and where it comes from.
    func ziJudgedForText(_ judged: ZIJudgedDay, _ texts: ThemeText = .indonesian) -> String {
        let date = Formatting.date(judged.day, texts.language)
        return judged.proposal.map { texts.format("unitZIJudgedForProposal", ["date": date, "year": "\($0.year)"]) }
            ?? texts.format("unitZIJudgedForBuild", ["date": date, "year": "\(judged.day.year)"])
    }

    // MARK: - Survey dashboard

    func surveyDashboardView(route: String) -> SurveyDashboardView {
        let settings = content.portal.survey
        let t = texts, lang = t.language
        let latest = unitsInOrder.compactMap { unit in surveyFigures[unit.slug]?.latestIKM.map { (unit: unit, point: $0) } }
        let ranked = latest.sorted { ($1.point.score.converted, $0.unit.name) < ($0.point.score.converted, $1.unit.name) }
        let ranking = ranked.enumerated().map { position, entry in
            TableRowView(cells: ["\(position + 1)", ikmValue(entry.point.score, lang)],
                         header: entry.unit.name, href: link(route, to: Routes.unit(entry.unit.slug)),
                         indonesian: "\(entry.point.score.mutu.rawValue) (\(entry.point.score.mutu.performance))",
                         rest: [Formatting.period(entry.point.period, lang), Formatting.integer(entry.point.result.respondents, lang)])
        }
        let mutuBars = Mutu.allCases.map { mutu in
            let count = latest.filter { $0.point.score.mutu == mutu }.count
            return BarChart.Bar(label: "\(mutu.rawValue) — \(mutu.performance)", value: Double(count), valueText: t.count("unitsCount", count))
        }
        let mutuChart = latest.isEmpty ? nil : chart(
            id: "grafik-mutu", title: t["surveyMutuChart"], bars: mutuBars, maximum: nil,
            columns: [t["mutu"], t["unit"]], rows: mutuBars.map { TableRowView(cells: [$0.valueText], header: $0.label, href: nil) },
            labelLanguage: lang == .id ? nil : "id")

        // The trend: each instansi's IKM per year, all its units' surveys of that year taken together.
        let years = surveys.years(kind: .skm)
        let agencies = content.portal.instansi.filter { agency in unitsInOrder.contains { tree.instansiOf[$0.slug] == agency.slug } }
        func yearly(_ units: [String], _ year: Int, _ name: String) -> IKMScore? {
            surveys.combined(units: units, kind: .skm, year: year, as: name)
                .flatMap { IKMScore(result: $0, elements: settings.skmElements, weights: settings.skmWeights) }
        }
        let allUnits = unitsInOrder.map(\.slug)
        let portalYears = years.compactMap { year in yearly(allUnits, year, "portal").map { (year, $0) } }
        let trendChart = portalYears.isEmpty ? nil : chart(
            id: "grafik-tren-ikm", title: t["surveyTrendChart"],
            bars: portalYears.map { BarChart.Bar(label: "\($0.0)", value: $0.1.converted, valueText: "\(ikmValue($0.1, lang)) (\($0.1.mutu.rawValue))") },
            maximum: 100, columns: [t["year"], "IKM", t["respondents"]],
            rows: portalYears.map { TableRowView(cells: [ikmValue($0.1, lang), Formatting.integer($0.1.respondents, lang)], header: "\($0.0)", href: nil) })
        let trendTable = years.map { year in
            TableRowView(cells: agencies.map { agency in
                let units = unitsInOrder.filter { tree.instansiOf[$0.slug] == agency.slug }.map(\.slug)
                return yearly(units, year, agency.slug).map { "\(ikmValue($0, lang)) (\($0.mutu.rawValue))" } ?? "–"
            }, header: "\(year)", href: nil)
        }

        let below = ranked.filter { $0.point.score.mutu < .B }.map {
            TableRowView(cells: [ikmValue($0.point.score, lang)], header: $0.unit.name, href: link(route, to: Routes.unit($0.unit.slug)),
                         indonesian: "\($0.point.score.mutu.rawValue) (\($0.point.score.mutu.performance))", rest: [Formatting.period($0.point.period, lang)])
        }
        var zi: [TableRowView] = []
        var ziBelow: [LinkView] = []
        for unit in unitsInOrder {
            guard let figures = surveyFigures[unit.slug], !figures.zi.isEmpty else { continue }
            let day = figures.judged.day
            let statuses = ZIPredicate.allCases.map { ziWindowStatus(unit: unit.slug, predicate: $0, on: day) }
            let verdicts = statuses.map { status -> String in
                guard let average = status.average, status.reason == nil else { return verdict(nil) }
                let met = verdict(average.meets(status.predicate))
                return average.dependsOnConversion(status.predicate) ? met + " " + t["unitDependsOnConversion"] : met
            }
            let reason = statuses.first.flatMap { ziWindowReason($0, t) }.map { t.format("ziUnknownBecause", ["reason": $0]) }
            let average = figures.average
            let window = average.map {
                "\(Formatting.period($0.window.first, lang))–\(Formatting.period($0.window.last, lang)) "
                    + t.format("monthsOf", ["n": "\($0.monthsCovered)", "total": "\($0.reading.months)"])
            } ?? "–"
            zi.append(TableRowView(cells: [Formatting.date(day, lang), window, average.map { index4($0.ipkp, lang) } ?? "–", average.map { index4($0.ipak, lang) } ?? "–"]
                                       + verdicts + [reason ?? ziConversionSummary(average)],
                                   header: unit.name, href: link(route, to: Routes.unit(unit.slug))))
            if statuses.first?.status == .notMet { ziBelow.append(LinkView(title: unit.name, href: link(route, to: Routes.unit(unit.slug)))) }
        }
        // PermenPANRB 14/2017 asks for at least one survey a year of every unit that serves the public.
        let stale = unitsInOrder.filter { !(servicesByUnit[$0.slug] ?? []).isEmpty }.compactMap { unit -> TableRowView? in
            let periods = surveys.periods(of: unit.slug, kind: .skm)
            guard let last = periods.last else {
                return TableRowView(cells: [t["noneYet"]], header: unit.name, href: link(route, to: Routes.unit(unit.slug)))
            }
            guard last.endedMoreThanAYear(before: referenceDate) else { return nil }
            return TableRowView(cells: [t.format("periodEnded", ["period": Formatting.period(last, lang), "date": Formatting.date(last.endDate, lang)])], header: unit.name,
                                href: link(route, to: Routes.unit(unit.slug)))
        }
        let respondents = latest.reduce(0) { $0 + $1.point.result.respondents }
        return SurveyDashboardView(
            hasSurveys: !surveys.isEmpty,
            figures: [
                FactView(label: t["surveyUnitsWithIKM"], value: Formatting.integer(latest.count, lang)),
                FactView(label: t["surveyRespondentsLatest"], value: Formatting.integer(respondents, lang)),
                FactView(label: t["surveyUnitsAOrB"], value: "\(Formatting.integer(latest.filter { $0.point.score.mutu >= .B }.count, lang)) \(t["of"]) \(Formatting.integer(latest.count, lang))"),
                FactView(label: t["surveyStale"], value: Formatting.integer(stale.count, lang)),
            ],
            ranking: ranking, hasRanking: !ranking.isEmpty, mutu: mutuChart, trend: trendChart, trendTable: trendTable,
            trendColumns: [t["year"]] + agencies.map(\.name),
            belowB: below, hasBelowB: !below.isEmpty, zi: zi, hasZI: !zi.isEmpty,
            ziRule: ziRuleText, ziMinimums: ziMinimumsText(on: referenceDate), ziWindowRule: ziWindowRuleText(judgedFor: referenceDate),
            ziBelow: ziBelow, hasZIBelow: !ziBelow.isEmpty, stale: stale, hasStale: !stale.isEmpty,
            referenceDate: Formatting.date(referenceDate, lang), weighting: Self.weighting, data: openDataLinks(route: route),
            methodologyHref: link(route, to: Routes.methodology),
            frequencyRule: surveyFrequencyText(), frequencyHref: methodologyLink(route, rule: "ikm-frekuensi"))
    }

    /// "… sekurang-kurangnya sekali dalam 12 bulan — sumber: …", from the table in force on the judged day.
    func surveyFrequencyText() -> String {
        let version = SurveyFrequency.table.inForce(on: referenceDate)
        return "Survei kepuasan masyarakat dilakukan sekurang-kurangnya sekali dalam \(version.value) bulan — sumber: \(version.source.caption)."
    }
}
