import LenteraTesting
import Testing
@testable import LenteraDomain

/// The numbers of SE MenPANRB 04/2023, E.3.a and E.3.d live in one dated table each: the
/// computations read them, a year is judged by the version in force for it, and
/// docs/rules.md states the same rows.
@Suite struct SelfEvaluationTableTests {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    static let current = SelfEvaluationThresholds.table.current.value

    /// An instansi of 1,000 units, `designated` of them holding a TPN predicate since 2020,
    /// and in each of 2023–2025 `successful` of 100 proposals designated; IACM `level`.
    static func record(designated: Int, successful: Int, level: Int) -> ZIRecord {
        var designations = (0..<designated).map {
            Designation(unit: "lama-\($0)", predicate: .wbk, year: 2020, authority: .tpn, decree: ZIDecree(number: "SK", date: day("2020-12-01")))
        }
        var proposals: [ZIProposals] = []
        for year in 2023...2025 {
            let units = (0..<100).map { "usul-\(year)-\($0)" }
            proposals.append(ZIProposals(year: year, units: units))
            designations += units.prefix(successful).map {
                Designation(unit: $0, predicate: .wbk, year: year, authority: .tpn, decree: ZIDecree(number: "SK", date: day("\(year)-12-01")))
            }
        }
        return ZIRecord(instansi: "kota", population: 1000, designations: designations, proposals: proposals,
                        iacm: [IACMAssessment(year: 2025, level: level)], approvals: [TPNApproval(year: 2026, approved: true)])
    }

    /// Units holding a predicate since 2020 that bring the share to exactly the minimum.
    static func olderAtBoundary(_ t: SelfEvaluationThresholds) -> Int { 10 * t.minimumSharePercent - 3 * t.minimumSuccessRatePercent }

    /// Exactly at every minimum of the table in force: met; one below any: not met. The
    /// figures come from the table, so the test follows it.
    @Test func eachConditionIsJudgedAtTheTablesOwnBoundary() {
        let t = Self.current
        // Of 100 proposals a year, exactly the minimum rate succeeds; with them, exactly the
        // minimum share of the 1,000 units holds a predicate at the end of 2025.
        let successful = t.minimumSuccessRatePercent
        let exact = Self.record(designated: Self.olderAtBoundary(t), successful: successful, level: t.minimumIACMLevel)
        let atBoundary = SelfEvaluationEligibility.evaluate(exact, portalUnits: 1, year: 2026)
        #expect(atBoundary.share.status == .met)
        #expect(atBoundary.success.status == .met)
        #expect(atBoundary.iacm.status == .met)
        #expect(atBoundary.status == .met)
        #expect(atBoundary.thresholds == t)
        #expect(atBoundary.source == SelfEvaluationThresholds.table.current.source)

        let oneShort = SelfEvaluationEligibility.evaluate(Self.record(designated: Self.olderAtBoundary(t) - 1, successful: successful,
                                                                      level: t.minimumIACMLevel), portalUnits: 1, year: 2026)
        #expect(oneShort.share.status == .notMet)
        let lowLevel = SelfEvaluationEligibility.evaluate(Self.record(designated: Self.olderAtBoundary(t), successful: successful,
                                                                      level: t.minimumIACMLevel - 1), portalUnits: 1, year: 2026)
        #expect(lowLevel.iacm.status == .notMet)
    }

    /// A stricter version of the table changes the verdicts: the computation reads the
    /// table, not a copy of its numbers.
    @Test func theComputationReadsTheTableItIsGiven() {
        let t = Self.current
        let record = Self.record(designated: Self.olderAtBoundary(t), successful: t.minimumSuccessRatePercent, level: t.minimumIACMLevel)
        #expect(SelfEvaluationEligibility.evaluate(record, portalUnits: 1, year: 2026).status == .met)

        let stricter = SelfEvaluationThresholds(minimumSharePercent: t.minimumSharePercent + 1, minimumIACMLevel: t.minimumIACMLevel + 1,
                                                minimumSuccessRatePercent: t.minimumSuccessRatePercent + 1, successYears: t.successYears + 1)
        let table = DatedTable([.init(from: Self.day("2020-01-01"), source: RuleSource("Aturan uji"), value: stricter)])
        let judged = SelfEvaluationEligibility.evaluate(record, portalUnits: 1, year: 2026, table: table)
        #expect(judged.share.status == .notMet)
        #expect(judged.iacm.status == .notMet)
        // Four years looked at: 2022 has no recorded proposals (unknown); the others fall short.
        #expect(judged.success.years.map(\.year) == [2022, 2023, 2024, 2025])
        #expect(judged.success.years.map(\.status) == [.unknown, .notMet, .notMet, .notMet])
        #expect(judged.source.citation == "Aturan uji")
    }

