import Foundation
import LenteraDiagnostics
@testable import LenteraSite
import LenteraTesting
import Testing

/// Fields that name a file beside the content (a maklumat's signed scan, a decree's
/// document, a standard's poster, the portal's logo), and the unit's list of documents.
@Suite struct AttachmentFieldTests {
    static let pdf = AttachmentTests.pdf
    static let unitBerkas = AttachmentTests.unitBerkas
    static let unitPage = "unit/\(TestPortal.unit)/index.html"
    static let servicePage = "unit/\(TestPortal.unit)/layanan/\(TestPortal.service)/index.html"

    static func maklumat(scan: String) -> String {
        TestPortal.maklumatMD.replacingOccurrences(of: "tempat: Kota Contoh", with: "tempat: Kota Contoh\npindaian: \(scan)")
    }

    static func service(decreeFile: String? = nil, poster: String? = nil) -> String {
        var extra: [String] = []
        if let poster { extra.append("poster: \(poster)") }
        extra.append("ditetapkan:\n  nomor: Peraturan Wali Kota Contoh Nomor 1 Tahun 2020\n  tanggal: 2020-01-02" + (decreeFile.map { "\n  berkas: \($0)" } ?? ""))
        return SampleService.markdown(extra: extra.joined(separator: "\n"), enacted: false)
    }

    func diagnostics(_ portal: TestPortal) throws -> [String] {
        try withTemporaryFolder { folder in
            try portal.write(to: folder.appendingPathComponent("content"))
            var options = options(in: folder)
            options.displayContent = "content"
            return SiteBuilder.diagnostics(options).map { "\($0.location?.description ?? "-") [\($0.code)] \($0.summary.text(in: .en))" }
        }
    }

    @Test func theSignedScanIsLinkedFromTheMaklumatWithTypeAndSize() throws {
        let portal = TestPortal().with(TestPortal.maklumatFile, Self.maklumat(scan: "berkas/maklumat-ttd.pdf"))
            .with("\(Self.unitBerkas)/maklumat-ttd.pdf", bytes: Self.pdf)
        let site = try build(portal)
        let link = "<a href=\"../../../unit/\(TestPortal.unit)/berkas/maklumat-ttd.pdf\">Maklumat bertanda tangan (pindaian)</a> (PDF, \(Self.pdf.count) B)"
        #expect(try site.main("unit/\(TestPortal.unit)/maklumat/index.html").contains(link))
        #expect(try site.main(Self.unitPage).contains(link.replacingOccurrences(of: "../../../", with: "../../")))
    }

    @Test func theDecreeDocumentIsLinkedWhereItsNumberIsShown() throws {
        let portal = TestPortal().with(TestPortal.serviceFile, Self.service(decreeFile: "../berkas/sk-standar.pdf"))
            .with("\(Self.unitBerkas)/sk-standar.pdf", bytes: Self.pdf)
        let page = try build(portal).main(Self.servicePage)
        #expect(page.contains("Peraturan Wali Kota Contoh Nomor 1 Tahun 2020, tanggal 2 Januari 2020. <a href=\"../../../../unit/\(TestPortal.unit)/berkas/sk-standar.pdf\">Unduh keputusan</a> (PDF, \(Self.pdf.count) B)."))
    }

    @Test func thePosterIsShownWithItsSize() throws {
        let portal = TestPortal().with(TestPortal.serviceFile, Self.service(poster: "../berkas/poster.png"))
            .with("\(Self.unitBerkas)/poster.png", bytes: try AttachmentTests.fixture("poster-320x200.png"))
        let page = try build(portal).main(Self.servicePage)
        #expect(page.contains("<img src=\"../../../../unit/\(TestPortal.unit)/berkas/poster.png\" alt=\"Poster layanan Layanan Contoh\" width=\"320\" height=\"200\" loading=\"lazy\">"))
    }

