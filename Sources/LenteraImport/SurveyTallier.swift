import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain

/// One row of an export as the tally reads it.
protocol ExportRow: ~Copyable {
    /// Where the row is: a line of a CSV file, a row of a sheet (both from 1).
    var line: Int { get }
    var fieldCount: Int { get }
    /// The field's bytes as displayed (UTF-8), valid until the next row.
    mutating func field(_ index: Int) -> UnsafeRawBufferPointer
    /// The number a sheet's cell stores behind its displayed text, when it stores one.
    func storedNumber(_ index: Int) -> Double?
    /// Whether rows may have fewer fields than the header (a sheet leaves out empty cells at
    /// the end of a row); a CSV row with another count of fields is rejected.
    var ragged: Bool { get }
    /// The columns of formulas whose values the file does not hold (read as empty).
    var formulasWithoutValue: [Int] { get }
}

/// Where a reader hands the rows it reads, one at a time.
protocol RowSink {
    mutating func take<Row: ExportRow & ~Copyable>(_ row: inout Row) throws(ExportProblem)
    /// How messages name what is read, once a workbook's sheet is known (`survei.xlsx [Data]`).
    mutating func name(_ source: String)
}

extension CSVRecordReader: ExportRow {
    func storedNumber(_ index: Int) -> Double? { nil }
    var ragged: Bool { false }
    var formulasWithoutValue: [Int] { [] }
}

/// Counts the rows of an export as they come, holding no more than one at a time.
///
/// The header is the first row, among the first `headerSearchRows` that are not blank,
/// that names a column for every element: title rows above it are passed over. Below it,
/// a row whose first cell names a summary (`SheetFigures.kind(ofLabel:)`, "Jumlah Nilai
/// per Parameter", "IKM"…) ends the respondents: it and the summary rows after it are read
/// as the sheet's own figures, never counted. A row without any answer is not a respondent
/// (a numbered line of a form left empty), nor is a row numbering the columns just below
/// the header.
struct SurveyTallier: RowSink {
    var reader: SurveyExportReader

    /// How many rows, blank ones aside, may stand above the header.
    static let headerSearchRows = 30
    /// The header is read up to this many columns, and its texts up to this many bytes.
    static let headerColumnLimit = 4096
    static let headerTextLimit = 4096

    // While the header is sought.
    private var seen = 0
    private var best: (line: Int, found: Int, problems: [Diagnostic])?
    private(set) var headerLine: Int?

    // Once it is found.
    private var header: [String] = []
    private var ignored: [String] = []
    private var elementColumns: [(column: Int, element: Int)] = []
    private var profileColumns: [(column: Int, field: Int)] = []
    private var isElementColumn: [Bool] = []
    private var answerTables: [[String: Int]] = []
    private var answerCache: [ByteTable<Int>] = []
    /// The counts, one group per service named in the service column (one group without it).
    private var groups: [Group] = []
    private var serviceColumn: Int?
    private var groupOfService = ByteTable<Int>(limit: Self.maximumServices + 1)
    private var answers: [Int] = []
    private var profileSlots: [ProfileCounter.Slot] = []
    private var rejected: [RejectedRow] = []

    /// The counts of the rows of one service (or of every row).
    struct Group {
        var name: String
        var counts: [Int]
        var profiles: [ProfileCounter]
        var accepted = 0
    }

    /// The most services one service column may name.
    static let maximumServices = 500
    private var titleRows = 0
    private var checkedNumbering = false
    private var numberingRows = 0
    private var unanswered = 0
    private var inSummary = false
    private var afterSummary = 0
    private var figures = SheetFigures()

    init(_ reader: SurveyExportReader) {
        self.reader = reader
    }

    var displayPath: String { reader.displayPath }

    mutating func name(_ source: String) {
        reader.displayPath = source
    }

    mutating func take<Row: ExportRow & ~Copyable>(_ row: inout Row) throws(ExportProblem) {
        if headerLine == nil {
            try seek(&row)
        } else {
            try count(&row)
        }
    }

    // MARK: The header

