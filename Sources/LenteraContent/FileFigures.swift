import LenteraDomain

/// The decoding of one parsed file for `SingleFileDecoder`, and the figures a build makes
/// from the value (the render phase computes these from the same domain calls).
enum FileFigures {
    /// Whether a value came out; diagnostics go to the document's context.
    static func decode(_ kind: ContentFileKind, _ document: Document, base: String, surroundings: FileSurroundings) -> Bool {
        let unit = surroundings.unit
        switch kind {
        case .portal:
            guard let portal = PortalDecoder.decode(document) else { return false }
            _ = UnitTree.build(units: surroundings.units, instansi: portal.instansi)
            _ = SurveyKind.allCases.map { portal.survey.elements(of: $0) }
            return true
        case .unit:
            guard let decoded = UnitDecoder.decode(document, folderSlug: base) else { return false }
            _ = UnitTree.build(units: surroundings.units.filter { $0.slug != decoded.slug } + [decoded], instansi: surroundings.instansi)
            return true
        case .maklumat:
            return MaklumatDecoder.decode(document, unit: unit) != nil
        case .service:
            guard let service = ServiceDecoder.decode(document, unit: unit, fileSlug: base) else { return false }
            figures(of: service)
            return true
        case .survey:
            guard let result = SurveyResultDecoder.decode(document, unit: unit, settings: surroundings.surveySettings,
                                                          instrument: surroundings.ziInstrument) else { return false }
            survey(result, settings: surroundings.surveySettings, instrument: surroundings.ziInstrument)
            return true
        case .zonaIntegritas:
            let (tree, _) = UnitTree.build(units: surroundings.units, instansi: surroundings.instansi)
            let decoder = ZIRecordDecoder(context: document.context, instansi: base, tree: tree)
            guard let record = decoder.decode(document.root) else { return false }
            zonaIntegritas(record, portalUnits: decoder.ownUnits.count)
            return true
        case .sop:
            guard let decoded = SOPDecoder.decode(document, unit: unit, fileSlug: base) else { return false }
            let total = decoded.sop.totalDuration
            _ = (total.hours, total.remainingMinutes, total.workingDayEquivalent, total.isUnknown)
            _ = [decoded.sop].inDisplayOrder()
            return true
        case .performance:
            guard let report = PerformanceReportDecoder.decode(document, unit: unit, fileBase: base) else { return false }
            let summary = report.summary
            _ = summary.assessment.map { ($0.isCapped, $0.isOutsideScale) }
            _ = report.indicators.map { report.assessment(of: $0).map { ($0.scoringPercent, $0.isCapped) } }
            return true
        case .spbe:
            guard let architecture = SPBEDecoder.decode(document, unit: unit, services: surroundings.services) else { return false }
            _ = architecture.roadmapByYear
            _ = architecture.applications.flatMap(\.improvements).map { $0.years?.years }
            return true
        }
    }

    static func figures(of service: ServiceStandard) {
        _ = StandardsSummary(units: [service.unit], services: [service, service.elidingBodies()])
        _ = (service.evaluationLevel, service.isComplete)
        if let duration = service.completionTime?.duration { _ = (duration.minutesOfWork, duration.band) }
        if case .fees(let fees, _)? = service.cost { _ = fees.map(\.amount.formatted) }
    }

    static func survey(_ result: SurveyResult, settings: SurveySettings, instrument: ZIInstrument) {
        let ikm = IKMScore(result: result, elements: settings.skmElements, weights: settings.skmWeights)
        _ = ikm.map { Mutu.classify(converted: $0.converted) }
        if let users = result.serviceUsers { _ = SampleSize.krejcieMorgan(population: users) }
        _ = result.period.endDate
        // A year's figures add the periods of the year and the units of an instansi.
        let book = SurveyBook(results: [result])
        if let year = book.combined(units: [result.unit, result.unit], kind: result.kind, year: result.period.year, as: "gabungan") {
            _ = IKMScore(result: year, elements: settings.skmElements, weights: settings.skmWeights)
        }
        guard let score = ZIScore(result: result, conversion: settings.ziConversion, instrument: instrument) else { return }
        let average = ZIThreeMonthAverage([(result.period, score)], judgedFor: result.period.endDate.nextDay)
        for predicate in ZIPredicate.allCases {
            _ = average?.meets(predicate)
            _ = average?.dependsOnConversion(predicate)
            _ = ZIReadiness.evaluate(predicate, average: average, held: nil)
        }
    }

    static func zonaIntegritas(_ record: ZIRecord, portalUnits: Int) {
        let years = ZIYearFigures.years(of: record)
        _ = ZIYearFigures.compute(record, years: years).map(\.successRate)
        // The year after the last is the one a dashboard judges next.
        let next = years.last.flatMap { $0 < Int.max ? [$0 + 1] : nil } ?? []
        for year in years + next {
            _ = SelfEvaluationEligibility.evaluate(record, portalUnits: portalUnits, year: year).share.value
            if let end = CalendarDate(year: year, month: 12, day: 31) { _ = record.designations.current(on: end) }
        }
        _ = record.designations.chronological()
    }
}
