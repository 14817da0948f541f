/// Mutu pelayanan, the quality category of an IKM (PermenPANRB 14/2017). Its bounds and
/// labels are in `IKMRules.mutuBands`.
public enum Mutu: String, Sendable, CaseIterable, Comparable {
    case A, B, C, D

    /// Kinerja unit pelayanan, as the table in force today labels it.
    public var performance: String { IKMRules.mutuBands.current.value.band(self).performance }

    /// The category of a converted IKM (25–100) under the table in force today; a survey
    /// period is classified by `IKMRules.mutuBands.inForce(on:)` its last day (`IKMScore`).
    public static func classify(converted: Double) -> Mutu {
        IKMRules.mutuBands.current.value.classify(converted: converted)
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
    /// The category under the mutu table in force on the period's last day.
    public var mutu: Mutu
    public var respondents: Int

    /// The IKM of a result for the given elements (in their order) and weights (exact 1/n
    /// unless configured), classified by the mutu table in force on the period's last day.
    /// Nil when an element has no answer: an IKM without one of its
    /// elements would not be the IKM.
    public init?(result: SurveyResult, elements: [SurveyElement], weights: [Double],
                 mutuBands: DatedTable<MutuBands> = IKMRules.mutuBands) {
        guard result.kind == .skm, elements.count == weights.count, !elements.isEmpty else { return nil }
        var rows: [Element] = []
        // Exactly as many as the elements: a national portal keeps tens of thousands of scores.
        rows.reserveCapacity(elements.count)
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
        self.mutu = mutuBands.inForce(on: result.period.endDate).value.classify(converted: converted)
        self.respondents = result.respondents
    }
}

/// The sample a survey needs, per Krejcie & Morgan (1970), as PermenPANRB 14/2017 uses it.
public enum SampleSize {
    /// The sample for N service users in the period under the constants in force today.
    public static func krejcieMorgan(population: Int) -> Int {
        IKMRules.sampleSize.current.value.sample(population: population)
    }
}
