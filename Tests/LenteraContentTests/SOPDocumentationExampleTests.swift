import Foundation
import LenteraTesting
import Testing

/// docs/content.md shows a real SOP file of the example portal: the copy in the docs is
/// the file, byte for byte, so neither can change alone.
@Suite struct SOPDocumentationExampleTests {
    static let file = "content/units/kecamatan-contoh/sop/pelaporan-spp-dan-ikm.yaml"

    @Test func theDocumentedSOPExampleIsTheRealFile() throws {
        let docs = try String(contentsOf: Repository.root.appendingPathComponent("docs/content.md"), encoding: .utf8)
        let section = try #require(docs.components(separatedBy: "## Standard operating procedures:").dropFirst().first)
        let named = try #require(section.range(of: "`units/kecamatan-contoh/sop/pelaporan-spp-dan-ikm.yaml`"), "the SOP section names no example file")
        let afterName = section[named.upperBound...]
        let open = try #require(afterName.range(of: "```yaml\n"))
        let close = try #require(afterName[open.upperBound...].range(of: "```\n"))
        let shown = String(afterName[open.upperBound..<close.lowerBound])
        let real = try String(contentsOf: Repository.root.appendingPathComponent(Self.file), encoding: .utf8)
        #expect(shown == real)
    }
}
