import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// `zona-integritas/<instansi>.yaml`: what it holds, and every diagnostic exactly.
@Suite struct ZonaIntegritasFileTests {
    static let file = "zona-integritas/\(TestPortal.instansi).yaml"
    static let unit = TestPortal.unit

    func load(_ text: String, extra: [String: String] = [:], date: CalendarDate? = nil) throws -> LoadedContent {
        var portal = TestPortal().with(Self.file, text)
        for (path, content) in extra { portal = portal.with(path, content) }
        return try LenteraContentTests.load(portal, date: date)
    }

    /// The one diagnostic with `code`, at `line:column` of the file.
    func expectOne(_ loaded: LoadedContent, _ code: String, line: Int, column: Int, _ message: String,
                   file: String = ZonaIntegritasFileTests.file, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let found = loaded.diagnostics(code)
        #expect(found.count == 1, "\(loaded.diagnostics)", sourceLocation: sourceLocation)
        #expect(found.first?.location == LenteraDiagnostics.SourceLocation(file: "content/" + file, line: line, column: column), sourceLocation: sourceLocation)
        #expect(found.first?.summary.text(in: .en) == message, sourceLocation: sourceLocation)
        #expect(found.first?.advice?.text(in: .en).isEmpty == false, sourceLocation: sourceLocation)
    }

    static func designation(_ predicate: String = "wbk", year: Int = 2023, by: String = "tpn", date: String = "2023-12-12",
                            unit: String = ZonaIntegritasFileTests.unit, revoked: String? = nil) -> String {
        var text = """
              - unit: \(unit)
                predikat: \(predicate)
                tahun: \(year)
                oleh: \(by)
                sk: { nomor: "SK/\(year)", tanggal: \(date) }

            """
        if let revoked { text += "    pencabutan: { nomor: \"CABUT\", tanggal: \(revoked) }\n" }
        return text
    }

    @Test func aCompleteRecordLoads() throws {
        let text = """
            jumlah_unit: 12
            kapabilitas_apip:
              - { tahun: 2024, level: 3, sumber: Laporan BPKP }
            persetujuan_tpn:
              - { tahun: 2026, disetujui: ya, sk: { nomor: "B/1/2026", tanggal: 2026-02-01 } }
            usulan:
              - { tahun: 2023, unit: [\(Self.unit)] }
              - { tahun: 2024, unit: [] }
            predikat:
            \(Self.designation())\(Self.designation("wbbm", year: 2025, date: "2025-12-10"))
            """
        let loaded = try load(text)
        #expect(loaded.diagnostics == [])
        let record = try #require(loaded.content?.zonaIntegritas.first)
        #expect(record.instansi == TestPortal.instansi)
        #expect(record.population == 12)
        #expect(record.iacm == [IACMAssessment(year: 2024, level: 3, source: "Laporan BPKP")])
        #expect(record.approvals.first?.approved == true)
        #expect(record.approvals.first?.decree?.number == "B/1/2026")
        #expect(record.proposals == [ZIProposals(year: 2023, units: [Self.unit]), ZIProposals(year: 2024, units: [])])
        #expect(record.designations.map(\.predicate) == [.wbk, .wbbm])
        #expect(record.designations[0].decree == ZIDecree(number: "SK/2023", date: CalendarDate(iso: "2023-12-12")!))
        #expect(loaded.files.contains(Self.file))
    }

    @Test func wbbmWithoutAnEarlierWBK() throws {
        let loaded = try load("predikat:\n" + Self.designation("wbbm", year: 2025, date: "2025-12-10"))
        expectOne(loaded, "zi.wbbm-without-wbk", line: 3, column: 15,
                  "`\(Self.unit)` is designated Menuju WBBM in 2025 without holding Menuju WBK before")
        #expect(loaded.content?.zonaIntegritas.first?.designations == [])
    }

    @Test func wbbmAfterARevokedWBKIsRefusedToo() throws {
        let loaded = try load("predikat:\n" + Self.designation(revoked: "2024-05-01")
                              + Self.designation("wbbm", year: 2025, date: "2025-12-10"))
        #expect(loaded.diagnostics("zi.wbbm-without-wbk").count == 1)
    }

