import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraFiles
import LenteraImport
import LenteraTesting
import Testing

/// What a killed `lentera survey import` leaves (a temporary beside the result) is ignored
/// by the content loader and removed by the next import; two imports into one content
/// folder never run at once.
@Suite struct ImportSafetyTests {
    static let export = "U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,3,4,3,4,4,3,4\n"
    static let survei = "units/\(TestPortal.unit)/survei"

    func request(_ folder: URL) throws -> SurveyImport.Request {
        let file = folder.appendingPathComponent("ekspor.csv")
        try Data(Self.export.utf8).write(to: file)
        return SurveyImport.Request(export: file, exportDisplay: "ekspor.csv", content: folder.appendingPathComponent("content"),
                                    contentDisplay: "content", unit: TestPortal.unit, period: "2024-Q1")
    }

    /// Temporaries as a killed import leaves them: the name this release gives them, and
    /// the one earlier releases gave them.
    static let strays = [".skm-2024-Q1.yaml.lentera-import-4242-1a2b3c4d.tmp", ".skm-2023-Q4.yaml.4242.tmp"]

    @Test func temporariesLeftByAKilledImportAreIgnoredThenRemoved() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try TestPortal().write(to: content)
            let survei = content.appendingPathComponent(Self.survei)
            try FileManager.default.createDirectory(at: survei, withIntermediateDirectories: true)
            // Half a result file, as a kill between the write and the rename leaves it.
            for stray in Self.strays { try Data("unit: dinas-contoh\njenis: sk".utf8).write(to: survei.appendingPathComponent(stray)) }
            let loaded = ContentLoader(root: content, displayRoot: "content").load()
            #expect(loaded.diagnostics == [])
            #expect(loaded.content?.surveys.isEmpty == true)

            let outcome = try SurveyImport(try request(folder)).run()
            #expect(outcome.written == "\(Self.survei)/skm-2024-Q1.yaml")
            #expect(FolderSnapshot.names(in: survei) == ["skm-2024-Q1.yaml"])
        }
    }

    /// An import waits for another import into the same content folder; told not to
    /// wait, it stops and writes nothing.
    @Test func anImportIntoAFolderAnotherImportHoldsIsRefused() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try TestPortal().write(to: content)
            var request = try request(folder)
            request.lockWait = 0
            let held = try #require(try ExclusiveLock.acquire(folder: content.path, wait: 0))
            defer { held.release() }
            do throws(SurveyImport.Failure) {
                _ = try SurveyImport(request).run()
                Issue.record("the import ran while another held the content folder")
            } catch {
                #expect(error.diagnostics.map(\.code) == ["import.busy"])
            }
            #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent(Self.survei).path))
        }
    }
}
