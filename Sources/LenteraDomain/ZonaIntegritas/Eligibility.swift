/// Whether a condition holds. Missing data makes it `unknown`, never `met`.
public enum CriterionStatus: String, Sendable, Equatable {
    case met
    case notMet
    case unknown

    /// A yes/no answer that may be missing: nil is unknown.
    public init(_ answer: Bool?) {
        switch answer {
        case true?: self = .met
        case false?: self = .notMet
        case nil: self = .unknown
        }
    }

    /// All of several conditions: one not met decides; otherwise one unknown leaves it unknown.
    public static func all(_ statuses: [CriterionStatus]) -> CriterionStatus {
        if statuses.contains(.notMet) { return .notMet }
        if statuses.contains(.unknown) { return .unknown }
        return .met
    }
}

/// One year of an instansi's Zona Integritas figures.
public struct ZIYearFigures: Sendable, Equatable {
    public var year: Int
    /// Units proposed to the national team; nil when the year's proposals are not recorded.
    public var proposed: Int?
    /// Proposed units the national team designated that year (either predicate).
    public var successful: Int?
    /// Units the national team designated that year (either predicate), proposed or not.
    public var designatedByTPN: Int
    /// Units the instansi designated Menuju WBK itself that year.
    public var designatedBySelfEvaluation: Int
    /// Units holding a predicate from the national team on 31 December (cumulative).
    public var holdingTPNPredicate: Int
    /// Units holding any predicate on 31 December.
    public var holdingAnyPredicate: Int

    /// successful ÷ proposed; nil when nothing was proposed or the proposals are not recorded.
    public var successRate: Double? {
        guard let proposed, let successful, proposed > 0 else { return nil }
        return Double(successful) / Double(proposed)
    }
}

/// The numbers of the four conditions under which an instansi may evaluate and designate
/// Menuju WBK itself (SE MenPANRB 04/2023, E.3.a, seed 000 l. 113–118).
public struct SelfEvaluationThresholds: Sendable, Equatable {
    /// 1. Units holding a predicate from KemenPANRB, in percent of all units (cumulative).
    public var minimumSharePercent: Int
    /// 2. APIP capability (IACM) level.
    public var minimumIACMLevel: Int
    /// 3. Success rate in percent, in each of the last `successYears` years.
    public var minimumSuccessRatePercent: Int
    public var successYears: Int

    public init(minimumSharePercent: Int, minimumIACMLevel: Int, minimumSuccessRatePercent: Int, successYears: Int) {
        self.minimumSharePercent = minimumSharePercent
        self.minimumIACMLevel = minimumIACMLevel
        self.minimumSuccessRatePercent = minimumSuccessRatePercent
        self.successYears = successYears
    }

    /// The circular is dated 15 February 2023 (seed 000, l. 12); it states the four
    /// figures in E.3.a.
    public static let table = DatedTable([
        .init(from: CalendarDate(year: 2023, month: 2, day: 15)!, source: RuleSource("SE MenPANRB 04/2023, E.3.a"),
              value: SelfEvaluationThresholds(minimumSharePercent: 30, minimumIACMLevel: 3, minimumSuccessRatePercent: 20, successYears: 3)),
    ])

    /// The version that judges an evaluation year: the one in force on 1 January of it.
    public static func version(for year: Int, in table: DatedTable<SelfEvaluationThresholds> = table) -> DatedTable<SelfEvaluationThresholds>.Version {
        table.inForce(on: CalendarDate(year: year, month: 1, day: 1)!)
    }
}

/// The four conditions under which an instansi may evaluate and designate Menuju WBK
/// itself (SE MenPANRB 04/2023, E.3.a; REFERENCE §6), judged for one evaluation year with
/// the numbers of `SelfEvaluationThresholds` in force for it.
public struct SelfEvaluationEligibility: Sendable, Equatable {
    public struct Share: Sendable, Equatable {
        public var designated: Int
        public var population: Int
        /// Whether the population was counted from the units in the portal (no `jumlah_unit`).
        public var populationFromPortal: Bool
        public var status: CriterionStatus
        public var value: Double? { population > 0 ? Double(designated) / Double(population) : nil }
    }

    public struct IACM: Sendable, Equatable {
        public var assessment: IACMAssessment?
        public var status: CriterionStatus
    }

    public struct Success: Sendable, Equatable {
        /// The years looked at, oldest first, each with its own status.
        public var years: [(year: Int, figures: ZIYearFigures?, status: CriterionStatus)]
        public var status: CriterionStatus

        public static func == (lhs: Success, rhs: Success) -> Bool {
            lhs.status == rhs.status && lhs.years.map(\.year) == rhs.years.map(\.year) && lhs.years.map(\.status) == rhs.years.map(\.status)
        }
    }

    public struct Approval: Sendable, Equatable {
        public var approval: TPNApproval?
        public var status: CriterionStatus
    }

    /// The year the instansi would run its own evaluation in.
    public var year: Int
    /// The numbers the year was judged by, with their source.
    public var thresholds: SelfEvaluationThresholds
    public var source: RuleSource
    public var share: Share
    public var iacm: IACM
    public var success: Success
    public var approval: Approval

    public var status: CriterionStatus { .all([share.status, iacm.status, success.status, approval.status]) }

