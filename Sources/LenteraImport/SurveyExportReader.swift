import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain

/// A row of the export that was not counted, and why.
public struct RejectedRow: Sendable, Equatable {
    /// The line the row starts on (the header is line 1; quoted line breaks count).
    public var line: Int
    /// Why, as a message in the catalogues (a variant of `import.rejected-row`).
    public var reason: Message

    public init(line: Int, reason: Message) {
        self.line = line
        self.reason = reason
    }
}

/// What reading an export gave: the counts, and every row left out.
public struct SurveyTally: Sendable {
    public var kind: SurveyKind
    public var elements: [SurveyElement]
    /// Answer counts per element (in `elements` order), index 0 for the lowest answer.
    public var counts: [[Int]]
    public var profile: [ProfileField: [String: Int]]
    public var accepted: Int
    public var rejected: [RejectedRow]
    /// Headers read but not kept (names, phone numbers, free text…), in file order.
    public var ignoredColumns: [String]
    /// Profile answers outside the known categories, counted as `Lainnya`, with how often.
    public var otherCategories: [ProfileField: [String: Int]]
    /// The CSV delimiter; nil for a workbook.
    public var delimiter: UnicodeScalar?
    /// How messages name what was read: the file, and in a workbook the sheet (`survei.xlsx [Data]`).
    public var source = ""
    /// Where the header is (a line of a CSV file, a row of a sheet), and how many rows that
    /// were not blank stood above it (titles).
    public var headerLine = 1
    public var titleRows = 0
    /// Rows numbering the columns under the header, rows with no answer at all, and rows
    /// after the summary rows: none of them a respondent, none of them counted.
    public var numberingRows = 0
    public var unanswered = 0
    public var afterSummary = 0
    /// The sheet's own figures (JP, NRR, IKM…) from its summary rows.
    public var figures = SheetFigures()
    /// The header of the column that names each row's service, and the counts per service
    /// it names, in the order first met; empty without such a column.
    public var serviceColumn: String?
    public var services: [ServiceTally] = []

    init(kind: SurveyKind, elements: [SurveyElement], counts: [[Int]], profile: [ProfileField: [String: Int]], accepted: Int,
         rejected: [RejectedRow], ignoredColumns: [String], otherCategories: [ProfileField: [String: Int]], delimiter: UnicodeScalar?) {
        self.kind = kind
        self.elements = elements
        self.counts = counts
        self.profile = profile
        self.accepted = accepted
        self.rejected = rejected
        self.ignoredColumns = ignoredColumns
        self.otherCategories = otherCategories
        self.delimiter = delimiter
    }

    public var total: Int { accepted + rejected.count }
    public var rejectedShare: Double { total == 0 ? 0 : Double(rejected.count) / Double(total) }
}

/// The counts of the rows of one service, as a service column names it.
public struct ServiceTally: Sendable {
    /// As the column writes it.
    public var name: String
    public var counts: [[Int]]
    public var profile: [ProfileField: [String: Int]]
    public var accepted: Int
    public var otherCategories: [ProfileField: [String: Int]]

    mutating func add(_ other: ServiceTally) {
        for element in counts.indices {
            for value in counts[element].indices { counts[element][value] += other.counts[element][value] }
        }
        accepted += other.accepted
        for (field, categories) in other.profile { profile[field, default: [:]].merge(categories, uniquingKeysWith: +) }
        for (field, answers) in other.otherCategories { otherCategories[field, default: [:]].merge(answers, uniquingKeysWith: +) }
    }
}

/// Why an export could not be read at all.
public struct ExportProblem: Error, Sendable {
    public var diagnostics: [Diagnostic]
}

/// Reads a raw survey export row by row, never holding more than one row: each accepted
/// row adds to the counts; every other column is dropped as soon as it is read.
public struct SurveyExportReader {
    let url: URL
    /// How messages name the export (and, in a workbook, the sheet).
    var displayPath: String
    let kind: SurveyKind
    let elements: [SurveyElement]
    let mapping: ColumnMapping

    public init(url: URL, displayPath: String, kind: SurveyKind, elements: [SurveyElement], mapping: ColumnMapping) {
        self.url = url
        self.displayPath = displayPath
        self.kind = kind
        self.elements = elements
        self.mapping = mapping
    }

