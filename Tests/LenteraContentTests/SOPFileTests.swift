import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// The SOP files of `units/<unit>/sop/`: what they hold, and every diagnostic the loader
/// gives about a wrong one, with its place in the file.
@Suite struct SOPFileTests {
    static let folder = "units/\(TestPortal.unit)/sop"
    static let file = "content/\(folder)/penyusunan-pk.yaml"

    /// Line numbers are quoted by the tests below: keep them in place.
    static let valid = """
        judul: SOP Penyusunan Perjanjian Kinerja
        nomor: "800/012/SOP/Kec"
        penetapan:
          nomor: Keputusan Camat Contoh Nomor 1 Tahun 2023
          tanggal: 2023-01-02
          oleh: Camat Contoh
        pelaksana: [Camat, Sekretaris, Staf]
        langkah:
          - kegiatan: Memerintahkan untuk menyusun Penetapan Kinerja
            pelaksana: Camat
            kelengkapan: Struktur organisasi
            waktu: 10 menit
            output: Draft Anggota Tim
          - kegiatan: Rapat Tim
            pelaksana: Sekretaris
            waktu: 1 jam
            keterangan: SOP Penyusunan RKA
            sop: penyusunan-rka
          - kegiatan: Mengetik hasil rapat
            pelaksana: Staf
            waktu: 1 hari

        """

    static let other = """
        judul: SOP Penyusunan RKA
        penetapan: { nomor: Keputusan Camat Contoh Nomor 2 Tahun 2023, tanggal: 2023-01-02, oleh: Camat Contoh }
        pelaksana: [Camat]
        langkah:
          - { kegiatan: Memberi tanda tangan, pelaksana: Camat, waktu: 1 hari }

        """

    func load(_ text: String, name: String = "penyusunan-pk.yaml", other: String? = SOPFileTests.other) throws -> LoadedContent {
        var portal = TestPortal().with("\(Self.folder)/\(name)", text)
        if let other { portal = portal.with("\(Self.folder)/penyusunan-rka.yaml", other) }
        return try LenteraContentTests.load(portal)
    }

    func diagnostics(_ text: String, other: String? = SOPFileTests.other) throws -> [Diagnostic] {
        try load(text, other: other).diagnostics
    }

    func at(_ line: Int, _ column: Int) -> LenteraDiagnostics.SourceLocation { SourceLocation(file: Self.file, line: line, column: column) }

    // MARK: - What a valid file holds

