import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// The kinds of target of Kepmendagri 100-1077/2017 in `units/<unit>/kinerja/<period>.yaml`:
/// `jenis_target`, `rincian`, `penilai` and `dinilai`, and the exact errors for wrong values.
@Suite struct PerformanceTargetKindFileTests {
    static let folder = "units/\(TestPortal.unit)/kinerja"

    /// Line numbers matter: the tests below point at them.
    static let report = """
        periode: 2026-S1
        penilai: Direktur Jenderal Kependudukan dan Pencatatan Sipil Kementerian Dalam Negeri
        dinilai: Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Contoh
        indikator:
          - kode: IK-1
            indikator: Pelaksanaan Permendagri No. 76 Tahun 2015
            jenis_target: paling_banyak
            target: 0
            satuan: pelanggaran
            realisasi: 0
          - kode: IK-2
            indikator: Laporan hasil pelayanan per keluaran/output
            jenis_target: laporan
            realisasi: ya
          - kode: IK-3
            indikator: Jenis dan jumlah inovasi
            jenis_target: jumlah
            target: 2
            satuan: inovasi
            rincian:
              - Antrean daring
              - Layanan keliling

        """

    func load(_ text: String) throws -> LoadedContent {
        try LenteraContentTests.load(TestPortal().with("\(Self.folder)/2026-S1.yaml", text))
    }

    func diagnostics(_ text: String) throws -> [Diagnostic] { try load(text).diagnostics }

    var file: String { "content/\(Self.folder)/2026-S1.yaml" }

