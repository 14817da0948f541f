import Foundation
import LenteraDomain
@testable import LenteraRender
import Testing

/// Numbers and theme texts written without Foundation's formatter and search
/// (`PlainNumber`, `ThemeText.format`) give the text Foundation gave.
@Suite struct PlainNumberTests {
    @Test func fixedWritesWhatStringFormatWritesForRoundedValues() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, -0.0, 0.5, -0.5, 1.005, 91.475, 2.675, 99.995, 100, 1e14 + 0.5, 123_456_789.987, -0.04, 3.2, 3.65]
        for _ in 0..<20_000 {
            let magnitude = [1.0, 10, 100, 10_000, 1e9, 1e13].randomElement(using: &generator)!
            values.append(Double.random(in: -magnitude...magnitude, using: &generator))
        }
        for value in values {
            for digits in 0...4 {
                let rounded = roundedForPublication(value, digits: digits)
                #expect(PlainNumber.fixed(rounded, digits: digits) == String(format: "%.\(digits)f", rounded), "\(rounded) to \(digits)")
            }
        }
    }

    @Test func valuesOutsideTheExactRangeGoThroughTheFormatter() {
        for value in [Double.nan, .infinity, -.infinity, 1e15, -3e20, 1.5e300] {
            #expect(PlainNumber.fixed(value, digits: 2) == String(format: "%.2f", value))
        }
        #expect(PlainNumber.fixed(1.25, digits: 12) == String(format: "%.12f", 1.25))
    }

    @Test func pointsSwapped() {
        #expect(PlainNumber.swappingPoints("12.500.000", for: UInt8(ascii: ",")) == "12,500,000")
        #expect(PlainNumber.swappingPoints("91", for: UInt8(ascii: ",")) == "91")
        #expect(Formatting.decimal(91.475, digits: 2) == "91,48")
        #expect(Formatting.decimal(91.475, digits: 2, .en) == "91.48")
        #expect(Formatting.integer(12500, .en) == "12,500")
        #expect(Formatting.rupiah(Rupiah(5000), .en) == "Rp5,000")
    }

    /// Every text of both tables, its placeholders filled one name after the other with
    /// Foundation (the old way) and in one pass: the same text, as long as no value holds a
    /// placeholder itself.
    @Test func formatFillsEveryPlaceholderOfBothTablesAsBefore() throws {
        let placeholder = try Regex(#"\{([A-Za-z0-9]+)\}"#)
        for texts in [ThemeText.indonesian, ThemeText.english] {
            for key in texts.keys {
                let text = texts[key]
                var values: [String: String] = ["unusedName": "x"]
                for match in text.matches(of: placeholder) { values[String(match.output[1].substring!)] = "<\(values.count) “nilai” Rp5.000>" }
                var expected = text
                for (name, value) in values { expected = expected.replacingOccurrences(of: "{\(name)}", with: value) }
                #expect(texts.format(key, values) == expected, "\(key)")
            }
        }
    }

    @Test func formatLeavesUnknownPlaceholdersAndValuesAlone() {
        let texts = ThemeText(language: .id, table: ["k": "{a} dan {b} {{a}} {tak} {a", "empty": "", "plain": "tanpa tempat"])
        #expect(texts.format("k", ["a": "{b}", "b": "2"]) == "{b} dan 2 {{b}} {tak} {a")
        #expect(texts.format("empty", ["a": "1"]) == "")
        #expect(texts.format("plain", ["a": "1"]) == "tanpa tempat")
        #expect(texts.format("k", [:]) == "{a} dan {b} {{a}} {tak} {a")
    }
}
