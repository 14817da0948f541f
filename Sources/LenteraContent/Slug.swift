import LenteraDiagnostics

/// Slugs become folder names in the output, so they are restricted to what is safe in
/// an address and in a file system: lowercase letters, digits and single hyphens.
/// This is what confines every output path to the output folder.
public enum Slug {
    public static func isValid(_ slug: String) -> Bool {
        guard !slug.isEmpty, slug.count <= 120, !slug.hasPrefix("-"), !slug.hasSuffix("-"), !slug.contains("--") else { return false }
        return slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func message(_ slug: String) -> Message {
        Message("slug.invalid", ["slug": .text(slug)])
    }

    static let hint = Message("slug.invalid.hint")

    /// Lowercase, hyphenated form of a name; a suggestion for a fix.
    public static func suggestion(for text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var result = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") && !result.isEmpty {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }
}

import Foundation