    @Test func aDesignationOfAnUnknownUnit() throws {
        let loaded = try load("predikat:\n" + Self.designation(unit: "dinas-contohh"))
        expectOne(loaded, "zi.unknown-unit", line: 2, column: 11, "there is no unit `dinas-contohh`")
        #expect(loaded.diagnostics("zi.unknown-unit").first?.advice?.text(in: .en).hasPrefix("did you mean `\(Self.unit)`?") == true)
    }

    @Test func aProposalOfAnUnknownUnit() throws {
        let loaded = try load("usulan:\n  - tahun: 2024\n    unit: [\(Self.unit), dinas-lain]\n")
        expectOne(loaded, "zi.unknown-unit", line: 3, column: 26, "there is no unit `dinas-lain`")
    }

    @Test func aUnitOfAnotherInstansi() throws {
        let portal = TestPortal.portalYAML + "  - slug: kota-lain\n    nama: Pemerintah Kota Lain\n"
        let loaded = try load("predikat:\n" + Self.designation(unit: "dinas-lain"), extra: [
            TestPortal.portalFile: portal,
            "units/dinas-lain/unit.md": TestPortal.unitMarkdown("Dinas Lain", instansi: "kota-lain"),
        ])
        expectOne(loaded, "zi.other-instansi", line: 2, column: 11, "the unit `dinas-lain` belongs to `kota-lain`, not to `\(TestPortal.instansi)`")
    }

    @Test func aFileNamedAfterNoInstansi() throws {
        let loaded = try LenteraContentTests.load(TestPortal().with("zona-integritas/kota-kontoh.yaml", "jumlah_unit: 3\n"))
        let found = loaded.diagnostics("zi.unknown-instansi")
        #expect(found.count == 1)
        #expect(found.first?.location == LenteraDiagnostics.SourceLocation(file: "content/zona-integritas/kota-kontoh.yaml"))
        #expect(found.first?.summary.text(in: .en) == "the file is named after `kota-kontoh`, which is not an instansi of portal.yaml")
        #expect(found.first?.advice?.text(in: .en).hasPrefix("did you mean `\(TestPortal.instansi).yaml`?") == true)
    }

    @Test func aRevocationBeforeTheDesignation() throws {
        let loaded = try load("predikat:\n" + Self.designation(revoked: "2023-12-01"))
        expectOne(loaded, "zi.revoked-before-designated", line: 7, column: 44,
                  "the revocation (2023-12-01) is not dated after the designation (2023-12-12)")
        #expect(loaded.diagnostics.filter { $0.summary.text(in: .en).hasSuffix(" in ") } == [])
        let sameDay = try load("predikat:\n" + Self.designation(revoked: "2023-12-12"))
        #expect(sameDay.diagnostics("zi.revoked-before-designated").count == 1)
    }

    @Test func aSelfEvaluatedWBBM() throws {
        let loaded = try load("predikat:\n" + Self.designation() + Self.designation("wbbm", year: 2025, by: "mandiri", date: "2025-12-10"))
        expectOne(loaded, "zi.self-evaluated-wbbm", line: 10, column: 11, "Menuju WBBM cannot be designated by the instansi's own evaluation")
        #expect(loaded.content?.zonaIntegritas.first?.designations.count == 1)
    }

    @Test func aDuplicateRecord() throws {
        let loaded = try load("predikat:\n" + Self.designation() + Self.designation(year: 2024, date: "2024-12-12"))
        expectOne(loaded, "zi.duplicate", line: 7, column: 5, "`\(Self.unit)` already holds Menuju WBK since 2023 (SK SK/2023)")
    }

    @Test func aPredicateGivenAgainAfterARevocationIsNoDuplicate() throws {
        let loaded = try load("predikat:\n" + Self.designation(revoked: "2024-03-01") + Self.designation(year: 2025, date: "2025-12-10"))
        #expect(loaded.diagnostics.filter { $0.severity == .error } == [])
        #expect(loaded.content?.zonaIntegritas.first?.designations.count == 2)
    }

