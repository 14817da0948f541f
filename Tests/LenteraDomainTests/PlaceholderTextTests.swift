import LenteraDomain
import Testing

/// An analysis still holding a starter's line is the starter's text; the quick look for the
/// starter's bytes (`PlaceholderText.occurs`) never turns a starter's text into a written one.
@Suite struct PlaceholderTextTests {
    static func analysis(_ markdown: String) -> SurveyAnalysis {
        SurveyAnalysis(unit: "a", kind: .skm, period: SurveyPeriod("2026-Q1")!, markdown: markdown)
    }

    @Test(arguments: [
        ("## Analisis\n\n\(PlaceholderText.analysis)\n", true),
        ("  \(PlaceholderText.analysis)\t", true),
        ("Rencana:\n\(PlaceholderText.followUpStep)", true),
        ("Unsur terendah U8 (3,10); lihat juga: \(PlaceholderText.analysis)", false),
        ("Unsur terendah U8 (3,10), tertinggi U4 (3,90).", false),
        ("", false),
    ])
    func aStartersLineIsFound(markdown: String, starter: Bool) {
        #expect(Self.analysis(markdown).isStarterText == starter)
    }
}
