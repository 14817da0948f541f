import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraTesting
import Testing

/// `ContentLoader.overlay`: files checked as if they were in the folder, never written.
@Suite struct LoaderOverlayTests {
    func load(_ portal: TestPortal, overlay: [String: String]) throws -> (LoadedContent, [String: Data]) {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try portal.write(to: content)
            var loader = ContentLoader(root: content, displayRoot: "content")
            loader.overlay = overlay.mapValues { Array($0.utf8) }
            return (loader.load(), FolderSnapshot.files(in: content))
        }
    }

    @Test func aFileOfTheOverlayIsReadInsteadOfTheOneOnDisk() throws {
        let changed = SampleService.markdown(name: "Nama Baru")
        let (loaded, files) = try load(TestPortal(), overlay: [TestPortal.serviceFile: changed])
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.content?.services.map(\.name) == ["Nama Baru"])
        // Nothing written.
        #expect(files[TestPortal.serviceFile] == Data(SampleService.markdown().utf8))
    }

    @Test func aNewFileInANewFolderIsListedWhereItWouldBe() throws {
        let unit = TestPortal.unitMarkdown("Dinas Baru", instansi: TestPortal.instansi)
        let service = SampleService.markdown(name: "Layanan Baru", extra: "urutan: dua")
        let (loaded, files) = try load(TestPortal(), overlay: ["units/dinas-baru/unit.md": unit, "units/dinas-baru/layanan/baru.md": service])
        #expect(loaded.content?.units.map(\.slug).sorted() == ["dinas-baru", "dinas-contoh"])
        #expect(loaded.files.contains("units/dinas-baru/layanan/baru.md"))
        // Its problems are reported as the file's, at its line.
        let problem = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.filter { $0.severity == .error }.map(\.formatted) == [problem.formatted])
        #expect(problem.location == SourceLocation(file: "content/units/dinas-baru/layanan/baru.md", line: 3, column: 9))
        #expect(files["units/dinas-baru/unit.md"] == nil)
    }

    @Test func anOverlaidSurveyAnalysisIsReadToo() throws {
        let (loaded, _) = try load(TestPortal().with("units/dinas-contoh/survei/skm-2024-Q1.yaml", SampleSurvey.skm()),
                                   overlay: ["units/dinas-contoh/survei/skm-2024-Q1.md": "Analisis yang ditimpakan."])
        #expect(!loaded.diagnostics.hasErrors)
        #expect(loaded.content?.surveyAnalyses.first?.markdown == "Analisis yang ditimpakan.")
    }
}
