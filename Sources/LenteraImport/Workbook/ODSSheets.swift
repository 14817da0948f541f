import Foundation
import LenteraDiagnostics

/// Reads one table of an .ods's `content.xml`, which holds every sheet one after the
/// other: the tables before the chosen one are passed over, the reading stops after it.
/// A cell's displayed text is in the file (`<text:p>`), its number beside it
/// (`office:value`); repeated rows and cells are expanded, merged ones filled.
struct ODSSheets {
    let workbook: Workbook

    /// Reads the sheet `choice` names (by name or number from 1; the first when nil) into
    /// `tallier`, and returns its name.
    func read(choice: String?, into tallier: inout some RowSink) throws(ExportProblem) -> String {
        var handler = Handler(tallier: tallier, choice: choice, displayPath: workbook.displayPath)
        try workbook.scan("content.xml", into: &handler)
        guard let name = handler.chosen else {
            if handler.names.isEmpty { throw Workbook.problem("import.workbook-no-sheet", workbook.displayPath) }
            throw Workbook.problem("import.unknown-sheet", workbook.displayPath, [
                "sheet": .text(choice ?? ""),
                "sheets": .text(handler.names.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: ", ")),
            ])
        }
        tallier = handler.tallier
        return name
    }

    struct Handler<Sink: RowSink>: XMLEventHandler {
        var tallier: Sink
        let choice: String?
        let displayPath: String
        var names: [String] = []
        var chosen: String?
        var active = false
        var tableDepth = 0

        var merges = MergedCells()
        var row = SheetRow()
        var rowNumber = 0
        var rowRepeat = 1
        var column = 0
        // The cell being read.
        var inCell = false
        var columnRepeat = 1
        var number: Double?
        var valueText: String?
        var hasFormula = false
        var text: [UInt8] = []
        var paragraphs = 0
        var inParagraph = 0
        var inAnnotation = 0

        init(tallier: Sink, choice: String?, displayPath: String) {
            self.tallier = tallier
            self.choice = choice
            self.displayPath = displayPath
        }

        /// Whether the table `name`, the `index`th (from 0), is the one asked for.
        func wanted(_ name: String, _ index: Int) -> Bool {
            guard let choice = choice?.trimmingCharacters(in: .whitespaces) else { return index == 0 }
            if name == choice || name.lowercased() == choice.lowercased() { return true }
            return Int(choice) == index + 1
        }

        mutating func start(_ name: XMLName, _ attributes: XMLAttributes) throws {
            if name.is("table") {
                tableDepth += 1
                guard tableDepth == 1 else { return }
                let tableName = try attributes.string("name") ?? "\(names.count + 1)"
                names.append(tableName)
                if wanted(tableName, names.count - 1) {
                    active = true
                    chosen = tableName
                    tallier.name("\(displayPath) [\(tableName)]")
                }
                return
            }
            guard active, tableDepth == 1 else { return }
            if inAnnotation > 0 {
                if name.is("annotation") { inAnnotation += 1 }
                return
            }
            if name.is("table-row") {
                // Counts beyond a sheet's rows and columns are cut there: nothing repeats
                // past its last row, and no sum of them can overflow.
                rowRepeat = min(max(1, attributes.integer("number-rows-repeated") ?? 1), SheetRow.maximumRows)
                row.clear(line: rowNumber + 1)
                column = 0
            } else if name.is("table-cell") || name.is("covered-table-cell") {
                inCell = true
                columnRepeat = min(max(1, attributes.integer("number-columns-repeated") ?? 1), SheetRow.maximumColumns)
                text.removeAll(keepingCapacity: true)
                paragraphs = 0
                hasFormula = attributes.raw("formula") != nil
                number = nil
                valueText = nil
                let type = attributes.raw("value-type").map { String(decoding: $0, as: UTF8.self) } ?? ""
                switch type {
                case "float", "percentage", "currency":
                    valueText = try attributes.string("value")
                    number = valueText.flatMap(Double.init)
                case "date": valueText = try attributes.string("date-value")
                case "time": valueText = try attributes.string("time-value")
                case "boolean":
                    let truth = try attributes.string("boolean-value") == "true"
                    valueText = truth ? "TRUE" : "FALSE"
                    number = truth ? 1 : 0
                case "string": valueText = try attributes.string("string-value")
                default: break
                }
                let columns = min(attributes.integer("number-columns-spanned") ?? 1, SheetRow.maximumColumns)
                let rows = min(attributes.integer("number-rows-spanned") ?? 1, SheetRow.maximumRows)
                if columns > 1 || rows > 1 {
                    _ = merges.add(firstRow: rowNumber + 1, lastRow: min(rowNumber + rows, SheetRow.maximumRows),
                                   firstColumn: column, lastColumn: column + min(columns, SheetRow.maximumColumns) - 1)
                }
            } else if inCell {
                if name.is("p") || name.is("h") {
                    if paragraphs > 0 { text.append(0x0A) }
                    paragraphs += 1
                    inParagraph += 1
                } else if name.is("s") {
                    let count = min(attributes.integer("c") ?? 1, 1024)
                    if inParagraph > 0 { text.append(contentsOf: repeatElement(0x20, count: count)) }
                } else if name.is("tab") {
                    if inParagraph > 0 { text.append(0x09) }
                } else if name.is("line-break") {
                    if inParagraph > 0 { text.append(0x0A) }
                } else if name.is("annotation") {
                    inAnnotation = 1   // a comment on the cell: not what it shows
                }
            }
        }

        mutating func end(_ name: XMLName) throws {
            if name.is("table") {
                tableDepth -= 1
                if tableDepth == 0, active { throw Workbook.StopReading() }
                return
            }
            guard active, tableDepth == 1 else { return }
            if inAnnotation > 0 {
                if name.is("annotation") { inAnnotation -= 1 }
                return
            }
            if name.is("p") || name.is("h") {
                inParagraph = max(0, inParagraph - 1)
            } else if name.is("table-cell") || name.is("covered-table-cell") {
                finishCell()
            } else if name.is("table-row") {
                try finishRow()
            }
        }

        mutating func text(_ raw: UnsafeRawBufferPointer, cdata: Bool) throws {
            guard active, inCell, inParagraph > 0, inAnnotation == 0, text.count <= SharedStrings.maximumLength * 4 else { return }
            if cdata { text.append(contentsOf: raw) } else { try XMLText.append(raw, to: &text) }
        }

        private mutating func finishCell() {
            inCell = false
            let first = column
            column = min(column + columnRepeat, SheetRow.maximumColumns)
            if paragraphs == 0, let valueText {
                text = Array(valueText.utf8)
            }
            if text.isEmpty {
                if hasFormula, valueText == nil {
                    for index in first..<column { row.markFormulaWithoutValue(index) }
                }
                return
            }
            // A run of equal cells that are not empty is rare and short; the columns a sheet
            // may have bound it.
            text.withUnsafeBytes { bytes in
                for index in first..<column { row.set(index, text: bytes, number: number) }
            }
        }

        private mutating func finishRow() throws {
            row.trim()
            if !merges.isEmpty { merges.fill(&row) }
            let first = rowNumber + 1
            rowNumber = min(rowNumber + rowRepeat, SheetRow.maximumRows + 1)
            guard !row.isEmpty else { return }
            guard rowNumber <= SheetRow.maximumRows else {
                throw Workbook.problem("import.workbook-too-many-rows", displayPath, ["rows": .text(String(SheetRow.maximumRows))])
            }
            // Equal rows one after the other are written once, with how many there are.
            for line in first...rowNumber {
                row.line = line
                try tallier.take(&row)
            }
        }
    }
}
