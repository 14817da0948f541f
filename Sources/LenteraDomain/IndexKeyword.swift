import Foundation

/// Where the A–Z services index files a service (docs/search.md, "The A–Z index"): under
/// the first letter of its keyword, not of its name. Service names mostly start with a word
/// that says they are a service or that a document is issued (`Layanan …`, `Pelayanan …`,
/// `Penerbitan …`), which would put nearly every service under L and P; a citizen looks for
/// the thing itself: KTP, akta, kartu keluarga.
public enum IndexKeyword {
    /// Leading words passed over, compared without case. Each says *that* something is
    /// served, issued, made, arranged or applied for, never *what*:
    ///
    /// - `layanan`, `pelayanan`: "service";
    /// - `penerbitan`: "issuing" (a document);
    /// - `pembuatan`: "making" (a card, a certificate);
    /// - `pengurusan`: "arranging" (a permit);
    /// - `permohonan`: "application for".
    ///
    /// Not in the list, on purpose: `pendaftaran` ("registration"), `pencatatan`
    /// ("recording"), `perubahan` ("change"), `legalisasi`, `pengaduan`… In these the act is
    /// the service: `Pendaftaran Penduduk` and `Pencatatan Sipil` are the two halves of the
    /// civil registry, and `Perubahan Data` is not `Data`. A word the list misses is fixed
    /// per service with `nama_singkat`.
    public static let genericWords: Set<String> = ["layanan", "pelayanan", "penerbitan", "pembuatan", "pengurusan", "permohonan"]

    /// Words that join a generic word to the next into a list of activities
    /// (`Pelayanan dan Pendampingan …`, `Layanan & Konsultasi …`): the generic word is then
    /// one of the things the service does, and is kept.
    public static let joiningWords: Set<String> = ["dan", "&"]

    /// The name split where the keyword starts: the generic words in front (possibly none),
    /// and the rest. The rest is never empty: a name of generic words only keeps its last.
    public static func split(_ name: String) -> (generic: String, rest: String) {
        var rest = Substring(name.trimmed())
        var generic = ""
        while let space = rest.firstIndex(where: \.isWhitespace) {
            let word = rest[..<space].trimmingCharacters(in: .punctuationCharacters).lowercased()
            guard genericWords.contains(word) else { break }
            let after = rest[space...].drop(while: \.isWhitespace)
            guard !after.isEmpty else { break }
            let next = after.prefix(while: { !$0.isWhitespace }).lowercased()
            guard !joiningWords.contains(next) else { break }
            generic += (generic.isEmpty ? "" : " ") + rest[..<space]
            rest = after
        }
        return (generic, String(rest))
    }

    /// The keyword of a service: its short name when it has one, else its name without the
    /// generic words in front.
    public static func keyword(name: String, shortName: String?) -> String {
        if let shortName, !shortName.isEmpty { return shortName }
        return split(name).rest
    }

    /// The keyword from its first letter or digit: brackets, quotes and other signs in
    /// front (`(Daring) Perubahan NPWP`) are passed over. The whole keyword when it holds
    /// no letter or digit.
    public static func filed(_ keyword: String) -> Substring {
        let from = keyword.drop(while: { !$0.isLetter && !$0.isNumber })
        return from.isEmpty ? Substring(keyword) : from
    }

    /// The letter a keyword is filed under: the first letter A–Z of `filed(keyword)` (an
    /// accented Latin letter as its base letter), or `#` when that starts with a digit or
    /// another character.
    public static func letter(of keyword: String) -> String {
        guard let first = filed(keyword).first else { return "#" }
        let base = String(first).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased()
        return base.count == 1 && ("A"..."Z").contains(base) ? base : "#"
    }
}
