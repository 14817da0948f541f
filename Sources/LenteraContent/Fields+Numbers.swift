import LenteraDiagnostics
import LenteraDomain
import Yams

/// Numbers read from content, each within a bound of `Limits`: a value outside is an error
/// with the value and the allowed range (`content.out-of-range`), never a trap and never a
/// silently changed figure.
extension Fields {
    /// A whole number within `bound`; nil (reported) when it is not a whole number or out of
    /// range. `reported` is the range the message names when `bound` is wider because the
    /// field's own rule checks part of it after (a `responden` of 0 is `survey.no-respondents`).
    func int(_ key: String, within bound: Limits.Bound<Int>, reportingAs reported: Limits.Bound<Int>? = nil) -> Int? {
        guard let node = value(key) else { return nil }
        return node.wholeNumber(key: key, within: bound, reportingAs: reported, context: context)
    }

    /// A decimal number within `bound`; a decimal comma (`3,62`) is read like a point.
    func double(_ key: String, within bound: Limits.Bound<Double>) -> Double? {
        guard let node = value(key) else { return nil }
        return node.decimal(key: key, within: bound, context: context)
    }

    /// The text of a field as written, trimmed, for messages.
    func written(_ key: String) -> String { value(key)?.scalar?.string.trimmedSpaces() ?? "" }
}

extension Node {
    /// The whole number this scalar holds, within `bound`; reported and nil otherwise.
    func wholeNumber(key: String, within bound: Limits.Bound<Int>, reportingAs reported: Limits.Bound<Int>? = nil,
                     context: FileContext) -> Int? {
        let text = scalar?.string.trimmedSpaces() ?? ""
        if let number = Int(text) {
            if bound.contains(number) { return number }
            context.outOfRange(key, self, written: text, bound: reported ?? bound)
            return nil
        }
        if NumberText.isWholeNumber(text) {
            // Digits that do not fit in 64 bits.
            context.outOfRange(key, self, written: text, bound: reported ?? bound)
            return nil
        }
        let example = reported ?? bound
        let exampleValue = example.range.lowerBound < 1 && example.range.upperBound >= 1 ? 1 : example.range.lowerBound
        context.error("content.expected-number", self, Message("content.expected-number.whole", ["field": .text(key), "value": writtenValue]),
                      advice: Message("content.expected-number.whole.hint", ["field": .text(key), "example": .text(String(exampleValue))]))
        return nil
    }

    /// The decimal number this scalar holds, within `bound`; reported and nil otherwise.
    /// Indonesian thousands (`1.500`) are refused as ambiguous where `1500` and `1,5` would
    /// both be in range, rather than read as 1,5.
    func decimal(key: String, within bound: Limits.Bound<Double>, context: FileContext) -> Double? {
        let text = scalar?.string.trimmedSpaces() ?? ""
        guard let number = NumberText.decimal(text) else {
            context.error("content.expected-number", self, Message("content.expected-number", ["field": .text(key), "value": writtenValue]),
                          advice: Message("content.expected-number.hint", ["field": .text(key)]))
            return nil
        }
        guard number.isFinite || bound.range.upperBound == .infinity, bound.contains(number) else {
            context.outOfRange(key, self, written: text, bound: bound)
            return nil
        }
        if isAmbiguousThousands(text, context: context), let grouped = Double(text.replacingOccurrences(of: ".", with: "")),
           bound.contains(grouped) {
            let withComma = text.replacingOccurrences(of: ".", with: ",")
            context.error("content.ambiguous-number", self,
                          Message("content.ambiguous-number", ["field": .text(key), "value": .text(text),
                                                               "thousands": .text(NumberText.number(grouped)), "decimal": .text(withComma)]),
                          advice: Message("content.ambiguous-number.hint", ["plain": .text(NumberText.plain(grouped)),
                                                                            "thousands": .text(NumberText.number(grouped)), "decimal": .text(withComma)]))
            return nil
        }
        return number
    }

    /// The value as written (a text), or what it is (a list, a set of fields), for messages.
    var writtenValue: Message.Argument {
        if let text = scalar?.string { return .message(Message("content.quoted", ["value": .text(text)])) }
        return .message(shapeName)
    }

