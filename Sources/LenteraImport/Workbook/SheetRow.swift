import Foundation

/// One row of a sheet as it is read: each cell's displayed text, and the number it stores
/// when it stores one. Reused from row to row.
struct SheetRow: ExportRow {
    /// The sheet's row number, from 1.
    var line = 0
    private let bytes = ByteStore()
    /// Per column: the range of its text in `bytes` (empty for an empty cell).
    private var ranges: [Range<Int>] = []
    private var numbers: [Double?] = []
    /// The columns of formulas whose value the file does not hold.
    private(set) var formulasWithoutValue: [Int] = []
    /// Whether any cell holds text.
    private(set) var isEmpty = true

    /// The most columns a sheet has (Excel's and LibreOffice's limit is 16,384).
    static let maximumColumns = 16_384
    /// The most rows a sheet has (Excel's limit).
    static let maximumRows = 1_048_576

    var fieldCount: Int { ranges.count }
    var ragged: Bool { true }

    mutating func field(_ index: Int) -> UnsafeRawBufferPointer {
        bytes.slice(ranges[index])
    }

    func storedNumber(_ index: Int) -> Double? { index < numbers.count ? numbers[index] : nil }

    mutating func clear(line: Int) {
        self.line = line
        bytes.count = 0
        ranges.removeAll(keepingCapacity: true)
        numbers.removeAll(keepingCapacity: true)
        formulasWithoutValue.removeAll(keepingCapacity: true)
        isEmpty = true
    }

    /// Sets column `column` (from 0); columns before it that were not set are empty.
    /// The most bytes a row's texts take; past it, further cells are not read.
    static let maximumBytes = 16 << 20

    /// Sets column `column`'s text and number, once: a cell named again in the same row
    /// (which no program writes) is not read again.
    mutating func set(_ column: Int, text: UnsafeRawBufferPointer, number: Double?) {
        guard column < Self.maximumColumns, !holds(column), bytes.count + text.count <= Self.maximumBytes else { return }
        while ranges.count <= column {
            ranges.append(bytes.count..<bytes.count)
            numbers.append(nil)
        }
        let start = bytes.count
        bytes.append(text)
        ranges[column] = start..<bytes.count
        numbers[column] = number
        if !text.isEmpty { isEmpty = false }
    }

    mutating func set(_ column: Int, text: String, number: Double?) {
        var text = text
        text.withUTF8 { set(column, text: UnsafeRawBufferPointer($0), number: number) }
    }

    mutating func markFormulaWithoutValue(_ column: Int) {
        formulasWithoutValue.append(column)
        isEmpty = false
    }

    /// Whether column `column` holds text.
    func holds(_ column: Int) -> Bool { column < ranges.count && !ranges[column].isEmpty }

    /// Column `column`'s text and number (empty and nil past the end).
    func cell(_ column: Int) -> (text: [UInt8], number: Double?) {
        guard column < ranges.count else { return ([], nil) }
        return (Array(bytes.slice(ranges[column])), numbers[column])
    }

    /// Drops the empty cells at the end.
    mutating func trim() {
        while let last = ranges.last, last.isEmpty {
            ranges.removeLast()
            numbers.removeLast()
        }
    }
}

/// Bytes in one growing allocation, whose slices stay valid until it is written again (an
/// array's storage may not be pointed into past the closure that lends it).
final class ByteStore {
    private var base: UnsafeMutableRawPointer
    private var capacity: Int
    var count = 0

    init(capacity: Int = 4096) {
        self.capacity = capacity
        base = .allocate(byteCount: capacity, alignment: 8)
    }

    deinit { base.deallocate() }

    func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity {
            var grown = capacity * 2
            while grown < count + bytes.count { grown *= 2 }
            let moved = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 8)
            moved.copyMemory(from: base, byteCount: count)
            base.deallocate()
            base = moved
            capacity = grown
        }
        (base + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    func slice(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count)
    }
}

/// Merged cells: what the top-left cell of a merged range shows is shown across the range,
/// so a header written once over two rows, or a label over three columns, is read where
/// it is seen.
struct MergedCells {
    struct Span {
        var firstRow: Int, lastRow: Int, firstColumn: Int, lastColumn: Int
        var text: [UInt8]?
        var number: Double?
    }

