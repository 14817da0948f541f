import LenteraDiagnostics
import LenteraFiles
import Testing

/// The build's own files (`BuildRecord`, the cache of decoded services) are written with
/// `BinaryWriter` and read back by `BinaryReader`: every value as it was, and nothing from
/// bytes out of shape.
@Suite struct BinaryCodingTests {
    static let numbers: [UInt64] = [0, 1, 127, 128, 255, 16_383, 16_384, 1 << 32, (1 << 63) - 1, 1 << 63, .max]

    @Test func numbersWordsAndTextsComeBackAsTheyWere() throws {
        for interning in [false, true] {
            var writer = BinaryWriter(interning: interning)
            for number in Self.numbers { writer.number(number) }
            writer.number(-1 as Int)
            writer.number(Int64.min)
            writer.number(-0.1 as Double)
            for number in Self.numbers { writer.word(number) }
            for text in ["", "a", "units/dinas-a/layanan/x.md", "a", "", "Pelayanan ✓", "units/dinas-a/layanan/x.md"] { writer.text(text) }
            var reader = try #require(BinaryReader.checked(writer.sealed()))
            reader.interning = interning
            for number in Self.numbers { #expect(try reader.number() == number) }
            #expect(try reader.integer() == -1)
            #expect(try reader.integer() == Int(Int64.min))
            #expect(try reader.double() == -0.1)
            for number in Self.numbers { #expect(try reader.word() == number) }
            for text in ["", "a", "units/dinas-a/layanan/x.md", "a", "", "Pelayanan ✓", "units/dinas-a/layanan/x.md"] { #expect(try reader.text() == text) }
            #expect(reader.atEnd)
        }
    }

    /// Small numbers take a byte; a text written again, its number.
    @Test func smallNumbersAndRepeatedTextsAreShort() {
        var plain = BinaryWriter(), interning = BinaryWriter(interning: true)
        plain.number(100)
        #expect(plain.bytes.count == 1)
        let path = "units/dinas-kependudukan-dan-pencatatan-sipil/layanan/akta-kelahiran.md"
        for _ in 0..<10 {
            plain.text(path)
            interning.text(path)
        }
        #expect(interning.bytes.count < path.utf8.count + 20)
        #expect(plain.bytes.count > 10 * path.utf8.count)
    }

    /// A number longer than ten bytes, or a tenth byte above the top bit; a text's length
    /// past the end; an interned text's number never written: refused, never trapped.
    @Test func bytesOutOfShapeAreRefused() throws {
        let malformed: [[UInt8]] = [
            Array(repeating: 0xFF, count: 11),
            Array(repeating: 0x80, count: 9) + [0x02],
            [0x80],
        ]
        for bytes in malformed {
            var reader = try #require(BinaryReader.checked(bytes + sealedHash(bytes)))
            #expect(throws: BinaryReader.Malformed.self) { try reader.number() }
        }
        var longText = try #require(BinaryReader.checked([0x7F, 0x41] + sealedHash([0x7F, 0x41])))
        #expect(throws: BinaryReader.Malformed.self) { try longText.text() }
        var unknownText = try #require(BinaryReader.checked([0x05] + sealedHash([0x05])))
        unknownText.interning = true
        #expect(throws: BinaryReader.Malformed.self) { try unknownText.text() }
    }

    /// The eight bytes that seal `bytes` (`BinaryWriter.seal`).
    func sealedHash(_ bytes: [UInt8]) -> [UInt8] {
        withUnsafeBytes(of: ContentHasher.hash(bytes).littleEndian) { Array($0) }
    }
}
