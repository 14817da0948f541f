import LenteraDomain
import LenteraTemplate

/// One verdict in a folded table's `<summary>`: the predicate (as the regulation names it)
/// and its verdict in the portal's language.
struct SummaryItemView {
    var name: String
    var status: String
}

extension SummaryItemView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "name": TemplateValue(name)
        case "status": TemplateValue(status)
        default: .missing
        }
    }
}

/// Zona Integritas on the unit pages and on the dashboard `zona-integritas/`.
extension SiteModel {
    static func statusText(_ status: CriterionStatus) -> String {
        switch status {
        case .met: "Terpenuhi"
        case .notMet: "Belum terpenuhi"
        case .unknown: "Belum diketahui"
        }
    }

    static func statusClass(_ status: CriterionStatus) -> String {
        switch status {
        case .met: "status-met"
        case .notMet: "status-not-met"
        case .unknown: "status-unknown"
        }
    }

    func decreeText(_ decree: ZIDecree) -> String { "\(decree.number), \(Formatting.date(decree.date, texts.language))" }

    /// The authority and, when given, the position that signed (E.3.c: the head of the
    /// instansi for a self-evaluation).
    func designatorText(_ designation: Designation) -> String {
        if let position = designation.designatedBy { return "\(designation.authority.title): \(position)" }
        return designation.authority == .selfEvaluation ? "\(designation.authority.title): \(texts["ziSignedByHead"])" : designation.authority.title
    }

    /// Whether the designation was reported to KemenPANRB in time, on the build date (E.3.d).
    func reportText(_ designation: Designation) -> String {
        let lastDay = Formatting.date(DesignationReportDeadline.lastDay(for: designation.decree.date), texts.language)
        let letter = designation.report.map { report in
            texts.format("ziReported", ["date": Formatting.date(report.date, texts.language)]) + (report.number.map { " (\($0))" } ?? "")
        } ?? ""
        switch designation.reportStatus(on: referenceDate) {
        case .notRequired: return texts["ziReportNotRequired"]
        case .reported: return texts.format("ziReportOnTime", ["letter": letter])
        case .late: return texts.format("ziReportLate", ["letter": letter, "date": lastDay])
        case .notReported: return texts.format("ziReportMissed", ["date": lastDay])
        case .notYetDue: return texts.format("ziReportDue", ["date": lastDay])
        }
    }

    func revocationText(_ designation: Designation) -> String {
        guard let revocation = designation.revocation else { return texts["ziInForce"] }
        let decree = designation.revokedBy.map { texts.format("ziRevokedBy", ["decree": decreeText(revocation), "by": $0]) } ?? decreeText(revocation)
        return texts.format("ziRevoked", ["decree": decree])
    }

    /// A verdict word in the portal's language (`Terpenuhi` / `Met`).
    func statusWord(_ status: CriterionStatus) -> String {
        switch status {
        case .met: texts["statusMet"]
        case .notMet: texts["statusNotMet"]
        case .unknown: texts["statusUnknown"]
        }
    }

    func units(of instansi: String) -> [WorkUnit] { unitsInOrder.filter { tree.instansiOf[$0.slug] == instansi } }

    // MARK: - Unit page