    /// By first row; those whose rows are behind are dropped as rows go by.
    private var pending: [Span] = []
    private var active: [Span] = []
    private var sorted = true

    /// The most merged ranges kept; a sheet has tens, a hostile file could have millions.
    static let maximum = 10_000
    /// The most cells one range may cover. A title over a row of columns, a header over two
    /// rows, an IKM over nine columns cover tens of cells; a range over the whole sheet is
    /// not a merge to read across (it is left as it is). With `maximum`, this bounds the
    /// work of filling ranges, whatever a file lists: each cell is filled once.
    static let maximumArea = 4096

    var isEmpty: Bool { pending.isEmpty && active.isEmpty }

    /// A range known before its rows are read (an .xlsx lists them after its rows; a first
    /// look at the sheet gives them), or met at its top-left cell (.ods).
    mutating func add(firstRow: Int, lastRow: Int, firstColumn: Int, lastColumn: Int) -> Bool {
        guard pending.count + active.count < Self.maximum, lastRow >= firstRow, lastColumn >= firstColumn,
              lastRow > firstRow || lastColumn > firstColumn,
              (lastRow - firstRow + 1).multipliedReportingOverflow(by: lastColumn - firstColumn + 1).partialValue <= Self.maximumArea,
              lastRow - firstRow < Self.maximumArea, lastColumn - firstColumn < Self.maximumArea else { return false }
        pending.append(Span(firstRow: firstRow, lastRow: lastRow, firstColumn: firstColumn, lastColumn: min(lastColumn, SheetRow.maximumColumns - 1)))
        sorted = false
        return true
    }

    /// Fills the cells of `row` that merged ranges cover, from their top-left cells.
    mutating func fill(_ row: inout SheetRow) {
        if !sorted {
            pending.sort { $0.firstRow > $1.firstRow }   // the next to start at the end
            sorted = true
        }
        active.removeAll { $0.lastRow < row.line }
        while let next = pending.last, next.firstRow <= row.line {
            pending.removeLast()
            if next.lastRow >= row.line { active.append(next) }
        }
        guard !active.isEmpty else { return }
        for index in active.indices {
            var range = active[index]
            if range.firstRow == row.line, range.text == nil {
                let top = row.cell(range.firstColumn)
                range.text = top.text
                range.number = top.number
                active[index] = range
            }
            guard let text = range.text, !text.isEmpty else { continue }
            for column in range.firstColumn...range.lastColumn where !(range.firstRow == row.line && column == range.firstColumn) {
                if !row.holds(column) { text.withUnsafeBytes { row.set(column, text: $0, number: range.number) } }
            }
        }
    }
}

/// A cell reference's column and row: `B12` is (1, 12).
enum CellReference {
    static func parse(_ raw: UnsafeRawBufferPointer) -> (column: Int, row: Int)? {
        var index = 0
        var column = 0
        while index < raw.count, let letter = Optional(raw[index] | 0x20), letter >= 0x61, letter <= 0x7A {
            column = column * 26 + Int(letter - 0x60)
            index += 1
            guard column <= SheetRow.maximumColumns, index <= 3 else { return nil }
        }
        guard index > 0 else { return nil }
        var row = 0
        let digits = index
        while index < raw.count, raw[index] >= 0x30, raw[index] <= 0x39 {
            row = row * 10 + Int(raw[index] - 0x30)
            index += 1
            guard row <= SheetRow.maximumRows else { return nil }
        }
        guard index == raw.count else { return nil }
        return (column - 1, index > digits ? row : 0)
    }

    /// `A1:J1` → its corners.
    static func range(_ text: String) -> (first: (column: Int, row: Int), last: (column: Int, row: Int))? {
        let parts = text.split(separator: ":")
        guard parts.count == 2 else { return nil }
        func corner(_ part: Substring) -> (column: Int, row: Int)? {
            var text = String(part)
            return text.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
        }
        guard let first = corner(parts[0]), let last = corner(parts[1]), first.row > 0, last.row > 0 else { return nil }
        return (first, last)
    }

    /// Column letters for messages: 0 is `A`, 26 is `AA`.
    static func letters(_ column: Int) -> String {
        var column = column + 1
        var letters = ""
        while column > 0 {
            let remainder = (column - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            column = (column - 1) / 26
        }
        return letters
    }
}
