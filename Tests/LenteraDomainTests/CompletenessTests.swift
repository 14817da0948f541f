import LenteraDomain
import LenteraTesting
import Testing

/// Each obligation of the completeness report at its boundaries, on dossiers made in code.
@Suite struct CompletenessTests {
    static let day = CalendarDate(year: 2026, month: 12, day: 6)!
    static let unit = WorkUnit(slug: "dinas-contoh", name: "Dinas Contoh", kind: .dinas, instansi: "kota-contoh")

    static func service(_ slug: String = "ktp", complete: Bool = true, enacted: Bool = true) -> ServiceStandard {
        var components: [ServiceComponent: ComponentValue] = [:]
        for component in ServiceComponent.allCases where complete || component != .biaya {
            components[component] = .text("Isi \(component.key)")
        }
        return ServiceStandard(slug: slug, unit: unit.slug, name: "Layanan \(slug)",
                               enactment: enacted ? Decree(number: "Perwali 1/2020", date: CalendarDate(year: 2020, month: 1, day: 2)) : nil,
                               components: components)
    }

    static func skm(_ period: String, service: String? = nil) -> SurveyResult {
        SurveyResult(unit: unit.slug, service: service, kind: .skm, period: SurveyPeriod(period)!, respondents: 10,
                     elements: ["U1": ElementScore(counts: [0, 0, 5, 5])])
    }

    static func zi(_ period: String) -> SurveyResult {
        SurveyResult(unit: unit.slug, kind: .zi, period: SurveyPeriod(period)!, respondents: 10, elements: ["SPKP1": ElementScore(counts: [0, 0, 0, 0, 5, 5])])
    }

    static func analysis(_ kind: SurveyKind, _ periods: String..., service: String? = nil) -> SurveyAnalysis {
        SurveyAnalysis(unit: unit.slug, service: service, kind: kind, periods: periods.map { SurveyPeriod($0)! }, markdown: "## Analisis")
    }

    static func dossier(services: [ServiceStandard] = [service()], maklumat: Bool = true, channels: Bool = true,
                        surveys: [SurveyResult] = [], analyses: [SurveyAnalysis] = [], on day: CalendarDate = day) -> UnitDossier {
        UnitDossier(unit: unit, instansi: "kota-contoh", services: services,
                    maklumat: maklumat ? Maklumat(unit: unit.slug, text: "Kami sanggup…", date: CalendarDate(year: 2026, month: 1, day: 5)!,
                                                  signatory: Official(name: "Budi", position: "Kepala Dinas")) : nil,
                    complaintChannels: channels ? [ComplaintChannel(name: "Loket pengaduan")] : [],
                    surveys: surveys, analyses: analyses, referenceDate: day)
    }

    func status(_ obligation: Obligation, _ dossier: UnitDossier) -> ObligationStatus { obligation.evaluate(dossier).status }

    // MARK: - The table