    @Test func anUnknownPredicateAndAuthority() throws {
        let loaded = try load("predikat:\n" + Self.designation("wbbk", by: "kemenpan"))
        expectOne(loaded, "zi.unknown-predicate", line: 3, column: 15, "`predikat` must be `wbk` or `wbbm`, not `wbbk`")
        expectOne(loaded, "zi.unknown-authority", line: 5, column: 11, "`oleh` must be `tpn` or `mandiri`, not `kemenpan`")
    }

    @Test func theWordsOfTheDecreeAreAcceptedForThePredicate() throws {
        let loaded = try load("predikat:\n" + Self.designation("Menuju WBK"))
        #expect(loaded.diagnostics == [])
        #expect(loaded.content?.zonaIntegritas.first?.designations.first?.predicate == .wbk)
    }

    @Test func anIACMLevelOutOfRange() throws {
        let loaded = try load("kapabilitas_apip:\n  - tahun: 2024\n    level: 6\n")
        expectOne(loaded, "zi.invalid-level", line: 3, column: 12, "the IACM level must be 1 to 5, not 6")
    }

    @Test func aYearGivenTwiceAndAUnitProposedTwice() throws {
        let loaded = try load("usulan:\n  - tahun: 2024\n    unit: [\(Self.unit), \(Self.unit)]\n  - tahun: 2024\n    unit: []\n")
        expectOne(loaded, "zi.duplicate-proposal", line: 3, column: 26, "`\(Self.unit)` is proposed twice in 2024")
        expectOne(loaded, "zi.duplicate-year", line: 4, column: 12, "`usulan` already has an entry for 2024")
    }

    @Test func twoFilesForOneInstansi() throws {
        let loaded = try load("jumlah_unit: 3\n", extra: ["zona-integritas/\(TestPortal.instansi).json": "{\"jumlah_unit\": 4}"])
        let found = loaded.diagnostics("content.ambiguous-file")
        #expect(found.count == 1)
        #expect(found.first?.location == LenteraDiagnostics.SourceLocation(file: "content/\(Self.file)"))
        #expect(found.first?.summary.text(in: .en) == "both `\(TestPortal.instansi).json` and `\(TestPortal.instansi).yaml` exist in `zona-integritas`")
    }

    @Test func aPopulationSmallerThanThePortalsUnits() throws {
        let loaded = try load("jumlah_unit: 0\n")
        expectOne(loaded, "zi.population-too-small", line: 1, column: 14,
                  "`jumlah_unit` is 0, but the portal already holds 1 unit(s) of this instansi")
    }

    @Test func aNationalDesignationOutsideTheYearsProposalsIsAWarning() throws {
        let loaded = try load("usulan:\n  - tahun: 2023\n    unit: []\npredikat:\n" + Self.designation())
        expectOne(loaded, "zi.not-proposed", line: 5, column: 11,
                  "`\(Self.unit)` was designated by the national team in 2023 but is not in that year's `usulan`")
        #expect(loaded.diagnostics("zi.not-proposed").first?.severity == .warning)
    }

    @Test func aSelfEvaluationWhenTheConditionsWereNotMetIsAWarning() throws {
        // One unit, none designated by TPN before 2025: 0% < 30%.
        let loaded = try load("jumlah_unit: 1\npredikat:\n" + Self.designation(year: 2025, by: "mandiri", date: "2025-12-10"))
        expectOne(loaded, "zi.self-evaluation-not-eligible", line: 6, column: 11,
                  "the instansi did not meet the conditions for its own WBK evaluation in 2025")
    }

    @Test func aDecreeDatedOutsideItsYearIsAWarning() throws {
        let loaded = try load("predikat:\n" + Self.designation(year: 2023, date: "2021-12-12"))
        expectOne(loaded, "zi.decree-year", line: 6, column: 9, "the decree is dated 2021-12-12, but the predicate is for 2023")
    }