    func unitZIView(_ unit: WorkUnit, route: String) -> UnitZIStatusView? {
        let designations = designationsByUnit[unit.slug] ?? []
        let hasRecord = content.zonaIntegritas.contains { $0.instansi == tree.instansiOf[unit.slug] }
        let average = surveyFigures[unit.slug]?.average
        guard !designations.isEmpty || hasRecord || !(surveyFigures[unit.slug]?.zi.isEmpty ?? true) else { return nil }
        let current = designations.current(on: referenceDate)
        let history = designations.reversed().map { designation in
            TableRowView(cells: [designation.predicate.title, designatorText(designation), decreeText(designation.decree),
                                 reportText(designation), revocationText(designation)],
                         header: String(designation.year), href: nil)
        }
        let judged = ziJudgedDay(unit.slug)
        let minimums = ZIMinimums.table.inForce(on: judged.day)
        let readiness = ZIPredicate.allCases.map { predicate -> ZICriterionView in
            let result = ZIReadiness.evaluate(predicate, average: average, held: designations.filter { $0.predicate == .wbk }.current(on: referenceDate))
            let threshold = minimums.value.threshold(predicate)
            var figure = "Rata-rata 3 bulan: IPKP ≥ \(index4(threshold.ipkp)) dan IPAK ≥ \(index4(threshold.ipak)) — sumber: \(minimums.source.caption)"
            if let reason = ziWindowReason(ziWindowStatus(unit: unit.slug, predicate: predicate, on: judged.day)) { figure += " (\(reason))" }
            if let average, average.dependsOnConversion(predicate) {
                figure += "; bergantung pada aturan konversi: " + ZIConversion.allCases.map {
                    "\($0.rawValue) \(Self.ziVerdict(average.meets(predicate, under: $0)).lowercased())"
                }.joined(separator: ", ")
            }
            if let prior = result.priorPredicate {
                figure += "; rata-rata: " + Self.statusText(result.indices).lowercased() + "; sudah berpredikat Menuju WBK: " + Self.statusText(prior).lowercased()
            }
            return ZICriterionView(name: predicate.title, rule: "", figure: figure,
                                   status: statusWord(result.status), statusClass: Self.statusClass(result.status))
        }
        let lke = minimums.value.thresholds.map { "\(Formatting.integer(Int($0.lke))) untuk \($0.predicate.title)" }.joined(separator: ", ")
        return UnitZIStatusView(
            badge: current?.predicate.title, badgeClass: current.map { "badge-\($0.predicate.rawValue)" } ?? "",
            badgeMeaning: current?.predicate.meaning,
            since: current.map { "\($0.year)" },
            history: history, hasHistory: !history.isEmpty, readiness: readiness,
            readinessNote: texts["unitZIReadinessBasis"] + " " + ziJudgedForText(judged, texts),
            dashboardHref: link(route, to: Routes.ziDashboard) + "#" + (tree.instansiOf[unit.slug] ?? ""),
            historySummary: texts.format("unitZIHistorySummary", ["n": Formatting.integer(history.count, texts.language)]),
            designator: current.map(designatorText),
            decree: current.map { "\($0.decree.number), \(Formatting.date($0.decree.date, texts.language))" },
            readinessRule: "Nilai total LKE tidak dimuat portal, sehingga tidak dinilai di sini; usulan juga memerlukannya: minimal \(lke) — sumber: \(minimums.source.caption).")
    }

    // MARK: - Dashboard

    func ziDashboardView(route: String) -> ZIDashboardView {
        let sections = content.portal.instansi.compactMap { instansi -> ZIInstansiView? in
            guard let record = content.zonaIntegritas.first(where: { $0.instansi == instansi.slug }) else { return nil }
            return ziInstansiView(instansi, record: record, route: route)
        }
        let without = content.portal.instansi.filter { instansi in !content.zonaIntegritas.contains { $0.instansi == instansi.slug } }.map(\.name)
        return ZIDashboardView(referenceDate: Formatting.date(referenceDate, texts.language), instansi: sections, hasInstansi: !sections.isEmpty,
                               without: without, hasWithout: !without.isEmpty, data: openDataLinks(route: route),
                               methodologyHref: link(route, to: Routes.methodology))
    }

