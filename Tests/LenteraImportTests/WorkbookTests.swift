import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain
@testable import LenteraImport
import LenteraTesting
import Testing
import ZIPFoundation

/// Every row a reader hands over, as text.
struct RowCollector: RowSink {
    var rows: [(line: Int, cells: [String])] = []
    var source = ""

    mutating func take<Row: ExportRow & ~Copyable>(_ row: inout Row) throws(ExportProblem) {
        var cells: [String] = []
        for index in 0..<row.fieldCount { cells.append(String(decoding: row.field(index), as: UTF8.self)) }
        while cells.last == "" { cells.removeLast() }
        rows.append((row.line, cells))
    }

    mutating func name(_ source: String) { self.source = source }

    static func read(_ url: URL, sheet: String? = nil) throws -> RowCollector {
        var collector = RowCollector()
        do throws(ExportProblem) {
            try Workbook(url: url, displayPath: url.lastPathComponent).read(choice: sheet, into: &collector)
        } catch {
            Issue.record("\(error.diagnostics.inEnglish)")
        }
        return collector
    }
}

/// A workbook written by hand, part by part, for what no spreadsheet program saves.
enum HandMadeWorkbook {
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>
        """
    static let workbook = """
        <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>
        """
    static let relations = """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
        """

    /// An .xlsx of one sheet whose `<sheetData>` is `rows` (inline strings, numbers).
    static func xlsx(rows: String, at url: URL, extra: [String: String] = [:]) throws {
        let sheet = """
            <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\(rows)</sheetData></worksheet>
            """
        var parts = ["[Content_Types].xml": contentTypes, "xl/workbook.xml": workbook, "xl/_rels/workbook.xml.rels": relations,
                     "xl/worksheets/sheet1.xml": sheet]
        for (path, text) in extra { parts[path] = text }
        try zip(parts, at: url)
    }

    static func zip(_ parts: [String: String], at url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// A row of inline strings and numbers: a `String` is text, an `Int` a number.
    static func row(_ number: Int, _ cells: [Any]) -> String {
        var xml = "<row r=\"\(number)\">"
        for (index, cell) in cells.enumerated() {
            let reference = "\(CellReference.letters(index))\(number)"
            switch cell {
            case let text as String: xml += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
            case let value as Int: xml += "<c r=\"\(reference)\"><v>\(value)</v></c>"
            default: break
            }
        }
        return xml + "</row>"
    }
}

/// `lentera survey import` of .xlsx and .ods workbooks: the same sheet saved by LibreOffice
/// in both formats and as CSV gives the same counts; merged cells, displayed values,
/// sheets chosen by name or number; encrypted, old, damaged and hostile files refused.
@Suite struct WorkbookTests {
    static let workbook = SheetLayoutTests.workbook

    @Test(arguments: ["pengolahan-ikm", "pengolahan-ikm-0111"])
    func theSameSheetAsXLSXODSAndCSVGivesTheSameResult(_ name: String) throws {
        let xlsx = try SheetLayoutTests.importing(Self.workbook("\(name).xlsx")).get()
        let ods = try SheetLayoutTests.importing(Self.workbook("\(name).ods")).get()
        let csv = try SheetLayoutTests.importing(Self.workbook("\(name).csv")).get()
        #expect(xlsx.result.elements == ods.result.elements)
        #expect(xlsx.result.elements == csv.result.elements)
        #expect(xlsx.tally.accepted == 29 && ods.tally.accepted == 29)
        // The sex column's header is merged over two rows: a workbook keeps the merge, a CSV
        // file loses it (its header row has an empty cell there).
        #expect(xlsx.result.profile == [.sex: ["Laki-laki": 19, "Perempuan": 10]])
        #expect(ods.result.profile == xlsx.result.profile)
        #expect(csv.result.profile.isEmpty)
        let score = try #require(IKMScore(result: xlsx.result, elements: SKMElements.standard, weights: SurveySettings().skmWeights))
        #expect(abs(score.converted - SheetLayoutTests.handIKM) < 1e-9)
        // Messages name the sheet.
        #expect(xlsx.tally.source == "\(name).xlsx [Pengolahan]")
        #expect(ods.tally.source == "\(name).ods [Pengolahan]")
    }

    @Test(arguments: ["xlsx", "ods"])
    func theWeight0111IsWarnedAboutWithTheStoredValue(_ format: String) throws {
        let outcome = try SheetLayoutTests.importing(Self.workbook("pengolahan-ikm-0111.\(format)")).get()
        let index = try #require(outcome.diagnostics.first { $0.code == "import.check.index" })
        #expect(index.location == SourceLocation(file: "pengolahan-ikm-0111.\(format) [Pengolahan]", line: 38))
        // The cell shows 91.38; it stores 91.3837…, shown as precisely as Lentera's.
        #expect(index.summary.text(in: .en) == "the sheet's Indeks Kepuasan Masyarakat (IKM) is 91,384; Lentera computes 91,475 from the respondent rows")
        #expect(index.advice?.key == "import.check.cause.weight-0111")
        let clean = try SheetLayoutTests.importing(Self.workbook("pengolahan-ikm.\(format)")).get()
        #expect(!clean.diagnostics.contains { $0.code.hasPrefix("import.check.") }, "\(clean.diagnostics.inEnglish)")
    }

    /// The displayed text of every cell: an .xlsx's is made from its number and format, an
    /// .ods holds the text LibreOffice displayed. The same sheet must read the same.
    @Test(arguments: ["pengolahan-ikm", "pengolahan-ikm-0111"])
    func xlsxCellsDisplayAsTheODSOfTheSameSheetShowsThem(_ name: String) throws {
        let xlsx = try RowCollector.read(Self.workbook("\(name).xlsx"))
        let ods = try RowCollector.read(Self.workbook("\(name).ods"))
        #expect(xlsx.rows.count == 39)
        #expect(xlsx.rows.map(\.line) == ods.rows.map(\.line))
        for (a, b) in zip(xlsx.rows, ods.rows) { #expect(a.cells == b.cells, "row \(a.line)") }
        // Dates as written (dd/mm/yyyy), numbers with the decimals of their format.
        #expect(xlsx.rows[5].cells[10] == "10/01/2024")
        #expect(xlsx.rows[35].cells[1] == "3.621")
        // The merged title and header are read across their cells.
        #expect(xlsx.rows[3].cells[1...9].allSatisfy { $0 == "Nilai Unsur Pelayanan" })
        #expect(xlsx.rows[4].cells[0] == "No Urut Responden" && xlsx.rows[4].cells[13] == "Jenis Kelamin")
    }

    /// Names, telephone numbers and dates are planted in every respondent row of the
    /// committed sheets: none of them may reach anything the import writes.
    @Test(arguments: ["pengolahan-ikm.xlsx", "pengolahan-ikm.ods", "pengolahan-ikm.csv"])
    func plantedPersonalDataNeverReachesTheResult(_ name: String) throws {
        _ = try SheetLayoutTests.importing(Self.workbook(name)) { content, result in
            let outcome = try result.get()
            let written = try String(contentsOf: content.appendingPathComponent(try #require(outcome.written)), encoding: .utf8)
            #expect(written.contains("respondents") || written.contains("responden"))
            for planted in ["Siti Rahayu", "Budi Santoso", "Yusuf Mansur", "0812-3456", "3456-70", "10/01/2024", "2024-01-10", "Nama", "Telepon"] {
                #expect(!written.contains(planted), "\(planted) in \(written)")
            }
            // Nothing else was written into the content folder.
            let files = FileManager.default.enumerator(atPath: content.path)?.allObjects as? [String] ?? []
            #expect(files.filter { $0.hasPrefix("units/\(TestPortal.unit)/survei/") } == ["units/\(TestPortal.unit)/survei/skm-2024-Q1.yaml"])
        }
    }

    @Test func aSheetIsChosenByNameOrNumberAndAnUnknownOneListsThem() throws {
        try withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("dua.xlsx")
            let header = HandMadeWorkbook.row(1, ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"])
            let first = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>catatan</t></is></c></row>"
            let second = header + HandMadeWorkbook.row(2, [4, 4, 4, 4, 4, 4, 4, 4, 4]) + HandMadeWorkbook.row(3, [3, 3, 3, 3, 3, 3, 3, 3, 3])
            let workbook = HandMadeWorkbook.workbook.replacingOccurrences(of: "<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>",
                                                                            with: "<sheet name=\"Catatan\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Layanan A &amp; B\" sheetId=\"2\" r:id=\"rId2\"/>")
            let relations = HandMadeWorkbook.relations.replacingOccurrences(of: "</Relationships>", with: """
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>
                """)
            try HandMadeWorkbook.xlsx(rows: first, at: url, extra: [
                "xl/workbook.xml": workbook, "xl/_rels/workbook.xml.rels": relations,
                "xl/worksheets/sheet2.xml": "<worksheet><sheetData>\(second)</sheetData></worksheet>",
            ])
            for choice in ["Layanan A & B", "layanan a & b", "2"] {
                let outcome = try SheetLayoutTests.importing(url, sheet: choice).get()
                #expect(outcome.tally.accepted == 2, "\(choice)")
                #expect(outcome.tally.source == "dua.xlsx [Layanan A & B]")
            }
            guard case .failure(let failure) = try SheetLayoutTests.importing(url, sheet: "3") else { Issue.record("sheet 3 of 2"); return }
            #expect(failure.diagnostics.first?.advice?.text(in: .en) == "name the sheet, or give its number, with `--sheet`: 1. Catatan, 2. Layanan A & B")
            // The first sheet by default: a note, no header.
            guard case .failure(let first) = try SheetLayoutTests.importing(url) else { Issue.record("imported the note"); return }
            #expect(first.diagnostics.map(\.code) == ["import.missing-column"])
        }
    }

    @Test func anAnswerThatIsAFormulaWithoutItsValueIsRefusedAtItsCell() throws {
        try withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("rumus.xlsx")
            let rows = HandMadeWorkbook.row(1, ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"])
                + HandMadeWorkbook.row(2, [4, 4, 4, 4, 4, 4, 4, 4, 4])
                + "<row r=\"3\"><c r=\"A3\"><v>4</v></c><c r=\"B3\"><f>A3-1</f></c></row>"
            try HandMadeWorkbook.xlsx(rows: rows, at: url)
            guard case .failure(let failure) = try SheetLayoutTests.importing(url) else { Issue.record("read a formula's value that is not there"); return }
            #expect(failure.diagnostics.map(\.code) == ["import.formula-without-value"])
            #expect(failure.diagnostics.first?.location == SourceLocation(file: "rumus.xlsx [Data]", line: 3))
            #expect(failure.diagnostics.first?.summary.text(in: .en).hasPrefix("cell B3 holds a formula") == true)
        }
    }

    @Test func encryptedOldAndDamagedFilesAreRefusedSayingWhatToDo() throws {
        try withTemporaryFolder { folder in
            func refusal(_ name: String, _ bytes: [UInt8]) throws -> String? {
                let url = folder.appendingPathComponent(name)
                try Data(bytes).write(to: url)
                guard case .failure(let failure) = try SheetLayoutTests.importing(url) else { return nil }
                #expect(failure.diagnostics.first?.advice != nil)
                return failure.diagnostics.first?.code
            }
            let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
            let encryptedName = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            #expect(try refusal("sandi.xlsx", compound + encryptedName) == "import.workbook-encrypted")
            #expect(try refusal("lama.xls", compound) == "import.workbook-xls")
            // A workbook cut short by a download.
            let whole = try Data(contentsOf: Self.workbook("pengolahan-ikm.xlsx"))
            #expect(try refusal("terpotong.xlsx", Array(whole.prefix(whole.count / 2))) == "import.workbook-unreadable")
            // A ZIP archive of something else.
            let other = folder.appendingPathComponent("lain.zip")
            try HandMadeWorkbook.zip(["catatan.txt": "bukan buku kerja"], at: other)
            #expect(try refusal("lain.xlsx", Array(try Data(contentsOf: other))) == "import.workbook-unknown")
            // An .ods whose content is encrypted.
            let ods = folder.appendingPathComponent("sandi.ods")
            try HandMadeWorkbook.zip(["mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>",
                                      "META-INF/manifest.xml": "<manifest><file-entry full-path=\"content.xml\"><encryption-data/></file-entry></manifest>"], at: ods)
            #expect(try refusal("sandi2.ods", Array(try Data(contentsOf: ods))) == "import.workbook-encrypted")
        }
    }

    @Test func hostileXMLIsRefusedNotExpanded() throws {
        try withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("bom.xlsx")
            // A document type that declares entities (how "billion laughs" files are made).
            try HandMadeWorkbook.xlsx(rows: "", at: url, extra: ["xl/worksheets/sheet1.xml": """
                <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><worksheet><sheetData>\
                <row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>
                """])
            guard case .failure(let failure) = try SheetLayoutTests.importing(url) else { Issue.record("read a document type"); return }
            #expect(failure.diagnostics.map(\.code) == ["import.workbook-malformed"])
            // A row number past a sheet's last row.
            try HandMadeWorkbook.xlsx(rows: "<row r=\"2000000\"><c r=\"A1\"><v>1</v></c></row>", at: url)
            guard case .failure(let rows) = try SheetLayoutTests.importing(url) else { Issue.record("read row 2,000,000"); return }
            #expect(rows.diagnostics.map(\.code) == ["import.workbook-too-many-rows"])
        }
    }
}

/// A sheet whose column names each respondent's service is split into one result per
/// service of the unit.
@Suite struct SplitByServiceTests {
    static let portal = TestPortal()
        .with(TestPortal.servicePath("izin-usaha"), SampleService.markdown(name: "Izin Usaha"))
        .with(TestPortal.servicePath("izin-reklame"), SampleService.markdown(name: "Izin Reklame"))

    @Test(arguments: ["xlsx", "ods"])
    func aServiceColumnSplitsTheSheetIntoOneResultPerService(_ format: String) throws {
        _ = try SheetLayoutTests.importing(SheetLayoutTests.workbook("pengolahan-ikm-layanan.\(format)"), portal: Self.portal) { content, result in
            let outcome = try result.get()
            #expect(outcome.tally.serviceColumn == "Layanan")
            // Rows 1, 3, 5… name `izin-reklame` by its slug, rows 2, 4… `Izin Usaha` by its name.
            #expect(outcome.parts.map { $0.result.service } == ["izin-reklame", "izin-usaha"])
            #expect(outcome.parts.map { $0.result.respondents } == [15, 14])
            #expect(outcome.parts.map(\.written) == ["units/\(TestPortal.unit)/survei/skm-2024-Q1--izin-reklame.yaml",
                                                      "units/\(TestPortal.unit)/survei/skm-2024-Q1--izin-usaha.yaml"])
            #expect(outcome.written == nil)
            // The parts add up to the whole sheet, which is what the sheet's own figures are checked against.
            for code in ["U1", "U4", "U9"] {
                let sum = outcome.parts.map { $0.result.elements[code]!.total }.reduce(0, +)
                #expect(sum == outcome.result.elements[code]!.total)
            }
            #expect(!outcome.diagnostics.contains { $0.code.hasPrefix("import.check.") })
            // The portal reads both, as results of its services.
            let surveys = ContentLoader(root: content, displayRoot: "content").load().content?.surveys ?? []
            #expect(Set(surveys.compactMap(\.service)) == ["izin-reklame", "izin-usaha"])
        }
    }

    @Test func withServiceOnlyThatServicesRowsAreTaken() throws {
        let url = SheetLayoutTests.workbook("pengolahan-ikm-layanan.xlsx")
        let outcome = try SheetLayoutTests.importing(url, service: "izin-usaha", portal: Self.portal).get()
        #expect(outcome.parts.count == 1)
        #expect(outcome.result.service == "izin-usaha")
        #expect(outcome.result.respondents == 14)
        #expect(outcome.written == "units/\(TestPortal.unit)/survei/skm-2024-Q1--izin-usaha.yaml")
    }

    @Test func aServiceTheUnitDoesNotHaveStopsTheImportNamingIt() throws {
        guard case .failure(let failure) = try SheetLayoutTests.importing(SheetLayoutTests.workbook("pengolahan-ikm-layanan.xlsx"),
                                                                          portal: TestPortal().with(TestPortal.servicePath("izin-usaha"), SampleService.markdown(name: "Izin Usaha"))) else {
            Issue.record("imported a service the unit does not have"); return
        }
        #expect(failure.diagnostics.map(\.code) == ["import.unknown-service-in-column"])
        #expect(failure.diagnostics.first?.summary.text(in: .en) == "the column `Layanan` names services the unit `\(TestPortal.unit)` does not have: `izin-reklame`")
        #expect(failure.diagnostics.first?.advice?.text(in: .en).contains("`izin-usaha` (Izin Usaha)") == true)
    }
}

/// Which shared strings an .xlsx import holds: those of the first rows, and per column the
/// first few distinct ones; a name in every row is never held whole.
@Suite struct SharedStringHoldingTests {
    @Test func aColumnOfDistinctTextsIsHeldOnlyUpToItsLimit() throws {
        try withTemporaryFolder { folder in
            // Shared strings: 0 "U1", 1 "Nama", 2 "Pekerjaan", 3 "PNS", 4 "Swasta", then a name per row.
            let names = (1...60).map { "Responden \($0)" }
            let table = ["U1", "Nama", "Pekerjaan", "PNS", "Swasta"] + names
            let sst = "<sst>" + table.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
            var rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>"
            for (offset, _) in names.enumerated() {
                let line = offset + 2
                rows += "<row r=\"\(line)\"><c r=\"A\(line)\"><v>4</v></c><c r=\"B\(line)\" t=\"s\"><v>\(5 + offset)</v></c><c r=\"C\(line)\" t=\"s\"><v>\(3 + offset % 2)</v></c></row>"
            }
            let url = folder.appendingPathComponent("nama.xlsx")
            let relations = HandMadeWorkbook.relations.replacingOccurrences(of: "</Relationships>", with: """
                <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>
                """)
            try HandMadeWorkbook.xlsx(rows: rows, at: url, extra: ["xl/sharedStrings.xml": sst, "xl/_rels/workbook.xml.rels": relations])
            let workbook = try Workbook(url: url, displayPath: "nama.xlsx")
            var collector = RowCollector()
            try XLSXSheet(workbook: workbook, perColumn: 10).read(sheet: 0, into: &collector)
            #expect(collector.rows.count == 61)
            // The first rows are held whole (40 rows: the header and 39 more); past them, 10 names.
            let read = collector.rows.dropFirst().map { $0.cells[1] }
            #expect(read.filter { $0.hasPrefix("Responden") }.count == 39 + 10)
            #expect(read.last == "(teks tidak disimpan)")
            // The two occupations, met early, are held for every row.
            #expect(collector.rows.dropFirst().allSatisfy { ["PNS", "Swasta"].contains($0.cells[2]) })
        }
    }
}

/// Regressions found by a review of the workbook reader: each failed (crashed, hung, or
/// counted wrongly) before its fix.
@Suite struct HostileWorkbookTests {
    static let header = HandMadeWorkbook.row(1, ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"])
    static func answers(_ line: Int, _ value: Int = 4) -> String { HandMadeWorkbook.row(line, Array(repeating: value, count: 9)) }

    static func ods(_ rows: String, at url: URL) throws {
        try HandMadeWorkbook.zip(["mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": """
            <office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet><table:table table:name="Data">\(rows)</table:table></office:spreadsheet></office:body></office:document-content>
            """], at: url)
    }

    static func odsRow(_ cells: [String], repeated: String? = nil) -> String {
        "<table:table-row\(repeated.map { " table:number-rows-repeated=\"\($0)\"" } ?? "")>"
            + cells.map { "<table:table-cell office:value-type=\"string\"><text:p>\($0)</text:p></table:table-cell>" }.joined() + "</table:table-row>"
    }

    @Test func hugeRepeatCountsInAnODSNeitherOverflowNorHang() throws {
        try withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("ulang.ods")
            let header = Self.odsRow((1...9).map { "P\($0)" })
            let empty = "<table:table-row table:number-rows-repeated=\"999999999999999999\"><table:table-cell table:number-columns-repeated=\"999999999999999999\"/></table:table-row>"
            try Self.ods(header + Self.odsRow(Array(repeating: "4", count: 9)) + String(repeating: empty, count: 10)
                         + "<table:table-row><table:table-cell table:number-rows-spanned=\"999999999999999999\" table:number-columns-spanned=\"999999999999999999\"><text:p>4</text:p></table:table-cell></table:table-row>",
                         at: url)
            let result = try SheetLayoutTests.importing(url)
            guard case .failure(let failure) = result else { Issue.record("read a row past the sheet's last"); return }
            #expect(failure.diagnostics.map(\.code) == ["import.workbook-too-many-rows"])
        }
    }

    @Test func aDeeplyNestedSmallPartIsRefusedBeforeItIsParsed() throws {
        try withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("dalam.xlsx")
            let deep = "<styleSheet>" + String(repeating: "<a>", count: 50_000) + String(repeating: "</a>", count: 50_000) + "</styleSheet>"
            let relations = HandMadeWorkbook.relations.replacingOccurrences(of: "</Relationships>", with: """
                <Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
                """)
            try HandMadeWorkbook.xlsx(rows: Self.header + Self.answers(2), at: url, extra: ["xl/styles.xml": deep, "xl/_rels/workbook.xml.rels": relations])
            guard case .failure(let failure) = try SheetLayoutTests.importing(url) else { Issue.record("parsed a part 50,000 deep"); return }
            #expect(failure.diagnostics.map(\.code) == ["import.workbook-malformed"])
        }
    }

    @Test func mergesOverTheWholeSheetAndLongTagsCostLittle() throws {
        try withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("gabung.xlsx")
            let merges = "<mergeCells>" + String(repeating: "<mergeCell ref=\"A1:XFD1048576\"/>", count: 20_000) + "</mergeCells>"
            let sheet = "<worksheet><sheetData>\(Self.header)\((2...41).map { Self.answers($0) }.joined())</sheetData>\(merges)</worksheet>"
            try HandMadeWorkbook.xlsx(rows: "", at: url, extra: ["xl/worksheets/sheet1.xml": sheet])
            let started = Date()
            let outcome = try SheetLayoutTests.importing(url).get()
            #expect(outcome.tally.accepted == 40)
            #expect(Date().timeIntervalSince(started) < 20, "merged ranges cost their area on every row")

            // One tag of 3 MB in a part read 64 KiB at a time: looked through once.
            let long = folder.appendingPathComponent("panjang.xlsx")
            let tag = "<c r=\"A2\" x=\"" + String(repeating: "a", count: 3 << 20) + "\"><v>4</v></c>"
            try HandMadeWorkbook.xlsx(rows: "", at: long, extra: ["xl/worksheets/sheet1.xml": "<worksheet><sheetData>\(Self.header)<row r=\"2\">\(tag)</row></sheetData></worksheet>"])
            let before = Date()
            _ = try SheetLayoutTests.importing(long)
            #expect(Date().timeIntervalSince(before) < 20, "a long tag was scanned again for every piece")
        }
    }

    @Test func aCellNamedAgainInItsRowIsReadOnce() throws {
        try withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("ulang.xlsx")
            let again = String(repeating: "<c r=\"A2\" t=\"inlineStr\"><is><t>\(String(repeating: "y", count: 16_000))</t></is></c>", count: 3_000)
            try HandMadeWorkbook.xlsx(rows: Self.header + "<row r=\"2\"><c r=\"A2\"><v>4</v></c>\(again)</row>", at: url)
            var collector = RowCollector()
            try Workbook(url: url, displayPath: "ulang.xlsx").read(choice: nil, into: &collector)
            #expect(collector.rows.last?.cells.first == "4")
        }
    }

    @Test func aServiceWithoutACountedRowWritesNoEmptyResult() throws {
        try withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("layanan.xlsx")
            let header = HandMadeWorkbook.row(1, ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "Layanan"])
            var rows = header
            for line in 2...40 { rows += HandMadeWorkbook.row(line, Array(repeating: 4, count: 9) + ["izin-usaha"]) }
            rows += HandMadeWorkbook.row(41, [4, 4, 9, 4, 4, 4, 4, 4, 4, "izin-reklame"])
            try HandMadeWorkbook.xlsx(rows: rows, at: url)
            let outcome = try SheetLayoutTests.importing(url, portal: SplitByServiceTests.portal).get()
            #expect(outcome.parts.map { $0.result.service } == ["izin-usaha"])
            #expect(outcome.diagnostics.map(\.code).contains("import.service-without-respondents"))
        }
    }

    @Test func rowsBelowTheSummaryAndHalfAnswersStoredAreRejectedNotLost() throws {
        try withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("bawah.xlsx")
            var rows = HandMadeWorkbook.row(1, ["No", "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"])
            for line in 2...61 { rows += HandMadeWorkbook.row(line, [line - 1] + Array(repeating: 4, count: 9)) }
            rows += HandMadeWorkbook.row(62, ["Jumlah"] + Array(repeating: 240, count: 9))
            // A respondent below the summary: rejected and said, not dropped.
            rows += HandMadeWorkbook.row(63, [61] + Array(repeating: 4, count: 9))
            try HandMadeWorkbook.xlsx(rows: rows, at: url)
            let outcome = try SheetLayoutTests.importing(url).get()
            #expect(outcome.tally.accepted == 60)
            #expect(outcome.tally.rejected.map(\.line) == [63])
            #expect(outcome.tally.rejected.first?.reason.key == "import.rejected-row.after-summary")

            let half = folder.appendingPathComponent("setengah.xlsx")
            rows = Self.header + Self.answers(2) + "<row r=\"3\">" + (0...8).map { "<c r=\"\(CellReference.letters($0))3\" s=\"1\"><v>3.5</v></c>" }.joined() + "</row>"
            try HandMadeWorkbook.xlsx(rows: rows, at: half, extra: ["xl/styles.xml": "<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"1\"/></cellXfs></styleSheet>"])
            let result = try SheetLayoutTests.importing(half)
            if case .failure(let failure) = result { #expect(failure.tally?.rejected.map(\.line) == [3]) } else { Issue.record("counted 3.5 as 4") }
        }
    }

    @Test func aCellPastTheLastColumnIsADamagedWorkbook() throws {
        try withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("kolom.xlsx")
            try HandMadeWorkbook.xlsx(rows: Self.header + Self.answers(2) + "<row r=\"3\"><c r=\"XFE3\"><v>4</v></c></row>", at: url)
            guard case .failure(let failure) = try SheetLayoutTests.importing(url) else { Issue.record("placed XFE3 in another column"); return }
            #expect(failure.diagnostics.map(\.code) == ["import.workbook-malformed"])
        }
        #expect(Array("XFD1048576".utf8).withUnsafeBytes { CellReference.parse($0) }.map { [$0.column, $0.row] } == [16383, 1_048_576])
        #expect(Array("AAAA1".utf8).withUnsafeBytes { CellReference.parse($0) } == nil)
    }

    @Test func aSharedStringThatIsNotThereIsADamagedWorkbook() throws {
        try withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("indeks.xlsx")
            let relations = HandMadeWorkbook.relations.replacingOccurrences(of: "</Relationships>", with: """
                <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>
                """)
            let rows = Self.header + "<row r=\"2\">" + (0...8).map { "<c r=\"\(CellReference.letters($0))2\" t=\"s\"><v>99999</v></c>" }.joined() + "</row>"
            try HandMadeWorkbook.xlsx(rows: rows, at: url, extra: ["xl/sharedStrings.xml": "<sst><si><t>4</t></si></sst>", "xl/_rels/workbook.xml.rels": relations])
            guard case .failure(let failure) = try SheetLayoutTests.importing(url) else { Issue.record("read a missing shared string as empty"); return }
            #expect(failure.diagnostics.map(\.code) == ["import.workbook-malformed"])
        }
    }

    @Test func agreementIsSaidOnlyWhenFiguresWereComparedAndAWholeNRRIsNotClose() throws {
        // A category the check cannot read: nothing compared.
        let unread = try SheetLayoutTests.importing(text: "No,U1,U2,U3,U4,U5,U6,U7,U8,U9\n1,2,2,2,2,2,2,2,2,2\nKategori,Sangat Memuaskan,,,,,,,,\n").get()
        #expect(unread.comparedFigures == 0)
        // NRR written as 3 where it is 3.5, weights of 0.1: both are differences.
        let rough = try SheetLayoutTests.importing(text: """
            No,U1,U2,U3,U4,U5,U6,U7,U8,U9
            1,4,4,4,4,4,4,4,4,4
            2,3,3,3,3,3,3,3,3,3
            NRR,3,3,3,3,3,3,3,3,3
            Bobot,"0,1","0,1","0,1","0,1","0,1","0,1","0,1","0,1","0,1"

            """).get()
        #expect(rough.diagnostics.map(\.code) == ["import.check.means", "import.check.weights"])
        #expect(rough.comparedFigures == 2)
    }
}
