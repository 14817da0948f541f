import Testing
@testable import LenteraDomain

/// The Zona Integritas rules of SE MenPANRB 04/2023 (REFERENCE §5–6, docs/rules.md):
/// predicates held over time, yearly figures, the four self-evaluation conditions at their
/// boundaries, and what a unit needs before it is proposed.
@Suite struct ZonaIntegritasTests {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func tpn(_ unit: String, _ year: Int, _ predicate: ZIPredicate = .wbk, revoked: String? = nil) -> Designation {
        Designation(unit: unit, predicate: predicate, year: year, authority: .tpn,
                    decree: ZIDecree(number: "SK-\(unit)-\(year)", date: day("\(year)-12-10")),
                    revocation: revoked.map { ZIDecree(number: "CABUT", date: day($0)) })
    }

    /// An instansi with `population` units where `designated` hold a TPN predicate from 2022,
    /// proposals with the given (proposed, successful) per year 2023–2025, IACM and approval.
    static func record(population: Int?, designated: Int, proposals: [Int: (proposed: Int, successful: Int)?] = [:],
                       iacm: Int? = 3, approved: Bool? = true) -> ZIRecord {
        var designations = (0..<designated).map { tpn("lama-\($0)", 2022) }
        var proposalList: [ZIProposals] = []
        for (year, entry) in proposals.sorted(by: { $0.key < $1.key }) {
            guard let entry else { continue }
            let units = (0..<entry.proposed).map { "usul-\(year)-\($0)" }
            proposalList.append(ZIProposals(year: year, units: units))
            // Successful proposals are designated WBK by TPN that year.
            designations += units.prefix(entry.successful).map { tpn($0, year) }
        }
        return ZIRecord(instansi: "kota", population: population, designations: designations, proposals: proposalList,
                        iacm: iacm.map { [IACMAssessment(year: 2024, level: $0)] } ?? [],
                        approvals: approved.map { [TPNApproval(year: 2026, approved: $0)] } ?? [])
    }

    static let goodYears: [Int: (proposed: Int, successful: Int)?] = [2023: (5, 1), 2024: (5, 1), 2025: (5, 1)]

    @Test func allFourConditionsMetAtTheirExactBoundaries() {
        // 30 units, 6 from 2022 + 1 a year from 2023–2025 = 9 = exactly 30%; 1 of 5 = exactly 20% each year; level 3.
        let eligibility = SelfEvaluationEligibility.evaluate(Self.record(population: 30, designated: 6, proposals: Self.goodYears),
                                                             portalUnits: 4, year: 2026)
        #expect(eligibility.share.designated == 9)
        #expect(eligibility.share.status == .met)
        #expect(eligibility.iacm.status == .met)
        #expect(eligibility.success.status == .met)
        #expect(eligibility.success.years.map(\.year) == [2023, 2024, 2025])
        #expect(eligibility.approval.status == .met)
        #expect(eligibility.status == .met)
    }

    @Test func justUnder30PercentIsNotMet() {
        // 9 of 31 units = 29,03%.
        let eligibility = SelfEvaluationEligibility.evaluate(Self.record(population: 31, designated: 6, proposals: Self.goodYears),
                                                             portalUnits: 4, year: 2026)
        #expect(eligibility.share.designated == 9)
        #expect(eligibility.share.status == .notMet)
        #expect(eligibility.status == .notMet)
    }

    @Test func aRevokedPredicateNoLongerCounts() {
        var record = Self.record(population: 30, designated: 6, proposals: Self.goodYears)
        record.designations[0].revocation = ZIDecree(number: "CABUT", date: Self.day("2025-03-01"))
        let eligibility = SelfEvaluationEligibility.evaluate(record, portalUnits: 4, year: 2026)
        #expect(eligibility.share.designated == 8)
        #expect(eligibility.share.status == .notMet)
    }

