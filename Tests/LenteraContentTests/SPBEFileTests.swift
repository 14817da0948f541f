import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// `units/<unit>/spbe.yaml`: applications and roadmap, and the loader's diagnostics, exactly.
@Suite struct SPBEFileTests {
    static let path = "units/\(TestPortal.unit)/spbe.yaml"
    var file: String { "content/\(Self.path)" }

    /// Line numbers matter: the tests below point at them.
    static let spbe = """
        dasar: Keputusan Contoh Nomor 1 Tahun 2022
        aplikasi:
          - nama: Aplikasi Contoh
            layanan: [\(TestPortal.service)]
            data: [Data Pemohon, Data Layanan]
            perbaikan:
              - { teks: Fitur baru, tahun: 2023 }
              - { teks: Integrasi, tahun: 2022–2026 }
              - Pemeliharaan
        peta_jalan:
          - tahun: 2022–2023
            bidang: SDM
            kegiatan: [Pelatihan]

        """

    func load(_ text: String) throws -> LoadedContent {
        try LenteraContentTests.load(TestPortal().with(Self.path, text))
    }

    @Test func applicationsAndRoadmapLoad() throws {
        let loaded = try load(Self.spbe)
        #expect(loaded.diagnostics == [])
        let spbe = try #require(loaded.content?.spbe.first)
        #expect(spbe.source == "Keputusan Contoh Nomor 1 Tahun 2022")
        #expect(spbe.applications == [
            SupportingApplication(name: "Aplikasi Contoh", services: [TestPortal.service], data: ["Data Pemohon", "Data Layanan"],
                                  improvements: [PlannedImprovement(text: "Fitur baru", years: .year(2023)),
                                                 PlannedImprovement(text: "Integrasi", years: .range(2022, 2026)),
                                                 PlannedImprovement(text: "Pemeliharaan")]),
        ])
        // A range of years gives the activity in each year.
        #expect(spbe.roadmap == [RoadmapItem(year: 2022, area: "SDM", activity: "Pelatihan"), RoadmapItem(year: 2023, area: "SDM", activity: "Pelatihan")])
    }

    @Test func anUnknownServiceWithASuggestion() throws {
        let found = try load(Self.spbe.replacingOccurrences(of: "[\(TestPortal.service)]", with: "[layanan-contoj]")).diagnostics
        #expect(found.inEnglish == [
            .error("spbe.unknown-service", at: SourceLocation(file: file, line: 4, column: 15), "the unit has no service `layanan-contoj`",
                   hint: "did you mean `\(TestPortal.service)`? `layanan` must list slugs of this unit's services (the file names in `layanan/`)"),
        ])
    }

    @Test func aYearOutsideTheRange() throws {
        let found = try load(Self.spbe.replacingOccurrences(of: "tahun: 2023 }", with: "tahun: 1023 }")).diagnostics
        #expect(found.inEnglish == [
            .error("spbe.year-out-of-range", at: SourceLocation(file: file, line: 7, column: 36), "the year 1023 is outside 2000–2100",
                   hint: "check the year for a typo, e.g. `2023`"),
        ])
    }

    @Test func aReversedRange() throws {
        let found = try load(Self.spbe.replacingOccurrences(of: "tahun: 2022–2023", with: "tahun: 2023–2022")).diagnostics
        #expect(found.inEnglish == [
            .error("spbe.reversed-range", at: SourceLocation(file: file, line: 11, column: 12), "the range 2023–2022 ends before it starts",
                   hint: "write the earlier year first: `2022–2023`"),
        ])
    }

    @Test func aRoadmapRowOfEveryYearOrUnreadableYears() throws {
        let every = try load(Self.spbe.replacingOccurrences(of: "tahun: 2022–2023", with: "tahun: tiap tahun")).diagnostics
        #expect(every.map(\.code) == ["spbe.invalid-years"])
        #expect(every.first?.summary.text(in: .en) == "a roadmap row needs its years, not `tiap tahun`")
        let unreadable = try load(Self.spbe.replacingOccurrences(of: "tahun: 2023 }", with: "tahun: segera }")).diagnostics
        #expect(unreadable.inEnglish == [
            .error("spbe.invalid-years", at: SourceLocation(file: file, line: 7, column: 36), "`tahun` is not a year: `segera`",
                   hint: "write a year `2023`, a range `2022–2026`, or `tiap tahun`"),
        ])
    }

    @Test func emptyLists() throws {
        let found = try load("aplikasi: []\npeta_jalan:\n  - tahun: 2024\n    kegiatan: []\n").diagnostics
        #expect(found.inEnglish == [
            .error("spbe.empty-list", at: SourceLocation(file: file, line: 1, column: 11), "`aplikasi` is empty",
                   hint: "list at least one entry under `aplikasi`, or leave the field out"),
            .error("spbe.empty-list", at: SourceLocation(file: file, line: 4, column: 15), "`kegiatan` is empty",
                   hint: "list at least one entry under `kegiatan`, or leave the field out"),
        ])
        let nothing = try load("dasar: Keputusan Contoh\n").diagnostics
        #expect(nothing.inEnglish == [
            .error("spbe.empty-list", at: SourceLocation(file: file, line: 1, column: 1), "the SPBE file lists neither `aplikasi` nor `peta_jalan`",
                   hint: "list the applications under `aplikasi` and the roadmap under `peta_jalan`, or remove the file"),
        ])
    }
}
