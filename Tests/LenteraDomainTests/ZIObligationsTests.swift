import LenteraDomain
import Testing

/// The two Zona Integritas obligations of the completeness report at their boundaries: the
/// IPKP/IPAK 3-month window before the day a unit is judged for (SE MenPANRB 04/2023, E.2.g)
/// and the report of a self-evaluated designation within 30 days (E.3.d).
@Suite struct ZIObligationsTests {
    static let day = CalendarDate(year: 2026, month: 12, day: 6)!
    static let unit = WorkUnit(slug: "dinas-contoh", name: "Dinas Contoh", kind: .dinas, instansi: "kota-contoh")

    /// A ZI result whose SPKP statements have the mean `stars` and SPAK statements `spak`.
    static func zi(_ period: String, stars: Double = 5.5, spak: Double = 5.5) -> SurveyResult {
        var elements: [String: ElementScore] = [:]
        for element in ZIElements.spkp { elements[element.code] = ElementScore(mean: stars, answered: 10) }
        for element in ZIElements.spak { elements[element.code] = ElementScore(mean: spak, answered: 10) }
        return SurveyResult(unit: unit.slug, kind: .zi, period: SurveyPeriod(period)!, respondents: 10, elements: elements)
    }

    /// The unit proposed to TPN in the year judged (without a date: judged for the build date).
    static let proposed = ZIRecord(instansi: "kota-contoh", proposals: [ZIProposals(year: 2026, units: [unit.slug])])

    static func dossier(_ surveys: [SurveyResult], record: ZIRecord? = proposed, on day: CalendarDate = day) -> UnitDossier {
        UnitDossier(unit: unit, instansi: "kota-contoh", surveys: surveys, zonaIntegritas: record,
                    designations: record?.designations.filter { $0.unit == unit.slug } ?? [], referenceDate: day)
    }

    static func window(_ dossier: UnitDossier) -> ObligationFinding { Obligations.ziWindow.evaluate(dossier) }
    static func report(_ dossier: UnitDossier) -> ObligationFinding { Obligations.designationReport.evaluate(dossier) }

    // MARK: - The window

    @Test func aUnitNotProposedThisYearIsNotConcerned() {
        #expect(Self.window(Self.dossier([], record: nil)).status == .notApplicable)
        // A proposal of an earlier year does not make the unit concerned now, nor do old
        // surveys of a unit that is not being proposed (review of issue 13).
        let old = ZIRecord(instansi: "kota-contoh", proposals: [ZIProposals(year: 2025, units: [Self.unit.slug])])
        #expect(Self.window(Self.dossier([], record: old)).status == .notApplicable)
        #expect(Self.window(Self.dossier(["2023-07", "2023-08", "2023-09"].map { Self.zi($0) }, record: old)).status == .notApplicable)
    }

    @Test func aUnitProposedThisYearWithoutSurveysHasNotMetIt() {
        let finding = Self.window(Self.dossier([]))
        #expect(finding.status == .notMet)
        #expect(finding.detail.contains("6 Desember 2026"))
        #expect(finding.fixes.map(\.file) == ["units/dinas-contoh/survei/"])
    }

    @Test func threeFreshMonthsMeetItAndTheDetailGivesTheVerdictWithItsSource() {
        let finding = Self.window(Self.dossier(["2026-07", "2026-08", "2026-09"].map { Self.zi($0) }))
        #expect(finding.status == .met, "\(finding)")
        #expect(finding.detail.contains("batas Menuju WBK terpenuhi"))
        #expect(finding.detail.contains(ZIMinimums.table.inForce(on: Self.day).source.caption))
    }

    /// The case: surveys of July–September 2023, judged for 6 December 2026.
    @Test func staleSurveysDoNotMeetIt() {
        let finding = Self.window(Self.dossier(["2023-07", "2023-08", "2023-09"].map { Self.zi($0) }))
        #expect(finding.status == .notMet)
        #expect(finding.detail.contains("lebih dari \(ZIWindowReading.table.inForce(on: Self.day).value.staleAfterMonths) bulan"), "\(finding.detail)")
        #expect(!finding.detail.contains("terpenuhi"))
    }

