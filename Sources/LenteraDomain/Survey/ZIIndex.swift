/// How answers of 1–6 stars become an index on the scale of 4. SE MenPANRB 04/2023 asks
/// for IPKP and IPAK "dengan skala 4" without saying how; the portal names its rule and
/// every published figure shows it.
public enum ZIConversion: String, Sendable, CaseIterable {
    /// index = mean ÷ 6 × 4 (the default): 6 stars give 4, 1 star gives 0,67.
    case proportional = "proporsional"
    /// index = 1 + 3 × (mean − 1) ÷ 5: the ends of the scales meet, 1 star gives 1.
    case linear = "linier"

    public func scale4(_ mean: Double) -> Double {
        switch self {
        case .proportional: mean / 6 * 4
        case .linear: 1 + 3 * (mean - 1) / 5
        }
    }

    /// The rule as readers see it next to a figure.
    public var formula: String {
        switch self {
        case .proportional: "indeks = rata-rata bintang ÷ 6 × 4"
        case .linear: "indeks = 1 + 3 × (rata-rata bintang − 1) ÷ 5"
        }
    }
}

/// IPKP and IPAK of one result.
public struct ZIScore: Sendable, Equatable {
    /// Mean stars over the SPKP statements and the SPAK statements of the instrument asked in
    /// the result's period (the appendix's 8 and 5, and the instansi's own from their first
    /// period); each statement's mean counts equally.
    public var spkpMean: Double
    public var spakMean: Double
    public var ipkp: Double
    public var ipak: Double
    public var respondents: Int
    public var conversion: ZIConversion

    /// Nil when a statement of the instrument asked in the result's period has no answer.
    public init?(result: SurveyResult, conversion: ZIConversion, instrument: ZIInstrument = .standard) {
        guard result.kind == .zi else { return nil }
        let instrument = instrument.asked(in: result.period)
        func mean(of elements: [SurveyElement]) -> Double? {
            var sum = 0.0
            for element in elements {
                guard let nrr = result.elements[element.code]?.mean else { return nil }
                sum += nrr
            }
            return sum / Double(elements.count)
        }
        guard let spkp = mean(of: instrument.spkp), let spak = mean(of: instrument.spak) else { return nil }
        self.spkpMean = spkp
        self.spakMean = spak
        self.ipkp = conversion.scale4(spkp)
        self.ipak = conversion.scale4(spak)
        self.respondents = result.respondents
        self.conversion = conversion
    }
}

/// Why the 3-month average cannot show whether a unit meets the minimums.
public enum ZIWindowProblem: Sendable, Equatable {
    /// The window's last period ended more than `ZIWindowReading.staleAfterMonths` months
    /// before the day judged for.
    case stale(lastPeriod: SurveyPeriod, limitMonths: Int)
    /// The periods taken cover only some months of the window.
    case incomplete(monthsCovered: Int, months: Int)
}

/// The average of IPKP and IPAK over the last 3 months before the day a unit is judged for:
/// the day it was proposed to the national team, or the build date (SE MenPANRB 04/2023,
/// E.2.g: "minimal 3 (tiga) bulan terakhir sebelum diusulkan ke TPN").
///
/// Lentera's reading (`ZIWindowReading`): only periods that ended before that day count;
/// the window is the 3 calendar months ending with the last month of the latest of them.
/// Every period that ends inside the window is taken, weighted by its respondents. Whether
/// the unit meets a minimum is unknown when those periods do not cover all 3 months, or when
/// the window ended more than the stated time before the day judged for.
public struct ZIThreeMonthAverage: Sendable, Equatable {
    /// The indices under the portal's conversion rule.
    public var ipkp: Double
    public var ipak: Double
    /// The respondent-weighted mean stars (1–6) behind them, so that the other rule can be shown.
    public var spkpMean: Double
    public var spakMean: Double
    public var conversion: ZIConversion
    public var periods: [SurveyPeriod]
    public var respondents: Int
    /// Months of the window covered by the periods taken, 0…3.
    public var monthsCovered: Int
    /// The window's first and last month.
    public var window: (first: SurveyPeriod, last: SurveyPeriod)
    /// The day the average is judged for: the periods taken ended before it.
    public var judgedFor: CalendarDate
    public var reading: ZIWindowReading

    public var isComplete: Bool { monthsCovered >= reading.months }
    /// Whether the window ended too long before the day judged for to say anything of it.
    public var isStale: Bool { window.last.endDate < judgedFor.monthsEarlier(reading.staleAfterMonths) }

    /// Why the minimums cannot be judged; nil when they can.
    public var problem: ZIWindowProblem? {
        if isStale { return .stale(lastPeriod: periods.last ?? window.last, limitMonths: reading.staleAfterMonths) }
        if !isComplete { return .incomplete(monthsCovered: monthsCovered, months: reading.months) }
        return nil
    }

    /// The minimums in force on the day judged for, with their source.
    public var minimums: DatedTable<ZIMinimums>.Version { ZIMinimums.table.inForce(on: judgedFor) }

    public static func == (lhs: ZIThreeMonthAverage, rhs: ZIThreeMonthAverage) -> Bool {
        (lhs.ipkp, lhs.ipak, lhs.spkpMean, lhs.spakMean) == (rhs.ipkp, rhs.ipak, rhs.spkpMean, rhs.spakMean)
            && (lhs.periods, lhs.respondents, lhs.monthsCovered) == (rhs.periods, rhs.respondents, rhs.monthsCovered)
            && lhs.window.first == rhs.window.first && lhs.window.last == rhs.window.last
            && (lhs.conversion, lhs.judgedFor, lhs.reading) == (rhs.conversion, rhs.judgedFor, rhs.reading)
    }

