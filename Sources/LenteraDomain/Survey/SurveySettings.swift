/// How a portal computes its survey figures (portal settings, `survei`).
public struct SurveySettings: Sendable, Equatable {
    /// The SKM elements in the order the portal publishes them.
    public var skmElements: [SurveyElement]
    /// The weight of each SKM element, exact (1/n unless configured).
    public var skmWeights: [Double]
    /// How 1–6 stars become IPKP and IPAK on the scale of 4.
    public var ziConversion: ZIConversion

    public init(skmElements: [SurveyElement] = SKMElements.standard, skmWeights: [Double]? = nil,
                ziConversion: ZIConversion = .proportional) {
        self.skmElements = skmElements
        self.skmWeights = skmWeights ?? skmElements.map { _ in 1.0 / Double(skmElements.count) }
        self.ziConversion = ziConversion
    }

    /// The elements of a kind of survey, in order; for the Zona Integritas surveys, the
    /// statements of the instansi's instrument (the appendix's alone by default).
    public func elements(of kind: SurveyKind, instrument: ZIInstrument = .standard) -> [SurveyElement] {
        kind == .skm ? skmElements : instrument.all
    }
}
