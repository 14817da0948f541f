import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// The analysis and follow-up plan beside survey results (SE MenPANRB 04/2023, E.2.g): a
/// result none covers is a warning naming the file to write; one analysis may cover several
/// results through its front matter.
@Suite struct SurveyAnalysisFileTests {
    static let folder = "units/\(TestPortal.unit)/survei"

    static func zi(_ period: String) -> String {
        let answers = (1...8).map { "  SPKP\($0): [0, 0, 0, 1, 4, 5]" } + (1...5).map { "  SPAK\($0): [0, 0, 0, 0, 5, 5]" }
        return "jenis: zi\nperiode: \"\(period)\"\nresponden: 10\njawaban:\n" + answers.joined(separator: "\n") + "\n"
    }

    func load(_ files: [String: String]) throws -> LoadedContent {
        var portal = TestPortal()
        for (path, text) in files { portal = portal.with(path, text) }
        return try LenteraContentTests.load(portal)
    }

    static let analysis = "## Analisis\n\nUnsur terendah: U8.\n\n## Rencana tindak lanjut\n\n1. Menjawab pengaduan.\n"

    /// Written to fail before the warning existed: a result without analysis passed silently.
    @Test func aResultWithoutAnalysisIsAWarningNamingTheFileToWrite() throws {
        let loaded = try load(["\(Self.folder)/skm-2024-Q1.yaml": SampleSurvey.skm()])
        let warning = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.count == 1)
        #expect(warning.code == "survey.missing-analysis")
        #expect(warning.severity == .warning)
        #expect(warning.location?.file == "content/\(Self.folder)/skm-2024-Q1.yaml")
        #expect(warning.summary.text(in: .en) == "the SKM result of 2024-Q1 has no analysis and follow-up plan")
        let hint = try #require(warning.advice?.text(in: .id))
        #expect(hint.contains("`content/\(Self.folder)/skm-2024-Q1.md`"))
        #expect(hint.contains("rencana tindak lanjut"))
        // For the SKM the ground is Lentera's reading; for ZI, the circular itself.
        #expect(hint.contains("tafsiran Lentera"))
        let zi = try load(["\(Self.folder)/zi-2024-05.yaml": Self.zi("2024-05")]).diagnostics
        #expect(zi.map(\.code) == ["survey.missing-analysis"])
        #expect(zi.first?.summary.text(in: .id).contains("wajib") == true)
        #expect(zi.first?.advice?.text(in: .id).contains("dasar: SE MenPANRB 04/2023, E.2.g.") == true)
    }

    @Test func anAnalysisOfTheSameNameCoversItsResult() throws {
        let loaded = try load(["\(Self.folder)/skm-2024-Q1.yaml": SampleSurvey.skm(), "\(Self.folder)/skm-2024-Q1.md": Self.analysis])
        #expect(loaded.diagnostics.map(\.formatted) == [])
        #expect(loaded.content?.surveyAnalyses.map(\.periods) == [[SurveyPeriod("2024-Q1")!]])
    }

    @Test func oneAnalysisMayCoverAQuartersMonths() throws {
        var files = ["2024-04", "2024-05", "2024-06"].reduce(into: [String: String]()) { $0["\(Self.folder)/zi-\($1).yaml"] = Self.zi($1) }
        files["\(Self.folder)/zi-2024-Q2.md"] = "---\njenis: zi\nmencakup: [\"2024-Q2\"]\n---\n\n" + Self.analysis
        let loaded = try load(files)
        #expect(loaded.diagnostics.map(\.formatted) == [])
        let analysis = try #require(loaded.content?.surveyAnalyses.first)
        #expect(analysis.markdown.contains("## Rencana tindak lanjut") && !analysis.markdown.contains("mencakup"))
        #expect(loaded.content?.surveys.allSatisfy { analysis.covers($0) } == true)

        // Naming two of the three months leaves the third one pointed out.
        files["\(Self.folder)/zi-2024-Q2.md"] = "---\njenis: zi\nmencakup: [\"2024-04\", \"2024-05\"]\n---\n\n" + Self.analysis
        let partial = try load(files).diagnostics
        #expect(partial.map(\.code) == ["survey.missing-analysis"])
        #expect(partial.first?.location?.file == "content/\(Self.folder)/zi-2024-06.yaml")
    }

    @Test func anAnalysisThatCoversNothingIsPointedOut() throws {
        let loaded = try load(["\(Self.folder)/skm-2024-Q1.yaml": SampleSurvey.skm(), "\(Self.folder)/skm-2024-Q1.md": Self.analysis,
                               "\(Self.folder)/analisis-2023.md": "---\njenis: skm\nmencakup: 2023\n---\n\nTeks.\n"])
        #expect(loaded.diagnostics.map(\.code) == ["survey.orphan-analysis"])
        #expect(loaded.diagnostics.first?.summary.text(in: .en) == "the analysis `analisis-2023.md` covers 2023, but this folder holds no survey result of those periods")
    }

    @Test func aWrongPeriodInTheFrontMatterIsPositioned() throws {
        let loaded = try load(["\(Self.folder)/skm-2024-Q1.yaml": SampleSurvey.skm(),
                               "\(Self.folder)/skm-2024-Q1.md": "---\nmencakup: [2024-Q5]\n---\n\nTeks.\n"])
        let error = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.count == 1, "the result is not also reported as lacking an analysis")
        #expect(error.code == "survey.invalid-period")
        #expect(error.location?.line == 2)
        #expect(error.summary.text(in: .en) == "`mencakup` holds `2024-Q5`, which is not a period")
    }
}
