/// One performance indicator of a unit's Perjanjian Kinerja (Kepmendagri 100-1077/2017,
/// Lampiran II.C.1): what is measured, the target, and what was achieved.
///
/// Only targets where more is better are supported: completion is realisation ÷ target.
/// A target such as "no illegal levies" is written as a share to reach (services without
/// levies, 100%).
public struct PerformanceIndicator: Sendable, Equatable {
    /// The unit's own code for the indicator (`IK-1`), unique within a report.
    public var code: String
    /// Sasaran: the goal the indicator serves.
    public var goal: String?
    /// The indicator as published.
    public var indicator: String
    /// The target as a number, greater than zero.
    public var target: Double
    /// Satuan: the unit of measure of target and realisation (`%`, `dokumen`).
    public var unitOfMeasure: String
    /// The target as the agreement writes it (`94–98%`), when it says more than the number.
    public var targetText: String?
    /// Realisasi; nil while not yet reported.
    public var realisation: Double?
    public var remarks: String?

    public init(code: String, goal: String? = nil, indicator: String, target: Double, unitOfMeasure: String,
                targetText: String? = nil, realisation: Double? = nil, remarks: String? = nil) {
        self.code = code
        self.goal = goal
        self.indicator = indicator
        self.target = target
        self.unitOfMeasure = unitOfMeasure
        self.targetText = targetText
        self.realisation = realisation
        self.remarks = remarks
    }

    /// Penyelesaian target: realisation ÷ target × 100; nil while not reported.
    public var completion: Double? {
        guard let realisation, target > 0 else { return nil }
        return realisation / target * 100
    }

    /// The score of the completion; nil while not reported.
    public var assessment: PerformanceAssessment? {
        completion.map(PerformanceAssessment.init(completion:))
    }
}