    @Test func theTableHoldsEachObligationOnce() {
        let ids = Obligations.all.map(\.id)
        #expect(ids == ["komponen", "penetapan", "maklumat", "pengaduan", "survei-skm", "analisis-zi", "jendela-ipkp-ipak", "laporan-penetapan"])
        #expect(Set(ids).count == ids.count)
        // The Metodologi page lists every one of them, from the same table.
        let listed = Set(Methodology.standards.map(\.id))
        for id in ids { #expect(listed.contains("kewajiban-\(id)")) }
    }

    @Test func aCompleteUnitMeetsEveryObligation() {
        let dossier = Self.dossier(surveys: [Self.skm("2026-Q3")], analyses: [Self.analysis(.skm, "2026-Q3")])
        let findings = Obligations.evaluate(dossier)
        #expect(findings.map(\.finding.status) == [.met, .met, .met, .met, .met, .notApplicable, .notApplicable, .notApplicable])
        #expect(findings.allSatisfy { $0.finding.fixes.isEmpty })
    }

    // MARK: - Standards

    @Test func aMissingComponentIsNotMetAndNamesTheFieldAndFile() {
        let finding = Obligations.components.evaluate(Self.dossier(services: [Self.service("ktp"), Self.service("kk", complete: false)]))
        #expect(finding.status == .notMet)
        #expect(finding.fixes == [ObligationFix(file: "units/dinas-contoh/layanan/kk.md", field: "biaya", what: "Tulis komponen yang belum ada: Biaya/tarif.")])
    }

    @Test func aUnitWithoutServicesIsUnknownNotMet() {
        let dossier = Self.dossier(services: [], maklumat: false, channels: false)
        for obligation in [Obligations.components, Obligations.enactment, Obligations.maklumat, Obligations.complaintChannels, Obligations.skmSurvey] {
            #expect(status(obligation, dossier) == .unknown, "\(obligation.id)")
        }
    }

    @Test func anUnenactedStandardIsNotMet() {
        let finding = Obligations.enactment.evaluate(Self.dossier(services: [Self.service(enacted: false)]))
        #expect(finding.status == .notMet)
        #expect(finding.fixes.map(\.field) == ["ditetapkan"])
    }

    @Test func aMissingMaklumatNamesTheFileToWrite() {
        let finding = Obligations.maklumat.evaluate(Self.dossier(maklumat: false))
        #expect(finding.status == .notMet)
        #expect(finding.fixes.map(\.file) == ["units/dinas-contoh/maklumat.md"])
        #expect(status(Obligations.maklumat, Self.dossier()) == .met)
    }

    @Test func onlyTheNationalChannelIsNotEnough() {
        let finding = Obligations.complaintChannels.evaluate(Self.dossier(channels: false))
        #expect(finding.status == .notMet)
        #expect(finding.fixes == [ObligationFix(file: "portal.yaml", field: "kanal_pengaduan", what: finding.fixes[0].what)])
    }

    // MARK: - Surveys

    /// The year counts back from the day judged for: a survey that ended exactly a year
    /// before is recent, one that ended a day earlier is not. December 2025 ends on 31
    /// December 2025.
    @Test(arguments: [("2026-06-01", ObligationStatus.met), ("2026-12-31", .met), ("2027-01-01", .notMet), ("2027-03-01", .notMet)])
    func aSurveyExactlyAYearOldStillCounts(day: String, expected: ObligationStatus) {
        let dossier = Self.dossier(surveys: [Self.skm("2025-12")], analyses: [Self.analysis(.skm, "2025-12")], on: CalendarDate(iso: day)!)
        #expect(status(Obligations.skmSurvey, dossier) == expected)
    }

    @Test func theCutoffIsTheSameDayAYearBefore() {
        #expect(SurveyFrequency.cutoff(on: CalendarDate(year: 2026, month: 12, day: 6)!) == CalendarDate(year: 2025, month: 12, day: 6)!)
        // A leap day counts back to the last day of February.
        #expect(SurveyFrequency.cutoff(on: CalendarDate(year: 2024, month: 2, day: 29)!) == CalendarDate(year: 2023, month: 2, day: 28)!)
        #expect(SurveyFrequency.cutoff(on: CalendarDate(year: 2026, month: 1, day: 15)!) == CalendarDate(year: 2025, month: 1, day: 15)!)
    }

    @Test func aRecentSurveyWithoutItsAnalysisIsNotMet() {
        let finding = Obligations.skmSurvey.evaluate(Self.dossier(surveys: [Self.skm("2026-Q2"), Self.skm("2026-Q3")],
                                                                  analyses: [Self.analysis(.skm, "2026-Q2")]))
        #expect(finding.status == .notMet)
        #expect(finding.fixes.map(\.file) == ["units/dinas-contoh/survei/skm-2026-Q3.md"])
    }

    @Test func noSurveyAtAllIsNotMetForAUnitWithServices() {
        #expect(status(Obligations.skmSurvey, Self.dossier()) == .notMet)
    }

    @Test func everyServiceSurveyOfTheLatestPeriodNeedsItsAnalysis() {
        let surveys = [Self.skm("2026-Q3", service: "ktp"), Self.skm("2026-Q3", service: "kk")]
        let finding = Obligations.skmSurvey.evaluate(Self.dossier(surveys: surveys, analyses: [Self.analysis(.skm, "2026-Q3", service: "ktp")]))
        #expect(finding.status == .notMet)
        #expect(finding.fixes.map(\.file) == ["units/dinas-contoh/survei/skm-2026-Q3-kk.md"])
    }

    @Test func oneAnalysisMayCoverSeveralMonths() {
        let months = [Self.zi("2026-07"), Self.zi("2026-08"), Self.zi("2026-09")]
        #expect(status(Obligations.ziAnalysis, Self.dossier(surveys: months, analyses: [Self.analysis(.zi, "2026-Q3")])) == .met)
        #expect(status(Obligations.ziAnalysis, Self.dossier(surveys: months, analyses: [Self.analysis(.zi, "2026-07", "2026-08", "2026-09")])) == .met)
        let partial = Obligations.ziAnalysis.evaluate(Self.dossier(surveys: months, analyses: [Self.analysis(.zi, "2026-07", "2026-08")]))
        #expect(partial.status == .notMet)
        #expect(partial.fixes.map(\.file) == ["units/dinas-contoh/survei/zi-2026-09.md"])
        // An SKM analysis does not cover a ZI result of the same period.
        #expect(status(Obligations.ziAnalysis, Self.dossier(surveys: months, analyses: [Self.analysis(.skm, "2026-Q3")])) == .notMet)
        #expect(status(Obligations.ziAnalysis, Self.dossier()) == .notApplicable)
    }

    @Test func periodsContainTheirParts() {
        let quarter = SurveyPeriod("2026-Q3")!
        #expect(quarter.contains(SurveyPeriod("2026-07")!))
        #expect(quarter.contains(SurveyPeriod("2026-09")!))
        #expect(!quarter.contains(SurveyPeriod("2026-10")!))
        #expect(!quarter.contains(SurveyPeriod("2026-S2")!))
        #expect(SurveyPeriod("2026")!.contains(quarter))
    }

    @Test func theAnalysisRuleNamesItsStanding() {
        #expect(SurveyAnalysisRule.source(for: .zi).standing == .primary)
        #expect(SurveyAnalysisRule.source(for: .skm).caption.hasSuffix("(tafsiran Lentera)"))
    }

    /// docs/rules.md states the survey interval in the table the code reads.
    @Test func theDocumentedSurveyIntervalIsTheTable() throws {
        let documented = try DocumentedTable.named("skm-frekuensi")
        #expect(documented.rows == SurveyFrequency.table.versions.map { [$0.from.iso, "\($0.value)", $0.source.caption] })
    }

    // MARK: - The report

    @Test func theSummaryCountsUnitsByTheirWorstStanding() throws {
        let content = PortalContent(
            portal: Portal(title: "Uji", baseURL: "https://contoh.go.id/", instansi: [Instansi(slug: "kota-contoh", name: "Kota Contoh")],
                           complaintChannels: [ComplaintChannel(name: "Loket")]),
            units: [Self.unit, WorkUnit(slug: "bagian-kosong", name: "Bagian Kosong", kind: .bagian, parent: Self.unit.slug)],
            services: [Self.service(enacted: false)],
            maklumat: [Maklumat(unit: Self.unit.slug, text: "Kami sanggup…", date: CalendarDate(year: 2026, month: 1, day: 5)!, signatory: Official(name: "Budi"))])
        let tree = UnitTree.build(units: content.units, instansi: content.portal.instansi).tree
        let report = CompletenessReport(content: content, tree: tree, referenceDate: Self.day)
        #expect(report.units.map(\.unit.slug) == ["dinas-contoh", "bagian-kosong"])
        // Not enacted and no SKM: two not met; the empty sub-unit has unknowns only — the
        // portal's complaint channel too (review of issue 13: it read "met" for a unit that
        // serves no one while every other obligation of serving was unknown).
        #expect(report.summary == CompletenessReport.Summary(completeUnits: 0, unitsNotMet: 1, obligationsNotMet: 2, unitsUnknown: 1, obligationsUnknown: 5))
        #expect(report.row(of: "bagian-kosong")?.count(.met) == 0)
    }
}