    @Test func twoMonthsOfThreeDoNotMeetIt() {
        let finding = Self.window(Self.dossier(["2026-08", "2026-09"].map { Self.zi($0) }))
        #expect(finding.status == .notMet)
        #expect(finding.detail.contains("2 dari 3 bulan"), "\(finding.detail)")
    }

    /// A dated proposal in the build year moves the day judged for: surveys after it do not count.
    @Test func theProposalsDateIsTheDayJudgedFor() {
        let record = ZIRecord(instansi: "kota-contoh", proposals: [ZIProposals(year: 2026, units: [Self.unit.slug], date: CalendarDate(year: 2026, month: 4, day: 10))])
        let after = Self.window(Self.dossier(["2026-07", "2026-08", "2026-09"].map { Self.zi($0) }, record: record))
        #expect(after.status == .notMet)
        #expect(after.detail.contains("tanggal usulan 10 April 2026"))
        let before = Self.window(Self.dossier(["2026-01", "2026-02", "2026-03"].map { Self.zi($0) }, record: record))
        #expect(before.status == .met)
    }

    @Test func aVerdictThatDependsOnTheConversionSaysSo() {
        // SPKP 4,75 stars: 3,17 proportionally, 3,25 linearly — one side of WBK's IPKP minimum
        // or the other; SPAK 5,5 stars meets its minimum under both.
        let finding = Self.window(Self.dossier(["2026-07", "2026-08", "2026-09"].map { Self.zi($0, stars: 4.75) }))
        #expect(finding.detail.contains("batas Menuju WBK belum terpenuhi (bergantung pada aturan konversi)"), "\(finding.detail)")
    }

    // MARK: - The report of a self-evaluated designation

    static func record(decreed: CalendarDate, report: CalendarDate?, authority: DesignationAuthority = .selfEvaluation) -> ZIRecord {
        ZIRecord(instansi: "kota-contoh", designations: [
            Designation(unit: unit.slug, predicate: .wbk, year: decreed.year, authority: authority,
                        decree: ZIDecree(number: "800/1/2026", date: decreed), report: report.map { ZIReport(date: $0) }),
        ])
    }

    static let decreed = CalendarDate(year: 2026, month: 3, day: 1)!
    static var lastDay: CalendarDate { DesignationReportDeadline.lastDay(for: decreed) }

    @Test func aNationalDesignationNeedsNoReport() {
        #expect(Self.report(Self.dossier([], record: Self.record(decreed: Self.decreed, report: nil, authority: .tpn))).status == .notApplicable)
        #expect(Self.report(Self.dossier([], record: nil)).status == .notApplicable)
    }

    @Test func reportedOnTheLastDayIsMetAndADayLaterIsNot() {
        #expect(Self.report(Self.dossier([], record: Self.record(decreed: Self.decreed, report: Self.lastDay))).status == .met)
        let late = Self.report(Self.dossier([], record: Self.record(decreed: Self.decreed, report: Self.lastDay.advanced(byDays: 1))))
        #expect(late.status == .notMet)
        #expect(late.detail.contains("sesudah batas \(IndonesianText.date(Self.lastDay))"))
    }

    @Test func notReportedIsMetUntilTheLastDayHasPassed() {
        let pending = Self.report(Self.dossier([], record: Self.record(decreed: Self.decreed, report: nil), on: Self.lastDay))
        #expect(pending.status == .met)
        #expect(pending.detail.contains("belum lewat"))
        let overdue = Self.report(Self.dossier([], record: Self.record(decreed: Self.decreed, report: nil), on: Self.lastDay.advanced(byDays: 1)))
        #expect(overdue.status == .notMet)
        #expect(overdue.fixes == [ObligationFix(file: "zona-integritas/kota-contoh.yaml", field: "laporan_kemenpanrb",
                                                what: "Laporkan Menuju WBK 2026 (SK 800/1/2026) kepada KemenPANRB dan catat tanggal (dan nomor) suratnya di predikat itu.")])
    }

    @Test func bothAreInTheTableOfObligations() {
        #expect(Obligations.named("jendela-ipkp-ipak") != nil)
        #expect(Obligations.named("laporan-penetapan") != nil)
    }
}