    /// What a column is used for.
    enum Use {
        case element(Int)
        case profile(ProfileField)
        /// The service each row is about (`Layanan`): the rows are counted per service.
        case service
        case ignored
    }

    public func read() throws(ExportProblem) -> SurveyTally {
        try read(sheet: nil)
    }

    /// Reads the export: a CSV file, or the sheet `sheet` names of an .xlsx or .ods workbook
    /// (by name or number from 1; the first when nil), told apart by their first bytes.
    public func read(sheet: String?) throws(ExportProblem) -> SurveyTally {
        guard FileManager.default.isReadableFile(atPath: url.path), let source = FileByteSource(path: url.path) else {
            throw ExportProblem(diagnostics: [.error("import.unreadable", at: SourceLocation(file: displayPath), Message("import.unreadable"),
                                                     advice: Message("import.unreadable.hint"))])
        }
        switch Workbook.kind(of: url) {
        case .zip:
            let workbook = try Workbook(url: url, displayPath: displayPath)
            var tallier = SurveyTallier(self)
            try workbook.read(choice: sheet, into: &tallier)
            return try tallier.finish(delimiter: nil)
        case .compoundFile:
            throw Workbook.compoundFileProblem(url, displayPath: displayPath)
        case .other:
            if let sheet {
                throw ExportProblem(diagnostics: [.error("import.sheet-of-csv", at: SourceLocation(file: displayPath),
                                                         Message("import.sheet-of-csv", ["sheet": .text(sheet)]), advice: Message("import.sheet-of-csv.hint"))])
            }
        }
        let delimiter = mapping.delimiter ?? DelimiterSniffer.detect(url: url)
        var csv = CSVRecordReader(source: source, separator: Array(String(delimiter).utf8))
        return try tally(&csv, delimiter: delimiter)
    }

    /// Counts the records of `csv` (see `SurveyTallier`): only the element and profile
    /// columns are looked at, and an answer is made text only the first time it is seen
    /// (see `ByteTable`).
    func tally<Source: ByteSource>(_ csv: inout CSVRecordReader<Source>, delimiter: UnicodeScalar) throws(ExportProblem) -> SurveyTally {
        var tallier = SurveyTallier(self)
        while try next(&csv) { try tallier.take(&csv) }
        return try tallier.finish(delimiter: delimiter)
    }

    /// The longest answer to an element or a profile field, in bytes: a label or an
    /// occupation typed out is far shorter. A longer field rejects its row before it is made text.
    static let maximumAnswerLength = 1024

    static func tooLong(_ name: String, _ length: Int) -> Message {
        Message("import.rejected-row.too-long", ["field": .text(name), "length": .text(String(length)), "limit": .text(String(maximumAnswerLength))])
    }