    @Test func theLogoIsInTheHeaderAndIsTheFavicon() throws {
        let portal = TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML + "logo: berkas/logo.png\n")
            .with("berkas/logo.png", bytes: try AttachmentTests.fixture("poster-320x200.png"))
        let site = try build(portal)
        let home = try site.page("index.html")
        #expect(home.contains("<img class=\"logo\" src=\"berkas/logo.png\" width=\"320\" height=\"200\" alt=\"\"><span>Portal Transparansi Uji</span></a>"))
        #expect(home.contains("<link rel=\"icon\" href=\"berkas/logo.png\" type=\"image/png\">"))
        #expect(try site.page(Self.unitPage).contains("<link rel=\"icon\" href=\"../../berkas/logo.png\" type=\"image/png\">"))
    }

    @Test func withoutALogoTheThemesIconIsTheFavicon() throws {
        let site = try build(TestPortal())
        #expect(try site.page("index.html").contains("<link rel=\"icon\" href=\"assets/favicon.svg\" type=\"image/svg+xml\">"))
        #expect(try site.page(Self.unitPage).contains("<link rel=\"icon\" href=\"../../assets/favicon.svg\" type=\"image/svg+xml\">"))
        #expect(site.files["assets/favicon.svg"] != nil)
        #expect(try !site.page("index.html").contains("site-logo"))
    }

    @Test func theUnitPageListsItsDocumentsWithTypeAndSize() throws {
        var big = Self.pdf
        big.append(Data(repeating: 0x20, count: 240_000 - big.count))
        let portal = TestPortal().with("\(Self.unitBerkas)/sk-standar.pdf", bytes: big)
            .with("\(Self.unitBerkas)/poster.png", bytes: try AttachmentTests.fixture("poster-320x200.png"))
        let page = try build(portal).main(Self.unitPage)
        #expect(page.contains("<h2 id=\"dokumen\">Dokumen</h2>"))
        #expect(page.contains("<li><a href=\"../../unit/\(TestPortal.unit)/berkas/poster.png\">poster.png</a> <span class=\"file-label\">(PNG, 697 B)</span></li>"))
        #expect(page.contains("<li><a href=\"../../unit/\(TestPortal.unit)/berkas/sk-standar.pdf\">sk-standar.pdf</a> <span class=\"file-label\">(PDF, 240 KB)</span></li>"))
        #expect(try !build(TestPortal()).main(Self.unitPage).contains("id=\"dokumen\""))
    }

    @Test func aFieldNamingAMissingFileIsAnErrorAtTheField() throws {
        let portal = TestPortal().with(TestPortal.maklumatFile, Self.maklumat(scan: "berkas/maklumat-ttd.pdf"))
            .with(TestPortal.serviceFile, Self.service(decreeFile: "berkas/sk.pdf", poster: "../berkas/poster.png"))
            .with(TestPortal.portalFile, TestPortal.portalYAML + "logo: berkas/logo.png\n")
        #expect(try diagnostics(portal) == [
            "content/portal.yaml:6:7 [attachment.missing] the image `berkas/logo.png` does not exist, so it would show broken",
            "content/\(TestPortal.serviceFile):3:9 [attachment.missing] the image `../berkas/poster.png` does not exist, so it would show broken",
            // Relative to the standard's file: `layanan/berkas/sk.pdf` is not the unit's folder.
            "content/\(TestPortal.serviceFile):7:11 [attachment.missing] this link goes to the file `berkas/sk.pdf`, which does not exist",
            "content/\(TestPortal.maklumatFile):4:11 [attachment.missing] this link goes to the file `berkas/maklumat-ttd.pdf`, which does not exist",
        ])
    }

    @Test func aLogoThatIsADocumentIsAnError() throws {
        let portal = TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML + "logo: berkas/logo.pdf\n").with("berkas/logo.pdf", bytes: Self.pdf)
        #expect(try diagnostics(portal) == ["content/portal.yaml:6:7 [attachment.not-an-image] `berkas/logo.pdf` is a PDF document, not an image"])
    }
}