    /// An average as given (tests); judged for the day after the window when no day is given,
    /// and the star means worked back from the indices.
    public init(ipkp: Double, ipak: Double, periods: [SurveyPeriod], respondents: Int, monthsCovered: Int,
                window: (first: SurveyPeriod, last: SurveyPeriod), conversion: ZIConversion = .proportional,
                judgedFor: CalendarDate? = nil) {
        self.ipkp = ipkp
        self.ipak = ipak
        self.spkpMean = conversion.stars(ipkp)
        self.spakMean = conversion.stars(ipak)
        self.conversion = conversion
        self.periods = periods
        self.respondents = respondents
        self.monthsCovered = monthsCovered
        self.window = window
        let day = judgedFor ?? window.last.endDate.nextDay
        self.judgedFor = day
        self.reading = ZIWindowReading.table.inForce(on: day).value
    }

    /// Nil when no score's period ended before `day`.
    public init?(_ scores: [(period: SurveyPeriod, score: ZIScore)], judgedFor day: CalendarDate) {
        let before = scores.filter { $0.period.endDate < day }
        guard let latest = before.map(\.period).max(by: { $0.lastMonthIndex < $1.lastMonthIndex }), let conversion = before.first?.score.conversion else { return nil }
        let reading = ZIWindowReading.table.inForce(on: day).value
        let last = latest.lastMonthIndex
        let window = (last - reading.months + 1)...last
        let taken = before.filter { window.contains($0.period.lastMonthIndex) }.sorted { $0.period < $1.period }
        let respondents = taken.reduce(0) { $0 + $1.score.respondents }
        let weights = taken.map { respondents == 0 ? 1.0 : Double($0.score.respondents) }
        let weightSum = weights.reduce(0, +)
        func mean(_ value: (ZIScore) -> Double) -> Double { zip(taken, weights).reduce(0.0) { $0 + value($1.0.score) * $1.1 } / weightSum }
        ipkp = mean(\.ipkp)
        ipak = mean(\.ipak)
        spkpMean = mean(\.spkpMean)
        spakMean = mean(\.spakMean)
        self.conversion = conversion
        periods = taken.map(\.period)
        self.respondents = respondents
        monthsCovered = window.filter { month in taken.contains { ($0.period.firstMonthIndex...$0.period.lastMonthIndex).contains(month) } }.count
        func month(_ index: Int) -> SurveyPeriod { SurveyPeriod(year: index / 12, span: .month(index % 12 + 1))! }
        self.window = (month(window.lowerBound), month(window.upperBound))
        judgedFor = day
        self.reading = reading
    }

    /// IPKP and IPAK under a conversion rule: the published figures under the portal's own.
    public func indices(under rule: ZIConversion) -> (ipkp: Double, ipak: Double) {
        rule == conversion ? (ipkp, ipak) : (rule.scale4(spkpMean), rule.scale4(spakMean))
    }

    /// Whether the average meets a predicate's minimums in force on the day judged for,
    /// under the portal's conversion rule or another: nil (unknown) while there is a `problem`.
    public func meets(_ predicate: ZIPredicate, under rule: ZIConversion? = nil) -> Bool? {
        guard problem == nil else { return nil }
        let indices = self.indices(under: rule ?? conversion)
        return minimums.value.threshold(predicate).isMet(ipkp: indices.ipkp, ipak: indices.ipak)
    }

    /// Whether the verdict for a predicate changes between the conversion rules, which no
    /// source states (REFERENCE §5): then a page shows both indices and both verdicts.
    public func dependsOnConversion(_ predicate: ZIPredicate) -> Bool {
        Set(ZIConversion.allCases.map { meets(predicate, under: $0) }).count > 1
    }
}

/// A unit's IPKP/IPAK minimums judged for a day: met, not met, or unknown with the reason.
/// What a page or a completeness report asks of the survey figures.
public struct ZIWindowStatus: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// No ZI survey of the unit ended before the day.
        case noSurvey
        case window(ZIWindowProblem)
    }

    public var predicate: ZIPredicate
    public var judgedFor: CalendarDate
    public var status: CriterionStatus
    /// Why the status is unknown; nil when it is met or not met.
    public var reason: Reason?
    /// Nil without a survey before the day.
    public var average: ZIThreeMonthAverage?

    /// The status of `predicate` for a unit whose ZI scores are `scores`, judged for `day`.
    public init(_ predicate: ZIPredicate, scores: [(period: SurveyPeriod, score: ZIScore)], judgedFor day: CalendarDate) {
        self.init(predicate, average: ZIThreeMonthAverage(scores, judgedFor: day), judgedFor: day)
    }

    public init(_ predicate: ZIPredicate, average: ZIThreeMonthAverage?, judgedFor day: CalendarDate) {
        self.predicate = predicate
        self.judgedFor = average?.judgedFor ?? day
        self.average = average
        status = CriterionStatus(average?.meets(predicate))
        reason = average.map { $0.problem.map(Reason.window) } ?? .noSurvey
    }
}

extension ZIConversion {
    /// The mean stars that give `index` (the inverse of `scale4`).
    public func stars(_ index: Double) -> Double {
        switch self {
        case .proportional: index / 4 * 6
        case .linear: 1 + (index - 1) * 5 / 3
        }
    }
}

extension CalendarDate {
    /// The next day.
    public var nextDay: CalendarDate {
        if let next = CalendarDate(year: year, month: month, day: day + 1) { return next }
        if month < 12 { return CalendarDate(year: year, month: month + 1, day: 1)! }
        return CalendarDate(year: year + 1, month: 1, day: 1)!
    }
}
