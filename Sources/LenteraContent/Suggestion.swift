/// "Did you mean…?" for misspelt field names.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, when it is close enough to be a
    /// typo (at most a third of the word's length, and at least 1 edit allowed).
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(1, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Levenshtein distance.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

import LenteraDiagnostics

extension Suggestion {
    /// "did you mean `x`? " before `rest` when a candidate is close to `word`; `rest` alone
    /// otherwise.
    public static func advice(for word: String, among candidates: [String], then rest: Message) -> Message {
        guard let guess = closest(to: word, among: candidates) else { return rest }
        return didYouMean(guess, then: rest)
    }

    /// "did you mean `guess`? " and `rest`.
    public static func didYouMean(_ guess: String, then rest: Message) -> Message {
        Message("suggestion.did-you-mean", ["guess": .text(guess), "then": .message(rest)])
    }

    /// "did you mean `x`? the fields allowed here are: …".
    static func advice(for name: String, among allowed: [String]) -> Message {
        advice(for: name, among: allowed, then: Message("content.unknown-key.allowed", ["fields": .text(allowed.joined(separator: ", "))]))
    }
}
