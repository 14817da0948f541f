import Foundation
import LenteraDiagnostics
import LenteraDomain
@testable import LenteraImport
import Testing

/// Regressions from a hostile tester: two columns for one profile field, one very long
/// field, and byte-order marks and NUL bytes where a spreadsheet never puts them.
@Suite struct ExportShapeTests {
    static let header = SurveyImportTests.header
    static let row = "4,4,4,4,4,4,4,4,4"

    func failure(_ result: Result<SurveyImport.Outcome, SurveyImport.Failure>) -> SurveyImport.Failure? {
        guard case .failure(let failure) = result else { Issue.record("the export was imported"); return nil }
        return failure
    }

    // MARK: Two columns for one profile field (repro 8)

    @Test func twoHeadersForOneProfileFieldAreRefusedNamingBoth() throws {
        let export = Self.header + ",Usia,Umur,Pendidikan,Pendidikan Terakhir\n" + String(repeating: Self.row + ",34,35,SMA,S1\n", count: 3)
        let failure = try #require(failure(try SurveyImportTests().importing(export)))
        #expect(failure.diagnostics.inEnglish == [
            .error("import.duplicate-column", at: SourceLocation(file: "ekspor.csv", line: 1),
                   "two columns give usia: `Usia` (column 10) and `Umur` (column 11)",
                   hint: "keep one: map the other to `abaikan` in a mapping file (`--mapping`), for example `kolom: { \"Umur\": abaikan }`"),
            .error("import.duplicate-column", at: SourceLocation(file: "ekspor.csv", line: 1),
                   "two columns give pendidikan: `Pendidikan` (column 12) and `Pendidikan Terakhir` (column 13)",
                   hint: "keep one: map the other to `abaikan` in a mapping file (`--mapping`), for example `kolom: { \"Pendidikan Terakhir\": abaikan }`"),
        ].inEnglish)
        #expect(failure.tally == nil)
    }

    @Test func aMappingThatSendsASecondColumnToAProfileFieldIsRefused() throws {
        let export = Self.header + ",Usia,Umur Responden\n" + Self.row + ",34,35\n"
        let failure = try #require(failure(try SurveyImportTests().importing(export, mapping: "kolom:\n  \"Umur Responden\": usia\n")))
        #expect(failure.diagnostics.map(\.code) == ["import.duplicate-column"])
        #expect(failure.diagnostics.first?.summary.text(in: .en) == "two columns give usia: `Usia` (column 10) and `Umur Responden` (column 11)")
    }

    @Test func twoColumnsForOneElementNameBothPositions() throws {
        let export = "U1,U1 Persyaratan,U2,U3,U4,U5,U6,U7,U8,U9\n4," + Self.row + "\n"
        let failure = try #require(failure(try SurveyImportTests().importing(export)))
        #expect(failure.diagnostics.map { $0.summary.text(in: .en) } == ["two columns give U1: `U1` (column 1) and `U1 Persyaratan` (column 2)"])
    }

    @Test func aColumnMappedToAbaikanIsDroppedSoTheOtherCounts() throws {
        let export = Self.header + ",Usia,Umur,U1 lama\n" + String(repeating: Self.row + ",34,35,1\n", count: 3)
        let outcome = try SurveyImportTests().importing(export, mapping: "kolom:\n  Umur: abaikan\n  \"U1 lama\": abaikan\n").get()
        #expect(outcome.result.respondents == 3)
        #expect(outcome.result.profile[.ageBand] == ["30–39": 3])
        #expect(outcome.result.elements["U1"]?.counts == [0, 0, 0, 3])
        #expect(outcome.tally.ignoredColumns == ["Umur", "U1 lama"])
    }

    // MARK: One very long field (repro 9)

    static let long = String(repeating: "A", count: 5 << 20)

    @Test func aLongFieldInAnIgnoredColumnIsAccepted() throws {
        let export = "Komentar," + Self.header + "\n\"" + Self.long + "\"\"x\"\"\n\"," + Self.row + "\nx," + Self.row + "\n"
        let outcome = try SurveyImportTests().importing(export).get()
        #expect(outcome.tally.accepted == 2)
        #expect(outcome.tally.rejected.inEnglish == [])
        #expect(outcome.tally.ignoredColumns == ["Komentar"])
    }

    @Test func aLongFieldInAnElementOrProfileColumnRejectsItsRowUnread() throws {
        let export = Self.header + ",Pekerjaan\n" + Self.row + ",PNS\n"
            + "\"" + Self.long + "\",4,4,4,4,4,4,4,4,PNS\n"
            + Self.row + "," + String(repeating: "b", count: 1025) + "\n"
            + Self.row + "," + String(repeating: "b", count: 1024) + "\n"
        let outcome = try SurveyImportTests().importing(export, maxRejected: 0.6).get()
        #expect(outcome.tally.accepted == 2)
        #expect(outcome.tally.rejected.inEnglish == [
            RejectedRow.English(line: 3, reason: "the answer to U1 is 5242880 bytes long; an answer is at most 1024 bytes"),
            RejectedRow.English(line: 4, reason: "the answer to pekerjaan is 1025 bytes long; an answer is at most 1024 bytes"),
        ])
        #expect(outcome.result.profile[.occupation] == ["PNS": 1, "Lainnya": 1])
    }

    /// A record longer than the buffer is read in one pass, not again from its start each
    /// time more bytes come (which made one 60 MB field cost 49 seconds).
    @Test func aLongRecordIsScannedAFewTimesAtMost() throws {
        let bytes = Array(("a;\"" + String(repeating: "x", count: 4 << 20) + "\";b\nc;d\n").utf8)
        var reader = CSVRecordReader(source: MemoryByteSource(bytes), separator: [0x3B], chunkSize: 1024)
        var records = 0
        while try reader.next() { records += 1 }
        #expect(records == 2)
        #expect(reader.scannedBytes < 4 * bytes.count)
    }

    // MARK: Byte-order marks and NUL bytes (repro 10)

    @Test(arguments: [1, 2, 3, 7, 1 << 20]) func everyByteOrderMarkAtTheStartIsSkipped(chunkSize: Int) throws {
        for marks in 1...3 {
            let text = String(repeating: "\u{FEFF}", count: marks) + "U1;U2\n4;3\n"
            var reader = CSVRecordReader(source: MemoryByteSource(Array(text.utf8)), separator: [0x3B], chunkSize: chunkSize)
            var fields: [[String]] = []
            while try reader.next() { fields.append((0..<reader.fieldCount).map { reader.string($0) }) }
            #expect(fields == [["U1", "U2"], ["4", "3"]])
        }
    }

    @Test func anExportStartingWithTwoByteOrderMarksIsImported() throws {
        let outcome = try SurveyImportTests().importing("\u{FEFF}\u{FEFF}" + Self.header + "\n" + Self.row + "\n").get()
        #expect(outcome.tally.accepted == 1)
    }

    @Test func aNULByteInTheHeaderIsAnErrorAtItsColumn() throws {
        let export = "Nama,U1,U2\u{0},U3,U4,U5,U6,U7,U8,U9\nBudi," + Self.row + "\n"
        let failure = try #require(failure(try SurveyImportTests().importing(export)))
        #expect(failure.diagnostics.inEnglish == [
            .error("import.invalid-header", at: SourceLocation(file: "ekspor.csv", line: 1),
                   "column 3 of the header holds a NUL byte",
                   hint: "remove it; when every other byte of the file is NUL, the export is UTF-16: save it again as \"CSV UTF-8\""),
        ].inEnglish)
    }

    @Test func aUTF16ExportWithoutByteOrderMarkIsNamedAsSuch() throws {
        let utf16 = (Self.header + "\n" + Self.row + "\n").map { "\($0)\u{0}" }.joined()
        let failure = try #require(failure(try SurveyImportTests().importing(utf16)))
        #expect(failure.diagnostics.map(\.code) == ["import.invalid-header"])
        #expect(failure.diagnostics.first?.summary.text(in: .en) == "column 1 of the header holds a NUL byte")
    }

    @Test func aNULByteInAnAnswerRejectsTheRowAndOneInAnIgnoredColumnDoesNot() throws {
        let export = Self.header + ",Pendidikan,Pekerjaan,Saran\n"
            + "4\u{0},4,4,4,4,4,4,4,4,SMA,PNS,-\n"
            + Self.row + ",SMA\u{0},PNS,-\n"
            + Self.row + ",SMA,PNS,a\u{0}b\n"
            + Self.row + ",S1,Petani\u{0},-\n"   // the education counted first is taken back
            + Self.row + ",SMA,Petani,-\n"
        let outcome = try SurveyImportTests().importing(export, maxRejected: 0.6).get()
        #expect(outcome.tally.rejected.inEnglish == [
            RejectedRow.English(line: 2, reason: "the answer to U1 holds a NUL byte"),
            RejectedRow.English(line: 3, reason: "the answer to pendidikan holds a NUL byte"),
            RejectedRow.English(line: 5, reason: "the answer to pekerjaan holds a NUL byte"),
        ])
        #expect(outcome.tally.accepted == 2)
        #expect(outcome.result.profile[.education] == ["SMA": 2])
        #expect(outcome.result.profile[.occupation] == ["PNS": 1, "Lainnya": 1])
        #expect(outcome.tally.otherCategories == [.occupation: ["petani": 1]])
    }
}
