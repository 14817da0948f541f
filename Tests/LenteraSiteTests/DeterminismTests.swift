import Foundation
import LenteraTesting
import Testing

/// The same content builds to the same bytes, file for file, whatever the order the
/// concurrent renderers finish in.
@Suite struct DeterminismTests {
    static let portal: TestPortal = {
        var portal = HomePageTests.portal
            .with("pages/tentang.md", "---\njudul: Tentang\n---\n\nTentang portal ini.\n")
            .with(TestPortal.servicePath("legalisasi"), ServicePageTests.feeService)
        for index in 1...30 {
            portal = portal.with(TestPortal.servicePath("layanan-\(index)", unit: "bagian-umum"),
                                 SampleService.markdown(name: "Layanan \(index)", replacing: ["jangka_waktu": "jangka_waktu: \(index) hari kerja"]))
        }
        return portal
    }()

    @Test func twoBuildsAreByteIdentical() throws {
        let first = try build(Self.portal)
        let second = try build(Self.portal)
        #expect(first.files.count == second.files.count)
        #expect(first.files.keys.sorted() == second.files.keys.sorted())
        for (path, data) in first.files {
            #expect(second.files[path] == data, "\(path) differs between two builds")
        }
        #expect(first.files.count > 40)
    }
}