    /// `1.500`, `12.000.000`: digits in groups of three after full stops, as Indonesian writes
    /// thousands — in a YAML or Markdown file. A JSON number is read as JSON reads it.
    func isAmbiguousThousands(_ text: String, context: FileContext) -> Bool {
        if context.file.lowercased().hasSuffix(".json"), scalar?.style == .plain { return false }
        return NumberText.isIndonesianThousands(text)
    }
}

extension FileContext {
    /// Reports a number outside its bound, with the value as written and the allowed range.
    func outOfRange<Value>(_ key: String, _ node: Node?, written: String, bound: Limits.Bound<Value>) {
        error("content.out-of-range", node,
              Message("content.out-of-range", ["field": .text(key), "value": .text(written.count > 40 ? String(written.prefix(40)) + "…" : written),
                                               "range": .text(NumberText.range(bound.range))]),
              advice: Message("content.out-of-range.hint", ["what": .message(bound.label), "lowest": .text(NumberText.number(bound.range.lowerBound)),
                                                            "highest": .text(NumberText.number(bound.range.upperBound))]))
    }
}

/// How numbers are written in messages, and what counts as one.
enum NumberText {
    /// `1.500`, `12.000.000`: a first group of one to three digits (not starting with 0),
    /// then groups of exactly three after full stops.
    static func isIndonesianThousands(_ text: String) -> Bool {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count), first.first != "0",
              first.allSatisfy(\.isASCIIDigit) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) }
    }

    /// A whole number without separators, for hints (`1500`).
    static func plain(_ value: Double) -> String {
        value == value.rounded() && value.magnitude < 1e18 ? String(Int(value)) : String(value)
    }

    /// A decimal number as content writes one: a sign, digits with a decimal point or comma,
    /// an exponent (`-3`, `3,62`, `.5`, `1e308`); nil for anything else. `Double(_:)` alone
    /// would also read `0x10` as 16, `inf` and `nan`.
    static func decimal(_ text: String) -> Double? {
        var rest = Substring(text)
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        let whole = rest.prefix(while: \.isASCIIDigit)
        rest = rest.dropFirst(whole.count)
        var fraction = Substring()
        if rest.first == "." || rest.first == "," {
            fraction = rest.dropFirst().prefix(while: \.isASCIIDigit)
            rest = rest.dropFirst(1 + fraction.count)
        }
        guard !whole.isEmpty || !fraction.isEmpty else { return nil }
        if rest.first == "e" || rest.first == "E" {
            var exponent = rest.dropFirst()
            if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
            guard !exponent.isEmpty, exponent.allSatisfy(\.isASCIIDigit) else { return nil }
            rest = Substring()
        }
        guard rest.isEmpty else { return nil }
        // The one comma, if any, is the decimal point (byte by byte: Foundation's search and
        // replace was most of reading a performance report's numbers).
        guard text.utf8.contains(UInt8(ascii: ",")) else { return Double(text) }
        return Double(String(decoding: text.utf8.map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }, as: UTF8.self))
    }

    /// Digits with an optional sign, however many.
    static func isWholeNumber(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
    }

    /// A bound's end as Indonesian writes it: full stops between thousands (`100.000.000`),
    /// from 10.000 on (so that years read `1900`).
    static func number<Value>(_ value: Value) -> String {
        if let whole = value as? Int {
            return whole.magnitude < 10_000 ? String(whole) : (whole < 0 ? "-" : "") + Rupiah.groupingThousands(whole.magnitude)
        }
        if let decimal = value as? Double {
            if decimal == decimal.rounded(), decimal.magnitude < 1e18 {
                if decimal.magnitude < 10_000 { return String(Int(decimal)) }
                return (decimal < 0 ? "-" : "") + Rupiah.groupingThousands(UInt(decimal.magnitude))
            }
            return String(decimal)
        }
        return "\(value)"
    }

    static func range<Value>(_ range: ClosedRange<Value>) -> String {
        "\(number(range.lowerBound))–\(number(range.upperBound))"
    }
}
