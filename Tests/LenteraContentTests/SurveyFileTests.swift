import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// The aggregated survey files of `units/<unit>/survei/`: what they hold, what the loader
/// says about a wrong one, and that what the import writes reads back the same.
@Suite struct SurveyFileTests {
    static let folder = "units/\(TestPortal.unit)/survei"

    static let skm = """
        jenis: skm
        periode: 2024-Q1
        responden: 10
        pengguna_layanan: 120
        jawaban:
          U1: [0, 1, 4, 5]
          U2: [0, 0, 5, 5]
          U3: [1, 1, 4, 4]
          U4: [0, 0, 0, 10]
          U5: [0, 2, 4, 4]
          U6: [0, 0, 6, 4]
          U7: [0, 0, 3, 7]
          U8: [0, 3, 3, 3]
          U9: [0, 1, 5, 4]
        profil:
          jenis_kelamin: { Laki-laki: 4, Perempuan: 6 }

        """

    /// Each result comes with its analysis unless the test gives one (the warning for a
    /// missing analysis is `SurveyAnalysisFileTests`'s).
    func load(_ files: [String: String]) throws -> LoadedContent {
        var portal = TestPortal()
        for (path, text) in files { portal = portal.with(path, text) }
        for path in files.keys where path.hasPrefix(Self.folder + "/") && (path.hasSuffix(".yaml") || path.hasSuffix(".json")) {
            let analysis = String(path.dropLast(path.hasSuffix(".yaml") ? 5 : 5)) + ".md"
            if files[analysis] == nil { portal = portal.with(analysis, "## Analisis\n\nTeks.\n") }
        }
        return try LenteraContentTests.load(portal)
    }

    @Test func aResultWithCountsLoads() throws {
        let loaded = try load(["\(Self.folder)/skm-2024-Q1.yaml": Self.skm])
        #expect(loaded.diagnostics == [])
        let result = try #require(loaded.content?.surveys.first)
        #expect(result.period.description == "2024-Q1")
        #expect(result.respondents == 10)
        #expect(result.serviceUsers == 120)
        #expect(result.elements["U1"]?.counts == [0, 1, 4, 5])
        #expect(result.elements["U8"]?.answered == 9)
        #expect(result.profile[.sex] == ["Laki-laki": 4, "Perempuan": 6])
        #expect(result.source == .manual)
    }

    @Test func aHandWrittenReportMayGiveAveragesInstead() throws {
        let text = """
            jenis: skm
            periode: "2023"
            layanan: \(TestPortal.service)
            responden: 29
            rata_rata: { U1: 3.62, U2: "3,48", U3: 3.45, U4: 4, U5: 3.52, U6: 3.62, U7: 3.66, U8: 3.62, U9: 3.97 }

            """
        let loaded = try load(["\(Self.folder)/skm-2023.yaml": text])
        #expect(loaded.diagnostics == [])
        let result = try #require(loaded.content?.surveys.first)
        #expect(result.service == TestPortal.service)
        #expect(abs((result.elements["U2"]?.mean ?? 0) - 3.48) < 1e-12)
        #expect(result.elements["U2"]?.answered == 29)
    }

    @Test func whatTheImportWritesReadsBackTheSame() throws {
        let original = SurveyResult(unit: TestPortal.unit, service: TestPortal.service, kind: .zi, period: SurveyPeriod("2024-05")!, respondents: 7,
                                    elements: Dictionary(uniqueKeysWithValues: ZIElements.all.map { ($0.code, ElementScore(counts: [0, 0, 1, 1, 2, 3])) }),
                                    profile: [.ageBand: ["20–29": 3, "≥ 60": 2, "< 20": 2], .education: ["D4/S1": 7]],
                                    serviceUsers: 40, source: .imported)
        let text = SurveyResultFile.yaml(original, elements: ZIElements.all, header: ["written by a test"])
        let name = SurveyResultFile.name(kind: .zi, period: original.period, service: original.service)
        #expect(name == "zi-2024-05--\(TestPortal.service).yaml")
        let loaded = try load(["\(Self.folder)/\(name)": text])
        #expect(loaded.diagnostics == [])
        #expect(loaded.content?.surveys == [original])
        #expect(text.contains("\"≥ 60\": 2"))
    }

    @Test func anAnalysisBesideAResultIsPublishedWithIt() throws {
        let loaded = try load(["\(Self.folder)/skm-2024-Q1.yaml": Self.skm,
                               "\(Self.folder)/skm-2024-Q1.md": "## Analisis\n\nUnsur terendah: U8.\n",
                               "\(Self.folder)/catatan.md": "lost"])
        #expect(loaded.content?.surveyAnalyses.map(\.markdown) == ["## Analisis\n\nUnsur terendah: U8.\n"])
        #expect(loaded.diagnostics.map(\.code) == ["survey.orphan-analysis"])
    }

    func diagnostics(_ text: String, name: String = "skm-2024-Q1.yaml") throws -> [Diagnostic] {
        try load(["\(Self.folder)/\(name)": text]).diagnostics
    }

    var file: String { "content/\(Self.folder)/skm-2024-Q1.yaml" }