    // MARK: - Designation records (E.3.b–E.3.g)

    /// An instansi of one unit that held a TPN predicate at the end of 2024 and records
    /// nothing else, so that the conditions for its own evaluation in 2025 are unknown and a
    /// self-evaluated WBK of 2025 draws no other warning.
    static func eligible(_ entry: String) -> String {
        """
        jumlah_unit: 1
        predikat:
          - unit: \(unit)
            predikat: wbk
            tahun: 2022
            oleh: tpn
            sk: { nomor: "SK/2022", tanggal: 2022-12-12 }
            penetap: Menteri PANRB
            pencabutan: { nomor: "C/2025", tanggal: 2025-01-10, oleh: Menteri PANRB }
        \(entry)
        """
    }

    static func selfEvaluated(report: String?) -> String {
        var text = """
              - unit: \(unit)
                predikat: wbk
                tahun: 2025
                oleh: mandiri
                sk: { nomor: "M/2025", tanggal: 2025-03-01 }
                penetap: Wali Kota Contoh
                supervisi_tpn: ya
            """
        if let report { text += "\n    laporan_kemenpanrb: { nomor: \"L/1\", tanggal: \(report) }" }
        return text
    }

    static let lastDay = DesignationReportDeadline.lastDay(for: CalendarDate(iso: "2025-03-01")!)

    @Test func theNewFieldsAreRead() throws {
        let loaded = try load(Self.eligible(Self.selfEvaluated(report: Self.lastDay.iso)), date: CalendarDate(iso: "2026-01-01"))
        #expect(loaded.diagnostics == [])
        let designations = try #require(loaded.content?.zonaIntegritas.first?.designations)
        let tpn = try #require(designations.first { $0.authority == .tpn })
        #expect(tpn.designatedBy == "Menteri PANRB")
        #expect(tpn.revokedBy == "Menteri PANRB")
        let own = try #require(designations.first { $0.authority == .selfEvaluation })
        #expect(own.designatedBy == "Wali Kota Contoh")
        #expect(own.supervisedByTPN == true)
        #expect(own.report == ZIReport(number: "L/1", date: Self.lastDay))
    }

    @Test func aReportAfterTheLastDayIsAWarningAtItsDate() throws {
        let late = Self.lastDay.advanced(byDays: 1).iso
        let loaded = try load(Self.eligible(Self.selfEvaluated(report: late)))
        let days = DesignationReportDeadline.table.current.value
        expectOne(loaded, "zi.report-late", line: 17, column: 50,
                  "the self-evaluated Menuju WBK of `\(Self.unit)` (decree of 2025-03-01) was reported to KemenPANRB on \(late), after the last day \(Self.lastDay.iso) (\(days) days after the designation)")
        #expect(loaded.diagnostics("zi.report-late").first?.severity == .warning)
        #expect(loaded.diagnostics.count == 1, "\(loaded.diagnostics)")
    }

    @Test func noReportIsAWarningOnlyOnceTheLastDayHasPassed() throws {
        let text = Self.eligible(Self.selfEvaluated(report: nil))
        let due = try load(text, date: Self.lastDay)
        #expect(due.diagnostics == [])
        let passed = try load(text, date: Self.lastDay.advanced(byDays: 1))
        let days = DesignationReportDeadline.table.current.value
        expectOne(passed, "zi.report-missing", line: 13, column: 11,
                  "the self-evaluated Menuju WBK of `\(Self.unit)` (decree of 2025-03-01) is not recorded as reported to KemenPANRB, and its last day \(Self.lastDay.iso) (\(days) days after the designation) has passed")
        #expect(passed.diagnostics.count == 1, "\(passed.diagnostics)")
        #expect(passed.diagnostics[0].advice?.text(in: .id).contains("laporan_kemenpanrb") == true)
        // Without a date, nothing that depends on it is reported.
        #expect(try load(text).diagnostics == [])
    }

