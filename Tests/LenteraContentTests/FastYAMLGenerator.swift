import LenteraTesting

/// Random YAML for the comparison of `FastYAML` with Yams: documents put together from
/// the pieces content files are made of (nested mappings and sequences, every kind of
/// scalar, comments, blank lines, odd indentation), some of them then damaged at a
/// random place. The same seed always gives the same documents.
struct FastYAMLGenerator {
    /// The tests' shared generator, started one step on from `seed` (as this generator always
    /// was, so a seed gives the documents it gave before).
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15) }

    private mutating func below(_ bound: Int) -> Int { random.below(bound) }
    private mutating func chance(_ percent: Int) -> Bool { random.chance(percent) }
    private mutating func pick<T>(_ items: [T]) -> T { random.pick(items) }

    static let keys = [
        "nama", "ringkasan", "urutan", "biaya", "jangka_waktu", "a", "b", "nama layanan", "x:y", "2024",
        "ñame", "日本", "k#1", "\"dikutip\"", "'tunggal'", "\"a: b\"", "key ", "true", "-", "é",
    ]

    static let plainValues = [
        "Gratis", "30 menit", "1", "-5", "1.5", "2018-11-27", "true", "null", "~", "a:b", "a: b", "http://x.id/#a",
        "teks # komentar", "teks#bukan", "it's", "say \"hi\"", "Rp 10.000,00", "50%", "a, b", "[x]", "x [y] {z}",
        "ünï — ✓", "-x", "- x", "?x", ":x", "@x", "`x`", "*x", "&x", "!x", "|", ">", "a |", "teks   ", "x:",
        "…", "a\"b", "a'b", "#", "a #", "a  b", "e.g. 1.", "--- x", "... y",
    ]

    static let quotedValues = [
        "\"\"", "''", "\"a: b\"", "'a: b'", "\"it's\"", "'it''s'", "\"\\\"q\\\"\"", "\"\\\\\"", "\"\\t\\n\"",
        "\"\\x41\\u00e9\"", "\"\\U0001F600\"", "\"#x\"", "'#x'", "\"a\" # c", "'a' b", "\"\\q\"", "\"unclosed",
        "'unclosed", "\"ü ✓\"", "\"  spaces  \"", "\"\\/\"", "\"\\ \"", "\"\\N\\_\\L\\P\"", "\"\\uDC00\"",
    ]

    static let flowValues = [
        "[]", "[ ]", "[a, b]", "[1, 2, 3, 4]", "[\"q\", 'r']", "[a b, c]", "[a,]", "[a, [b]]", "[a: b]", "[-1, x]",
        "{}", "{ a: 1, b: 2 }", "{a: 1}", "{\"k\": v}", "{a: 1,}", "{a:1}", "{a: }", "{a}", "{a: 1, a: 2}",
        "{ teks: Layanan, tahun: 2022–2026 }", "[a] # c", "[a]x", "{a: [1]}", "[ü, 'ö']", "[a#b]", "[a #b]",
        "{ tahun: 2023, unit: [x, dinas-baru] }", "[[1, 2], {a: b}]", "{a: {b: [c, 'd']}}", "[a, {b: c}]", "{a: [1], }",
        "[[]]", "[{}]", "{a: {}}", "[a, [b, [c]]", "{ a: [1, 2 }", "[ {a: 1}, {a: 1} ]", "{a: [x], a: [y]}",
    ]

    private mutating func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }

    private mutating func comment() -> String {
        pick(["# komentar", "#", "# a: b", "#- x", "# ünï"])
    }

    private mutating func lineEnd() -> String {
        switch below(10) {
        case 0: return "  "
        case 1: return " " + comment()
        case 2: return " "
        default: return ""
        }
    }

    /// Block scalar lines at `indent` (the header is written by the caller).
    private mutating func blockLines(_ indent: Int) -> [String] {
        var lines: [String] = []
        for _ in 0..<(1 + below(4)) {
            switch below(8) {
            case 0: lines.append("")
            case 1: lines.append(spaces(below(indent + 3)))
            case 2: lines.append(spaces(indent + 1 + below(3)) + pick(["lebih", "# teks", "- x"]))
            default: lines.append(spaces(indent) + pick(["baris satu", "a: b", "# bukan komentar", "x  ", "ü ✓", "- item"]))
            }
        }
        if chance(30) { lines.append("") }
        return lines
    }

    /// A scalar after `key: ` or `- `: its text on the line and any lines below it.
    private mutating func scalar(_ parent: Int) -> (String, [String]) {
        switch below(12) {
        case 0, 1, 2, 3:
            var below: [String] = []
            if chance(15) {
                for _ in 0..<(1 + self.below(2)) {
                    if chance(30) { below.append("") }
                    below.append(spaces(parent + 1 + self.below(3)) + pick(Self.plainValues))
                }
            }
            return (pick(Self.plainValues) + lineEnd(), below)
        case 4, 5:
            return (pick(Self.quotedValues) + lineEnd(), [])
        case 6, 7:
            let header = pick(["|", ">", "|-", ">-", "|+", ">+", "|2", "| # c", "|#c", ">x"])
            return (header, blockLines(parent + 1 + below(3)))
        case 8:
            return (pick(Self.flowValues), [])
        case 9:
            return ("", [])
        default:
            return (pick(Self.plainValues), [])
        }
    }

    private mutating func mapping(_ indent: Int, depth: Int, lines: inout [String], inline prefix: String? = nil) {
        for index in 0..<(1 + below(4)) {
            let lead = index == 0 && prefix != nil ? prefix! : spaces(indent)
            if chance(10) { lines.append(chance(50) ? "" : spaces(below(6)) + comment()) }
            let key = pick(Self.keys)
            let separator = chance(5) ? " :" : ":"
            if depth < 3, chance(35) {
                lines.append(lead + key + separator + lineEnd())
                let step = pick([0, 1, 2, 2, 2, 4])
                if chance(50) {
                    sequence(indent + step, depth: depth + 1, lines: &lines)
                } else {
                    mapping(indent + max(step, 1), depth: depth + 1, lines: &lines)
                }
            } else {
                let (text, rest) = scalar(indent)
                lines.append(lead + key + separator + (text.isEmpty ? "" : " " + text))
                lines += rest
            }
        }
    }

    private mutating func sequence(_ indent: Int, depth: Int, lines: inout [String], inline prefix: String? = nil) {
        for index in 0..<(1 + below(4)) {
            let lead = index == 0 && prefix != nil ? prefix! : spaces(indent)
            if chance(10) { lines.append(chance(50) ? "" : spaces(below(6)) + comment()) }
            let gap = pick([1, 1, 1, 2])
            switch depth < 3 ? below(6) : 5 {
            case 0:
                mapping(indent + 1 + gap, depth: depth + 1, lines: &lines, inline: lead + "-" + spaces(gap))
            case 1:
                sequence(indent + 1 + gap, depth: depth + 1, lines: &lines, inline: lead + "-" + spaces(gap))
            case 2:
                lines.append(lead + "-" + lineEnd())
                if chance(70) { mapping(indent + 2, depth: depth + 1, lines: &lines) }
            default:
                let (text, rest) = scalar(indent)
                lines.append(lead + "-" + (text.isEmpty ? "" : spaces(gap) + text))
                lines += rest
            }
        }
    }

    static let damage = [" ", "  ", ":", ": ", "#", " #", "-", "- ", "\n", "\n ", "'", "\"", "[", "]", "{", "}", ",",
                         "|", ">", "\t", "&", "*", "!", "?", "\\", "é", "---", "..."]

    mutating func document() -> String {
        var lines: [String] = []
        if chance(15) { lines.append(comment()) }
        let indent = chance(10) ? 2 : 0
        if chance(80) {
            mapping(indent, depth: 0, lines: &lines)
        } else {
            sequence(indent, depth: 0, lines: &lines)
        }
        var text = lines.joined(separator: "\n")
        if chance(70) { text += "\n" }
        if chance(30) {
            var bytes = Array(text.unicodeScalars)
            for _ in 0..<(1 + below(2)) where !bytes.isEmpty {
                let at = below(bytes.count + 1)
                switch below(3) {
                case 0:
                    bytes.insert(contentsOf: Array(pick(Self.damage).unicodeScalars), at: at)
                case 1:
                    if at < bytes.count { bytes.remove(at: at) }
                default:
                    if at < bytes.count { bytes[at] = pick(Array(Self.damage.joined().unicodeScalars)) }
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: bytes)
            text = String(view)
        }
        return text
    }
}