    static func holdsNUL(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, 0, bytes.count) != nil
    }

    /// The next record, with what stops the reading said as diagnostics.
    func next<Source: ByteSource>(_ csv: inout CSVRecordReader<Source>) throws(ExportProblem) -> Bool {
        do {
            return try csv.next()
        } catch {
            let diagnostic: Diagnostic
            switch error {
            case .notUTF8(let line):
                diagnostic = .error("import.not-utf8", at: SourceLocation(file: displayPath, line: line),
                                    Message("import.not-utf8"), advice: Message("import.not-utf8.hint"))
            case .unterminatedQuote(let line):
                diagnostic = .error("import.unclosed-quote", at: SourceLocation(file: displayPath, line: line),
                                    Message("import.unclosed-quote"), advice: Message("import.unclosed-quote.hint"))
            case .recordTooLong(let line, let limit):
                diagnostic = .error("import.row-too-long", at: SourceLocation(file: displayPath, line: line),
                                    Message("import.row-too-long", ["size": .text(String(limit >> 20))]),
                                    advice: Message("import.row-too-long.hint"))
            case .readFailed(let reason):
                diagnostic = .error("import.unreadable", at: SourceLocation(file: displayPath), Message("import.unreadable.reason", ["reason": .text(reason)]),
                                    advice: Message("import.unreadable.hint"))
            }
            throw ExportProblem(diagnostics: [diagnostic])
        }
    }

    /// What a header row gives: each column's use, the headers not kept, the elements
    /// without a column, and what is wrong with it.
    struct Plan {
        var uses: [Use]
        var ignored: [String]
        /// Codes of the elements that no column names.
        var missing: [String]
        /// How many elements a column names.
        var found: Int
        var problems: [Diagnostic]
    }

    /// Which column of the row at `line` feeds which element or profile field; a header
    /// names a column for every element.
    func plan(_ header: [String], line: Int) -> Plan {
        var uses: [Use] = []
        var ignored: [String] = []
        /// The first column of each element code or profile field, and its position.
        var found: [String: (header: String, position: Int)] = [:]
        var problems: [Diagnostic] = []
        func claim(_ name: String, _ text: String, _ position: Int) {
            if let first = found[name] {
                let example = "kolom: { \"\(text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\": abaikan }"
                problems.append(.error("import.duplicate-column", at: SourceLocation(file: displayPath, line: line),
                                       Message("import.duplicate-column", ["field": .text(name), "first": .text(first.header), "firstColumn": .text(String(first.position + 1)),
                                                                           "second": .text(text), "secondColumn": .text(String(position + 1))]),
                                       advice: Message("import.duplicate-column.hint", ["example": .text(example)])))
            } else {
                found[name] = (text, position)
            }
        }
        var beyond: [String] = []
        for (position, text) in header.enumerated() {
            let key = ColumnMapping.normalise(text)
            if mapping.columns[key] == nil, Self.serviceHeaders.contains(key) {
                claim("layanan", text, position)
                uses.append(.service)
                continue
            }
            var target = mapping.columns[key]
            if target == nil {
                switch defaultTarget(key) {
                case .some(.target(let named)): target = named
                case .some(.beyondElements): beyond.append(text)
                case nil: break
                }
            }
            switch target {
            case .element(let code)?:
                guard let index = elements.firstIndex(where: { $0.code == code }) else { uses.append(.ignored); continue }
                claim(code, text, position)
                uses.append(.element(index))
            case .profile(let field)?:
                // Two columns of one field (`Usia` and `Umur`) would count each respondent twice.
                claim(field.rawValue, text, position)
                uses.append(.profile(field))
            case .ignored?, nil:
                uses.append(.ignored)
                // A column without a header (under a merged title, in a sheet) is not named.
                if !key.isEmpty { ignored.append(text) }
            }
        }
        let missing = elements.filter { found[$0.code] == nil }
        if !missing.isEmpty {
            problems.append(.error("import.missing-column", at: SourceLocation(file: displayPath, line: line),
                                   Message("import.missing-column", ["fields": .text(missing.map(\.code).joined(separator: ", "))]),
                                   advice: Message("import.missing-column.hint", ["fields": .text(missing.map(\.code).joined(separator: ", "))])))
        }
        if !beyond.isEmpty, missing.isEmpty {
            // `P10` in a sheet of ten parameters, for a portal that asks nine: the answers
            // would be left out, or the numbering is another instrument's.
            problems.append(.error("import.extra-parameter", at: SourceLocation(file: displayPath, line: line),
                                   Message("import.extra-parameter", ["columns": .text(beyond.joined(separator: ", ")), "count": .text(String(elements.count))]),
                                   advice: Message("import.extra-parameter.hint", ["example": .text("kolom: { \"\(beyond[0])\": abaikan }")])))
        }
        return Plan(uses: uses, ignored: ignored, missing: missing.map(\.code), found: elements.count - missing.count, problems: problems)
    }

    /// The headers of a column naming each row's service.
    static let serviceHeaders: Set<String> = ["layanan", "jenis layanan", "nama layanan", "layanan yang diterima", "service"]

    enum DefaultTarget {
        case target(ColumnMapping.Target)
        /// `P10` where the portal asks nine elements.
        case beyondElements
    }

    /// Without a mapping entry: `U1`, `U1. Persyaratan`, `SPKP3 - ...` name an element;
    /// in a satisfaction survey, `P1`… (the parameters of the survey apps' sheets) name the
    /// portal's elements in their order; a few usual headers name the profile fields.
    func defaultTarget(_ key: String) -> DefaultTarget? {
        for element in elements {
            let code = element.code.lowercased()
            if key == code { return .target(.element(element.code)) }
            if key.hasPrefix(code), let next = key.dropFirst(code.count).first, !next.isLetter, !next.isNumber { return .target(.element(element.code)) }
        }
        if kind == .skm, key.hasPrefix("p") {
            let digits = key.dropFirst().prefix { $0.isASCII && $0.isNumber }
            let rest = key.dropFirst(1 + digits.count)
            if !digits.isEmpty, digits.count <= 3, rest.first.map({ !$0.isLetter && !$0.isNumber }) ?? true, let number = Int(digits), number >= 1 {
                return number <= elements.count ? .target(.element(elements[number - 1].code)) : .beyondElements
            }
        }
        switch key {
        case "jenis kelamin", "jenis_kelamin", "kelamin", "gender", "sex": return .target(.profile(.sex))
        case "pendidikan", "pendidikan terakhir", "education": return .target(.profile(.education))
        case "pekerjaan", "pekerjaan utama", "occupation": return .target(.profile(.occupation))
        case "usia", "umur", "age", "kelompok usia", "kelompok umur": return .target(.profile(.ageBand))
        default: return nil
        }
    }

    /// A number within the scale, a label of the mapping, or a row of stars.
    func answerValue(_ text: String, labels: [String: Int]) -> Int? {
        let utf8 = text.utf8
        if utf8.count == 1, let byte = utf8.first, byte >= 0x30, byte <= 0x39 {
            let value = Int(byte - 0x30)
            return kind.scale.contains(value) ? value : nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // A whole number in digits, with at most a decimal part of zeros (`4`, `04`, `4,0`);
        // compared before it becomes an Int, so that `1e4002` or digits beyond Int's range are
        // a rejected row, not a trap, and `3.9999999999999999999` (which a Double rounds to 4),
        // `4e0` or `0x4` are not read as another answer.
        let parts = trimmed.split(separator: trimmed.contains(",") ? "," : ".", maxSplits: 1, omittingEmptySubsequences: false)
        if let whole = parts.first, !whole.isEmpty, whole.count <= 4, whole.allSatisfy({ $0.isASCII && $0.isNumber }),
           parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy { $0 == "0" }),
           let number = Int(whole), kind.scale.contains(number) {
            return number
        }
        if !labels.isEmpty, let value = labels[ColumnMapping.normalise(trimmed)] { return value }
        if !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "★" || $0 == "⭐" }), kind.scale.contains(trimmed.count) { return trimmed.count }
        return nil
    }
}