    @Test func withoutAPopulationThePortalsUnitsAreCountedButTheConditionIsUnknown() {
        // 9 of the portal's 30 units would be 30%, but the instansi may have more units than the portal lists.
        let eligibility = SelfEvaluationEligibility.evaluate(Self.record(population: nil, designated: 6, proposals: Self.goodYears),
                                                             portalUnits: 30, year: 2026)
        #expect(eligibility.share.population == 30)
        #expect(eligibility.share.populationFromPortal)
        #expect(eligibility.share.value == 0.3)
        #expect(eligibility.share.status == .unknown)
        #expect(eligibility.status == .unknown)
        let none = SelfEvaluationEligibility.evaluate(ZIRecord(instansi: "kota"), portalUnits: 0, year: 2026)
        #expect(none.share.status == .unknown)
    }

    @Test func aSuccessRateJustUnder20PercentInOneYearIsNotMet() {
        var years = Self.goodYears
        years[2024] = (6, 1) // 16,7%
        let eligibility = SelfEvaluationEligibility.evaluate(Self.record(population: 30, designated: 6, proposals: years), portalUnits: 4, year: 2026)
        #expect(eligibility.success.years.map(\.status) == [.met, .notMet, .met])
        #expect(eligibility.success.status == .notMet)
        #expect(eligibility.status == .notMet)
    }

    @Test func aYearWithZeroProposalsIsNotMetAndAnUnrecordedYearIsUnknown() {
        var zero = Self.goodYears
        zero[2025] = (0, 0)
        let withZero = SelfEvaluationEligibility.evaluate(Self.record(population: 30, designated: 7, proposals: zero), portalUnits: 4, year: 2026)
        #expect(withZero.success.years[2].figures?.proposed == 0)
        #expect(withZero.success.years[2].figures?.successRate == nil)
        #expect(withZero.success.years[2].status == .notMet)
        #expect(withZero.success.status == .notMet)

        var missing = Self.goodYears
        missing.removeValue(forKey: 2023)
        let unrecorded = SelfEvaluationEligibility.evaluate(Self.record(population: 30, designated: 7, proposals: missing), portalUnits: 4, year: 2026)
        #expect(unrecorded.success.years[0].status == .unknown)
        #expect(unrecorded.success.status == .unknown)
        #expect(unrecorded.status == .unknown)
    }

    @Test func aMissingIACMLevelIsUnknownNeverMet() {
        let eligibility = SelfEvaluationEligibility.evaluate(Self.record(population: 30, designated: 6, proposals: Self.goodYears, iacm: nil),
                                                             portalUnits: 4, year: 2026)
        #expect(eligibility.iacm.assessment == nil)
        #expect(eligibility.iacm.status == .unknown)
        #expect(eligibility.status == .unknown)
        let level2 = SelfEvaluationEligibility.evaluate(Self.record(population: 30, designated: 6, proposals: Self.goodYears, iacm: 2),
                                                        portalUnits: 4, year: 2026)
        #expect(level2.iacm.status == .notMet)
    }

    @Test func theLatestIACMAssessmentBeforeTheYearCounts() {
        var record = Self.record(population: 30, designated: 6, proposals: Self.goodYears)
        record.iacm = [IACMAssessment(year: 2022, level: 3), IACMAssessment(year: 2025, level: 2), IACMAssessment(year: 2026, level: 4)]
        let eligibility = SelfEvaluationEligibility.evaluate(record, portalUnits: 4, year: 2026)
        #expect(eligibility.iacm.assessment?.year == 2025)
        #expect(eligibility.iacm.status == .notMet)
    }

    @Test func aMissingOrRefusedApprovalIsUnknownOrNotMet() {
        let missing = SelfEvaluationEligibility.evaluate(Self.record(population: 30, designated: 6, proposals: Self.goodYears, approved: nil),
                                                         portalUnits: 4, year: 2026)
        #expect(missing.approval.status == .unknown)
        #expect(missing.status == .unknown)
        let refused = SelfEvaluationEligibility.evaluate(Self.record(population: 30, designated: 6, proposals: Self.goodYears, approved: false),
                                                         portalUnits: 4, year: 2026)
        #expect(refused.approval.status == .notMet)
        #expect(refused.status == .notMet)
    }