    /// A new version applies from its date on: an earlier year keeps the old numbers.
    @Test func aYearIsJudgedByTheVersionInForceOnItsFirstDay() {
        let t = Self.current
        var newer = t
        newer.minimumSharePercent = t.minimumSharePercent + 10
        let table = DatedTable([
            .init(from: Self.day("2023-02-15"), source: RuleSource("lama"), value: t),
            .init(from: Self.day("2026-01-02"), source: RuleSource("baru"), value: newer),
        ])
        #expect(SelfEvaluationThresholds.version(for: 2026, in: table).source.citation == "lama")
        #expect(SelfEvaluationThresholds.version(for: 2027, in: table).source.citation == "baru")
        let record = Self.record(designated: Self.olderAtBoundary(t), successful: t.minimumSuccessRatePercent, level: t.minimumIACMLevel)
        #expect(SelfEvaluationEligibility.evaluate(record, portalUnits: 1, year: 2026, table: table).share.status == .met)
        #expect(SelfEvaluationEligibility.evaluate(record, portalUnits: 1, year: 2027, table: table).share.status == .notMet)
    }

    @Test func theDocumentedTableIsTheCodesTable() throws {
        let documented = try DocumentedTable.named("zi-evaluasi-mandiri")
        let rows = SelfEvaluationThresholds.table.versions.map { version in
            [version.from.iso, "\(version.value.minimumSharePercent)%", "level \(version.value.minimumIACMLevel)",
             "\(version.value.minimumSuccessRatePercent)%", "\(version.value.successYears) years", version.source.caption]
        }
        #expect(documented.rows == rows)
        let deadline = try DocumentedTable.named("zi-laporan-penetapan")
        #expect(deadline.rows == DesignationReportDeadline.table.versions.map { [$0.from.iso, String($0.value), $0.source.caption] })
    }

    @Test func theMetodologiEntriesShowTheTablesFiguresAndEveryReading() {
        let entries = Methodology.selfEvaluation
        #expect(entries.first?.figures?.rows == Self.current.figureRows)
        #expect(entries.first?.source == SelfEvaluationThresholds.table.current.source)
        #expect(entries.first?.appliesFrom == SelfEvaluationThresholds.table.current.from)
        // Each condition has its entry, its figure from the table.
        let share = entries.first { $0.id == "zi-syarat-persentase" }
        #expect(share?.statement.hasPrefix("Minimal \(Self.current.minimumSharePercent)% ") == true)
        #expect(share?.source.caption == SelfEvaluationThresholds.table.current.source.citation + " angka 1")
        #expect(entries.first { $0.id == "zi-syarat-apip" }?.statement.contains("minimal level \(Self.current.minimumIACMLevel),") == true)
        #expect(entries.first { $0.id == "zi-syarat-keberhasilan" }?.statement
            .contains("minimal \(Self.current.minimumSuccessRatePercent)% pada setiap tahun dalam \(Self.current.successYears) tahun") == true)
        #expect(entries.contains { $0.id == "zi-syarat-persetujuan" })
        #expect(Set(entries.map(\.id)).count == entries.count)
        for reading in SelfEvaluationReading.all {
            let entry = entries.first { $0.id == reading.id }
            #expect(entry?.source.standing == .reading)
            #expect(entry?.source.caption.hasSuffix("(tafsiran Lentera)") == true)
            #expect(entry?.statement.contains(reading.sourceWords) == true)
        }
        let report = entries.first { $0.id == "zi-pelaporan-penetapan" }
        #expect(report?.statement.contains("paling lambat \(DesignationReportDeadline.table.current.value) hari") == true)
    }
}