    @Test func aMissingElementIsNamed() throws {
        let found = try diagnostics(Self.skm.replacingOccurrences(of: "  U8: [0, 3, 3, 3]\n", with: ""))
        #expect(found.map(\.code) == ["survey.missing-element"])
        #expect(found.first?.summary.text(in: .en) == "the survey result has no answers for `U8`")
    }

    @Test func countsOfTheWrongLengthOrMoreThanTheRespondents() throws {
        let found = try diagnostics(Self.skm.replacingOccurrences(of: "U1: [0, 1, 4, 5]", with: "U1: [1, 4, 5]")
            .replacingOccurrences(of: "U2: [0, 0, 5, 5]", with: "U2: [0, 0, 6, 5]"))
        #expect(found.inEnglish == [
            .error("survey.invalid-counts", at: SourceLocation(file: file, line: 6, column: 7),
                   "`U1` must list 4 counts: how many answered 1, 2, 3, 4",
                   hint: "for example `U1: [0, 0, 0, 0]` with each number of respondents"),
            .error("survey.more-answers-than-respondents", at: SourceLocation(file: file, line: 7, column: 7),
                   "`U2` has 11 answers but the survey had 10 respondents", hint: "check the counts, or `responden`"),
        ])
    }

    @Test func anAverageOutsideTheScale() throws {
        let found = try diagnostics("jenis: skm\nperiode: 2024\nresponden: 5\nrata_rata: { U1: 4.2, U2: 3, U3: 3, U4: 3, U5: 3, U6: 3, U7: 3, U8: 3, U9: 3 }\n")
        #expect(found.map(\.code) == ["survey.invalid-mean"])
        #expect(found.first?.location == SourceLocation(file: file, line: 4, column: 18))
    }

    @Test func anUnknownElementKindOrPeriod() throws {
        let found = try diagnostics("jenis: ikm\nperiode: 2024-T1\nresponden: 5\n")
        #expect(found.map(\.code) == ["survey.unknown-kind", "survey.invalid-period"])
        let element = try diagnostics(Self.skm.replacingOccurrences(of: "  U9: [0, 1, 5, 4]", with: "  U9: [0, 1, 5, 4]\n  U10: [0, 0, 0, 1]"))
        #expect(element.map(\.code) == ["content.unknown-key"])
        #expect(element.first?.summary.text(in: .en) == "unknown field `U10` in `jawaban`")
        #expect(element.first?.advice?.text(in: .en).hasSuffix("U1, U2, U3, U4, U5, U6, U7, U8, U9") == true)
    }

    @Test func anUnknownServiceIsAnErrorWithASuggestion() throws {
        let found = try diagnostics(Self.skm.replacingOccurrences(of: "responden: 10", with: "layanan: layanan-contoh-x\nresponden: 10"))
        #expect(found.map(\.code) == ["survey.unknown-service"])
        #expect(found.first?.advice?.text(in: .en).hasPrefix("did you mean `\(TestPortal.service)`?") == true)
        #expect(found.first?.location?.line == 3)
    }

    @Test func twoFilesForOnePeriodAreAnError() throws {
        let loaded = try load(["\(Self.folder)/skm-2024-Q1.yaml": Self.skm, "\(Self.folder)/salinan.yaml": Self.skm])
        #expect(loaded.diagnostics.map(\.code) == ["survey.duplicate"])
        #expect(loaded.content?.surveys.count == 1)
    }

    @Test func overlappingPeriodsAreAWarning() throws {
        let loaded = try load(["\(Self.folder)/skm-2024-Q1.yaml": Self.skm,
                               "\(Self.folder)/skm-2024-02.yaml": Self.skm.replacingOccurrences(of: "2024-Q1", with: "2024-02")])
        #expect(loaded.diagnostics.map(\.code) == ["survey.overlapping-periods"])
        #expect(loaded.content?.surveys.count == 2)
    }

    @Test func portalSettingsNameTheConversionAndTheElements() throws {
        let settings = """
            survei:
              konversi_zi: linier
              unsur_skm:
                - { kode: U1, nama: Persyaratan, bobot: 0.5 }
                - { kode: U2, nama: Prosedur, bobot: 0.5 }

            """
        let loaded = try load([TestPortal.portalFile: TestPortal.portalYAML + settings])
        #expect(loaded.diagnostics == [])
        #expect(loaded.content?.portal.survey.ziConversion == .linear)
        #expect(loaded.content?.portal.survey.skmElements.map(\.code) == ["U1", "U2"])
        #expect(loaded.content?.portal.survey.skmWeights == [0.5, 0.5])

        let rounded = settings.replacingOccurrences(of: "bobot: 0.5 }\n    - { kode: U2, nama: Prosedur, bobot: 0.5", with: "bobot: 0.333 }\n    - { kode: U2, nama: Prosedur, bobot: 0.333")
        let wrong = try load([TestPortal.portalFile: TestPortal.portalYAML + rounded.replacingOccurrences(of: "linier", with: "kuadrat")])
        #expect(wrong.diagnostics.map(\.code) == ["survey.unknown-conversion", "survey.invalid-weights"])
    }
}
