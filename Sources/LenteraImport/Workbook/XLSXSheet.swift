import Foundation
import LenteraDiagnostics

/// The texts of an .xlsx's shared-string table, in one buffer. Each is kept up to
/// `maximumLength` bytes: longer ones are never an answer or a header Lentera reads
/// (`SurveyExportReader.maximumAnswerLength`), and a sheet of free-text answers would
/// otherwise hold them all.
struct SharedStrings {
    private(set) var bytes: [UInt8] = []
    /// Where each kept string is in `bytes`, by its index in the table: only the kept ones
    /// take room, so a table of a million names costs nothing past the few held.
    private var ranges: [UInt32: Range<Int>] = [:]
    /// How many strings the table has, kept or not.
    private(set) var count = 0
    static let maximumLength = SurveyTallier.headerTextLimit + 1
    /// The most bytes the table holds.
    static let maximumBytes = 1 << 30

    /// What a string that was not kept reads as: never an answer, a known category or a label.
    static let notKept = Array("(teks tidak disimpan)".utf8)

    mutating func append(_ text: [UInt8], keep: Bool = true) throws(ExportProblem) {
        if keep {
            let start = bytes.count
            bytes.append(contentsOf: text.prefix(Self.maximumLength))
            guard bytes.count < Self.maximumBytes else { throw ExportProblem(diagnostics: []) }
            ranges[UInt32(truncatingIfNeeded: count)] = start..<bytes.count
        }
        count += 1
    }

    func withString<T>(_ index: Int, _ body: (UnsafeRawBufferPointer) -> T) -> T? {
        guard index >= 0, index < count else { return nil }
        guard let range = ranges[UInt32(truncatingIfNeeded: index)] else { return Self.notKept.withUnsafeBytes(body) }
        return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }
}

/// Office Open XML's own escape for characters XML cannot hold, `_x000D_`, in strings.
enum OOXMLEscape {
    static func decode(_ bytes: inout [UInt8]) {
        guard bytes.count >= 7, bytes.contains(0x5F) else { return }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x5F, index + 6 < bytes.count, bytes[index + 1] == 0x78, bytes[index + 6] == 0x5F,
               let value = UInt32(String(decoding: bytes[(index + 2)..<(index + 6)], as: UTF8.self), radix: 16),
               let scalar = Unicode.Scalar(value) {
                out.append(contentsOf: Array(String(scalar).utf8))
                index += 7
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        bytes = out
    }
}

/// Reads one worksheet of an .xlsx: its merged cells first (listed after the rows), then
/// its rows, each cell displayed through its number format or its shared string.
struct XLSXSheet {
    let workbook: Workbook
    /// How many distinct shared strings of each column are kept (`ColumnSurvey`).
    var perColumn = ColumnSurvey.defaultPerColumn

    func read(sheet index: Int, into tallier: inout some RowSink) throws(ExportProblem) {
        let part = workbook.sheets[index].part
        guard !part.isEmpty, workbook.archive[part] != nil else {
            throw Workbook.problem("import.workbook-missing-part", workbook.displayPath, ["part": .text(part.isEmpty ? workbook.sheets[index].name : part)])
        }
        // A first look at the sheet: its merged cells (listed after its rows), and which
        // shared strings its rows use, so that texts no row needs (a name in every row) are
        // never held.
        var survey = ColumnSurvey(perColumn: perColumn)
        try workbook.scan(part, into: &survey)
        var strings = SharedStrings()
        if let shared = workbook.sharedStrings, workbook.archive[shared] != nil {
            var reader = SharedStringReader(keep: survey.wanted)
            try workbook.scan(shared, into: &reader)
            if reader.tooMany { throw Workbook.problem("import.workbook-too-large", workbook.displayPath, ["part": .text(shared), "size": .text("1 GiB")]) }
            strings = reader.strings
        }
        var handler = Handler(tallier: tallier, strings: strings, formats: workbook.formats, date1904: workbook.date1904,
                              merges: survey.merges, displayPath: "\(workbook.displayPath) [\(workbook.sheets[index].name)]")
        try workbook.scan(part, into: &handler)
        if let problem = handler.problem { throw problem }
        tallier = handler.tallier
    }

    /// Collects the texts of `<si>` items: their `<t>`, rich-text runs included, phonetic
    /// readings (`<rPh>`) left out.
    struct SharedStringReader: XMLEventHandler {
        /// The indices to keep; nil for all.
        let keep: Set<UInt32>?
        var strings = SharedStrings()
        var current: [UInt8] = []
        var inItem = false, inText = false, inPhonetic = false
        var tooMany = false