/// E.3.d: a self-evaluated Menuju WBK is reported to KemenPANRB at the latest N days
/// after the designation (N from the table).
@Suite struct DesignationReportTests {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    static let days = DesignationReportDeadline.table.current.value

    static func selfEvaluated(_ decree: String, reported: String? = nil, unit: String = "a") -> Designation {
        Designation(unit: unit, predicate: .wbk, year: 2025, authority: .selfEvaluation, decree: ZIDecree(number: "SK", date: day(decree)),
                    report: reported.map { ZIReport(number: "L/1", date: day($0)) })
    }

    @Test func theLastDayCountsCalendarDaysAcrossMonthsYearsAndLeapDays() {
        // Counted day by day, independently of the implementation.
        func byCounting(_ start: CalendarDate, _ n: Int) -> CalendarDate {
            var d = start
            for _ in 0..<n {
                d = CalendarDate(year: d.year, month: d.month, day: d.day + 1)
                    ?? CalendarDate(year: d.year, month: d.month + 1, day: 1) ?? CalendarDate(year: d.year + 1, month: 1, day: 1)!
            }
            return d
        }
        for start in ["2025-03-01", "2024-02-10", "2023-02-10", "2025-12-15", "2024-01-31"] {
            #expect(DesignationReportDeadline.lastDay(for: Self.day(start)) == byCounting(Self.day(start), Self.days))
        }
        #expect(Self.day("2025-03-01").advanced(byDays: -1) == Self.day("2025-02-28"))
    }

    @Test func onTheLastDayIsInTimeTheDayAfterIsLate() {
        let last = DesignationReportDeadline.lastDay(for: Self.day("2025-03-01"))
        let onTime = Self.selfEvaluated("2025-03-01", reported: last.iso)
        #expect(onTime.reportStatus(on: Self.day("2026-01-01")) == .reported)
        let late = Self.selfEvaluated("2025-03-01", reported: last.advanced(byDays: 1).iso)
        #expect(late.reportStatus(on: Self.day("2026-01-01")) == .late)
    }

    @Test func notReportedIsOnlyAProblemOnceTheLastDayHasPassed() {
        let designation = Self.selfEvaluated("2025-03-01")
        let last = DesignationReportDeadline.lastDay(for: Self.day("2025-03-01"))
        #expect(designation.reportStatus(on: last) == .notYetDue)
        #expect(designation.reportStatus(on: last.advanced(byDays: 1)) == .notReported)
    }

    @Test func aNationalDesignationNeedsNoReport() {
        let tpn = Designation(unit: "a", predicate: .wbk, year: 2025, authority: .tpn, decree: ZIDecree(number: "SK", date: Self.day("2025-03-01")))
        #expect(tpn.reportStatus(on: Self.day("2026-01-01")) == .notRequired)
    }

    @Test func theDeadlineIsReadFromTheTable() {
        let table = DatedTable([.init(from: Self.day("2020-01-01"), source: RuleSource("uji"), value: 5)])
        let designation = Self.selfEvaluated("2025-03-01", reported: "2025-03-07")
        #expect(designation.reportStatus(on: Self.day("2026-01-01"), table: table) == .late)
        #expect(designation.reportStatus(on: Self.day("2026-01-01")) == (Self.days >= 6 ? .reported : .late))
    }

    @Test func aUnitsDesignationsOnADayWithTheirReports() {
        let record = ZIRecord(instansi: "kota", designations: [
            Self.selfEvaluated("2025-03-01", reported: "2025-03-10"),
            Self.selfEvaluated("2025-03-01", unit: "b"),
            Designation(unit: "a", predicate: .wbbm, year: 2026, authority: .tpn, decree: ZIDecree(number: "SK2", date: Self.day("2026-12-01"))),
        ])
        let onDay = record.designationReports(unit: "a", on: Self.day("2026-06-01"))
        #expect(onDay.map(\.status) == [.reported])
        #expect(onDay.first?.lastDay == DesignationReportDeadline.lastDay(for: Self.day("2025-03-01")))
        let later = record.designationReports(unit: "a", on: Self.day("2027-01-01"))
        #expect(later.map(\.status) == [.reported, .notRequired])
        #expect(later.last?.lastDay == nil)
        #expect(record.designationReports(unit: "b", on: Self.day("2026-06-01")).map(\.status) == [.notReported])
    }
}