    func ziInstansiView(_ instansi: Instansi, record: ZIRecord, route: String) -> ZIInstansiView {
        let ownUnits = units(of: instansi.slug)
        let t = texts, lang = texts.language
        let populationText = record.population.map { t.count("ziPopulationGiven", $0) } ?? t.count("ziPopulationPortal", ownUnits.count)

        // Units per predicate held on the reference day.
        let held = ownUnits.compactMap { unit in (designationsByUnit[unit.slug] ?? []).current(on: referenceDate).map { (unit, $0) } }
        let groups = ZIPredicate.allCases.reversed().map { predicate in
            let units = held.filter { $0.1.predicate == predicate }.map { unit, designation in
                LinkView(title: "\(unit.name) (\(designation.year), \(designation.authority == .tpn ? "TPN" : t["ziSelfEvaluation"]))",
                         href: link(route, to: Routes.unit(unit.slug)))
            }
            return ZIPredicateGroupView(title: predicate.title, count: t.count("unitsCount", units.count), units: units, hasUnits: !units.isEmpty)
        }
        let withoutCount = ownUnits.count - held.count

        // Year by year, against the thresholds in force for the build year.
        let thresholds = SelfEvaluationThresholds.version(for: referenceDate.year)
        let limits = thresholds.value
        let years = ZIYearFigures.years(of: record)
        let figures = ZIYearFigures.compute(record, years: years)
        let population = record.population ?? ownUnits.count
        func share(_ figures: ZIYearFigures) -> Double { population > 0 ? Double(figures.holdingTPNPredicate) / Double(population) : 0 }
        let yearly = figures.map { year in
            TableRowView(cells: [
                year.proposed.map { Formatting.integer($0, lang) } ?? t["ziNotRecorded"],
                year.successful.map { Formatting.integer($0, lang) } ?? "–",
                year.successRate.map { Formatting.percent($0, lang) } ?? (year.proposed == 0 ? t["ziNoProposals"] : "–"),
                Formatting.integer(year.designatedByTPN, lang),
                Formatting.integer(year.designatedBySelfEvaluation, lang),
                Formatting.integer(year.holdingTPNPredicate, lang),
                Formatting.percent(share(year), lang),
            ], header: String(year.year), href: nil)
        }
        let shareChart = figures.isEmpty ? nil : chart(
            id: "grafik-persentase-\(instansi.slug)", title: t.format("ziShareChartTitle", ["instansi": instansi.name]),
            bars: figures.map { BarChart.Bar(label: String($0.year), value: share($0) * 100, valueText: Formatting.percent(share($0), lang)) },
            maximum: 100, reference: (Double(limits.minimumSharePercent), t.format("ziLimit", ["n": "\(limits.minimumSharePercent)"])),
            columns: [t["year"], t["ziHoldingTPN"], t["ziShare"]],
            rows: figures.map { TableRowView(cells: [Formatting.integer($0.holdingTPNPredicate, lang), Formatting.percent(share($0), lang)], header: String($0.year), href: nil) })
        let successFigures = figures.filter { $0.proposed != nil }
        let successChart = successFigures.isEmpty ? nil : chart(
            id: "grafik-keberhasilan-\(instansi.slug)", title: t.format("ziSuccessChartTitle", ["instansi": instansi.name]),
            bars: successFigures.map { BarChart.Bar(label: String($0.year), value: ($0.successRate ?? 0) * 100,
                                                    valueText: $0.successRate.map { Formatting.percent($0, lang) } ?? t["ziNoProposals"]) },
            maximum: 100, reference: (Double(limits.minimumSuccessRatePercent), t.format("ziLimit", ["n": "\(limits.minimumSuccessRatePercent)"])),
            columns: [t["year"], t["ziProposed"], t["ziByTPN"], t["ziSuccessRate"]],
            rows: successFigures.map {
                TableRowView(cells: [$0.proposed.map { Formatting.integer($0, lang) } ?? "–", $0.successful.map { Formatting.integer($0, lang) } ?? "–",
                                     $0.successRate.map { Formatting.percent($0, lang) } ?? t["ziNoProposals"]],
                             header: String($0.year), href: nil)
            })

        let iacm = record.iacm.sorted { $0.year > $1.year }.map {
            FactView(label: String($0.year), value: "Level \($0.level)\($0.source.map { " — " + $0 } ?? "")")
        }
        let eligibility = [referenceDate.year, referenceDate.year + 1].map { year in
            eligibilityView(SelfEvaluationEligibility.evaluate(record, portalUnits: ownUnits.count, year: year))
        }
        let designationRows = ownUnits.flatMap { unit in
            (designationsByUnit[unit.slug] ?? []).map { designation in
                TableRowView(cells: [], header: unit.name, href: link(route, to: Routes.unit(unit.slug)), indonesian: designation.predicate.title,
                             rest: [String(designation.year), designatorText(designation), decreeText(designation.decree),
                                    reportText(designation), revocationText(designation)])
            }
        }
        let standardCodes = Set(ZIElements.all.map(\.code))
        func statements(_ elements: [SurveyElement]) -> [FactView] {
            elements.map { element in
                let added = record.instrument.firstPeriod(of: element.code).map { " (pernyataan tambahan instansi, ditanyakan sejak \(Formatting.period($0)))" }
                    ?? " (pernyataan tambahan instansi)"
                return FactView(label: element.code, value: element.label + (standardCodes.contains(element.code) ? "" : added))
            }
        }
        return ZIInstansiView(
            id: instansi.slug, name: instansi.name, population: populationText, groups: groups,
            withoutPredicate: Formatting.integer(withoutCount, lang),
            spkpStatements: statements(record.instrument.spkp), spakStatements: statements(record.instrument.spak),
            additionalStatements: record.instrument.additional.isEmpty ? "tanpa pernyataan tambahan instansi"
                : "dan \(Formatting.integer(record.instrument.additional.count)) pernyataan tambahan instansi",
            hasStatementStarts: !record.instrument.firstPeriods.isEmpty,
            successRateHeader: t.format("ziSuccessRateHeader", ["n": "\(limits.minimumSuccessRatePercent)"]),
            shareHeader: t.format("ziShareHeader", ["n": "\(limits.minimumSharePercent)"]), thresholdsSource: thresholds.source.caption,
            designations: designationRows, hasDesignations: !designationRows.isEmpty,
            reportSource: DesignationReportDeadline.table.inForce(on: referenceDate).source.caption,
            reportDays: String(DesignationReportDeadline.table.inForce(on: referenceDate).value),
            yearly: yearly, hasYearly: !yearly.isEmpty,
            shareChart: shareChart, successChart: successChart, iacm: iacm, hasIACM: !iacm.isEmpty, eligibility: eligibility,
            successReadingHref: methodologyLink(route, rule: "zi-pembagi-keberhasilan"),
            revokedReadingHref: methodologyLink(route, rule: "zi-pencabutan-kumulatif"),
            eligibilityHref: methodologyLink(route, rule: "zi-evaluasi-mandiri"))
    }