    /// Judges the conditions for running the evaluation in `year`, from what was settled
    /// before it: predicates held on 31 December of the year before, the latest IACM level
    /// assessed up to the year before, success rates of the 3 years before, and the
    /// national team's approval for the year itself.
    ///
    /// - Parameter portalUnits: how many units of the instansi the portal holds, the
    ///   population when the record does not give `jumlah_unit`.
    /// - Parameter table: the thresholds over time; the version in force on 1 January of
    ///   `year` judges it.
    public static func evaluate(_ record: ZIRecord, portalUnits: Int, year: Int,
                                table: DatedTable<SelfEvaluationThresholds> = SelfEvaluationThresholds.table) -> SelfEvaluationEligibility {
        let version = SelfEvaluationThresholds.version(for: year, in: table)
        let thresholds = version.value
        let previous = year - 1
        let figures = ZIYearFigures.compute(record, years: [previous])[0]
        let population = record.population ?? portalUnits
        let designated = figures.holdingTPNPredicate
        // The share compared in whole numbers: designated × 100 ≥ population × percent
        // (population ≤ Limits.unitsPerInstansi, so the products cannot overflow). Without
        // the instansi's own count of its units, the portal's units are only a part of the
        // population: the share is shown, but the condition stays unknown.
        let shareStatus: CriterionStatus = population > 0 && record.population != nil
            ? (designated * 100 >= population * thresholds.minimumSharePercent ? .met : .notMet) : .unknown
        let share = Share(designated: designated, population: population, populationFromPortal: record.population == nil, status: shareStatus)

        let assessment = record.iacm.filter { $0.year <= previous }.max { $0.year < $1.year }
        let iacm = IACM(assessment: assessment,
                        status: assessment.map { $0.level >= thresholds.minimumIACMLevel ? .met : .notMet } ?? .unknown)

        let years = Array((year - thresholds.successYears)..<year)
        let yearly = ZIYearFigures.compute(record, years: years)
        let judged = yearly.map { figures -> (year: Int, figures: ZIYearFigures?, status: CriterionStatus) in
            guard let proposed = figures.proposed, let successful = figures.successful else { return (figures.year, nil, .unknown) }
            // A year without proposals has no success rate, so it cannot reach the minimum
            // (Lentera's reading: `Methodology.selfEvaluation`).
            guard proposed > 0 else { return (figures.year, figures, .notMet) }
            // Compared in whole numbers: successful × 100 ≥ proposed × percent.
            return (figures.year, figures, successful * 100 >= proposed * thresholds.minimumSuccessRatePercent ? .met : .notMet)
        }
        let success = Success(years: judged, status: .all(judged.map(\.status)))

        let approvalRecord = record.approvals.first { $0.year == year }
        let approval = Approval(approval: approvalRecord, status: approvalRecord.map { $0.approved ? .met : .notMet } ?? .unknown)
        return SelfEvaluationEligibility(year: year, thresholds: thresholds, source: version.source, share: share, iacm: iacm, success: success, approval: approval)
    }
}

extension ZIYearFigures {
    /// The figures of each year asked for, in the order asked.
    public static func compute(_ record: ZIRecord, years: [Int]) -> [ZIYearFigures] {
        years.map { year in
            let proposals = record.proposals.first { $0.year == year }
            let ofYear = record.designations.filter { $0.year == year }
            let byTPN = Set(ofYear.filter { $0.authority == .tpn }.map(\.unit))
            let bySelf = Set(ofYear.filter { $0.authority == .selfEvaluation }.map(\.unit))
            let held = record.designations.filter { $0.isHeld(atEndOf: year) }
            return ZIYearFigures(
                year: year,
                proposed: proposals.map { Set($0.units).count },
                successful: proposals.map { Set($0.units).intersection(byTPN).count },
                designatedByTPN: byTPN.count,
                designatedBySelfEvaluation: bySelf.count,
                holdingTPNPredicate: Set(held.filter { $0.authority == .tpn }.map(\.unit)).count,
                holdingAnyPredicate: Set(held.map(\.unit)).count)
        }
    }

    /// The years an instansi's record speaks of, oldest first.
    public static func years(of record: ZIRecord) -> [Int] {
        let years = record.designations.map(\.year) + record.proposals.map(\.year)
        guard let first = years.min(), let last = years.max() else { return [] }
        return Array(first...last)
    }
}

/// Whether a unit's survey figures (and, for WBBM, its predicate) allow proposing it for a
/// predicate: the IPKP and IPAK 3-month averages against the minimums, and for Menuju
/// WBBM an existing Menuju WBK (REFERENCE §5). The total LKE score is not part of the
/// portal's content, so it is never judged here.
public struct ZIReadiness: Sendable, Equatable {
    public var predicate: ZIPredicate
    /// nil when the unit has no survey figures at all.
    public var indices: CriterionStatus
    /// For WBBM: whether the unit already holds Menuju WBK; nil for WBK.
    public var priorPredicate: CriterionStatus?
    public var status: CriterionStatus { .all([indices] + (priorPredicate.map { [$0] } ?? [])) }

    public static func evaluate(_ predicate: ZIPredicate, average: ZIThreeMonthAverage?, held: Designation?) -> ZIReadiness {
        let indices = CriterionStatus(average.flatMap { $0.meets(predicate) })
        let prior: CriterionStatus? = predicate == .wbbm ? (held != nil ? .met : .notMet) : nil
        return ZIReadiness(predicate: predicate, indices: indices, priorPredicate: prior)
    }
}
