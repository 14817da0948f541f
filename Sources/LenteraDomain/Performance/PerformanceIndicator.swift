/// One performance indicator of a unit's Perjanjian Kinerja (Kepmendagri 100-1077/2017,
/// Lampiran II.C.1): what is measured, the kind of target, the target, and what was achieved.
public struct PerformanceIndicator: Sendable, Equatable {
    /// The unit's own code for the indicator (`IK-1`), unique within a report.
    public var code: String
    /// Sasaran: the goal the indicator serves.
    public var goal: String?
    /// The indicator as published.
    public var indicator: String
    /// How the target is read; `.atLeast` unless the file says otherwise.
    public var kind: TargetKind
    /// The target as a number: more than zero, except for `.atMost` (zero or more); 1 for
    /// `.delivered` (the document).
    public var target: Double
    /// Satuan: the unit of measure of target and realisation (`%`, `dokumen`, `inovasi`).
    public var unitOfMeasure: String
    /// The target as the agreement writes it (`94–98%`), when it says more than the number.
    public var targetText: String?
    /// Realisasi; nil while not yet reported. For `.delivered`, 1 (delivered) or 0.
    public var realisation: Double?
    /// For `.count`: what was counted (rincian), e.g. the innovations by name.
    public var items: [String]
    public var remarks: String?

    public init(code: String, goal: String? = nil, indicator: String, kind: TargetKind = .standard, target: Double, unitOfMeasure: String,
                targetText: String? = nil, realisation: Double? = nil, items: [String] = [], remarks: String? = nil) {
        self.code = code
        self.goal = goal
        self.indicator = indicator
        self.kind = kind
        self.target = target
        self.unitOfMeasure = unitOfMeasure
        self.targetText = targetText
        self.realisation = realisation
        self.items = items
        self.remarks = remarks
    }

    /// Penyelesaian target in percent, as the target's kind reads it; nil while not reported.
    public var completion: Double? {
        realisation.map { kind.completion(target: target, realisation: $0) }
    }

    /// The score of the completion by the table in force on `day` (the period's last day);
    /// nil while not reported.
    public func assessment(on day: CalendarDate) -> PerformanceAssessment? {
        completion.map { PerformanceAssessment(completion: $0, on: day) }
    }
}
