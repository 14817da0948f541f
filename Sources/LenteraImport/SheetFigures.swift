import Foundation
import LenteraContent

/// A number as a sheet writes it: the value, and how many decimals it was written with, so
/// that it is compared with Lentera's own figure only as precisely as it was written.
public struct SheetNumber: Sendable, Equatable {
    /// What the reading may mean. `1.050` is one thousand and fifty where a dot groups
    /// thousands (Indonesian spreadsheets) and one point zero five where it is the decimal
    /// point: text that can be read both ways holds both.
    public var readings: [Reading]
    /// As written, for messages.
    public var text: String
    /// Whether the value is the number a sheet's cell stores (as precise as it is), not
    /// the text it shows.
    public var stored = false

    public struct Reading: Sendable, Equatable {
        public var value: Double
        public var decimals: Int
    }

    public var value: Double { readings[0].value }

    /// Whether `figure` is this number, up to the rounding of its last written decimal. A
    /// mean, a weight or an index written with fewer than `minimumDecimals` decimals (`3`
    /// for 3,4; `0,1` for 1/9) is held to that many: its rounding is the difference.
    public func matches(_ figure: Double, minimumDecimals: Int = 0) -> Bool {
        readings.contains { abs($0.value - figure) <= Self.tolerance(decimals: max($0.decimals, minimumDecimals), of: figure) }
    }

    /// Half a unit of the last decimal written, and never less than what a spreadsheet's own
    /// binary arithmetic leaves (formulas summed in another order than Lentera's).
    static func tolerance(decimals: Int, of figure: Double) -> Double {
        let written = decimals >= 12 ? 0 : 0.5 * pow(10, -Double(decimals))
        return max(written, 1e-9 * max(1, abs(figure)))
    }

    /// A stored number (a sheet's cell value): as precise as it is.
    public init(stored value: Double, text: String) {
        self.readings = [Reading(value: value, decimals: Self.decimals(of: value))]
        self.text = text
        self.stored = true
    }

    init(readings: [Reading], text: String) {
        self.readings = readings
        self.text = text
    }

    /// Digits after the point in the shortest text that gives the value back.
    static func decimals(of value: Double) -> Int {
        guard value.isFinite else { return 0 }
        let text = "\(value)"
        if text.contains("e") { return 17 }
        guard let point = text.firstIndex(of: ".") else { return 0 }
        let fraction = text[text.index(after: point)...]
        return fraction == "0" ? 0 : fraction.count
    }

    /// A number written as text: digits with a decimal comma or point, thousands grouped
    /// with the other; a leading sign; spaces and a trailing `%` are not allowed (nil).
    public init?(text raw: String) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.utf8.count <= 40 else { return nil }
        var body = Substring(text)
        var sign = 1.0
        if body.first == "-" || body.first == "−" { sign = -1; body = body.dropFirst() }
        guard let first = body.first, first.isASCII, first.isNumber || first == "," || first == "." else { return nil }
        guard body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }) else { return nil }
        let commas = body.filter { $0 == "," }.count, points = body.filter { $0 == "." }.count
        func read(decimal: Character?, grouping: Character?) -> Reading? {
            var digits = ""
            var decimals = 0
            var seenDecimal = false
            for character in body {
                if character == decimal {
                    guard !seenDecimal else { return nil }
                    seenDecimal = true
                    digits.append(".")
                } else if character == grouping {
                    guard !seenDecimal else { return nil }
                } else {
                    digits.append(character)
                    if seenDecimal { decimals += 1 }
                }
            }
            guard let value = Double(digits) else { return nil }
            return Reading(value: sign * value, decimals: decimals)
        }
        var readings: [Reading] = []
        switch (commas, points) {
        case (0, 0): readings = [read(decimal: nil, grouping: nil)].compactMap { $0 }
        case (1, 0), (0, 1):
            let mark: Character = commas == 1 ? "," : "."
            let other: Character = mark == "," ? "." : ","
            readings = [read(decimal: mark, grouping: other)].compactMap { $0 }
            // Three digits after the only mark, and digits before it: the mark may group thousands.
            if let index = body.firstIndex(of: mark), body.distance(from: index, to: body.endIndex) == 4, index != body.startIndex,
               let grouped = read(decimal: nil, grouping: mark) {
                readings.append(grouped)
            }
        default:
            // Both marks, or one of them several times: the last mark of the two is the decimal one.
            let lastComma = body.lastIndex(of: ","), lastPoint = body.lastIndex(of: ".")
            let decimal: Character
            if let lastComma, let lastPoint { decimal = lastComma > lastPoint ? "," : "." } else { decimal = commas > 1 ? "." : "," }
            let grouping: Character = decimal == "," ? "." : ","
            readings = [read(decimal: (decimal == "," ? commas : points) > 1 ? nil : decimal, grouping: grouping)].compactMap { $0 }
        }
        guard !readings.isEmpty else { return nil }
        self.init(readings: readings, text: text)
    }
}

