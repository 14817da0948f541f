import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// The SOP fields that keep a file to its source: steps that run at the same time
/// (`bersamaan_dengan`), what plain `hari` means (`hari`), the mutu-baku column headings
/// (`kolom_mutu_baku`) and the parts not copied from the source (`rekonstruksi`).
@Suite struct SOPParallelAndSourceFieldsTests {
    let tests = SOPFileTests()

    func at(_ line: Int, _ column: Int) -> LenteraDiagnostics.SourceLocation { SourceLocation(file: SOPFileTests.file, line: line, column: column) }

    /// `SOPFileTests.valid` with one more field on step 3 (line 22).
    func withStepThree(_ field: String) -> String { SOPFileTests.valid + "    \(field)\n" }

    @Test func theNewFieldsLoad() throws {
        let text = SOPFileTests.valid.replacingOccurrences(of: "nomor: \"800/012/SOP/Kec\"\n", with: """
            nomor: "800/012/SOP/Kec"
            hari: kalender
            kolom_mutu_baku: { kelengkapan: Persyaratan / Kelengkapan, output: Input }
            rekonstruksi:
              - { bagian: pelaksana, catatan: Pelaksana disusun ulang. }

            """) + "    bersamaan_dengan: 2\n"
        let loaded = try tests.load(text)
        #expect(loaded.diagnostics == [])
        let sop = try #require(loaded.content?.sops.first)
        #expect(sop.plainDays == .calendar)
        #expect(sop.columns == SOPColumnLabels(requirements: "Persyaratan / Kelengkapan", time: "Waktu", output: "Input"))
        #expect(sop.reconstructions == [Reconstruction(part: .pelaksana, note: "Pelaksana disusun ulang.")])
        #expect(sop.reconstruction(of: .pelaksana) == "Pelaksana disusun ulang.")
        #expect(sop.reconstruction(of: .penetapan) == nil)
        #expect(sop.steps.map(\.parallelWith) == [nil, nil, 2])
        #expect(sop.parallelGroups == [[2, 3]])
        // 1 jam and 1 hari (calendar) run together: the day counts, the hour does not.
        let total = sop.totalDuration
        #expect(total.calendarDays == 1)
        #expect(total.minutes == 10)
    }

    @Test func withoutTheNewFieldsPlainHariIsUnstatedAndTheColumnsAreTheUsualOnes() throws {
        let sop = try #require(try tests.load(SOPFileTests.valid).content?.sops.first)
        #expect(sop.plainDays == .unstated)
        #expect(sop.columns == SOPColumnLabels())
        #expect(sop.reconstructions == [])
        #expect(sop.totalDuration.unstatedDays == 1)
        #expect(sop.totalDuration.workingDays == 0)
    }

    @Test func aStepParallelWithAStepTheSOPDoesNotHaveIsAnErrorAtItsValue() throws {
        #expect(try tests.diagnostics(withStepThree("bersamaan_dengan: 4")).inEnglish == [
            .error("sop.unknown-parallel-step", at: at(22, 23), "step 3 is said to run at the same time as step 4, but this SOP has steps 1 to 3 only",
                   hint: "give in `bersamaan_dengan` the number of another step of this SOP (the first step is step 1), e.g. `bersamaan_dengan: 4` on step 5"),
        ])
        #expect(try tests.diagnostics(withStepThree("bersamaan_dengan: 0")).map(\.code) == ["sop.unknown-parallel-step"])
        #expect(try tests.load(withStepThree("bersamaan_dengan: 4")).content?.sops.map(\.slug) == ["penyusunan-rka"])
    }

    @Test func aStepParallelWithItselfIsAnError() throws {
        #expect(try tests.diagnostics(withStepThree("bersamaan_dengan: 3")).inEnglish == [
            .error("sop.parallel-with-itself", at: at(22, 23), "step 3 is said to run at the same time as itself",
                   hint: "give in `bersamaan_dengan` the number of another step that runs at the same time, or remove `bersamaan_dengan`"),
        ])
    }

    @Test func aParallelStepThatIsNoNumberIsAnError() throws {
        #expect(try tests.diagnostics(withStepThree("bersamaan_dengan: langkah 2")).map(\.code) == ["content.expected-number"])
    }

    @Test func anUnknownKindOfDayIsAnErrorWithTheChoices() throws {
        let text = SOPFileTests.valid.replacingOccurrences(of: "nomor: \"800/012/SOP/Kec\"\n", with: "nomor: \"800/012/SOP/Kec\"\nhari: minggu\n")
        #expect(try tests.diagnostics(text).inEnglish == [
            .error("content.unknown-choice", at: at(3, 7), "`hari` cannot be `minggu`", hint: "choose one of: `kerja`, `kalender`"),
        ])
    }

    @Test func anUnknownReconstructedPartIsAnErrorWithTheMeantOne() throws {
        let text = SOPFileTests.valid.replacingOccurrences(of: "nomor: \"800/012/SOP/Kec\"\n",
                                                            with: "nomor: \"800/012/SOP/Kec\"\nrekonstruksi:\n  - { bagian: pelaksanaa, catatan: Disusun ulang. }\n")
        let found = try tests.diagnostics(text)
        #expect(found.map(\.code) == ["content.unknown-choice"])
        #expect(found.first?.location == at(4, 15))
        #expect(found.inEnglish.first?.hint?.hasPrefix("did you mean `pelaksana`?") == true)
        let withoutNote = SOPFileTests.valid.replacingOccurrences(of: "nomor: \"800/012/SOP/Kec\"\n",
                                                                   with: "nomor: \"800/012/SOP/Kec\"\nrekonstruksi:\n  - { bagian: pelaksana }\n")
        #expect(try tests.diagnostics(withoutNote).map(\.code) == ["content.missing-field"])
    }
}
