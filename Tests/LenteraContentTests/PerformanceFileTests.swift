import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// `units/<unit>/kinerja/<period>.yaml`: what it holds and what the loader says about a
/// wrong one, exactly.
@Suite struct PerformanceFileTests {
    static let folder = "units/\(TestPortal.unit)/kinerja"

    /// Line numbers matter: the tests below point at them.
    static let report = """
        periode: 2026-S1
        data_contoh: true
        indikator:
          - kode: IK-1
            indikator: Penyelesaian perekaman dan pencetakan KTP-el
            target: 100
            satuan: "%"
            realisasi: 96.4
          - kode: IK-2
            sasaran: Meningkatkan kualitas pelayanan
            indikator: Tingkat realisasi penyerapan anggaran
            target: 94
            satuan: "%"
            target_teks: "94–98%"
            keterangan: Belum dilaporkan

        """

    func load(_ files: [String: String]) throws -> LoadedContent {
        var portal = TestPortal()
        for (path, text) in files { portal = portal.with(path, text) }
        return try LenteraContentTests.load(portal)
    }

    func diagnostics(_ text: String, name: String = "2026-S1.yaml") throws -> [Diagnostic] {
        try load(["\(Self.folder)/\(name)": text]).diagnostics
    }

    func file(_ name: String = "2026-S1.yaml") -> String { "content/\(Self.folder)/\(name)" }

    @Test func aReportLoads() throws {
        let loaded = try load(["\(Self.folder)/2026-S1.yaml": Self.report])
        #expect(loaded.diagnostics == [])
        let report = try #require(loaded.content?.performance.first)
        #expect(report.unit == TestPortal.unit)
        #expect(report.period == SurveyPeriod("2026-S1"))
        #expect(report.exampleData)
        #expect(report.indicators.map(\.code) == ["IK-1", "IK-2"])
        #expect(report.indicators[0].realisation == 96.4)
        #expect(report.indicators[1] == PerformanceIndicator(code: "IK-2", goal: "Meningkatkan kualitas pelayanan", indicator: "Tingkat realisasi penyerapan anggaran",
                                                             target: 94, unitOfMeasure: "%", targetText: "94–98%", realisation: nil, remarks: "Belum dilaporkan"))
    }

    @Test(arguments: ["0", "-5", "banyak"])
    func aTargetOfZeroOrLessOrNotANumber(target: String) throws {
        let found = try diagnostics(Self.report.replacingOccurrences(of: "target: 100", with: "target: \(target)"))
        #expect(found.inEnglish == [
            .error("performance.invalid-target", at: SourceLocation(file: file(), line: 6, column: 13),
                   "`target` must be a number greater than zero, not `\(target)`",
                   hint: target == "0"
                       ? "a target of zero means \"none at all\" (e.g. no violation): write `jenis_target: paling_banyak` with `target: 0`; otherwise give the target as a number greater than zero"
                       : "give the target as a number, e.g. `target: 94` with `satuan: \"%\"`; put the published wording in `target_teks`, e.g. `target_teks: \"94–98%\"`"),
        ])
    }

    @Test func aNegativeRealisation() throws {
        let found = try diagnostics(Self.report.replacingOccurrences(of: "realisasi: 96.4", with: "realisasi: -3"))
        #expect(found.inEnglish == [
            .error("performance.negative-realisation", at: SourceLocation(file: file(), line: 8, column: 16),
                   "`realisasi` must not be negative (-3)",
                   hint: "give what was achieved in the period, in the same unit as `target`; leave `realisasi` out while it is not yet reported"),
        ])
    }

    @Test func aRealisationThatIsNotANumberIsNotTakenAsUnreported() throws {
        let loaded = try load(["\(Self.folder)/2026-S1.yaml": Self.report.replacingOccurrences(of: "realisasi: 96.4", with: "realisasi: hampir")])
        #expect(loaded.diagnostics.map(\.code) == ["content.expected-number"])
        #expect(loaded.content?.performance == [])
    }

    @Test func aDuplicateIndicatorCode() throws {
        let found = try diagnostics(Self.report.replacingOccurrences(of: "kode: IK-2", with: "kode: IK-1"))
        #expect(found.inEnglish == [
            .error("performance.duplicate-code", at: SourceLocation(file: file(), line: 9, column: 11),
                   "the indicator code `IK-1` is used twice (first on line 4)", hint: "give each indicator of the period its own `kode`"),
        ])
    }

    @Test func aFileNameThatIsNotItsPeriod() throws {
        let found = try diagnostics(Self.report, name: "2026-S2.yaml")
        #expect(found.inEnglish == [
            .error("performance.period-mismatch", at: SourceLocation(file: file("2026-S2.yaml"), line: 1, column: 10),
                   "the file is named `2026-S2` but `periode` is 2026-S1",
                   hint: "name the file after its period, `2026-S1.yaml`, so that each period has one file"),
        ])
    }

    @Test func aPeriodGivenTwice() throws {
        // Both names read as the period 2026-S1.
        let found = try load(["\(Self.folder)/2026-S1.yaml": Self.report, "\(Self.folder)/2026-s1.yaml": Self.report]).diagnostics
        #expect(found.inEnglish == [
            .error("performance.duplicate-period", at: SourceLocation(file: file("2026-s1.yaml"), line: 1, column: 10),
                   "\(file()) already holds the indicators of 2026-S1", hint: "keep one file per period"),
        ])
    }

    @Test func anEmptyList() throws {
        let found = try diagnostics("periode: 2026-S1\ndata_contoh: false\nindikator: []\n")
        #expect(found.inEnglish == [
            .error("performance.empty", at: SourceLocation(file: file(), line: 3, column: 12), "`indikator` lists no indicator",
                   hint: "give each indicator with `kode`, `indikator`, `target` and `satuan`, or remove the file"),
        ])
    }

    @Test func aQuarterIsWarnedAbout() throws {
        let found = try diagnostics(Self.report.replacingOccurrences(of: "2026-S1", with: "2026-Q2"), name: "2026-Q2.yaml")
        #expect(found.inEnglish == [
            .warning("performance.unusual-period", at: SourceLocation(file: file("2026-Q2.yaml"), line: 1, column: 10),
                     "performance is assessed twice a year, but `periode` is 2026-Q2",
                     hint: "Kepmendagri 100-1077/2017 assesses on 30 June and 31 December: use `2026-S1`, `2026-S2` or `2026`"),
        ])
    }

    @Test func anUnknownFieldAndAnUnknownFileAreReported() throws {
        let loaded = try load(["\(Self.folder)/2026-S1.yaml": Self.report.replacingOccurrences(of: "satuan: \"%\"\n    realisasi", with: "satuan: \"%\"\n    realisai"),
                               "\(Self.folder)/catatan.txt": "x"])
        #expect(loaded.diagnostics.map(\.code) == ["content.unknown-key", "content.unread-file"])
        #expect(loaded.diagnostics.first?.advice?.text(in: .en).hasPrefix("did you mean `realisasi`?") == true)
    }
}
