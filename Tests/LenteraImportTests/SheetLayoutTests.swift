import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain
@testable import LenteraImport
import LenteraTesting
import Testing

/// The sheets evaluation teams hold, in the layout the survey apps produce: title rows
/// above the header, `P1 … Pn`, a numbered row per respondent, and the sheet's own JP,
/// NRR, weighted NRR, IKM and category below; and the check of those figures against
/// Lentera's own.
@Suite struct SheetLayoutTests {
    /// The committed sheets (see Workbooks/make-workbooks.py).
    static func workbook(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Workbooks/\(name)")
    }

    /// Imports `file` (named `display` in messages) into the minimal test portal.
    static func importing(_ file: URL, display: String? = nil, service: String? = nil, sheet: String? = nil, portal: TestPortal = TestPortal(),
                          body: (URL, Result<SurveyImport.Outcome, SurveyImport.Failure>) throws -> Void = { _, _ in }) throws
        -> Result<SurveyImport.Outcome, SurveyImport.Failure> {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try portal.write(to: content)
            var request = SurveyImport.Request(export: file, exportDisplay: display ?? file.lastPathComponent, content: content,
                                               contentDisplay: "content", unit: TestPortal.unit, period: "2024-Q1", service: service)
            request.sheet = sheet
            let result: Result<SurveyImport.Outcome, SurveyImport.Failure>
            do throws(SurveyImport.Failure) { result = .success(try SurveyImport(request).run()) } catch { result = .failure(error) }
            try body(content, result)
            return result
        }
    }

    static func importing(text: String, name: String = "lembar.csv") throws -> Result<SurveyImport.Outcome, SurveyImport.Failure> {
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            return try importing(file)
        }
    }

    /// The worked check of the domain reference: 29 respondents, element totals 105, 101,
    /// 100, 116, 102, 105, 106, 105, 115; by hand, Σ totals = 955, IKM = 955 / 29 / 9 × 25.
    static let handIKM = 955.0 / 29.0 / 9.0 * 25.0

    @Test func theSurveyAppsSheetSavedAsCSVImportsWithTheIKMOfAHandCalculation() throws {
        let outcome = try Self.importing(Self.workbook("pengolahan-ikm.csv")).get()
        #expect(outcome.tally.headerLine == 5)
        #expect(outcome.tally.titleRows == 4)
        #expect(outcome.tally.accepted == 29)
        #expect(outcome.tally.rejected.isEmpty)
        #expect(outcome.result.elements["U4"]?.total == 116)
        let score = try #require(IKMScore(result: outcome.result, elements: SKMElements.standard, weights: SurveySettings().skmWeights))
        #expect(abs(score.converted - Self.handIKM) < 1e-9)
        #expect(abs(score.converted - 91.475) < 0.0005)
        // Its own figures: the respondents above, JP, NRR, weighted NRR, IKM, category below; all agree.
        #expect(outcome.tally.figures.rows.map(\.kind) == [.respondents, .totals, .means, .weighted, .index, .category])
        #expect(!outcome.diagnostics.contains { $0.code.hasPrefix("import.check.") }, "\(outcome.diagnostics.inEnglish)")
    }

    @Test func aSheetWhoseIKMUsedTheWeight0111IsWarnedAboutWithBothValues() throws {
        let outcome = try Self.importing(Self.workbook("pengolahan-ikm-0111.csv")).get()
        let index = try #require(outcome.diagnostics.first { $0.code == "import.check.index" })
        #expect(index.severity == .warning)
        #expect(index.location?.line == 38)
        #expect(index.summary.text(in: .en) == "the sheet's Indeks Kepuasan Masyarakat (IKM) is 91.38; Lentera computes 91,475 from the respondent rows")
        #expect(index.advice?.text(in: .en).hasPrefix("likely cause: a weight of 0,111 instead of 1/9") == true)
        // The weighted means name the same cause; what is imported is Lentera's figure.
        #expect(outcome.diagnostics.first { $0.code == "import.check.weighted" }?.advice?.key == "import.check.cause.weight-0111")
        #expect(outcome.result.elements["U9"]?.total == 115)
    }

    @Test func titleRowsANumberingRowAndEmptyFormLinesAreNotRespondents() throws {
        let text = """
            SURVEI KEPUASAN MASYARAKAT,,,,,,,,,
            ,,,,,,,,,

            No,P1,P2,P3,P4,P5,P6,P7,P8,P9
            (1),(2),(3),(4),(5),(6),(7),(8),(9),(10)
            1,4,4,4,4,4,4,4,4,4
            2,3,3,3,3,3,3,3,3,3
            3,,,,,,,,,
            4,,,,,,,,,
            Jumlah,7,7,7,7,7,7,7,7,7
            Catatan: diolah oleh tim,,,,,,,,,

            """
        let outcome = try Self.importing(text: text).get()
        #expect(outcome.tally.headerLine == 4)
        #expect(outcome.tally.titleRows == 1)
        #expect(outcome.tally.numberingRows == 1)
        #expect(outcome.tally.unanswered == 2)
        #expect(outcome.tally.accepted == 2)
        #expect(outcome.tally.rejected.isEmpty)
        #expect(outcome.tally.afterSummary == 1)
        #expect(outcome.result.elements["U1"]?.counts == [0, 0, 1, 1])
    }

    @Test func parametersFollowThePortalsElementsAndOneTooManyIsRefused() throws {
        let portal = TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML
            + "survei:\n  unsur_skm:\n    - { kode: U1, nama: Persyaratan }\n    - { kode: U2, nama: Prosedur }\n    - { kode: U3, nama: Waktu }\n")
        try withTemporaryFolder { folder in
            let three = folder.appendingPathComponent("tiga.csv")
            try Data("P1,P2,P3\n4,3,2\n".utf8).write(to: three)
            let outcome = try Self.importing(three, portal: portal).get()
            #expect(outcome.result.elements["U3"]?.counts == [0, 1, 0, 0])
            let four = folder.appendingPathComponent("empat.csv")
            try Data("P1,P2,P3,P4\n4,3,2,1\n".utf8).write(to: four)
            guard case .failure(let failure) = try Self.importing(four, portal: portal) else { Issue.record("P4 was left out silently"); return }
            #expect(failure.diagnostics.map(\.code) == ["import.extra-parameter"])
            #expect(failure.diagnostics.first?.summary.text(in: .en) == "the sheet has the columns P4, but the portal's survey has only 3 elements")
        }
    }

    @Test func withoutAHeaderInTheFirstRowsTheImportSaysWhatItLookedFor() throws {
        let text = (1...40).map { "baris \($0),1,2,3" }.joined(separator: "\n") + "\n"
        guard case .failure(let failure) = try Self.importing(text: text) else { Issue.record("imported without a header"); return }
        #expect(failure.diagnostics.map(\.code) == ["import.no-header"])
        #expect(failure.diagnostics.first?.summary.text(in: .en) == "no header row naming U1 … U9 among the first 30 rows that are not blank")
    }

    @Test func summaryLabelsAreRecognisedAndNamesAreNot() {
        let cases: [(String, SheetFigures.Kind?)] = [
            ("Jumlah Responden", .respondents), ("Jumlah Nilai per Parameter (JP)", .totals), ("Σ Nilai/Unsur", .totals),
            ("JUMLAH", .totals), ("Nilai Rata-rata (NRR) per Parameter", .means), ("NRR / Unsur", .means),
            ("NRR tertimbang / unsur", .weighted), ("Nilai Indeks per Parameter", .weighted), ("Bobot", .weights),
            ("Indeks Kepuasan Masyarakat (IKM)", .index), ("IKM Unit Pelayanan", .index), ("Nilai IKM (konversi)", .index),
            ("Kategori Penilaian Kepuasan Pelayanan", .category), ("Mutu Pelayanan", .category), ("Kinerja Unit Pelayanan", .category),
            ("Siti Rahayu", nil), ("No Urut Responden", nil), ("Nilai Unsur Pelayanan", nil), ("Jumlahsari", nil), ("", nil),
        ]
        for (label, kind) in cases { #expect(SheetFigures.kind(ofLabel: label) == kind, "\(label)") }
    }

    @Test func numbersAreReadAsWrittenInEitherConvention() throws {
        #expect(SheetNumber(text: "3,62")?.readings.map(\.value) == [3.62])
        #expect(SheetNumber(text: "3.62")?.readings.map(\.decimals) == [2])
        // A lone mark before three digits may group thousands.
        #expect(SheetNumber(text: "1.050")?.readings.map(\.value) == [1.05, 1050])
        #expect(SheetNumber(text: "1.050,5")?.readings.map(\.value) == [1050.5])
        #expect(SheetNumber(text: "1,050.5")?.readings.map(\.value) == [1050.5])
        #expect(SheetNumber(text: "91,475")?.matches(91.475) == true)
        #expect(SheetNumber(text: "91,38")?.matches(91.384) == true)
        #expect(SheetNumber(text: "91,38")?.matches(91.475) == false)
        for text in ["", "abc", "3,62 %", "1e3", "3,6,2x", "--1"] { #expect(SheetNumber(text: text) == nil, "\(text)") }
        // A stored number is as precise as it is.
        #expect(SheetNumber(stored: 91.38333333333333, text: "91,38").matches(91.38) == false)
    }

    /// The causes a sheet's IKM is checked for, each made by its own arithmetic from the
    /// worked check's means.
    @Test func eachKnownMistakeIsNamedAsTheLikelyCause() throws {
        let totals = [105.0, 101, 100, 116, 102, 105, 106, 105, 115]
        let nrr = totals.map { $0 / 29 }
        let weights = [Double](repeating: 1.0 / 9, count: 9)
        func sheet(_ value: Double, _ decimals: Int) -> SheetNumber {
            try! #require(SheetNumber(text: String(format: "%.\(decimals)f", value)))
        }
        func cause(_ value: Double, decimals: Int = 2, factor: Double = 25) -> SheetCrossCheck.Cause {
            SheetCrossCheck.cause(sheet: sheet(value, decimals), nrr: nrr, weights: weights, factor: factor, totalsDiffer: false)
        }
        #expect(cause(nrr.reduce(0, +) * 0.111 * 25) == .roundedWeight)
        // Rounded to 2 decimals before weighting: (3.62 + 3.48 + … + 3.97) / 9 × 25 = 91.5, not 91.475.
        let rounded = nrr.map { ($0 * 100).rounded() / 100 }
        #expect(cause(rounded.reduce(0, +) / 9 * 25, decimals: 3) == .roundedMeans)
        #expect(cause(rounded.reduce(0, +) * 0.111 * 25) == .roundedMeansAndWeight)
        #expect(cause(nrr.reduce(0, +), decimals: 3, factor: 1) == .missingWeight)
        #expect(cause(80.0) == .unknown)
        #expect(SheetCrossCheck.cause(sheet: sheet(80, 2), nrr: nrr, weights: weights, factor: 25, totalsDiffer: true) == .otherRows)
    }

    @Test func aCategoryIsReadAsALetterALabelOrBoth() {
        #expect(SheetCrossCheck.mutu(named: "A (Sangat Baik)") == .A)
        #expect(SheetCrossCheck.mutu(named: "Baik") == .B)
        #expect(SheetCrossCheck.mutu(named: "KURANG BAIK") == .C)
        #expect(SheetCrossCheck.mutu(named: "d") == .D)
        #expect(SheetCrossCheck.mutu(named: "Tidak Baik") == .D)
        #expect(SheetCrossCheck.mutu(named: "lihat catatan") == nil)
    }

    @Test func sumsOfOtherRowsAndAWrongCategoryAreWarnedAbout() throws {
        let text = """
            No,U1,U2,U3,U4,U5,U6,U7,U8,U9
            1,4,4,4,4,4,4,4,4,4
            2,3,3,3,3,3,3,3,3,3
            Jumlah,7,7,8,7,7,7,7,7,7
            NRR,"3,5","3,5","4,0","3,5","3,5","3,5","3,5","3,5","3,5"
            IKM,86,,,,,,,,
            Kategori,C,,,,,,,,

            """
        let outcome = try Self.importing(text: text).get()
        let codes = outcome.diagnostics.map(\.code)
        #expect(codes == ["import.check.totals", "import.check.means", "import.check.index", "import.check.category"], "\(outcome.diagnostics.inEnglish)")
        #expect(outcome.diagnostics[0].summary.text(in: .en).hasSuffix("(sheet ≠ Lentera): U3 8 ≠ 7"))
        #expect(outcome.diagnostics[1].advice?.key == "import.check.cause.other-rows")
        #expect(outcome.diagnostics[3].summary.text(in: .en) == "the sheet says the category is `C`; the IKM Lentera computes is mutu B (Baik)")
    }
}