    private mutating func seek<Row: ExportRow & ~Copyable>(_ row: inout Row) throws(ExportProblem) {
        let fieldCount = min(row.fieldCount, Self.headerColumnLimit)
        var texts: [String] = []
        texts.reserveCapacity(fieldCount)
        var blank = true
        for index in 0..<fieldCount {
            let bytes = row.field(index)
            let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes.prefix(Self.headerTextLimit)), as: UTF8.self)
            if blank, !text.allSatisfy(\.isWhitespace) { blank = false }
            texts.append(text)
        }
        if blank { return }
        seen += 1
        // No title or header holds a NUL byte; every other byte is one in UTF-16.
        for index in 0..<fieldCount where SurveyExportReader.holdsNUL(row.field(index)) {
            throw ExportProblem(diagnostics: [.error("import.invalid-header", at: SourceLocation(file: displayPath, line: row.line),
                                                     Message("import.invalid-header", ["column": .text(String(index + 1))]),
                                                     advice: Message("import.invalid-header.hint"))])
        }
        let plan = reader.plan(texts, line: row.line)
        if plan.missing.isEmpty {
            if !plan.problems.isEmpty { throw ExportProblem(diagnostics: plan.problems) }
            start(header: texts, plan: plan, line: row.line)
            return
        }
        if best == nil || plan.found > best!.found { best = (row.line, plan.found, plan.problems) }
        titleRows += 1
        // "Jumlah Responden: 29" above the header is the sheet's own count.
        if let first = texts.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }), SheetFigures.kind(ofLabel: texts[first]) == .respondents {
            figures.rows.append(summary(&row, kind: .respondents, label: texts[first], at: first))
        }
        if seen >= Self.headerSearchRows { throw noHeader() }
    }

    /// Why no header was found: the row that came closest, or none at all.
    private func noHeader() -> ExportProblem {
        guard let best else {
            return ExportProblem(diagnostics: [.error("import.empty", at: SourceLocation(file: displayPath, line: 1), Message("import.empty"),
                                                      advice: Message("import.empty.hint"))])
        }
        if best.found == 0, seen > 1 {
            let codes = reader.elements.map(\.code)
            let named = codes.count > 3 ? "\(codes[0]) … \(codes[codes.count - 1])" : codes.joined(separator: ", ")
            return ExportProblem(diagnostics: [.error("import.no-header", at: SourceLocation(file: displayPath),
                                                      Message("import.no-header", ["rows": .text(String(seen)), "fields": .text(named)]),
                                                      advice: Message(reader.kind == .skm ? "import.no-header.hint" : "import.no-header.hint-zi",
                                                                      ["fields": .text(named), "count": .text(String(codes.count))]))])
        }
        return ExportProblem(diagnostics: best.problems)
    }

    private mutating func start(header: [String], plan: SurveyExportReader.Plan, line: Int) {
        self.header = header
        headerLine = line
        ignored = plan.ignored
        let fields = ProfileField.allCases
        isElementColumn = [Bool](repeating: false, count: header.count)
        for (column, use) in plan.uses.enumerated() {
            switch use {
            case .element(let element):
                elementColumns.append((column, element))
                isElementColumn[column] = true
            case .profile(let field): profileColumns.append((column, fields.firstIndex(of: field)!))
            case .service: serviceColumn = column
            case .ignored: break
            }
        }
        let elements = reader.elements, mapping = reader.mapping
        answerTables = elements.map { mapping.elementAnswers[$0.code] ?? mapping.answers }
        answerCache = elements.map { _ in ByteTable<Int>() }
        if serviceColumn == nil { groups = [newGroup("")] }
        answers = [Int](repeating: 0, count: elements.count)
        profileSlots = [ProfileCounter.Slot](repeating: ProfileCounter.Slot(category: 0, other: -1), count: profileColumns.count)
    }

    private func newGroup(_ name: String) -> Group {
        Group(name: name, counts: [Int](repeating: 0, count: reader.elements.count * reader.kind.scale.count),
              profiles: ProfileField.allCases.map { ProfileCounter(ProfileCategories(field: $0, extra: reader.mapping.categories[$0] ?? [:])) })
    }

    /// The group of the row's service; nil (the row rejected) when it names none, or one
    /// service too many.
    private mutating func group<Row: ExportRow & ~Copyable>(_ row: inout Row) throws(ExportProblem) -> Int? {
        guard let column = serviceColumn else { return 0 }
        let bytes = cell(&row, column)
        let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes.prefix(SurveyExportReader.maximumAnswerLength)), as: UTF8.self)
            .trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !SurveyExportReader.holdsNUL(bytes) else {
            rejected.append(RejectedRow(line: row.line, reason: Message("import.rejected-row.no-service", ["column": .text(header[column])])))
            return nil
        }
        let hash = ByteTable<Int>.hash(bytes)
        if let known = groupOfService.value(for: bytes, hash: hash) { return known }
        // The same service written with other spaces or capitals is one group.
        let key = ColumnMapping.normalise(name)
        if let index = groups.firstIndex(where: { ColumnMapping.normalise($0.name) == key }) {
            groupOfService.insert(bytes, hash: hash, value: index)
            return index
        }
        guard groups.count < Self.maximumServices else {
            throw ExportProblem(diagnostics: [.error("import.too-many-services", at: SourceLocation(file: displayPath, line: row.line),
                                                     Message("import.too-many-services", ["column": .text(header[column]), "count": .text(String(Self.maximumServices))]),
                                                     advice: Message("import.too-many-services.hint"))])
        }
        groups.append(newGroup(name))
        groupOfService.insert(bytes, hash: hash, value: groups.count - 1)
        return groups.count - 1
    }

    // MARK: The rows below it

    private static var empty: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: nil, count: 0) }

    /// Field `index`, or no bytes past the end of a short row.
    @inline(__always) private func cell<Row: ExportRow & ~Copyable>(_ row: inout Row, _ index: Int) -> UnsafeRawBufferPointer {
        index < row.fieldCount ? row.field(index) : Self.empty
    }

    private static func isBlank(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    private mutating func count<Row: ExportRow & ~Copyable>(_ row: inout Row) throws(ExportProblem) {
        let fieldCount = row.fieldCount
        if fieldCount == 1 && row.field(0).isEmpty { return }   // a blank line
        if !row.ragged, fieldCount != header.count {
            rejected.append(RejectedRow(line: row.line, reason: Message("import.rejected-row.column-count", ["count": .text(String(fieldCount)), "header": .text(String(header.count))])))
            return
        }
        var first = -1
        for index in 0..<fieldCount where !Self.isBlank(row.field(index)) {
            first = index
            break
        }
        if first < 0 { return }   // a row of empty cells
        if !checkedNumbering {
            checkedNumbering = true
            if isNumbering(&row) {
                numberingRows += 1
                return
            }
        }
        if first >= isElementColumn.count || !isElementColumn[first], SheetFigures.mayBeLabel(row.field(first)) {
            let label = String(decoding: UnsafeRawBufferPointer(rebasing: row.field(first).prefix(Self.headerTextLimit)), as: UTF8.self)
            if let kind = SheetFigures.kind(ofLabel: label) {
                inSummary = true
                figures.rows.append(summary(&row, kind: kind, label: label, at: first))
                return
            }
        }
        if inSummary {
            // A respondent below the summary rows is not counted silently: the sheet's own
            // figures do not count it either, so it is a rejected row the officer sees.
            if elementColumns.contains(where: { !Self.isBlank(cell(&row, $0.column)) }) {
                rejected.append(RejectedRow(line: row.line, reason: Message("import.rejected-row.after-summary")))
            } else {
                afterSummary += 1
            }
            return
        }
        // A respondent's answer that is a formula the file holds no value of cannot be read;
        // guessing it empty would reject or miscount the row.
        if let column = row.formulasWithoutValue.first(where: { candidate in
            candidate < isElementColumn.count && (isElementColumn[candidate] || profileColumns.contains { $0.column == candidate })
        }) {
            throw ExportProblem(diagnostics: [.error("import.formula-without-value", at: SourceLocation(file: displayPath, line: row.line),
                                                     Message("import.formula-without-value", ["cell": .text("\(CellReference.letters(column))\(row.line)")]),
                                                     advice: Message("import.formula-without-value.hint"))])
        }
        guard let group = try group(&row) else { return }
        tally(&row, into: group)
    }

    /// Answers and profile fields of one respondent row, counted or rejected.
    private mutating func tally<Row: ExportRow & ~Copyable>(_ row: inout Row, into group: Int) {
        let elements = reader.elements, kind = reader.kind
        let lowest = kind.scale.lowerBound, highest = kind.scale.upperBound, width = kind.scale.count
        let limit = SurveyExportReader.maximumAnswerLength   // in bytes, quotes written twice counted once
        for (column, element) in elementColumns {
            let bytes = cell(&row, column)
            // A sheet's cell may show `4` for a stored 3.5: the stored number is the answer.
            if let stored = row.storedNumber(column), stored != stored.rounded(.towardZero) {
                rejected.append(RejectedRow(line: row.line, reason: Message("import.rejected-row.out-of-range", [
                    "field": .text(elements[element].code), "lowest": .text(String(lowest)), "highest": .text(String(highest)),
                    "answer": .text(String(String(stored).prefix(40))),
                ])))
                return
            }
            var value = 0
            if bytes.count == 1 {
                let digit = Int(bytes[0]) &- 0x30
                if digit >= lowest && digit <= highest { value = digit }
            }
            if value == 0 {
                // No answer is this long: the row is rejected without making text of the field.
                guard bytes.count <= limit else {
                    rejected.append(RejectedRow(line: row.line, reason: SurveyExportReader.tooLong(elements[element].code, bytes.count)))
                    return
                }
                let hash = ByteTable<Int>.hash(bytes)
                if let known = answerCache[element].value(for: bytes, hash: hash) {
                    value = known
                } else if SurveyExportReader.holdsNUL(bytes) {
                    // Never in the table: `4\0` would read as 4 (a C string ends at the NUL).
                    rejected.append(RejectedRow(line: row.line, reason: Message("import.rejected-row.nul", ["field": .text(elements[element].code)])))
                    return
                } else {
                    value = reader.answerValue(String(decoding: bytes, as: UTF8.self), labels: answerTables[element]) ?? 0
                    answerCache[element].insert(bytes, hash: hash, value: value)
                }
            }
            guard value > 0 else {
                let code = elements[element].code
                let trimmed = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty, elementColumns.allSatisfy({ Self.isBlank(cell(&row, $0.column)) }) {
                    unanswered += 1   // no answer at all: not a respondent
                    return
                }
                let reason = trimmed.isEmpty ? Message("import.rejected-row.no-answer", ["field": .text(code)])
                    : Message(answerTables[element].isEmpty ? "import.rejected-row.out-of-range" : "import.rejected-row.out-of-range-or-label",
                              ["field": .text(code), "lowest": .text(String(lowest)), "highest": .text(String(highest)), "answer": .text(String(trimmed.prefix(40)))])
                rejected.append(RejectedRow(line: row.line, reason: reason))
                return
            }
            answers[element] = value
        }
        // Counted at once; a later profile answer that rejects the row takes back the
        // earlier ones (rare, and cheaper than a second pass over every row).
        let fields = ProfileField.allCases
        for index in profileColumns.indices {
            let (column, field) = profileColumns[index]
            let bytes = cell(&row, column)
            let reason: Message
            if bytes.count > limit {
                reason = SurveyExportReader.tooLong(fields[field].rawValue, bytes.count)
            } else if let slot = groups[group].profiles[field].count(bytes) {
                profileSlots[index] = slot
                continue
            } else {
                reason = Message("import.rejected-row.nul", ["field": .text(fields[field].rawValue)])
            }
            for earlier in 0..<index { groups[group].profiles[profileColumns[earlier].field].uncount(profileSlots[earlier]) }
            rejected.append(RejectedRow(line: row.line, reason: reason))
            return
        }
        for element in answers.indices { groups[group].counts[element * width + answers[element] - lowest] += 1 }
        groups[group].accepted += 1
    }

    /// A row that numbers the columns, `1 2 3 …` or `(1) (2) (3) …`, as forms print under
    /// their headers: at least three numbers, each one more than the last, and nothing else.
    private func isNumbering<Row: ExportRow & ~Copyable>(_ row: inout Row) -> Bool {
        var last: Int?
        var numbers = 0
        for index in 0..<row.fieldCount {
            var text = String(decoding: UnsafeRawBufferPointer(rebasing: row.field(index).prefix(16)), as: UTF8.self)
                .trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            if text.hasPrefix("("), text.hasSuffix(")") { text = String(text.dropFirst().dropLast()) }
            guard let number = Int(text), last.map({ number == $0 + 1 }) ?? true else { return false }
            last = number
            numbers += 1
        }
        return numbers >= 3
    }

    /// A summary row read as figures: the numbers under the element columns, the first
    /// number and the first other text after the label.
    private func summary<Row: ExportRow & ~Copyable>(_ row: inout Row, kind: SheetFigures.Kind, label: String, at labelColumn: Int) -> SheetFigures.Row {
        func number(_ column: Int) -> SheetNumber? {
            let bytes = cell(&row, column)
            guard !bytes.isEmpty, bytes.count <= 64 else { return nil }
            let text = String(decoding: bytes, as: UTF8.self)
            if let stored = row.storedNumber(column) { return SheetNumber(stored: stored, text: text) }
            return SheetNumber(text: text)
        }
        var values: [Int: SheetNumber] = [:]
        for (column, element) in elementColumns {
            if let value = number(column) { values[element] = value }
        }
        var first: SheetNumber?
        var text: String?
        var column = labelColumn + 1
        while column < row.fieldCount, first == nil || text == nil {
            let bytes = cell(&row, column)
            if !Self.isBlank(bytes) {
                if let value = number(column) {
                    if first == nil { first = value }
                } else if text == nil, bytes.count <= 200 {
                    text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                }
            }
            column += 1
        }
        return SheetFigures.Row(kind: kind, line: row.line, label: String(label.trimmingCharacters(in: .whitespaces).prefix(80)),
                                values: values, first: first, text: text)
    }

    // MARK: The end

    mutating func finish(delimiter: UnicodeScalar?) throws(ExportProblem) -> SurveyTally {
        guard headerLine != nil else { throw noHeader() }
        let elements = reader.elements, width = reader.kind.scale.count
        func totals(_ group: Group) -> ServiceTally {
            var profile: [ProfileField: [String: Int]] = [:]
            var others: [ProfileField: [String: Int]] = [:]
            for (index, field) in ProfileField.allCases.enumerated() {
                let (categories, other) = group.profiles[index].totals()
                if !categories.isEmpty { profile[field] = categories }
                if !other.isEmpty { others[field] = other }
            }
            return ServiceTally(name: group.name, counts: elements.indices.map { Array(group.counts[$0 * width ..< ($0 + 1) * width]) },
                                profile: profile, accepted: group.accepted, otherCategories: others)
        }
        let parts = groups.map(totals)
        // Every row together: the counts, profiles and respondents of the groups added up.
        var all = ServiceTally(name: "", counts: elements.map { _ in [Int](repeating: 0, count: width) }, profile: [:], accepted: 0, otherCategories: [:])
        for part in parts { all.add(part) }
        var tally = SurveyTally(kind: reader.kind, elements: elements, counts: all.counts,
                                profile: all.profile, accepted: all.accepted, rejected: rejected,
                                ignoredColumns: ignored, otherCategories: all.otherCategories, delimiter: delimiter)
        if let serviceColumn {
            tally.serviceColumn = header[serviceColumn]
            tally.services = parts
        }
        tally.source = displayPath
        tally.headerLine = headerLine ?? 1
        tally.titleRows = titleRows
        tally.numberingRows = numberingRows
        tally.unanswered = unanswered
        tally.afterSummary = afterSummary
        tally.figures = figures
        return tally
    }
}
