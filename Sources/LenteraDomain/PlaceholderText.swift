import Foundation

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
}

extension SurveyAnalysis {
    /// Whether the text is still the starter's (its instruction or sample step left in place).
    public var isStarterText: Bool {
        markdown.split(separator: "\n").contains { line in
            let text = line.trimmingCharacters(in: .whitespaces)
            return text == PlaceholderText.analysis || text == PlaceholderText.followUpStep
        }
    }
}
