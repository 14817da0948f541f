import LenteraContent
import LenteraDiagnostics
import LenteraTesting
import Testing

/// docs/content.md: unknown fields are errors, with the field probably meant; a field
/// given twice is an error too.
@Suite struct FieldErrorTests {
    @Test func aFieldGivenTwiceIsAnErrorAtTheSecondOne() throws {
        let unit = """
            ---
            nama: Dinas Contoh
            jenis: dinas
            instansi: kota-contoh
            nama: Dinas Lain
            ---

            """
        let loaded = try load(TestPortal().with(TestPortal.unitFile, unit))
        #expect(loaded.diagnostics.inEnglish == [
            .error("content.duplicate-key", at: SourceLocation(file: "content/\(TestPortal.unitFile)", line: 5, column: 1),
                   "the field `nama` is given twice (first on line 2)", hint: "keep one of them"),
        ])
    }

    @Test func aFieldGivenTwiceInsideAGroupOfFieldsPointsAtTheSecondOne() throws {
        let unit = TestPortal.unitMarkdown("Dinas Contoh", instansi: "kota-contoh", extra: """
            kepala:
              nama: Budi Santoso
              jabatan: Kepala Dinas
              nama: Budi
            """)
        let loaded = try load(TestPortal().with(TestPortal.unitFile, unit))
        #expect(loaded.diagnostics.map(\.location) == [SourceLocation(file: "content/\(TestPortal.unitFile)", line: 8, column: 3)])
        #expect(loaded.diagnostics.map { $0.summary.text(in: .en) } == ["the field `nama` is given twice (first on line 6)"])
    }

    @Test func aFieldGivenTwiceInJSONIsTheSameError() throws {
        let json = """
            {
              "nama": "Layanan Contoh",
              "biaya": "Gratis",
              "nama": "Layanan Lain"
            }
            """
        let loaded = try load(TestPortal().with(TestPortal.servicePath("layanan-json", extension: "json"), json))
        #expect(loaded.diagnostics.inEnglish == [
            .error("content.duplicate-key", at: SourceLocation(file: "content/\(TestPortal.servicePath("layanan-json", extension: "json"))", line: 4, column: 3),
                   "the field `nama` is given twice (first on line 2)", hint: "keep one of them"),
        ])
    }

    @Test func aMisspeltFieldIsAnErrorThatSuggestsTheFieldMeant() throws {
        let service = SampleService.markdown(extra: "persyaratn:\n  - Surat permohonan", removing: ["persyaratan"])
        let loaded = try load(TestPortal().with(TestPortal.serviceFile, service))
        let error = try #require(loaded.diagnostics("content.unknown-key").first)
        #expect(error.severity == .error)
        #expect(error.location == SourceLocation(file: "content/\(TestPortal.serviceFile)", line: 3, column: 1))
        #expect(error.summary.text(in: .en) == "unknown field `persyaratn` in the service standard")
        #expect(error.advice?.text(in: .en).hasPrefix("did you mean `persyaratan`? the fields allowed here are: ") == true)
        // The misspelt component is then missing, which is said too.
        #expect(loaded.diagnostics("service.missing-component").map { $0.summary.text(in: .en) }
                == ["the standard does not state the component `persyaratan` (Persyaratan)"])
    }

    @Test func aFieldFarFromAnyKnownOneGetsNoGuess() throws {
        let loaded = try load(TestPortal().with(TestPortal.unitFile, TestPortal.unitMarkdown("Dinas Contoh", instansi: "kota-contoh", extra: "warna: biru")))
        let error = try #require(loaded.diagnostics("content.unknown-key").first)
        #expect(error.summary.text(in: .en) == "unknown field `warna` in the unit")
        #expect(error.advice?.text(in: .en).hasPrefix("the fields allowed here are: nama, slug, jenis") == true)
    }
}
