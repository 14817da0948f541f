import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraTesting
import Testing

/// What the loader says about the folder itself: missing, empty, without `portal.yaml`.
@Suite struct ContentFolderTests {
    @Test func anEmptyFolderHasNoPortalSettings() throws {
        let loaded = try load(TestPortal(files: [:]))
        #expect(loaded.content == nil)
        #expect(loaded.diagnostics.inEnglish == [
            .error("portal.missing", at: SourceLocation(file: "content/portal.yaml"), "the content folder has no `portal.yaml`",
                   hint: "create it with at least `judul`, `base_url` and `instansi` (see docs/content.md)"),
        ])
    }

    @Test func unitsWithoutPortalYAMLAreStillChecked() throws {
        let loaded = try load(TestPortal().without(TestPortal.portalFile).with(TestPortal.serviceFile, SampleService.markdown(removing: ["biaya"])))
        #expect(loaded.content == nil)
        #expect(loaded.diagnostics.map(\.code) == ["portal.missing", "service.missing-component"])
    }

    @Test func aMissingFolderIsAnError() throws {
        let loaded = try withTemporaryFolder { folder in
            ContentLoader(root: folder.appendingPathComponent("tidak-ada"), displayRoot: "tidak-ada").load()
        }
        #expect(loaded.content == nil)
        #expect(loaded.diagnostics.map(\.code) == ["content.folder-missing"])
        #expect(loaded.diagnostics.first?.summary.text(in: .en) == "the content folder `tidak-ada` does not exist")
    }

    @Test func portalYAMLWithoutRequiredFieldsNamesEachOne() throws {
        let loaded = try load(TestPortal().with(TestPortal.portalFile, "judul: Portal\n"))
        #expect(loaded.content == nil)
        #expect(loaded.diagnostics.map { $0.summary.text(in: .en) } == ["`base_url` is missing from the portal settings", "`instansi` is missing from the portal settings"])
    }
}
