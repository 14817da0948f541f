import CSV
import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain

/// A row of the export that was not counted, and why.
public struct RejectedRow: Sendable, Equatable {
    /// The line the row starts on (the header is line 1; quoted line breaks count).
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
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
    public var delimiter: UnicodeScalar

    public var total: Int { accepted + rejected.count }
    public var rejectedShare: Double { total == 0 ? 0 : Double(rejected.count) / Double(total) }
}

/// Why an export could not be read at all.
public struct ExportProblem: Error, Sendable {
    public var diagnostics: [Diagnostic]
}

/// Reads a raw survey export row by row, never holding more than one row: each accepted
/// row adds to the counts; every other column is dropped as soon as it is read.
public struct SurveyExportReader {
    let url: URL
    let displayPath: String
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
        case ignored
    }

    public func read() throws(ExportProblem) -> SurveyTally {
        guard FileManager.default.isReadableFile(atPath: url.path), let stream = InputStream(url: url) else {
            throw ExportProblem(diagnostics: [.error("import.unreadable", at: SourceLocation(file: displayPath), "the export cannot be read",
                                                     hint: "check the file name and that you may read it")])
        }
        let delimiter = mapping.delimiter ?? DelimiterSniffer.detect(url: url)
        let reader: CSVReader
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        } catch {
            throw ExportProblem(diagnostics: [.error("import.unreadable", at: SourceLocation(file: displayPath), "the export cannot be read: \(error)",
                                                     hint: "export the responses again as CSV")])
        }
        guard let header = reader.next(), !(header.count == 1 && header[0].isEmpty) else {
            throw ExportProblem(diagnostics: [.error("import.empty", at: SourceLocation(file: displayPath, line: 1), "the export has no header line",
                                                     hint: "export the responses with their column headers")])
        }
        let (uses, ignored) = try plan(header)
        let answerTables = elements.map { mapping.elementAnswers[$0.code] ?? mapping.answers }
        let profileReaders = Dictionary(uniqueKeysWithValues: ProfileField.allCases.map { ($0, ProfileCategories(field: $0, extra: mapping.categories[$0] ?? [:])) })

        var counts = elements.map { _ in [Int](repeating: 0, count: kind.scale.count) }
        var profile: [ProfileField: [String: Int]] = [:]
        var others: [ProfileField: [String: Int]] = [:]
        var accepted = 0
        var rejected: [RejectedRow] = []
        var line = 1 + lineBreaks(in: header) + 1
        var answers = [Int](repeating: 0, count: elements.count)
        var profileAnswers: [(ProfileField, String)] = []

        rows: while let row = reader.next() {
            let rowLine = line
            line += 1 + lineBreaks(in: row)
            if row.count == 1 && row[0].isEmpty { continue }   // a blank line
            guard row.count == header.count else {
                rejected.append(RejectedRow(line: rowLine, reason: "the row has \(row.count) columns, the header \(header.count)"))
                continue
            }
            profileAnswers.removeAll(keepingCapacity: true)
            for (index, use) in uses.enumerated() {
                switch use {
                case .ignored:
                    continue
                case .element(let element):
                    let text = row[index]
                    guard let value = answerValue(text, labels: answerTables[element]) else {
                        let code = elements[element].code
                        let trimmed = text.trimmingCharacters(in: .whitespaces)
                        let reason = trimmed.isEmpty ? "no answer to \(code)"
                            : "the answer to \(code) is not one of \(kind.scale.lowerBound)–\(kind.scale.upperBound)\(answerTables[element].isEmpty ? "" : " or a known label"): `\(trimmed.prefix(40))`"
                        rejected.append(RejectedRow(line: rowLine, reason: reason))
                        continue rows
                    }
                    answers[element] = value
                case .profile(let field):
                    profileAnswers.append((field, row[index]))
                }
            }
            for element in answers.indices { counts[element][answers[element] - kind.scale.lowerBound] += 1 }
            for (field, text) in profileAnswers {
                let (category, isOther) = profileReaders[field]!.category(of: text)
                profile[field, default: [:]][category, default: 0] += 1
                if isOther { others[field, default: [:]][ColumnMapping.normalise(text), default: 0] += 1 }
            }
            accepted += 1
        }
        // At the end of the file the library reports a failed read (Foundation's stream says
        // bytes are available until a read returns none); only a decoding error matters.
        if case CSVError.unicodeDecoding? = reader.error {
            throw ExportProblem(diagnostics: [.error("import.not-utf8", at: SourceLocation(file: displayPath, line: line),
                                                     "the export is not UTF-8 text from this line on",
                                                     hint: "save it again as \"CSV UTF-8\" (in a spreadsheet: Save As → CSV UTF-8)")])
        }
        return SurveyTally(kind: kind, elements: elements, counts: counts, profile: profile, accepted: accepted, rejected: rejected,
                           ignoredColumns: ignored, otherCategories: others, delimiter: delimiter)
    }

    /// Which column feeds which element or profile field; every element needs a column.
    func plan(_ header: [String]) throws(ExportProblem) -> ([Use], [String]) {
        var uses: [Use] = []
        var ignored: [String] = []
        var found: [String: String] = [:]
        var problems: [Diagnostic] = []
        for (position, raw) in header.enumerated() {
            let text = raw.hasPrefix("\u{FEFF}") ? String(raw.dropFirst()) : raw
            let key = ColumnMapping.normalise(text)
            var target = mapping.columns[key]
            if target == nil { target = defaultTarget(key) }
            switch target {
            case .element(let code)?:
                guard let index = elements.firstIndex(where: { $0.code == code }) else { uses.append(.ignored); continue }
                if let first = found[code] {
                    problems.append(.error("import.duplicate-column", at: SourceLocation(file: displayPath, line: 1),
                                           "two columns give \(code): `\(first)` and `\(text)` (column \(position + 1))",
                                           hint: "map only one column to \(code) in the mapping file"))
                }
                found[code] = text
                uses.append(.element(index))
            case .profile(let field)?:
                uses.append(.profile(field))
            case nil:
                uses.append(.ignored)
                ignored.append(text)
            }
        }
        let missing = elements.filter { found[$0.code] == nil }
        if !missing.isEmpty {
            problems.append(.error("import.missing-column", at: SourceLocation(file: displayPath, line: 1),
                                   "the export has no column for \(missing.map(\.code).joined(separator: ", "))",
                                   hint: "name the columns \(missing.map(\.code).joined(separator: ", ")), or map the export's headers to them with `--mapping FILE` (see docs/survey.md)"))
        }
        if !problems.isEmpty { throw ExportProblem(diagnostics: problems) }
        return (uses, ignored)
    }

    /// Without a mapping entry: `U1`, `U1. Persyaratan`, `SPKP3 - ...` name an element;
    /// a few usual headers name the profile fields.
    func defaultTarget(_ key: String) -> ColumnMapping.Target? {
        for element in elements {
            let code = element.code.lowercased()
            if key == code { return .element(element.code) }
            if key.hasPrefix(code), let next = key.dropFirst(code.count).first, !next.isLetter, !next.isNumber { return .element(element.code) }
        }
        switch key {
        case "jenis kelamin", "jenis_kelamin", "kelamin", "gender", "sex": return .profile(.sex)
        case "pendidikan", "pendidikan terakhir", "education": return .profile(.education)
        case "pekerjaan", "pekerjaan utama", "occupation": return .profile(.occupation)
        case "usia", "umur", "age", "kelompok usia", "kelompok umur": return .profile(.ageBand)
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
        if let number = Double(trimmed.replacingOccurrences(of: ",", with: ".")), number == number.rounded(), kind.scale.contains(Int(number)) {
            return Int(number)
        }
        if !labels.isEmpty, let value = labels[ColumnMapping.normalise(trimmed)] { return value }
        if !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "★" || $0 == "⭐" }), kind.scale.contains(trimmed.count) { return trimmed.count }
        return nil
    }

    /// Line breaks inside a row's quoted fields (a CR LF pair is one).
    func lineBreaks(in row: [String]) -> Int {
        var breaks = 0
        for field in row where field.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            breaks += field.reduce(0) { $0 + ($1.isNewline ? 1 : 0) }
        }
        return breaks
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

/// Spreadsheets in the Indonesian locale export semicolons; online form tools export
/// commas. The header line tells which.
enum DelimiterSniffer {
    static func detect(url: URL) -> UnicodeScalar {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return "," }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64 * 1024)) ?? Data()
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
