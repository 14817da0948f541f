@testable import LenteraImport
import Testing

/// The byte-level CSV reader of the survey import, on the shapes exports take. Every case
/// runs with chunks from 1 byte to 1 MiB: where a chunk ends must never change a record.
@Suite struct CSVRecordReaderTests {
    struct Record: Equatable, CustomStringConvertible {
        var line: Int
        var fields: [String]
        var description: String { "\(line): \(fields)" }
    }

    static let chunkSizes = [1, 2, 3, 7, 64, 1 << 20]

    func records(_ bytes: [UInt8], separator: String = ";", chunkSize: Int, maximumRecordSize: Int = 64 << 20) throws(CSVReadError) -> [Record] {
        var reader = CSVRecordReader(source: MemoryByteSource(bytes), separator: Array(separator.utf8), chunkSize: chunkSize,
                                     maximumRecordSize: maximumRecordSize)
        var records: [Record] = []
        while try reader.next() {
            var fields: [String] = []
            for index in 0..<reader.fieldCount { fields.append(reader.string(index)) }
            records.append(Record(line: reader.line, fields: fields))
        }
        return records
    }

    func records(_ text: String, separator: String = ";", chunkSize: Int) throws(CSVReadError) -> [Record] {
        try records(Array(text.utf8), separator: separator, chunkSize: chunkSize)
    }