    @Test func aSelfEvaluationRecordedAsNotSupervisedIsAWarning() throws {
        let text = Self.eligible(Self.selfEvaluated(report: Self.lastDay.iso)).replacingOccurrences(of: "supervisi_tpn: ya", with: "supervisi_tpn: tidak")
        let loaded = try load(text)
        expectOne(loaded, "zi.not-supervised", line: 16, column: 20,
                  "the self-evaluation that designated `\(Self.unit)` Menuju WBK is recorded as not supervised by the TPN")
        #expect(loaded.diagnostics.count == 1)
        #expect(loaded.content?.zonaIntegritas.first?.designations.last?.supervisedByTPN == false)
    }

    @Test func aReportBeforeTheDecreeAndAnUnreadableYesNo() throws {
        var text = Self.eligible(Self.selfEvaluated(report: "2025-02-01"))
        text = text.replacingOccurrences(of: "supervisi_tpn: ya", with: "supervisi_tpn: mungkin")
        let loaded = try load(text)
        expectOne(loaded, "zi.reported-before-designated", line: 17, column: 50,
                  "the report to KemenPANRB (2025-02-01) is dated before the designation's decree (2025-03-01)")
        expectOne(loaded, "zi.invalid-yes-no", line: 16, column: 20, "`supervisi_tpn` must be `ya` or `tidak`, not `mungkin`")
    }

    // MARK: - Additional survey statements

    static let statements = """
        pernyataan_tambahan:
          spkp:
            - { kode: SPKP9, teks: Petugas menjelaskan hak pengguna layanan, mulai: 2026-01 }
          spak:
            - { kode: SPAK6, teks: Tidak ada konflik kepentingan, mulai: 2026-01 }

        """

    /// A ZI result of the test unit answering the appendix's statements and `extra`.
    static func ziResult(_ extra: [String]) -> String {
        let codes = ZIElements.all.map(\.code) + extra
        return "jenis: zi\nperiode: 2026-03\nresponden: 10\nrata_rata: { " + codes.map { "\($0): 5" }.joined(separator: ", ") + " }\n"
    }

    static let resultFile = "units/\(unit)/survei/zi-2026-03.yaml"
    /// Its analysis and follow-up plan (SE MenPANRB 04/2023, E.2.g), so that the only
    /// diagnostics are those of the statements.
    static let analysis = ["units/\(unit)/survei/zi-2026-03.md": "Analisis dan rencana tindak lanjut.\n"]

    @Test func theInstansisOwnStatementsAreReadAndItsUnitsResultsMustAnswerThem() throws {
        let answered = try load(Self.statements, extra: [Self.resultFile: Self.ziResult(["SPKP9", "SPAK6"])].merging(Self.analysis) { $1 })
        #expect(answered.diagnostics == [])
        #expect(answered.content?.zonaIntegritas.first?.instrument.additional.map(\.code) == ["SPKP9", "SPAK6"])
        #expect(answered.content?.surveys.first?.elements.count == ZIElements.all.count + 2)

        let missing = try load(Self.statements, extra: [Self.resultFile: Self.ziResult(["SPKP9"])])
        let found = missing.diagnostics("survey.missing-element")
        #expect(found.count == 1, "\(missing.diagnostics)")
        #expect(found.first?.location?.file == "content/" + Self.resultFile)
        #expect(found.first?.summary.text(in: .en).contains("`SPAK6`") == true)
        #expect(missing.content?.surveys.isEmpty == true)
    }

    @Test func withoutDeclaredStatementsAnExtraAnswerIsUnknown() throws {
        let loaded = try load("jumlah_unit: 4\n", extra: [Self.resultFile: Self.ziResult(["SPKP9"])].merging(Self.analysis) { $1 })
        #expect(loaded.diagnostics.map(\.code) == ["content.unknown-key"], "\(loaded.diagnostics)")
    }

