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
struct DescriptionText {
    private let scalars: [Unicode.Scalar]

    init?(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard Self.standsAlone(scalar) else { return nil }
            scalars.append(scalar)
        }
        self.scalars = scalars
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
        guard joinedCount > limit else { return text(of: words, count: words.count) }
        var taken = 0
        var takenCount = 0
        for word in words {
            let next = taken == 0 ? word.count : takenCount + 1 + word.count
            if next + 1 > limit { break }
            takenCount = next
            taken += 1
        }
        var cut: [Unicode.Scalar]
        if taken == 0 {
            cut = Array(joinedScalars(of: words).prefix(limit - 1))
        } else {
            cut = joinedScalars(of: Array(words.prefix(taken)))
        }
        while let last = cut.last, Self.trimmedAtCut.contains(last) { cut.removeLast() }
        cut.append("…")
        var result = String.UnicodeScalarView()
        result.append(contentsOf: cut)
        return String(result)
    }

    /// What the cut text may not end with before its ellipsis.
    private static let trimmedAtCut: [Unicode.Scalar] = [",", ";", ":", ".", "\u{2013}", "\u{2014}", "-"]

    private func joinedScalars(of words: [Range<Int>]) -> [Unicode.Scalar] {
        var joined: [Unicode.Scalar] = []
        for (k, word) in words.enumerated() {
            if k > 0 { joined.append(" ") }
            joined.append(contentsOf: scalars[word])
        }
        return joined
    }

    private func text(of words: [Range<Int>], count: Int) -> String {
        var result = String.UnicodeScalarView()
        for (k, word) in words.prefix(count).enumerated() {
            if k > 0 { result.append(" ") }
            result.append(contentsOf: scalars[word])
        }
        return String(result)
    }
}