    @Test(arguments: chunkSizes) func quotedSeparatorsAndDoubledQuotes(chunkSize: Int) throws {
        let text = "a;\"b;c\";d\n\"kurang \"\"jelas\"\"\";\"\"\"\";\"\"\n"
        #expect(try records(text, chunkSize: chunkSize) == [
            Record(line: 1, fields: ["a", "b;c", "d"]),
            Record(line: 2, fields: ["kurang \"jelas\"", "\"", ""]),
        ])
    }

    @Test(arguments: chunkSizes) func lineBreaksInsideQuotesAndTheLinesOfTheRecordsAfter(chunkSize: Int) throws {
        let text = "Nama;Saran\r\nBudi;\"cepat; ramah\r\ndan\r\njelas\"\r\nSiti;\"a\nb\"\r\nAni;-\r\n"
        #expect(try records(text, chunkSize: chunkSize) == [
            Record(line: 1, fields: ["Nama", "Saran"]),
            Record(line: 2, fields: ["Budi", "cepat; ramah\r\ndan\r\njelas"]),
            Record(line: 5, fields: ["Siti", "a\nb"]),
            Record(line: 7, fields: ["Ani", "-"]),
        ])
    }

    @Test(arguments: chunkSizes) func aByteOrderMarkIsSkipped(chunkSize: Int) throws {
        #expect(try records("\u{FEFF}U1;U2\r\n4;3\r\n", chunkSize: chunkSize) == [
            Record(line: 1, fields: ["U1", "U2"]), Record(line: 2, fields: ["4", "3"]),
        ])
        // Only at the start of the file, and a file may be just the mark.
        #expect(try records("U1\n\u{FEFF}\n", chunkSize: chunkSize).map(\.fields) == [["U1"], ["\u{FEFF}"]])
        #expect(try records("\u{FEFF}", chunkSize: chunkSize) == [])
    }

    @Test(arguments: chunkSizes) func crlfLfAndALoneCREndRecordsAlike(chunkSize: Int) throws {
        let expected = [Record(line: 1, fields: ["a", "b"]), Record(line: 2, fields: ["c", "d"]), Record(line: 3, fields: ["e", "f"])]
        #expect(try records("a;b\r\nc;d\r\ne;f\r\n", chunkSize: chunkSize) == expected)
        #expect(try records("a;b\nc;d\ne;f\n", chunkSize: chunkSize) == expected)
        #expect(try records("a;b\rc;d\re;f\r", chunkSize: chunkSize) == expected)
        #expect(try records("a;b\r\nc;d\ne;f", chunkSize: chunkSize) == expected)
    }

    @Test(arguments: chunkSizes) func emptyFieldsTrailingSeparatorsAndBlankLines(chunkSize: Int) throws {
        #expect(try records(";;\na;b;\n\n;\"\";x\n", chunkSize: chunkSize) == [
            Record(line: 1, fields: ["", "", ""]),
            Record(line: 2, fields: ["a", "b", ""]),
            Record(line: 3, fields: [""]),
            Record(line: 4, fields: ["", "", "x"]),
        ])
    }

    @Test(arguments: chunkSizes) func theLastRecordNeedsNoLineBreak(chunkSize: Int) throws {
        #expect(try records("a;b\nc;d", chunkSize: chunkSize).map(\.fields) == [["a", "b"], ["c", "d"]])
        #expect(try records("a;b\nc;", chunkSize: chunkSize).map(\.fields) == [["a", "b"], ["c", ""]])
        #expect(try records("a;\"b\"", chunkSize: chunkSize).map(\.fields) == [["a", "b"]])
        #expect(try records("", chunkSize: chunkSize) == [])
    }

    @Test(arguments: chunkSizes) func quotesThatDoNotOpenOrCloseAFieldAreKept(chunkSize: Int) throws {
        #expect(try records("ab\"c;d\n\"x\"y\";z\n", chunkSize: chunkSize).map(\.fields) == [["ab\"c", "d"], ["x\"y", "z"]])
    }

    @Test func aRecordLongerThanAChunkIsReadWhole() throws {
        let long = "Timestamp;Nama Lengkap;No HP;Email;NIK;U1;U2;U3;U4;U5;U6;U7;U8;U9;Saran"
        let row = "2026-01-01 08:00;\"Siti \"\"Dewi\"\" Rahmawati\";081234;s@contoh.id;6371;1;2;3;4;4;3;2;1;4;\"antrian; panjang\r\nmohon\""
        let result = try records(long + "\r\n" + row + "\r\n" + row, chunkSize: 7)
        #expect(result.map(\.line) == [1, 2, 4])
        #expect(result[1].fields.count == 15)
        #expect(result[1].fields[1] == "Siti \"Dewi\" Rahmawati")
        #expect(result[1].fields[14] == "antrian; panjang\r\nmohon")
        #expect(result[2] == Record(line: 4, fields: result[1].fields))
    }

    @Test(arguments: chunkSizes) func aSeparatorOfSeveralBytes(chunkSize: Int) throws {
        #expect(try records("a¦\"b¦c\"¦d\n¦\n", separator: "¦", chunkSize: chunkSize).map(\.fields) == [["a", "b¦c", "d"], ["", ""]])
    }

    @Test(arguments: chunkSizes) func anUnclosedQuoteIsReportedAtTheLineItOpens(chunkSize: Int) {
        #expect(throws: CSVReadError.unterminatedQuote(line: 4)) {
            try records("a;b\n\"x\ny\";c\nd;\"antrian\npanjang\n", chunkSize: chunkSize)
        }
        #expect(throws: CSVReadError.unterminatedQuote(line: 1)) { try records("\"", chunkSize: chunkSize) }
    }

    @Test(arguments: chunkSizes) func bytesThatAreNotUTF8AreReportedAtTheirRecord(chunkSize: Int) {
        var bytes = Array("Nama;U1\nS\u{E9}n;4\n\"a\nb\";3\n".utf8)
        #expect(throws: Never.self) { try records(bytes, chunkSize: chunkSize) }
        bytes += [0x53, 0xE9, 0x6E, 0x3B, 0x34, 0x0A]   // "Sén;4" in Windows-1252
        #expect(throws: CSVReadError.notUTF8(line: 5)) { try records(bytes, chunkSize: chunkSize) }
    }

    @Test func aRecordBeyondTheLimitStopsTheReading() {
        let text = "a;b\n\"" + String(repeating: "x", count: 100) + "\n"
        #expect(throws: CSVReadError.recordTooLong(line: 2, limit: 64)) {
            try records(Array(text.utf8), chunkSize: 8, maximumRecordSize: 64)
        }
    }

    @Test func utf8AsTheStandardDefinesIt() {
        func valid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBytes { UTF8Check.isValid($0) } }
        #expect(valid(Array("Sén ★ 𝄞 ok".utf8)))
        #expect(!valid([0xC0, 0xAF]))               // an overlong "/"
        #expect(!valid([0xE0, 0x80, 0xAF]))         // overlong, three bytes
        #expect(!valid([0xED, 0xA0, 0x80]))         // a surrogate
        #expect(!valid([0xF4, 0x90, 0x80, 0x80]))   // above U+10FFFF
        #expect(!valid([0xE2, 0x98]))               // cut short
        #expect(!valid([0xE2, 0x41, 0x85]))         // a continuation byte missing
        #expect(!valid([0x80]))                     // a continuation byte alone
    }

    @Test func byteTableFindsWhatWasPutInAndStopsAtItsLimit() {
        var table = ByteTable<Int>(limit: 100)
        func key(_ number: Int) -> [UInt8] { Array("jawaban \(number)".utf8) }
        for number in 0..<150 {
            key(number).withUnsafeBytes { table.insert($0, hash: ByteTable<Int>.hash($0), value: number) }
        }
        #expect(table.isFull)
        for number in 0..<150 {
            let found = key(number).withUnsafeBytes { table.value(for: $0, hash: ByteTable<Int>.hash($0)) }
            #expect(found == (number < 100 ? number : nil))
        }
        let empty = [UInt8]().withUnsafeBytes { table.value(for: $0, hash: ByteTable<Int>.hash($0)) }
        #expect(empty == nil)
    }
}