        mutating func start(_ name: XMLName, _ attributes: XMLAttributes) throws {
            if name.is("si") { inItem = true; current.removeAll(keepingCapacity: true) }
            else if name.is("t") { inText = inItem && !inPhonetic }
            else if name.is("rPh") { inPhonetic = true }
        }

        mutating func end(_ name: XMLName) throws {
            if name.is("t") { inText = false }
            else if name.is("rPh") { inPhonetic = false }
            else if name.is("si") {
                inItem = false
                let wanted = keep?.contains(UInt32(truncatingIfNeeded: strings.count)) ?? true
                if wanted { OOXMLEscape.decode(&current) }
                do { try strings.append(current, keep: wanted) } catch { tooMany = true; throw Workbook.StopReading() }
            }
        }

        mutating func text(_ raw: UnsafeRawBufferPointer, cdata: Bool) throws {
            guard inText, current.count <= SharedStrings.maximumLength, keep?.contains(UInt32(truncatingIfNeeded: strings.count)) ?? true else { return }
            if cdata { current.append(contentsOf: raw) } else { try XMLText.append(raw, to: &current) }
        }
    }

    /// A first look at a sheet: its merged cells, and the shared strings worth holding.
    ///
    /// Every shared string of the first `headerRows` rows is held (the titles and the
    /// header), and, per column, the first `perColumn` distinct ones: a column of answers,
    /// categories or services names few texts, all held; a column of names or telephone
    /// numbers names one per row, and only its first few are. A text not held reads as
    /// `SharedStrings.notKept`: never an answer (the row is rejected, saying so) and, in a
    /// profile column, counted as `Lainnya`, as a free answer is. What is held is bounded by
    /// the columns, not by the rows.
    struct ColumnSurvey: XMLEventHandler {
        static let defaultPerColumn = 4096
        static let headerRows = 40
        /// The most indices held in all: a sheet of thousands of columns is not a survey.
        static let maximumHeld = 1 << 20

        let perColumn: Int
        var merges = MergedCells()
        var wanted: Set<UInt32> = []
        private var perColumnCount: [Int] = []
        private var seenRows = 0
        private var column = 0, nextColumn = 0
        private var shared = false, inValue = false
        private var value: [UInt8] = []

        init(perColumn: Int) {
            self.perColumn = perColumn
        }

        mutating func start(_ name: XMLName, _ attributes: XMLAttributes) throws {
            if name.is("c") {
                column = attributes.raw("r").flatMap { CellReference.parse($0)?.column } ?? nextColumn
                nextColumn = column + 1
                shared = attributes.raw("t").map { $0.count == 1 && $0[0] == 0x73 } ?? false
                value.removeAll(keepingCapacity: true)
            } else if name.is("v") {
                inValue = shared
            } else if name.is("row") {
                seenRows += 1
                nextColumn = 0
            } else if name.is("mergeCell"), let reference = try attributes.string("ref"), let range = CellReference.range(reference) {
                _ = merges.add(firstRow: range.first.row, lastRow: range.last.row, firstColumn: range.first.column, lastColumn: range.last.column)
            }
        }

        mutating func end(_ name: XMLName) throws {
            guard name.is("v"), inValue else { return }
            inValue = false
            guard let index = value.withUnsafeBytes({ XMLText.integer($0) }), index <= UInt32.max else { return }
            let key = UInt32(index)
            if seenRows <= Self.headerRows {
                wanted.insert(key)
                return
            }
            guard column < SheetRow.maximumColumns, wanted.count < Self.maximumHeld else { return }
            while perColumnCount.count <= column { perColumnCount.append(0) }
            guard perColumnCount[column] < perColumn, !wanted.contains(key) else { return }
            wanted.insert(key)
            perColumnCount[column] += 1
        }

        mutating func text(_ raw: UnsafeRawBufferPointer, cdata: Bool) throws {
            if inValue, value.count < 24 { value.append(contentsOf: raw) }
        }
    }

    /// The rows of the sheet, handed to the tallier one at a time.
    struct Handler<Sink: RowSink>: XMLEventHandler {
        var tallier: Sink
        let strings: SharedStrings
        let formats: [NumberFormat]
        let date1904: Bool
        var merges: MergedCells
        let displayPath: String
        var problem: ExportProblem?

        var row = SheetRow()
        var inRow = false
        var rowNumber = 0
        var nextColumn = 0
        // The cell being read.
        var column = 0
        var type: CellType = .number
        var style = 0
        var hasFormula = false
        var inValue = false, inInline = false, inInlineText = false, inPhonetic = false
        var sawValue = false
        var value: [UInt8] = []