    @Test func oneConditionNotMetOutweighsUnknowns() {
        #expect(CriterionStatus.all([.unknown, .notMet, .met]) == .notMet)
        #expect(CriterionStatus.all([.unknown, .met]) == .unknown)
        #expect(CriterionStatus.all([.met, .met]) == .met)
    }

    @Test func yearlyFiguresCountUnitsOnceAndHoldPredicatesUntilRevoked() {
        let record = ZIRecord(instansi: "kota", population: 10, designations: [
            Self.tpn("a", 2022), Self.tpn("a", 2024, .wbbm), Self.tpn("b", 2023, revoked: "2024-06-01"),
            Designation(unit: "c", predicate: .wbk, year: 2024, authority: .selfEvaluation, decree: ZIDecree(number: "M", date: Self.day("2024-11-01"))),
        ], proposals: [ZIProposals(year: 2024, units: ["a", "d"])])
        let figures = ZIYearFigures.compute(record, years: [2023, 2024])
        #expect(figures[0].proposed == nil)
        #expect(figures[0].holdingTPNPredicate == 2)
        #expect(figures[1].proposed == 2)
        #expect(figures[1].successful == 1)
        #expect(figures[1].successRate == 0.5)
        #expect(figures[1].designatedByTPN == 1)
        #expect(figures[1].designatedBySelfEvaluation == 1)
        // a holds WBK and WBBM (one unit); b was revoked in June; c is self-evaluated.
        #expect(figures[1].holdingTPNPredicate == 1)
        #expect(figures[1].holdingAnyPredicate == 2)
        #expect(ZIYearFigures.years(of: record) == [2022, 2023, 2024])
    }

    @Test func theCurrentPredicateIsTheHighestHeldOnTheDay() {
        let history = [Self.tpn("a", 2022), Self.tpn("a", 2024, .wbbm, revoked: "2026-02-01")]
        #expect(history.current(on: Self.day("2022-12-09")) == nil)
        #expect(history.current(on: Self.day("2022-12-10"))?.predicate == .wbk)
        #expect(history.current(on: Self.day("2025-01-01"))?.predicate == .wbbm)
        #expect(history.current(on: Self.day("2026-01-31"))?.predicate == .wbbm)
        // Revoked the day before: the earlier WBK is what remains.
        #expect(history.current(on: Self.day("2026-02-01"))?.predicate == .wbk)
    }

    @Test func readinessForWBBMNeedsTheIndicesAndAPriorWBK() {
        let months = ["2026-07", "2026-08", "2026-09"].map { SurveyPeriod($0)! }
        let full = ZIThreeMonthAverage(ipkp: 3.60, ipak: 3.60, periods: months, respondents: 90, monthsCovered: 3, window: (months[0], months[2]))
        let wbk = Self.tpn("a", 2024)
        #expect(ZIReadiness.evaluate(.wbk, average: full, held: nil).status == .met)
        #expect(ZIReadiness.evaluate(.wbbm, average: full, held: nil).status == .notMet)
        #expect(ZIReadiness.evaluate(.wbbm, average: full, held: nil).priorPredicate == .notMet)
        #expect(ZIReadiness.evaluate(.wbbm, average: full, held: wbk).status == .met)
        let low = ZIThreeMonthAverage(ipkp: 3.59, ipak: 3.60, periods: months, respondents: 90, monthsCovered: 3, window: (months[0], months[2]))
        #expect(ZIReadiness.evaluate(.wbbm, average: low, held: wbk).status == .notMet)
        #expect(ZIReadiness.evaluate(.wbk, average: low, held: nil).status == .met)
        // No survey, or a window of one month: unknown, never met.
        #expect(ZIReadiness.evaluate(.wbk, average: nil, held: nil).status == .unknown)
        let partial = ZIThreeMonthAverage(ipkp: 4, ipak: 4, periods: [months[2]], respondents: 30, monthsCovered: 1, window: (months[0], months[2]))
        #expect(ZIReadiness.evaluate(.wbk, average: partial, held: nil).status == .unknown)
    }
}
