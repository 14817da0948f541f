/// Lowercase letters, digits and hyphens: how the synthetic names become folder and file
/// names (the content format's address rule).
enum Slug {
    static func make(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isLetterOrDigit = (value >= 97 && value <= 122) || (value >= 48 && value <= 57)
            let isCapital = value >= 65 && value <= 90
            if isLetterOrDigit || isCapital {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(isCapital ? Unicode.Scalar(value + 32)! : scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }
}

/// Hands out slugs that are unique within one scope, adding `-2`, `-3`… when a name repeats.
struct SlugRegistry {
    private var taken: Set<String> = []

    mutating func claim(_ base: String) -> String {
        if taken.insert(base).inserted { return base }
        var number = 2
        while !taken.insert("\(base)-\(number)").inserted { number += 1 }
        return "\(base)-\(number)"
    }
}