        enum CellType { case number, shared, inline, formulaText, boolean, error, date }

        init(tallier: Sink, strings: SharedStrings, formats: [NumberFormat], date1904: Bool, merges: MergedCells, displayPath: String) {
            self.tallier = tallier
            self.strings = strings
            self.formats = formats
            self.date1904 = date1904
            self.merges = merges
            self.displayPath = displayPath
        }

        mutating func start(_ name: XMLName, _ attributes: XMLAttributes) throws {
            if name.is("c") {
                if let reference = attributes.raw("r") {
                    // `XFE1` (past the last column) or `A0` is no cell: the file is damaged,
                    // and a cell placed in another column would be another answer.
                    guard let parsed = CellReference.parse(reference), parsed.row != 0 || reference.allSatisfy({ $0 > 0x39 }) else {
                        throw Workbook.problem("import.workbook-malformed", displayPath, [
                            "part": .text("\(rowNumber)"), "reason": .text("cell reference `\(String(decoding: reference.prefix(20), as: UTF8.self))`"),
                        ])
                    }
                    column = parsed.column
                } else {
                    column = nextColumn
                }
                nextColumn = column + 1
                type = .number
                if let t = attributes.raw("t") {
                    switch String(decoding: t, as: UTF8.self) {
                    case "s": type = .shared
                    case "inlineStr": type = .inline
                    case "str": type = .formulaText
                    case "b": type = .boolean
                    case "e": type = .error
                    case "d": type = .date
                    default: type = .number
                    }
                }
                style = attributes.integer("s") ?? 0
                hasFormula = false
                sawValue = false
                value.removeAll(keepingCapacity: true)
            } else if name.is("v") {
                inValue = true
                sawValue = true
            } else if name.is("f") {
                hasFormula = true
            } else if name.is("is") {
                inInline = true
                sawValue = true
            } else if name.is("t") {
                inInlineText = inInline && !inPhonetic
            } else if name.is("rPh") {
                inPhonetic = true
            } else if name.is("row") {
                let number = attributes.integer("r") ?? rowNumber + 1
                guard number <= SheetRow.maximumRows else {
                    throw Workbook.problem("import.workbook-too-many-rows", displayPath, ["rows": .text(String(SheetRow.maximumRows))])
                }
                rowNumber = max(number, rowNumber + 1)
                nextColumn = 0
                row.clear(line: rowNumber)
                inRow = true
            }
        }

        mutating func end(_ name: XMLName) throws {
            if name.is("c") {
                try finishCell()
            } else if name.is("v") {
                inValue = false
            } else if name.is("t") {
                inInlineText = false
            } else if name.is("rPh") {
                inPhonetic = false
            } else if name.is("is") {
                inInline = false
            } else if name.is("row") {
                inRow = false
                row.trim()
                if !merges.isEmpty { merges.fill(&row) }
                if !row.isEmpty { try tallier.take(&row) }
            } else if name.is("sheetData") {
                throw Workbook.StopReading()
            }
        }

        mutating func text(_ raw: UnsafeRawBufferPointer, cdata: Bool) throws {
            guard inValue || inInlineText, value.count <= SharedStrings.maximumLength * 4 else { return }
            if cdata { value.append(contentsOf: raw) } else { try XMLText.append(raw, to: &value) }
        }

        private mutating func finishCell() throws {
            guard inRow else { return }
            guard sawValue else {
                if hasFormula { row.markFormulaWithoutValue(column) }
                return
            }
            switch type {
            case .shared:
                let index = value.withUnsafeBytes { XMLText.integer($0) } ?? -1
                guard strings.withString(index, { row.set(column, text: $0, number: nil) }) != nil else {
                    throw Workbook.problem("import.workbook-malformed", displayPath, [
                        "part": .text("\(CellReference.letters(column))\(rowNumber)"),
                        "reason": .text("shared string \(String(decoding: value.prefix(20), as: UTF8.self)) of \(strings.count)"),
                    ])
                }
            case .inline, .formulaText, .error, .date:
                if type == .inline { OOXMLEscape.decode(&value) }
                value.withUnsafeBytes { row.set(column, text: $0, number: nil) }
            case .boolean:
                let truth = value == [0x31]
                row.set(column, text: truth ? "TRUE" : "FALSE", number: truth ? 1 : 0)
            case .number:
                let text = String(decoding: value, as: UTF8.self)
                guard let number = Double(text) else {
                    row.set(column, text: text, number: nil)
                    return
                }
                let format = style < formats.count ? formats[style] : .general
                row.set(column, text: format.display(number, date1904: date1904), number: number)
            }
        }
    }
}
