@testable import LenteraRender
import Testing

/// The open data's CSV cells written straight from a text's bytes (`appendCSVCell`) are the
/// cells `csvQuoted` makes; root prefixes taken from the table are the ones made by hand.
@Suite struct OpenDataCellTests {
    static let pieces = ["Dinas", "a", " ", ",", "\"", "=", "+", "-", "@", "'", "\n", "\r", "\t", "é", "e\u{301}", ",\u{301}", "\u{7F}", "\u{1}", "1.5", "Rp5.000"]

    @Test func aCellAppendedFromItsBytesIsTheQuotedCell() {
        var generator = SystemRandomNumberGenerator()
        var texts = ["", "=SUM(A1)", "+62 811", "-5", "@x", "biasa", "koma, di sini", "kutip \"x\""]
        for _ in 0..<20_000 {
            texts.append((0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            var bytes: [UInt8] = [1, 2]
            OpenDataTable.appendCSVCell(text, to: &bytes)
            #expect(bytes == [1, 2] + Array(OpenDataTable.csvQuoted(text).utf8), "\(text.debugDescription)")
        }
    }

    @Test func rootPrefixesAtEveryDepth() {
        for depth in 0...40 {
            let route = (0..<depth).map { "d\($0)" }.joined(separator: "/") + (depth > 0 ? "/" : "")
            let slashes = route.filter { $0 == "/" }.count
            #expect(Routes.rootPrefix(from: route) == String(repeating: "../", count: slashes))
        }
        #expect(Routes.link(from: "", to: "") == "./")
        #expect(Routes.link(from: "units/a/", to: "layanan/") == "../../layanan/")
    }
}