    func eligibilityView(_ eligibility: SelfEvaluationEligibility) -> ZIEligibilityView {
        let t = texts, lang = texts.language
        let share = eligibility.share
        let shareFigure = share.value.map {
            t.count("ziShareFigure", share.population, ["designated": Formatting.integer(share.designated, lang),
                                                          "percent": Formatting.percent($0, lang), "year": "\(eligibility.year - 1)"], on: "population")
                + (share.populationFromPortal ? t["ziSharePortalOnly"] : "")
        } ?? t["ziPopulationUnknown"]
        let iacmFigure = eligibility.iacm.assessment.map { t.format("ziIACMFigure", ["level": "\($0.level)", "year": "\($0.year)"]) }
            ?? t.format("ziIACMMissing", ["year": "\(eligibility.year - 1)"])
        let successFigure = eligibility.success.years.map { year -> String in
            guard let figures = year.figures else { return t.format("ziYearNotRecorded", ["year": "\(year.year)"]) }
            guard let rate = figures.successRate else { return t.format("ziYearNoProposals", ["year": "\(year.year)"]) }
            return t.format("ziYearSuccess", ["year": "\(year.year)", "successful": Formatting.integer(figures.successful ?? 0, lang),
                                              "proposed": Formatting.integer(figures.proposed ?? 0, lang), "percent": Formatting.percent(rate, lang)])
        }.joined(separator: "; ")
        let approvalFigure: String
        if let approval = eligibility.approval.approval {
            approvalFigure = (approval.approved ? t["ziApproved"] : t["ziNotApproved"]) + (approval.decree.map { ", " + decreeText($0) } ?? "")
        } else {
            approvalFigure = t.format("ziApprovalMissing", ["year": "\(eligibility.year)"])
        }
        func view(_ name: String, _ rule: String, _ figure: String, _ status: CriterionStatus,
                  concern: SelfEvaluationReading.Concern? = nil) -> ZICriterionView {
            let readings = SelfEvaluationReading.all.filter { $0.concern == concern }.map {
                ZIReadingView(label: $0.source.standing.label ?? "", title: $0.title, reading: $0.reading,
                              sourceWords: $0.sourceWords, citation: $0.source.citation)
            }
            return ZICriterionView(name: name, rule: rule, figure: figure, status: statusWord(status), statusClass: Self.statusClass(status),
                                   readings: readings, hasReadings: !readings.isEmpty)
        }
        let limits = eligibility.thresholds
        let criteria = [
            view("1. Unit berpredikat dari KemenPANRB", "minimal \(limits.minimumSharePercent)% seluruh unit (kumulatif)", shareFigure, share.status,
                 concern: .share),
            view("2. Kapabilitas APIP (IACM)", "minimal level \(limits.minimumIACMLevel), hasil terkini BPKP", iacmFigure, eligibility.iacm.status),
            view("3. Tingkat keberhasilan usulan",
                 "minimal \(limits.minimumSuccessRatePercent)% setiap tahun dalam \(limits.successYears) tahun terakhir", successFigure,
                 eligibility.success.status, concern: .successRate),
            view("4. Persetujuan TPN", "evaluasi mandiri disetujui Tim Penilai Nasional", approvalFigure, eligibility.approval.status),
        ]
        return ZIEligibilityView(year: String(eligibility.year), status: statusWord(eligibility.status),
                                 statusClass: Self.statusClass(eligibility.status), source: eligibility.source.caption, criteria: criteria)
    }
}
