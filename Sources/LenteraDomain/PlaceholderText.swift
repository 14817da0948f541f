import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The texts the starters of `lentera init` and `lentera new` write where only the officer
/// can fill a field (LenteraContent's `Placeholder` warns while one is left). Kept here so that
/// the completeness report never counts a placeholder as a signed maklumat or a written
/// analysis.
public enum PlaceholderText {
    public static let officialName = "Nama Kepala Unit"
    public static let officialPosition = "Kepala Unit"
    public static let decreeNumber = "Keputusan Kepala … Nomor … Tahun …"
    public static let analysis = "Tulis unsur dengan nilai terendah dan tertinggi, dan apa yang disampaikan responden."
    public static let followUpStep = "1. Langkah perbaikan — waktu — penanggung jawab."

    /// Whether `text`'s bytes hold `placeholder`'s.
    static func occurs(_ placeholder: String, in text: String) -> Bool {
        var text = text, placeholder = placeholder
        return text.withUTF8 { haystack in
            placeholder.withUTF8 { needle in
                guard let haystackStart = haystack.baseAddress, let needleStart = needle.baseAddress, haystack.count >= needle.count else { return false }
                let first = needle[0]
                for offset in 0...(haystack.count - needle.count) where haystack[offset] == first {
                    if memcmp(haystackStart + offset, needleStart, needle.count) == 0 { return true }
                }
                return false
            }
        }
    }
}

extension SurveyAnalysis {
    /// Whether the text is still the starter's (its instruction or sample step left in place).
    public var isStarterText: Bool {
        // A line that is a starter's text holds it: most analyses hold neither, and are not
        // split into lines at all (the split and trim cost 4 % of a rebuild's samples at
        // 10,000 services, where the completeness report asks twice per unit).
        guard PlaceholderText.occurs(PlaceholderText.analysis, in: markdown) || PlaceholderText.occurs(PlaceholderText.followUpStep, in: markdown) else {
            return false
        }
        return markdown.split(separator: "\n").contains { line in
            let text = line.trimmingCharacters(in: .whitespaces)
            return text == PlaceholderText.analysis || text == PlaceholderText.followUpStep
        }
    }
}
