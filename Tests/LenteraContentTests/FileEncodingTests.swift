import Foundation
import LenteraContent
import LenteraTesting
import Testing

/// Files saved by Windows editors: a byte-order mark and CRLF line ends read the same as
/// plain UTF-8 with LF.
@Suite struct FileEncodingTests {
    @Test func aByteOrderMarkIsIgnored() throws {
        let portal = TestPortal()
            .with(TestPortal.portalFile, "\u{FEFF}" + TestPortal.portalYAML)
            .with(TestPortal.serviceFile, "\u{FEFF}" + SampleService.markdown())
        let loaded = try load(portal)
        #expect(loaded.diagnostics == [])
        #expect(loaded.content?.portal.title == "Portal Transparansi Uji")
        #expect(loaded.content?.services.first?.isComplete == true)
    }

    @Test func crlfLineEndsReadTheSameAsLF() throws {
        func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }
        let plain = try load(TestPortal())
        let windows = try load(TestPortal()
            .with(TestPortal.portalFile, crlf(TestPortal.portalYAML))
            .with(TestPortal.unitFile, crlf(TestPortal.unitMD))
            .with(TestPortal.maklumatFile, crlf(TestPortal.maklumatMD))
            .with(TestPortal.serviceFile, crlf(SampleService.markdown(body: "Baris satu.\nBaris dua."))))
        #expect(windows.diagnostics == [])
        #expect(windows.content?.units == plain.content?.units)
        #expect(windows.content?.maklumat == plain.content?.maklumat)
        let service = try #require(windows.content?.services.first)
        #expect(service.description == "Baris satu.\nBaris dua.")
        #expect(!(service.text(.jumlahPelaksana) ?? "").contains("\r"))
    }

    @Test func crlfLineNumbersStayRight() throws {
        let unit = "---\r\nnama: Dinas Contoh\r\njenis: dinas\r\ninstansi: kota-contoh\r\nwarna: biru\r\n---\r\n"
        let loaded = try load(TestPortal().with(TestPortal.unitFile, unit))
        #expect(loaded.diagnostics.map(\.location?.line) == [5])
    }

    @Test func aFileThatIsNotUTF8IsAnError() throws {
        let loaded = try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try TestPortal().write(to: content)
            // `nama: é` saved as ISO-8859-1: not UTF-8.
            try Data([0x2D, 0x2D, 0x2D, 0x0A, 0x6E, 0x61, 0x6D, 0x61, 0x3A, 0x20, 0xE9, 0x0A, 0x2D, 0x2D, 0x2D, 0x0A])
                .write(to: content.appendingPathComponent(TestPortal.unitFile))
            return ContentLoader(root: content, displayRoot: "content").load()
        }
        #expect(loaded.diagnostics.map(\.code) == ["content.not-utf8"])
    }
}
