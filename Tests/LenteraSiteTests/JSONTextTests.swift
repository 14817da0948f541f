import Foundation
@testable import LenteraRender
import Testing

/// The structured data of service pages is written by `JSONText`; it must be the text
/// Foundation's serialiser writes for the same value (sorted keys, slashes unescaped),
/// with `<` escaped.
@Suite struct JSONTextTests {
    static let samples = [
        "Layanan Izin", "", "a/b", "kutip \" dan \\ garis miring terbalik", "baris\nbaru\r\ttab",
        "kontrol \u{01}\u{08}\u{0C}\u{1F}", "Rp5.000 — biaya ✓ 😀", "<script>",
    ]

    @Test(arguments: samples)
    func textIsWrittenAsFoundationWritesIt(text: String) throws {
        let object: [String: Any] = ["name": text, "price": 5000, "list": [["b": text, "a": 1]], "z": ["y": text]]
        let ours = JSONText.object(["name": .text(text), "price": 5000, "list": .array([["b": .text(text), "a": 1]]), "z": ["y": .text(text)]])
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        // `<` is escaped for <script> (the same character to JSON).
        #expect(ours.serialised == String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c"))
    }
}
