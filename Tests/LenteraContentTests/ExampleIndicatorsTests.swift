import Foundation
import LenteraContent
import LenteraDomain
import LenteraTesting
import Testing

/// The example portal's indicators against seed 003 (Kepmendagri 100-1077/2017, Lampiran
/// II.C.1): the kabupaten/kota table's three goals and the province table, each kind of
/// target, assessor and assessed — all marked as example data.
@Suite struct ExampleIndicatorsTests {
    static func reports() throws -> [PerformanceReport] {
        let content = Repository.root.appendingPathComponent("content")
        return try #require(ContentLoader(root: content, displayRoot: "content").load().content).performance
    }

    @Test func everyExampleReportIsMarkedAsExampleDataAndNamesPositions() throws {
        let reports = try Self.reports()
        #expect(!reports.isEmpty)
        for report in reports {
            #expect(report.exampleData, "\(report.unit) \(report.period)")
            #expect(report.assessor?.hasPrefix("Direktur Jenderal Kependudukan dan Pencatatan Sipil") == true)
            #expect(report.assessed?.hasPrefix("Kepala Dinas Kependudukan dan Pencatatan Sipil") == true)
        }
    }

    @Test func theCityHasTheDecreesThreeGoalsWithEachKindOfTarget() throws {
        for report in try Self.reports() where report.unit == "dinas-kependudukan-dan-pencatatan-sipil-banjarmasin" {
            #expect(Set(report.indicators.map(\.kind)) == Set(TargetKind.allCases), "\(report.period)")
            // "Tidak ada Pungutan/tidak terjadi OTT" (l. 220) is a ceiling of zero.
            let levies = try #require(report.indicators.first { $0.targetText == "Tidak ada pungutan/tidak terjadi OTT" })
            #expect(levies.kind == .atMost && levies.target == 0)
            #expect(report.indicators.contains { $0.kind == .delivered && $0.targetText == "Laporan hasil pelayanan Dukcapil per keluaran/output" })
            #expect(report.indicators.contains { $0.kind == .count && !$0.items.isEmpty })
        }
    }

    @Test func theProvinceTableIsInTheExample() throws {
        let province = try #require(try Self.reports().first { $0.unit == "dinas-dukcapil-provinsi-contoh" })
        // Five facilitation indicators and the two of "Pelaksanaan Permendagri No. 76 Tahun 2015" (l. 210–211).
        #expect(province.indicators.count == 7)
        let violations = province.indicators.filter { $0.targetText == "Tidak ada pelanggaran terhadap Permendagri No. 76 Tahun 2015" }
        #expect(violations.map(\.kind) == [.atMost, .atMost])
        #expect(violations.map(\.target) == [0, 0])
        // One met, one missed: the page shows both cases.
        #expect(violations.compactMap(\.completion) == [100, 0])
    }
}
