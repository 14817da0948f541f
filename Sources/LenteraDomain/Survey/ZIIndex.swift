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
    /// Mean stars over the SPKP statements and the SPAK statements of the instrument (the
    /// appendix's 8 and 5, and the instansi's own); each statement's mean counts equally.
    public var spkpMean: Double
    public var spakMean: Double
    public var ipkp: Double
    public var ipak: Double
    public var respondents: Int
    public var conversion: ZIConversion

    /// Nil when a statement of the instrument has no answer.
    public init?(result: SurveyResult, conversion: ZIConversion, instrument: ZIInstrument = .standard) {
        guard result.kind == .zi else { return nil }
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

/// The minimum indices of a Zona Integritas predicate (scale 4).
public struct ZIThreshold: Sendable, Equatable {
    public var predicate: String
    public var ipkp: Double
    public var ipak: Double

    public static let wbk = ZIThreshold(predicate: "Menuju WBK", ipkp: 3.20, ipak: 3.60)
    public static let wbbm = ZIThreshold(predicate: "Menuju WBBM", ipkp: 3.60, ipak: 3.60)
    public static let all = [wbk, wbbm]

    /// Whether both indices reach the minimum, compared as published (2 decimals).
    public func isMet(ipkp: Double, ipak: Double) -> Bool {
        roundedTo2(ipkp) >= self.ipkp - 1e-9 && roundedTo2(ipak) >= self.ipak - 1e-9
    }
}

/// The average of IPKP and IPAK over the last 3 months, which a unit submits when it is
/// proposed (SE MenPANRB 04/2023, E.2.g).
///
/// The window is the 3 calendar months ending with the last month of the latest period.
/// Every period that ends inside the window is taken, weighted by its respondents. The
/// average is complete when those periods cover all 3 months of the window; otherwise it
/// is shown, and whether the unit meets a minimum is unknown.
public struct ZIThreeMonthAverage: Sendable, Equatable {
    public var ipkp: Double
    public var ipak: Double
    public var periods: [SurveyPeriod]
    public var respondents: Int
    /// Months of the window covered by the periods taken, 0…3.
    public var monthsCovered: Int
    public var isComplete: Bool { monthsCovered >= 3 }
    /// The window's first and last month.
    public var window: (first: SurveyPeriod, last: SurveyPeriod)

    public static func == (lhs: ZIThreeMonthAverage, rhs: ZIThreeMonthAverage) -> Bool {
        (lhs.ipkp, lhs.ipak, lhs.periods, lhs.respondents, lhs.monthsCovered) == (rhs.ipkp, rhs.ipak, rhs.periods, rhs.respondents, rhs.monthsCovered)
            && lhs.window.first == rhs.window.first && lhs.window.last == rhs.window.last
    }

    public init(ipkp: Double, ipak: Double, periods: [SurveyPeriod], respondents: Int, monthsCovered: Int,
                window: (first: SurveyPeriod, last: SurveyPeriod)) {
        self.ipkp = ipkp
        self.ipak = ipak
        self.periods = periods
        self.respondents = respondents
        self.monthsCovered = monthsCovered
        self.window = window
    }

    /// Nil without scores.
    public init?(_ scores: [(period: SurveyPeriod, score: ZIScore)]) {
        guard let latest = scores.map(\.period).max(by: { $0.lastMonthIndex < $1.lastMonthIndex }) else { return nil }
        let last = latest.lastMonthIndex
        let window = (last - 2)...last
        let taken = scores.filter { window.contains($0.period.lastMonthIndex) }.sorted { $0.period < $1.period }
        let respondents = taken.reduce(0) { $0 + $1.score.respondents }
        let weights = taken.map { respondents == 0 ? 1.0 : Double($0.score.respondents) }
        let weightSum = weights.reduce(0, +)
        ipkp = zip(taken, weights).reduce(0.0) { $0 + $1.0.score.ipkp * $1.1 } / weightSum
        ipak = zip(taken, weights).reduce(0.0) { $0 + $1.0.score.ipak * $1.1 } / weightSum
        periods = taken.map(\.period)
        self.respondents = respondents
        monthsCovered = window.filter { month in taken.contains { ($0.period.firstMonthIndex...$0.period.lastMonthIndex).contains(month) } }.count
        func month(_ index: Int) -> SurveyPeriod { SurveyPeriod(year: index / 12, span: .month(index % 12 + 1))! }
        self.window = (month(window.lowerBound), month(window.upperBound))
    }

    /// Whether the average meets a minimum: nil (unknown) when the window is not covered.
    public func meets(_ threshold: ZIThreshold) -> Bool? {
        isComplete ? threshold.isMet(ipkp: ipkp, ipak: ipak) : nil
    }
}