    @Test func aStatementCodeThatIsTakenOrMalformed() throws {
        let text = """
            pernyataan_tambahan:
              spkp:
                - { kode: SPKP9, teks: Satu, mulai: 2026 }
                - { kode: SPKP1, teks: Dua, mulai: 2026 }
              spak:
                - { kode: spak 6, teks: Tiga, mulai: 2026 }
                - { kode: SPKP9, teks: Empat, mulai: 2026 }
            """
        let loaded = try load(text)
        let duplicates = loaded.diagnostics("zi.duplicate-statement")
        #expect(duplicates.map(\.location?.line) == [4, 7])
        #expect(duplicates.first?.summary.text(in: .en) == "the statement code `SPKP1` is already used")
        expectOne(loaded, "zi.invalid-statement-code", line: 6, column: 15, "`spak 6` is not a statement code")
        #expect(loaded.content?.zonaIntegritas.first?.instrument.additional.map(\.code) == ["SPKP9"])
    }
}

/// `pernyataan_tambahan[].mulai`: an added statement is asked, and required, only from its
/// first period; results of earlier periods keep the instrument they were asked with.
@Suite struct ZIStatementStartTests {
    static let unit = TestPortal.unit

    func load(_ record: String, results: [String: [String]]) throws -> LoadedContent {
        var portal = TestPortal().with("zona-integritas/\(TestPortal.instansi).yaml", record)
        for (period, extra) in results {
            let codes = ZIElements.all.map(\.code) + extra
            portal = portal
                .with("units/\(Self.unit)/survei/zi-\(period).yaml",
                      "jenis: zi\nperiode: \(period)\nresponden: 10\nrata_rata: { " + codes.map { "\($0): 5" }.joined(separator: ", ") + " }\n")
                .with("units/\(Self.unit)/survei/zi-\(period).md", "Analisis dan rencana tindak lanjut.\n")
        }
        return try LenteraContentTests.load(portal)
    }

    static func record(_ start: String) -> String {
        "pernyataan_tambahan:\n  spkp:\n    - { kode: SPKP9, teks: Petugas menjelaskan hak pengguna layanan, mulai: \(start) }\n"
    }

    @Test func resultsBeforeTheFirstPeriodNeedNotAnswerTheStatementLaterOnesMust() throws {
        // Fails without `mulai`: the February and March results were errors.
        let loaded = try load(Self.record("2026-04"), results: ["2026-02": [], "2026-03": [], "2026-04": ["SPKP9"]])
        #expect(loaded.diagnostics == [], "\(loaded.diagnostics)")
        #expect(loaded.content?.surveys.count == 3)
        #expect(loaded.content?.zonaIntegritas.first?.instrument.firstPeriod(of: "SPKP9") == SurveyPeriod("2026-04"))

        // From the first period on (a quarter that begins in April too), the answer is required.
        let later = try load(Self.record("2026-04"), results: ["2026-05": [], "2026-Q2": []])
        let missing = later.diagnostics("survey.missing-element")
        #expect(missing.count == 2, "\(later.diagnostics)")
        #expect(missing.allSatisfy { $0.summary.text(in: .en).contains("`SPKP9`") })

        // A quarter that began before the first month was not surveyed with it.
        let quarter = try load(Self.record("2026-05"), results: ["2026-Q2": []])
        #expect(quarter.diagnostics == [], "\(quarter.diagnostics)")
        // An answer to it before its first period is not one of the period's statements.
        let early = try load(Self.record("2026-04"), results: ["2026-03": ["SPKP9"]])
        #expect(early.diagnostics.map(\.code) == ["content.unknown-key"], "\(early.diagnostics)")
    }

    @Test func theFirstPeriodIsRequiredAndMustBeAPeriod() throws {
        let none = try load("pernyataan_tambahan:\n  spkp:\n    - { kode: SPKP9, teks: Satu }\n", results: [:])
        #expect(none.diagnostics.map(\.code) == ["content.missing-field"])
        #expect(none.diagnostics.first?.location?.line == 3)
        #expect(none.diagnostics.first?.advice?.text(in: .en).contains("`mulai: 2026-10`") == true)
        #expect(none.content?.zonaIntegritas.first?.instrument.additional.isEmpty == true)

        let wrong = try load(Self.record("Oktober 2026"), results: [:])
        #expect(wrong.diagnostics.map(\.code) == ["zi.invalid-statement-start"])
        #expect(wrong.diagnostics.first?.summary.text(in: .en) == "`mulai` is not a period: `Oktober 2026`")
        #expect(wrong.diagnostics.first?.location?.line == 3)
    }