/// Profile answers → the categories that are published. Anything else is `Lainnya`: a
/// free answer is never kept as written.
struct ProfileCategories {
    let field: ProfileField
    let table: [String: String]

    init(field: ProfileField, extra: [String: String]) {
        self.field = field
        var table: [String: String] = [:]
        for category in field.categories { table[ColumnMapping.normalise(category)] = category }
        for (answer, category) in Self.usual[field] ?? [:] { table[answer] = category }
        for (answer, category) in extra { table[answer] = category }
        self.table = table
    }

    /// The category, and whether the answer fell outside the known ones.
    func category(of text: String) -> (String, Bool) {
        let key = ColumnMapping.normalise(text)
        if key.isEmpty || key == "-" { return (ProfileField.unanswered, false) }
        if let category = table[key] { return (category, false) }
        if field == .ageBand {
            let digits = key.filter(\.isNumber)
            if !digits.isEmpty, digits.count == key.replacingOccurrences(of: " tahun", with: "").count, let age = Int(digits),
               let band = AgeBand.label(forAge: age) {
                return (band, false)
            }
        }
        return (ProfileField.other, true)
    }

    /// Spellings seen in real exports.
    static let usual: [ProfileField: [String: String]] = [
        .sex: ["l": "Laki-laki", "laki laki": "Laki-laki", "pria": "Laki-laki", "p": "Perempuan", "wanita": "Perempuan"],
        .education: ["sd/sederajat": "SD", "sltp": "SMP", "smp/sederajat": "SMP", "slta": "SMA", "sma/smk": "SMA", "smk": "SMA",
                     "sma/sederajat": "SMA", "d1": "D1–D3", "d2": "D1–D3", "d3": "D1–D3", "d1-d3": "D1–D3", "diploma": "D1–D3",
                     "s1": "D4/S1", "d4": "D4/S1", "d4/s1": "D4/S1", "s1/d4": "D4/S1", "sarjana": "D4/S1", "s2 ke atas": "S2"],
        .occupation: ["asn": "PNS", "pns/asn": "PNS", "tni": "TNI/Polri", "polri": "TNI/Polri", "swasta": "Pegawai swasta",
                      "karyawan swasta": "Pegawai swasta", "wirausaha": "Wiraswasta", "pelajar": "Pelajar/Mahasiswa",
                      "mahasiswa": "Pelajar/Mahasiswa", "irt": "Ibu rumah tangga"],
        .ageBand: ["<20": "< 20", "20-29": "20–29", "30-39": "30–39", "40-49": "40–49", "50-59": "50–59", ">=60": "≥ 60", "≥60": "≥ 60", "60+": "≥ 60"],
    ]
}

