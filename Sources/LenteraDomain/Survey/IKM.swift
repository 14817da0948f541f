/// Mutu pelayanan, the quality category of an IKM (PermenPANRB 14/2017).
public enum Mutu: String, Sendable, CaseIterable, Comparable {
    case A, B, C, D

    /// Kinerja unit pelayanan.
    public var performance: String {
        switch self {
        case .A: "Sangat Baik"
        case .B: "Baik"
        case .C: "Kurang Baik"
        case .D: "Tidak Baik"
        }
    }

    /// The lowest converted value (25–100) of the category.
    public var lowerBound: Double {
        switch self {
        case .A: 88.31
        case .B: 76.61
        case .C: 65.00
        case .D: 25.00
        }
    }

    /// The category of a converted IKM (25–100). The value is first rounded to 2 decimals,
    /// half away from zero, as the regulation's table is written in 2 decimals: 88,305 is A,
    /// 88,304 is B.
    public static func classify(converted: Double) -> Mutu {
        let rounded = roundedTo2(converted)
        return allCases.first { rounded >= $0.lowerBound - 1e-9 } ?? .D
    }

    /// Worse is less: D < C < B < A.
    public static func < (lhs: Mutu, rhs: Mutu) -> Bool { lhs.rawValue > rhs.rawValue }
}

/// An Indeks Kepuasan Masyarakat, computed per PermenPANRB 14/2017.
public struct IKMScore: Sendable, Equatable {
    public struct Element: Sendable, Equatable {
        public var element: SurveyElement
        /// Nilai rata-rata: the element's mean answer, 1–4.
        public var nrr: Double
        public var weight: Double
        /// NRR × weight.
        public var weighted: Double
        public var answered: Int
    }

    public var elements: [Element]
    /// Σ NRR × weight, on the 1–4 scale.
    public var index: Double
    /// The index × 25, on the 25–100 scale.
    public var converted: Double
    public var mutu: Mutu
    public var respondents: Int

    /// The IKM of a result for the given elements (in their order) and weights (exact 1/n
    /// unless configured). Nil when an element has no answer: an IKM without one of its
    /// elements would not be the IKM.
    public init?(result: SurveyResult, elements: [SurveyElement], weights: [Double]) {
        guard result.kind == .skm, elements.count == weights.count, !elements.isEmpty else { return nil }
        var rows: [Element] = []
        for (element, weight) in zip(elements, weights) {
            guard let score = result.elements[element.code], let nrr = score.mean else { return nil }
            rows.append(Element(element: element, nrr: nrr, weight: weight, weighted: nrr * weight, answered: score.answered))
        }
        self.elements = rows
        // Equal weights are exactly 1/n: the sum divided by n, so that nine answers of 4 give
        // 4 exactly, not 4.000000000000001 from adding nine rounded ninths.
        let equal = weights.allSatisfy { abs($0 - 1.0 / Double(weights.count)) < 1e-15 }
        self.index = equal ? rows.reduce(0) { $0 + $1.nrr } / Double(rows.count) : rows.reduce(0) { $0 + $1.weighted }
        self.converted = index * 25
        self.mutu = Mutu.classify(converted: converted)
        self.respondents = result.respondents
    }
}

/// The sample a survey needs, per Krejcie & Morgan (1970), as PermenPANRB 14/2017 uses it.
public enum SampleSize {
    /// S = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)), χ² = 3,841, P = 0,5, d = 0,05, rounded to
    /// the nearest whole respondent. N is the number of service users in the period.
    public static func krejcieMorgan(population: Int) -> Int {
        guard population > 0 else { return 0 }
        let chiSquare = 3.841, p = 0.5, d = 0.05
        let n = Double(population)
        let s = chiSquare * n * p * (1 - p) / (d * d * (n - 1) + chiSquare * p * (1 - p))
        return Int(s.rounded(.toNearestOrAwayFromZero))
    }
}
