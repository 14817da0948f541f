import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// The mapping file of `lentera survey import --mapping`: read strictly as JSON when it is
/// `.json`, and never opened when it is not a regular file.
@Suite struct MappingFileTests {
    @Test func aFIFOGivenAsTheMappingIsRefusedWithoutBlocking() throws {
        let diagnostics = try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("pemetaan.yaml")
            #expect(mkfifo(path.path, 0o644) == 0)
            let url = path
            return try #require(withTimeLimit(seconds: 20) {
                ColumnMappingFile.load(url, displayPath: "pemetaan.yaml", elements: SKMElements.standard, kind: .skm).1
            }, "the mapping load did not finish")
        }
        #expect(diagnostics.map(\.code) == ["mapping.unreadable"])
    }

    @Test func aJSONMappingWithATrailingCommaIsAnErrorAtTheComma() throws {
        let diagnostics = try withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("pemetaan.json")
            try Data("{\n  \"pemisah\": \";\",\n}\n".utf8).write(to: url)
            return ColumnMappingFile.load(url, displayPath: "pemetaan.json", elements: SKMElements.standard, kind: .skm).1
        }
        #expect(diagnostics.map(\.code) == ["json.syntax"])
        #expect(diagnostics.first?.location == SourceLocation(file: "pemetaan.json", line: 2, column: 17))
    }
}