/// The respondents of one profile field per category, and the answers outside the
/// categories: each distinct answer is put in its category once, by its bytes.
struct ProfileCounter {
    let categories: ProfileCategories
    var names: [String] = []
    var counts: [Int] = []
    var otherNames: [String] = []
    var otherCounts: [Int] = []
    var indexes: [String: Int] = [:]
    var otherIndexes: [String: Int] = [:]
    /// Answer bytes → index in `names`, and in `otherNames` or -1.
    var known = ByteTable<Slot>()

    typealias Slot = (category: Int, other: Int)

    init(_ categories: ProfileCategories) {
        self.categories = categories
    }

    /// Counts the answer `bytes`; returns where, or nil (counting nothing) when it holds a NUL byte.
    mutating func count(_ bytes: UnsafeRawBufferPointer) -> Slot? {
        let hash = ByteTable<Slot>.hash(bytes)
        if let slot = known.value(for: bytes, hash: hash) {
            count(slot, by: 1)
            return slot
        }
        if SurveyExportReader.holdsNUL(bytes) { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        let (category, isOther) = categories.category(of: text)
        var other = -1
        if isOther {
            // Distinct answers outside the categories are kept (to say how many there were) up
            // to a bound; past it they are counted together, so that memory does not grow with
            // a free-text column of a million different answers.
            let key = ColumnMapping.normalise(text)
            let kept = otherIndexes[key] != nil || otherNames.count < Self.maximumOtherAnswers ? key : Self.moreOtherAnswers
            other = Self.index(of: kept, in: &otherNames, &otherCounts, &otherIndexes)
        }
        let slot = (category: Self.index(of: category, in: &names, &counts, &indexes), other: other)
        known.insert(bytes, hash: hash, value: slot)
        count(slot, by: 1)
        return slot
    }

    /// How many distinct answers outside the categories are told apart.
    static let maximumOtherAnswers = 1000
    /// Where the answers past `maximumOtherAnswers` are counted.
    static let moreOtherAnswers = "(jawaban lain)"

    /// Takes back an answer counted in a row that was then rejected.
    mutating func uncount(_ slot: Slot) {
        count(slot, by: -1)
    }

    @inline(__always) private mutating func count(_ slot: Slot, by step: Int) {
        counts[slot.category] += step
        if slot.other >= 0 { otherCounts[slot.other] += step }
    }

    /// Respondents per category, and per answer outside the categories.
    func totals() -> ([String: Int], [String: Int]) {
        func table(_ names: [String], _ counts: [Int]) -> [String: Int] {
            var table: [String: Int] = [:]
            for (name, count) in zip(names, counts) where count > 0 { table[name] = count }
            return table
        }
        return (table(names, counts), table(otherNames, otherCounts))
    }

    private static func index(of name: String, in names: inout [String], _ counts: inout [Int], _ indexes: inout [String: Int]) -> Int {
        if let index = indexes[name] { return index }
        indexes[name] = names.count
        names.append(name)
        counts.append(0)
        return names.count - 1
    }
}

/// Spreadsheets in the Indonesian locale export semicolons; online form tools export
/// commas. The header line tells which.
enum DelimiterSniffer {
    static func detect(url: URL) -> UnicodeScalar {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return "," }
        defer { try? handle.close() }
        return detect(head: (try? handle.read(upToCount: 64 * 1024)) ?? Data())
    }

    /// The delimiter the header line at the start of `head` uses most (a comma if none).
    static func detect<Bytes: Sequence<UInt8>>(head: Bytes) -> UnicodeScalar {
        var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
        var quoted = false
        for byte in head {
            if byte == 0x22 { quoted.toggle(); continue }
            if quoted { continue }
            if byte == 0x0A || byte == 0x0D { break }
            if counts[byte] != nil { counts[byte]! += 1 }
        }
        let best = counts.max { a, b in a.value == b.value ? a.key > b.key : a.value < b.value }
        guard let best, best.value > 0 else { return "," }
        return UnicodeScalar(best.key)
    }
}
