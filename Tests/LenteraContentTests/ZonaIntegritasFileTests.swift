import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// `zona-integritas/<instansi>.yaml`: what it holds, and every diagnostic exactly.
@Suite struct ZonaIntegritasFileTests {
    static let file = "zona-integritas/\(TestPortal.instansi).yaml"
    static let unit = TestPortal.unit

    func load(_ text: String, extra: [String: String] = [:]) throws -> LoadedContent {
        var portal = TestPortal().with(Self.file, text)
        for (path, content) in extra { portal = portal.with(path, content) }
        return try LenteraContentTests.load(portal)
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
}

/// `usulan[].tanggal`: the day a proposal went to the TPN, read as a date with a positioned error.
@Suite struct ZIProposalDateTests {
    @Test func aProposalDateIsRead() throws {
        let loaded = try ZonaIntegritasFileTests().load("usulan:\n  - tahun: 2026\n    tanggal: 2026-05-20\n    unit: [\(TestPortal.unit)]\n")
        #expect(loaded.diagnostics == [])
        #expect(loaded.content?.zonaIntegritas.first?.proposals == [ZIProposals(year: 2026, units: [TestPortal.unit], date: CalendarDate(year: 2026, month: 5, day: 20))])
    }

    @Test func aProposalDateThatIsNoDateIsAnErrorAtItsValue() throws {
        let loaded = try ZonaIntegritasFileTests().load("usulan:\n  - tahun: 2026\n    tanggal: 20-05-2026\n    unit: [\(TestPortal.unit)]\n")
        let found = loaded.diagnostics("content.invalid-date")
        #expect(found.count == 1)
        #expect(found.first?.location == LenteraDiagnostics.SourceLocation(file: "content/" + ZonaIntegritasFileTests.file, line: 3, column: 14))
        #expect(found.first?.advice?.text(in: .en).isEmpty == false)
    }
}