    @Test func aValidSOPLoadsWithEveryField() throws {
        let loaded = try load(Self.valid)
        #expect(loaded.diagnostics == [])
        let sops = loaded.content?.sops ?? []
        #expect(sops.map(\.slug) == ["penyusunan-pk", "penyusunan-rka"])
        let sop = try #require(sops.first)
        #expect(sop.unit == TestPortal.unit)
        #expect(sop.title == "SOP Penyusunan Perjanjian Kinerja")
        #expect(sop.number == "800/012/SOP/Kec")
        #expect(sop.enactment == SOPEnactment(number: "Keputusan Camat Contoh Nomor 1 Tahun 2023", date: CalendarDate(year: 2023, month: 1, day: 2)!, enactedBy: "Camat Contoh"))
        #expect(sop.actors == ["Camat", "Sekretaris", "Staf"])
        #expect(sop.steps.map(\.actor) == ["Camat", "Sekretaris", "Staf"])
        #expect(sop.steps[0] == SOPStep(activity: "Memerintahkan untuk menyusun Penetapan Kinerja", actor: "Camat", requirements: "Struktur organisasi",
                                        time: CompletionTime(text: "10 menit", duration: .minutes(10)), output: "Draft Anggota Tim"))
        #expect(sop.steps[1].remarks == "SOP Penyusunan RKA")
        #expect(sop.steps[1].link == "penyusunan-rka")
        #expect(sop.steps[2].time.duration == .workingDays(1))
        let total = sop.totalDuration
        // Plain `hari` in an SOP that does not say which days it means stays "hari".
        #expect(total.unstatedDays == 1)
        #expect(total.workingDays == 0)
        #expect(total.hours == 1)
        #expect(total.remainingMinutes == 10)
    }

    @Test func theSameSOPInJSONMeansTheSame() throws {
        let json = """
            {
              "judul": "SOP Penyusunan Perjanjian Kinerja",
              "nomor": "800/012/SOP/Kec",
              "penetapan": { "nomor": "Keputusan Camat Contoh Nomor 1 Tahun 2023", "tanggal": "2023-01-02", "oleh": "Camat Contoh" },
              "pelaksana": ["Camat", "Sekretaris", "Staf"],
              "langkah": [
                { "kegiatan": "Memerintahkan untuk menyusun Penetapan Kinerja", "pelaksana": "Camat", "kelengkapan": "Struktur organisasi",
                  "waktu": "10 menit", "output": "Draft Anggota Tim" },
                { "kegiatan": "Rapat Tim", "pelaksana": "Sekretaris", "waktu": "1 jam", "keterangan": "SOP Penyusunan RKA", "sop": "penyusunan-rka" },
                { "kegiatan": "Mengetik hasil rapat", "pelaksana": "Staf", "waktu": "1 hari" }
              ]
            }
            """
        let fromJSON = try load(json, name: "penyusunan-pk.json")
        let fromYAML = try load(Self.valid)
        #expect(fromJSON.diagnostics == [])
        #expect(fromJSON.content?.sops == fromYAML.content?.sops)
    }

    // MARK: - Diagnostics

    @Test func aStepByAnActorNotListedIsAnErrorWithASuggestion() throws {
        let text = Self.valid.replacingOccurrences(of: "    pelaksana: Staf", with: "    pelaksana: Stap")
        #expect(try diagnostics(text).inEnglish == [
            .error("sop.unknown-actor", at: at(20, 16), "step 3 names the actor `Stap`, who is not in the SOP's `pelaksana`",
                   hint: "did you mean `Staf`? `pelaksana` of a step must be one of the SOP's actors: Camat, Sekretaris, Staf"),
        ])
    }

    @Test func aTimeWithoutANumberAndUnitIsAWarningAndTheStepIsCounted() throws {
        let text = Self.valid.replacingOccurrences(of: "waktu: 1 hari", with: "waktu: sesuai jadwal")
        let loaded = try load(text)
        #expect(loaded.diagnostics.inEnglish == [
            .warning("sop.unreadable-time", at: at(21, 12), "no duration can be read from the time of step 3: `sesuai jadwal`",
                     hint: "write a number and a unit: `10 menit`, `1 jam`, `1 hari` or `2 hari kerja` (`1,5 jam` too); until then the step is left out of the SOP's total, which says so"),
        ])
        let sop = try #require(loaded.content?.sops.first)
        #expect(sop.steps[2].time == CompletionTime(text: "sesuai jadwal", duration: nil))
        #expect(sop.totalDuration.unreadableSteps == [3])
    }

    @Test func anSOPWithoutStepsIsAnError() throws {
        let text = Self.valid.components(separatedBy: "langkah:")[0] + "langkah: []\n"
        #expect(try diagnostics(text).inEnglish == [
            .error("sop.no-steps", at: at(8, 10), "the SOP has no steps in `langkah`",
                   hint: "give each step as `- kegiatan: ...` with its `pelaksana` and `waktu`"),
        ])
    }

    @Test func anSOPWithoutActorsIsAnError() throws {
        let text = Self.valid.replacingOccurrences(of: "pelaksana: [Camat, Sekretaris, Staf]", with: "pelaksana: []")
        #expect(try diagnostics(text).inEnglish == [
            .error("sop.no-actors", at: at(7, 12), "the SOP names no actor in `pelaksana`",
                   hint: "list the actors who carry out the steps, in the order of the table's columns, e.g. `pelaksana: [Camat, Sekretaris, Staf]`"),
        ])
    }

    @Test func anActorListedTwiceIsAnErrorWhateverTheCase() throws {
        let text = Self.valid.replacingOccurrences(of: "pelaksana: [Camat, Sekretaris, Staf]", with: "pelaksana: [Camat, Sekretaris, Staf, camat]")
        #expect(try diagnostics(text).inEnglish == [
            .error("sop.duplicate-actor", at: at(7, 38), "the actor `camat` is listed twice in `pelaksana` (first on line 7)",
                   hint: "give each actor once; when two people share a title, name them apart (`Staf Umum`, `Staf Keuangan`)"),
        ])
    }

    @Test func aLinkToAnSOPTheUnitDoesNotHaveIsAnErrorWithASuggestion() throws {
        let text = Self.valid.replacingOccurrences(of: "sop: penyusunan-rka", with: "sop: penyusunan-rkb")
        #expect(try diagnostics(text).inEnglish == [
            .error("sop.unknown-link", at: at(18, 10), "the unit has no SOP `penyusunan-rkb`",
                   hint: "did you mean `penyusunan-rka`? `sop` must be the file name, without `.yaml`, of another SOP in `content/\(Self.folder)`"),
        ])
    }

    @Test func aLinkInAUnitWithASingleSOPSaysToUseTheRemarks() throws {
        #expect(try diagnostics(Self.valid, other: nil).inEnglish == [
            .error("sop.unknown-link", at: at(18, 10), "the unit has no SOP `penyusunan-rka`",
                   hint: "`sop` must be the file name, without `.yaml`, of another SOP in `content/\(Self.folder)`; this unit has no other SOP: to name an SOP that is not published here, write it in `keterangan` only"),
        ])
    }

    @Test func aStepThatLinksItsOwnSOPIsAnError() throws {
        let text = Self.valid.replacingOccurrences(of: "sop: penyusunan-rka", with: "sop: penyusunan-pk")
        #expect(try diagnostics(text).inEnglish == [
            .error("sop.unknown-link", at: at(18, 10), "a step links the SOP `penyusunan-pk` to itself",
                   hint: "did you mean `penyusunan-rka`? `sop` must be the file name, without `.yaml`, of another SOP in `content/\(Self.folder)`"),
        ])
    }

    @Test func anActorWhoDoesNoStepIsAWarning() throws {
        let text = Self.valid.replacingOccurrences(of: "pelaksana: [Camat, Sekretaris, Staf]", with: "pelaksana: [Camat, Sekretaris, Staf, Kasubag Umum]")
        let loaded = try load(text)
        #expect(loaded.diagnostics.inEnglish == [
            .warning("sop.unused-actor", at: at(7, 38), "the actor `Kasubag Umum` carries out none of the steps",
                     hint: "name `Kasubag Umum` as the `pelaksana` of the steps they do, or remove them from the SOP's `pelaksana`"),
        ])
        #expect(loaded.content?.sops.count == 2)
    }

    @Test func missingRequiredFieldsAreFieldErrors() throws {
        let text = Self.valid
            .replacingOccurrences(of: "judul: SOP Penyusunan Perjanjian Kinerja\n", with: "")
            .replacingOccurrences(of: "  oleh: Camat Contoh\n", with: "")
            .replacingOccurrences(of: "    waktu: 1 jam\n", with: "")
        let loaded = try load(text)
        #expect(loaded.diagnostics.inEnglish == [
            .error("content.missing-field", at: at(1, 1), "`judul` is missing from the SOP", hint: "add a line `judul: ...`"),
            .error("content.missing-field", at: at(3, 3), "`oleh` is missing from `penetapan`", hint: "add a line `oleh: ...`"),
            .error("content.missing-field", at: at(12, 5), "`waktu` is missing from step 2", hint: "add a line `waktu: ...`"),
        ])
        #expect(loaded.content?.sops.map(\.slug) == ["penyusunan-rka"])
    }

    @Test func missingActorsStepsAndDecreeAreFieldErrors() throws {
        let text = "judul: SOP Kosong\n"
        #expect(try diagnostics(text).inEnglish == [
            .error("content.missing-field", at: at(1, 1), "`penetapan` is missing from the SOP", hint: "add a line `penetapan: ...`"),
            .error("content.missing-field", at: at(1, 1), "`pelaksana` is missing from the SOP", hint: "add a line `pelaksana: ...`"),
            .error("content.missing-field", at: at(1, 1), "`langkah` is missing from the SOP", hint: "add a line `langkah: ...`"),
        ])
    }

    @Test func anUnknownFieldOfAStepIsNamedWithTheFieldMeant() throws {
        let text = Self.valid.replacingOccurrences(of: "    output: Draft", with: "    ouptut: Draft")
        #expect(try diagnostics(text).inEnglish == [
            .error("content.unknown-key", at: at(13, 5), "unknown field `ouptut` in step 1",
                   hint: "did you mean `output`? the fields allowed here are: kegiatan, pelaksana, kelengkapan, waktu, output, keterangan, sop, bersamaan_dengan"),
        ])
    }

    @Test func twoFilesForOneSOPAreAnError() throws {
        let portal = TestPortal()
            .with("\(Self.folder)/penyusunan-rka.yaml", Self.other)
            .with("\(Self.folder)/penyusunan-rka.json", #"{"judul": "SOP Penyusunan RKA", "penetapan": {"nomor": "1", "tanggal": "2023-01-02", "oleh": "Camat"}, "pelaksana": ["Camat"], "langkah": [{"kegiatan": "Tanda tangan", "pelaksana": "Camat", "waktu": "1 hari"}]}"#)
        let loaded = try LenteraContentTests.load(portal)
        #expect(loaded.diagnostics.inEnglish == [
            .error("sop.duplicate-slug", at: LenteraDiagnostics.SourceLocation(file: "content/\(Self.folder)/penyusunan-rka.yaml", line: 1, column: 1),
                   "the unit already has an SOP at the address `penyusunan-rka` (content/\(Self.folder)/penyusunan-rka.json)",
                   hint: "keep one of the two files"),
        ])
    }

    @Test func aFileNameThatCannotBeAnAddressIsAnError() throws {
        let portal = TestPortal().with("\(Self.folder)/SOP RKA.yaml", Self.other)
        let loaded = try LenteraContentTests.load(portal)
        #expect(loaded.diagnostics.inEnglish == [
            .error("slug.invalid", at: LenteraDiagnostics.SourceLocation(file: "content/\(Self.folder)/SOP RKA.yaml", line: 1, column: 1), "`SOP RKA` cannot be used as an address",
                   hint: "rename the file using only lowercase letters, digits and hyphens, e.g. `sop-rka.yaml`"),
        ])
    }
}
