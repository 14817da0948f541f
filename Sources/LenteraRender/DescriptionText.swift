/// A description's text as Unicode scalars, when each scalar is a character of its own:
/// then counting characters is counting scalars, and `SiteModel.shortened` can cut it in
/// one pass instead of measuring every candidate cut as a `String`.
///
/// A scalar is "of its own" when no grapheme rule joins it to a neighbour: everything
/// below U+0300 (ASCII, Latin-1, Latin Extended, IPA, spacing modifiers) except the
/// carriage return (CR LF is one character), General Punctuation (U+2000–U+206F: dashes,
/// quotes, the ellipsis) except the zero-width joiner and non-joiner, and the currency
/// signs (U+20A0–U+20CF). Combining marks, emoji, Hangul, Indic scripts, regional
/// indicators… are not: a text holding one is left to `shortenedByCharacters`.
///
/// The result is written as UTF-8 bytes copied from the text's own (appending scalars to a
/// `String.UnicodeScalarView` cost about 400 instructions each).
struct DescriptionText {
    private let scalars: [Unicode.Scalar]
    private let utf8: [UInt8]
    /// Where each scalar starts in `utf8`; one more entry, `utf8.count`, at the end.
    private let offsets: [Int]

    init?(_ text: String) {
        let utf8 = Array(text.utf8)
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(utf8.count)
        offsets.reserveCapacity(utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            guard Self.standsAlone(scalar) else { return nil }
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        (self.scalars, self.utf8, self.offsets) = (scalars, utf8, offsets)
    }

    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0D: false
        case 0..<0x300: true
        case 0x200C, 0x200D: false
        case 0x2000...0x206F, 0x20A0...0x20CF: true
        default: false
        }
    }

    /// The same result as `SiteModel.shortenedByCharacters(text, limit:)`: the words (split
    /// at spaces, line feeds and tabs) joined by one space; when that is longer than `limit`
    /// characters, the most whole words that leave room for the ellipsis (or the first
    /// `limit - 1` characters when the first word alone is too long), without trailing
    /// `,;:.–—-`, then `…`.
    func shortened(limit: Int) -> String {
        var words: [Range<Int>] = []
        var start = -1
        for (k, scalar) in scalars.enumerated() {
            if scalar == " " || scalar == "\n" || scalar == "\t" {
                if start >= 0 { words.append(start..<k); start = -1 }
            } else if start < 0 {
                start = k
            }
        }
        if start >= 0 { words.append(start..<scalars.count) }

        let joinedCount = words.reduce(0) { $0 + $1.count } + max(words.count - 1, 0)
        guard joinedCount > limit else { return text(joined(words, atMost: joinedCount)) }
        var taken = 0
        var takenCount = 0
        for word in words {
            let next = taken == 0 ? word.count : takenCount + 1 + word.count
            if next + 1 > limit { break }
            takenCount = next
            taken += 1
        }
        var cut = taken == 0 ? joined(words, atMost: limit - 1) : joined(Array(words.prefix(taken)), atMost: takenCount)
        while let last = cut.last, last != Self.space, Self.trimmedAtCut.contains(scalars[last]) { cut.removeLast() }
        return text(cut, then: [0xE2, 0x80, 0xA6])
    }

    /// What the cut text may not end with before its ellipsis.
    private static let trimmedAtCut: [Unicode.Scalar] = [",", ";", ":", ".", "\u{2013}", "\u{2014}", "-"]

    /// In a list of scalar positions, the space that joins two words.
    private static let space = -1

    /// The first `count` scalars of `words` joined by single spaces, as positions.
    private func joined(_ words: [Range<Int>], atMost count: Int) -> [Int] {
        var positions: [Int] = []
        positions.reserveCapacity(max(count, 0))
        for word in words {
            if !positions.isEmpty {
                guard positions.count < count else { break }
                positions.append(Self.space)
            }
            for k in word {
                guard positions.count < count else { return positions }
                positions.append(k)
            }
        }
        return positions
    }

    private func text(_ positions: [Int], then tail: [UInt8] = []) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + tail.count)
        for k in positions {
            if k == Self.space {
                bytes.append(UInt8(ascii: " "))
            } else {
                var b = offsets[k]
                while b < offsets[k + 1] { bytes.append(utf8[b]); b += 1 }
            }
        }
        bytes.append(contentsOf: tail)
        return String(decoding: bytes, as: UTF8.self)
    }
}
