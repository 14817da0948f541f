import Foundation
@testable import LenteraContent
import Testing

/// `NumberText.decimal` reads the numbers content writes, with a comma or a point for the
/// decimal point, and nothing else.
@Suite struct NumberTextTests {
    @Test(arguments: [("3,62", 3.62), ("-3", -3), (".5", 0.5), (",5", 0.5), ("+2,5", 2.5), ("1e308", 1e308), ("95,0", 95), ("100", 100)])
    func readsADecimal(text: String, value: Double) {
        #expect(NumberText.decimal(text) == value)
    }

    @Test(arguments: ["0x10", "inf", "nan", "3,6,2", "1.500,5", "", "-", ",", "1e", "12 %", "٣"])
    func refusesAnythingElse(text: String) {
        #expect(NumberText.decimal(text) == nil)
    }

    /// Every text of up to five characters from `1`, `,`, `.`, `-` and `e` is read as the
    /// plain definition reads it: the comma replaced by a point, then `Double`.
    @Test func aCommaIsReadAsThePointFoundationsReplaceGives() {
        var texts = [""]
        for _ in 1...5 {
            texts = texts.flatMap { text in ["1", ",", ".", "-", "e"].map { text + $0 } }
            for text in texts where NumberText.decimal(text) != nil {
                #expect(NumberText.decimal(text) == Double(text.replacingOccurrences(of: ",", with: ".")), "\(text)")
            }
        }
    }
}