    @Test func eachKindLoads() throws {
        let loaded = try load(Self.report)
        #expect(loaded.diagnostics == [])
        let report = try #require(loaded.content?.performance.first)
        #expect(report.assessor == "Direktur Jenderal Kependudukan dan Pencatatan Sipil Kementerian Dalam Negeri")
        #expect(report.assessed == "Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Contoh")
        #expect(report.indicators[0] == PerformanceIndicator(code: "IK-1", indicator: "Pelaksanaan Permendagri No. 76 Tahun 2015", kind: .atMost,
                                                             target: 0, unitOfMeasure: "pelanggaran", realisation: 0))
        #expect(report.indicators[1] == PerformanceIndicator(code: "IK-2", indicator: "Laporan hasil pelayanan per keluaran/output", kind: .delivered,
                                                             target: 1, unitOfMeasure: "laporan", realisation: 1))
        // The count is taken from what was counted.
        #expect(report.indicators[2] == PerformanceIndicator(code: "IK-3", indicator: "Jenis dan jumlah inovasi", kind: .count, target: 2,
                                                             unitOfMeasure: "inovasi", realisation: 2, items: ["Antrean daring", "Layanan keliling"]))
    }

    @Test func aReportNotDeliveredIsZeroAndOneNotReportedIsNil() throws {
        let no = try load(Self.report.replacingOccurrences(of: "realisasi: ya", with: "realisasi: tidak"))
        #expect(no.content?.performance.first?.indicators[1].realisation == 0)
        let none = try load(Self.report.replacingOccurrences(of: "    realisasi: ya\n", with: ""))
        #expect(none.diagnostics == [])
        #expect(none.content?.performance.first?.indicators[1].realisation == nil)
    }

    @Test func anUnknownKind() throws {
        let found = try diagnostics(Self.report.replacingOccurrences(of: "jenis_target: paling_banyak", with: "jenis_target: minimal"))
        #expect(found.inEnglish == [
            .error("performance.unknown-target-kind", at: SourceLocation(file: file, line: 7, column: 19),
                   "`jenis_target` must be `paling_sedikit`, `paling_banyak`, `laporan` or `jumlah`, not `minimal`",
                   hint: "`paling_sedikit`: more is better (the default); `paling_banyak`: lower is better, the target may be 0; `laporan`: delivered or not; `jumlah`: a count, with `rincian` (see docs/rules.md)"),
        ])
    }

    @Test func aCeilingBelowZero() throws {
        let found = try diagnostics(Self.report.replacingOccurrences(of: "target: 0", with: "target: -1"))
        #expect(found.inEnglish == [
            .error("performance.negative-target", at: SourceLocation(file: file, line: 8, column: 13),
                   "`target` of a `paling_banyak` indicator must be a number zero or more, not `-1`",
                   hint: "give the limit not to be exceeded, e.g. `target: 0` for \"no violation\""),
        ])
    }

    @Test func aTargetOfZeroIsRefusedWhereMoreIsBetter() throws {
        let found = try diagnostics(Self.report.replacingOccurrences(of: "    jenis_target: paling_banyak\n", with: ""))
        #expect(found.map(\.code) == ["performance.invalid-target"])
        #expect(found.first?.location == SourceLocation(file: file, line: 7, column: 13))
    }

    @Test func aCountThatIsNotWhole() throws {
        let found = try diagnostics(Self.report.replacingOccurrences(of: "target: 2", with: "target: 2.5"))
        #expect(found.inEnglish == [
            .error("performance.not-whole", at: SourceLocation(file: file, line: 18, column: 13),
                   "`target` of a `jumlah` indicator must be a whole number, not `2.5`",
                   hint: "give how many were counted, e.g. `target: 3`; when it is not a count, remove `jenis_target: jumlah`"),
        ])
    }

    @Test func aCountThatDisagreesWithItsList() throws {
        let found = try diagnostics(Self.report.replacingOccurrences(of: "    rincian:", with: "    realisasi: 3\n    rincian:"))
        #expect(found.inEnglish == [
            .error("performance.items-mismatch", at: SourceLocation(file: file, line: 20, column: 16),
                   "`rincian` lists 2 lines but `realisasi` is 3",
                   hint: "make them agree: `realisasi: 2` when the list is complete, or complete `rincian`; `realisasi` may be left out, the count is then taken from `rincian`"),
        ])
    }

    @Test func aListOnAnotherKind() throws {
        let found = try diagnostics(Self.report.replacingOccurrences(of: "    jenis_target: jumlah\n", with: ""))
        #expect(found.map(\.code) == ["performance.items-not-count"])
        #expect(found.first?.location?.line == 19)
    }

    @Test func aReportWithAWrongRealisationOrATarget() throws {
        let wrong = try diagnostics(Self.report.replacingOccurrences(of: "realisasi: ya", with: "realisasi: 3"))
        #expect(wrong.inEnglish == [
            .error("performance.invalid-delivery", at: SourceLocation(file: file, line: 14, column: 16),
                   "`realisasi` of a report indicator must be `ya` (the report was delivered) or `tidak`, not `3`",
                   hint: "write `realisasi: ya` when the report was delivered, `realisasi: tidak` when not; leave `realisasi` out while it is not yet reported"),
        ])
        let target = try diagnostics(Self.report.replacingOccurrences(of: "    jenis_target: laporan\n", with: "    jenis_target: laporan\n    target: 1\n"))
        #expect(target.map(\.code) == ["performance.report-target"])
        #expect(target.first?.severity == .warning)
        #expect(target.first?.location == SourceLocation(file: file, line: 14, column: 13))
    }

    @Test func targetAndUnitAreRequiredExceptForAReport() throws {
        let found = try diagnostics(Self.report.replacingOccurrences(of: "    target: 0\n    satuan: pelanggaran\n", with: ""))
        #expect(found.map(\.code) == ["content.missing-field", "content.missing-field"])
        #expect(found.map { $0.summary.text(in: .en) }.allSatisfy { $0.contains("`target`") || $0.contains("`satuan`") })
    }

    @Test func theExampleInDocsContentLoads() throws {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("docs/content.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Performance indicators:").dropFirst().first)
        let yaml = try #require(section.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```").first)
        let loaded = try load(yaml)
        #expect(loaded.diagnostics.map(\.formatted) == [])
        #expect(Set(loaded.content?.performance.first?.indicators.map(\.kind) ?? []) == Set(TargetKind.allCases))
    }
}