    /// The reviewer's case: adding a statement to the example instansi after its July–September
    /// 2026 results leaves them valid (before `mulai`, every one of them was an error and
    /// their analysis an orphan).
    @Test func addingAStatementWithALaterStartLeavesTheExamplesEarlierResultsValid() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("content"), to: content)
            let baseline = ContentLoader(root: content, displayRoot: "content").load()
            let file = content.appendingPathComponent("zona-integritas/kota-banjarmasin.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            func added(_ start: String) throws -> LoadedContent {
                try Data((text + "pernyataan_tambahan:\n  spkp:\n    - { kode: SPKP9, teks: Petugas menjelaskan hak pengguna layanan, mulai: \(start) }\n").utf8)
                    .write(to: file)
                return ContentLoader(root: content, displayRoot: "content").load()
            }
            let later = try added("2026-10")
            #expect(later.diagnostics == baseline.diagnostics, "\(later.diagnostics)")
            #expect(later.content?.surveys.filter { $0.kind == .zi }.count == 3)
            #expect(later.content?.zonaIntegritas.contains { $0.instrument.additional.map(\.code) == ["SPKP9"] } == true)
            // Asked from July, the example's July–September results lack it.
            let asked = try added("2026-07")
            #expect(asked.diagnostics("survey.missing-element").count == 3)
        }
    }
}

/// `usulan[].tanggal`: the day a proposal went to the TPN, read as a date with a positioned error.
@Suite struct ZIProposalDateTests {
    @Test func aProposalDateIsRead() throws {
        let loaded = try ZonaIntegritasFileTests().load("usulan:\n  - tahun: 2026\n    tanggal: 2026-05-20\n    unit: [\(TestPortal.unit)]\n")
        #expect(loaded.diagnostics == [])
        #expect(loaded.content?.zonaIntegritas.first?.proposals == [ZIProposals(year: 2026, units: [TestPortal.unit], date: CalendarDate(year: 2026, month: 5, day: 20))])
    }

    /// A date outside the proposal's year is likely a typo in one of them: a warning at the
    /// date, the proposal still read (found by the guide's writer: it passed silently).
    @Test func aProposalDateOutsideItsYearIsAWarning() throws {
        let loaded = try ZonaIntegritasFileTests().load("usulan:\n  - tahun: 2026\n    tanggal: 2025-08-14\n    unit: [\(TestPortal.unit)]\n")
        ZonaIntegritasFileTests().expectOne(loaded, "zi.proposal-date-year", line: 3, column: 14, "the proposal's date 2025-08-14 is not in its year 2026")
        #expect(loaded.diagnostics("zi.proposal-date-year").first?.severity == .warning)
        #expect(loaded.content?.zonaIntegritas.first?.proposals.first?.date == CalendarDate(year: 2025, month: 8, day: 14))
        let inYear = try ZonaIntegritasFileTests().load("usulan:\n  - tahun: 2026\n    tanggal: 2026-01-01\n    unit: [\(TestPortal.unit)]\n")
        #expect(inYear.diagnostics == [])
    }

    @Test func aProposalDateThatIsNoDateIsAnErrorAtItsValue() throws {
        let loaded = try ZonaIntegritasFileTests().load("usulan:\n  - tahun: 2026\n    tanggal: 20-05-2026\n    unit: [\(TestPortal.unit)]\n")
        let found = loaded.diagnostics("content.invalid-date")
        #expect(found.count == 1)
        #expect(found.first?.location == LenteraDiagnostics.SourceLocation(file: "content/" + ZonaIntegritasFileTests.file, line: 3, column: 14))
        #expect(found.first?.advice?.text(in: .en).isEmpty == false)
    }
}