/// What a sheet writes about itself around its respondents: the team's own respondent
/// count, sums, means, weights, weighted means, index and category. Read to be compared
/// with what Lentera computes from the respondent rows (`SheetCrossCheck`); never published.
public struct SheetFigures: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// "Jumlah Responden".
        case respondents
        /// "Jumlah Nilai per Parameter (JP)", "Σ Nilai per Unsur".
        case totals
        /// "Nilai Rata-rata (NRR) per Parameter".
        case means
        /// "Bobot".
        case weights
        /// "Nilai Indeks per Parameter", "NRR tertimbang".
        case weighted
        /// "Indeks Kepuasan Masyarakat (IKM)", "Nilai IKM (konversi)".
        case index
        /// "Kategori Penilaian", "Mutu Pelayanan", "Kinerja Unit".
        case category
    }

    public struct Row: Sendable, Equatable {
        public var kind: Kind
        /// Where the row is (a line of a CSV file, a row of a sheet).
        public var line: Int
        /// The label as written (at most 80 characters).
        public var label: String
        /// The numbers under the element columns, by element index.
        public var values: [Int: SheetNumber]
        /// The first number after the label (a count, an index written once).
        public var first: SheetNumber?
        /// The first text after the label that is not a number (a category).
        public var text: String?
    }

    public var rows: [Row] = []

    public var isEmpty: Bool { rows.isEmpty }

    /// What a label names, or nil for a label that is not one of these (a respondent's
    /// name). Compared on the label's words, lower case, punctuation dropped.
    public static func kind(ofLabel label: String) -> Kind? {
        let words = label.lowercased().unicodeScalars
            .map { CharacterSet.alphanumerics.contains($0) || $0 == "Σ" || $0 == "∑" || $0 == "σ" ? Character($0) : " " }
        let text = String(words).split(separator: " ").joined(separator: " ")
        guard !text.isEmpty else { return nil }
        func starts(_ prefixes: String...) -> Bool {
            prefixes.contains { text == $0 || text.hasPrefix($0 + " ") }
        }
        if starts("jumlah responden", "jml responden", "banyaknya responden", "jumlah sampel", "n responden") { return .respondents }
        if text.contains("tertimbang") || starts("nilai indeks per", "nilai indeks unsur", "indeks per", "nrr x bobot", "nrr kali bobot",
                                                 "nilai indeks tiap") {
            return .weighted
        }
        if starts("bobot", "penimbang", "nilai penimbang") { return .weights }
        if starts("jumlah nilai", "jml nilai", "jumlah", "total nilai", "total", "jp", "σ", "∑", "sigma", "nilai per unsur", "jumlah skor") {
            return .totals
        }
        if starts("nilai rata rata", "nilai rata", "rata rata", "nrr", "nilai rerata", "rerata") { return .means }
        if starts("indeks kepuasan", "ikm", "nilai ikm", "skm", "nilai skm", "indeks skm", "nilai indeks", "indeks", "nilai konversi") {
            return .index
        }
        if starts("kategori", "mutu", "kinerja", "predikat") { return .category }
        return nil
    }

    /// Whether `bytes` may begin a label at all: a letter or a summation sign. Rows whose first
    /// cell is a number (a respondent's sequence number) are passed over without making text.
    static func mayBeLabel(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let first = bytes.first(where: { $0 != 0x20 }) else { return false }
        return (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A || first == 0xCE || first == 0xCF || first == 0xE2
    }
}
