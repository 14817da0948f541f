import LenteraDomain

/// The survey figures of one unit, computed once per build from the portal's results.
struct UnitSurveyFigures: Sendable {
    struct IKMPoint: Sendable {
        var result: SurveyResult
        var score: IKMScore
        var period: SurveyPeriod { result.period }
    }

    struct ZIPoint: Sendable {
        var result: SurveyResult
        var score: ZIScore
        var period: SurveyPeriod { result.period }
    }

    /// The unit's IKM per period, oldest first.
    var ikm: [IKMPoint]
    /// Per service: its IKM per period, oldest first.
    var serviceIKM: [(service: String, points: [IKMPoint])]
    var zi: [ZIPoint]
    /// The day the IPKP/IPAK window is judged for.
    var judged: ZIJudgedDay
    /// The 3-month average before `judged.day`; nil when no ZI survey ended before it.
    var average: ZIThreeMonthAverage?

    var latestIKM: IKMPoint? { ikm.last }
    var isEmpty: Bool { ikm.isEmpty && zi.isEmpty && serviceIKM.isEmpty }

    /// - Parameter instrument: the Zona Integritas statements of the unit's instansi.
    init(unit: String, services: [ServiceStandard], book: SurveyBook, settings: SurveySettings, judged: ZIJudgedDay,
         instrument: ZIInstrument = .standard) {
        func ikmPoints(_ results: [SurveyResult]) -> [IKMPoint] {
            results.compactMap { result in
                IKMScore(result: result, elements: settings.skmElements, weights: settings.skmWeights).map { IKMPoint(result: result, score: $0) }
            }
        }
        ikm = ikmPoints(book.unitResults(unit, kind: .skm))
        serviceIKM = services.compactMap { service in
            let points = ikmPoints(book.serviceResults(unit, service: service.slug, kind: .skm))
            return points.isEmpty ? nil : (service.slug, points)
        }
        zi = book.unitResults(unit, kind: .zi).compactMap { result in
            ZIScore(result: result, conversion: settings.ziConversion, instrument: instrument).map { ZIPoint(result: result, score: $0) }
        }
        self.judged = judged
        average = ZIThreeMonthAverage(zi.map { ($0.period, $0.score) }, judgedFor: judged.day)
    }
}
