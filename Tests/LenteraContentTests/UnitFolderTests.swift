import LenteraContent
import LenteraDiagnostics
import LenteraTesting
import Testing

/// A unit folder whose `unit.md` cannot be used: the unit is left out, and the problems
/// of its other files are still reported, so that one `check` names them all.
@Suite struct UnitFolderTests {
    static let brokenService = SampleService.markdown(replacing: ["biaya": "biaya: Murah"])

    @Test func aUnitThatCannotBeReadDoesNotHideTheProblemsOfItsOtherFiles() throws {
        let loaded = try load(TestPortal()
            .with(TestPortal.unitFile, TestPortal.unitMarkdown("Dinas Contoh", jenis: "dinass", instansi: TestPortal.instansi))
            .with(TestPortal.serviceFile, Self.brokenService))
        #expect(loaded.diagnostics.map(\.code) == ["unit.unknown-kind", "service.invalid-cost"])
        let content = try #require(loaded.content)
        #expect(content.units.isEmpty)
        #expect(content.services.isEmpty)
        #expect(content.maklumat.isEmpty)
    }

    @Test func aFolderWithoutUnitMDIsAnErrorAndItsServicesAreStillChecked() throws {
        let loaded = try load(TestPortal().without(TestPortal.unitFile).with(TestPortal.serviceFile, Self.brokenService))
        #expect(loaded.diagnostics.map(\.code) == ["unit.missing-file", "service.invalid-cost"])
        #expect(loaded.diagnostics.first?.location == SourceLocation(file: "content/units/dinas-contoh"))
        #expect(loaded.content?.services.isEmpty == true)
    }

    @Test func twoUnitsWithOneAddressAreAnError() throws {
        let loaded = try load(TestPortal().with("units/dinas-kedua/unit.md",
                                                TestPortal.unitMarkdown("Dinas Kedua", instansi: TestPortal.instansi, extra: "slug: dinas-contoh")))
        #expect(loaded.diagnostics.map(\.code) == ["unit.duplicate-slug"])
        #expect(loaded.diagnostics.first?.summary.text(in: .en) == "another unit already has the address `dinas-contoh` (content/units/dinas-contoh/unit.md)")
        #expect(loaded.content?.units.map(\.name) == ["Dinas Contoh"])
    }
}
