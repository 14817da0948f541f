import Foundation
import LenteraDiagnostics
@testable import LenteraSite
import LenteraTesting
import Testing

/// Files beside the content (`berkas/`): published at stable addresses, linked from texts
/// by their path relative to the linking file, checked by type, content and size.
@Suite struct AttachmentTests {
    static let pdf = Data("%PDF-1.4\n% contoh\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".utf8)
    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: Repository.root.appendingPathComponent("Tests/Fixtures/images/\(name)"))
    }
    static let unitBerkas = "units/\(TestPortal.unit)/berkas"

    func unit(profile: String) -> TestPortal {
        TestPortal().with(TestPortal.unitFile, TestPortal.unitMarkdown("Dinas Contoh", instansi: TestPortal.instansi, profile: profile))
    }

    func diagnostics(_ portal: TestPortal) throws -> [String] {
        try withTemporaryFolder { folder in
            try portal.write(to: folder.appendingPathComponent("content"))
            var options = options(in: folder)
            options.displayContent = "content"
            return SiteBuilder.diagnostics(options).map {
                "\($0.location?.description ?? "-") \($0.severity == .error ? "error" : "warning") [\($0.code)] \($0.summary.text(in: .en))"
            }
        }
    }

    @Test func filesArePublishedUnderTheUnitsAndThePortalsAddress() throws {
        let portal = unit(profile: "Profil.")
            .with("\(Self.unitBerkas)/sk.pdf", bytes: Self.pdf)
            .with("\(Self.unitBerkas)/2024/surat keputusan.pdf", bytes: Self.pdf)
            .with("berkas/panduan.pdf", bytes: Self.pdf)
        let site = try build(portal)
        #expect(site.files["unit/\(TestPortal.unit)/berkas/sk.pdf"] == Self.pdf)
        #expect(site.files["unit/\(TestPortal.unit)/berkas/2024/surat keputusan.pdf"] == Self.pdf)
        #expect(site.files["berkas/panduan.pdf"] == Self.pdf)
    }

    @Test func aLinkRelativeToItsFileIsRewrittenToThePublishedAddress() throws {
        let portal = unit(profile: "Lihat [SK](berkas/sk.pdf#page=2) dan [surat](berkas/2024/surat%20keputusan.pdf).")
            .with("\(Self.unitBerkas)/sk.pdf", bytes: Self.pdf)
            .with("\(Self.unitBerkas)/2024/surat keputusan.pdf", bytes: Self.pdf)
            .with(TestPortal.serviceFile, SampleService.markdown(extra: "produk:\n  - Salinan [SK](../berkas/sk.pdf)", removing: ["produk"]))
            .with("pages/tentang.md", "---\njudul: Tentang\n---\n\nUnduh [panduan](../berkas/panduan.pdf).\n")
            .with("berkas/panduan.pdf", bytes: Self.pdf)
        let site = try build(portal)
        let unitPage = try site.main("unit/\(TestPortal.unit)/index.html")
        #expect(unitPage.contains("<a href=\"../../unit/\(TestPortal.unit)/berkas/sk.pdf#page=2\">SK</a>"))
        #expect(unitPage.contains("<a href=\"../../unit/\(TestPortal.unit)/berkas/2024/surat%20keputusan.pdf\">surat</a>"))
        let servicePage = try site.main("unit/\(TestPortal.unit)/layanan/\(TestPortal.service)/index.html")
        #expect(servicePage.contains("<a href=\"../../../../unit/\(TestPortal.unit)/berkas/sk.pdf\">SK</a>"))
        #expect(try site.main("tentang/index.html").contains("<a href=\"../berkas/panduan.pdf\">panduan</a>"))
    }

    /// Regression (issue 14): a Markdown image became an `<img>` whose file was never
    /// published. Now it is published and shown with its size, lazily but for the first.
    @Test func imagesGetTheirFileAndSize() throws {
        let portal = unit(profile: "![Poster layanan](berkas/poster.png)\n\n![Foto loket](berkas/foto.jpg)\n")
            .with("\(Self.unitBerkas)/poster.png", bytes: try Self.fixture("poster-320x200.png"))
            .with("\(Self.unitBerkas)/foto.jpg", bytes: try Self.fixture("foto-exif-64x48.jpg"))
        let site = try build(portal)
        let page = try site.main("unit/\(TestPortal.unit)/index.html")
        #expect(page.contains("<img src=\"../../unit/\(TestPortal.unit)/berkas/poster.png\" alt=\"Poster layanan\" width=\"320\" height=\"200\" />"))
        #expect(page.contains("<img src=\"../../unit/\(TestPortal.unit)/berkas/foto.jpg\" alt=\"Foto loket\" width=\"64\" height=\"48\" loading=\"lazy\" />"))
        #expect(site.files["unit/\(TestPortal.unit)/berkas/poster.png"] == (try Self.fixture("poster-320x200.png")))
    }

    /// A survey analysis links from its own folder (`survei/`).
    @Test func aSurveyAnalysisLinksFromItsFolder() throws {
        let portal = TestPortal().with("units/\(TestPortal.unit)/survei/skm-2024-Q1.yaml", SampleSurvey.skm())
            .with("units/\(TestPortal.unit)/survei/skm-2024-Q1.md", "## Analisis\n\nLihat [laporan lengkap](../berkas/laporan-skm.pdf).\n")
            .with("\(Self.unitBerkas)/laporan-skm.pdf", bytes: Self.pdf)
        #expect(try diagnostics(portal) == [])
        let page = try build(portal).main("unit/\(TestPortal.unit)/index.html")
        #expect(page.contains("<a href=\"../../unit/\(TestPortal.unit)/berkas/laporan-skm.pdf\">laporan lengkap</a>"))
    }

    @Test func aMissingFileIsAnErrorAtTheLinksLineAndColumn() throws {
        let portal = unit(profile: "Profil.\n\nUnduh [SK](berkas/sk-lama.pdf) di sini.\n")
            .with("\(Self.unitBerkas)/sk.pdf", bytes: Self.pdf)
        #expect(try diagnostics(portal) == [
            "content/\(TestPortal.unitFile):9:12 error [attachment.missing] this link goes to the file `berkas/sk-lama.pdf`, which does not exist",
        ])
    }

    @Test func aMissingImageInAServiceIsAnError() throws {
        let portal = TestPortal().with(TestPortal.serviceFile, SampleService.markdown(extra: "produk:\n  - \"![Contoh](../berkas/contoh.png)\"", removing: ["produk"]))
        let found = try diagnostics(portal)
        #expect(found == ["content/\(TestPortal.serviceFile):4:5 error [attachment.missing] the image `../berkas/contoh.png` does not exist, so it would show broken"])
    }

    @Test func aDocumentLargerThanTheLimitIsAWarningAndStillPublished() throws {
        var big = Self.pdf
        big.append(Data(repeating: 0x20, count: 5_000_001 - big.count))
        let portal = TestPortal().with("\(Self.unitBerkas)/pindaian.pdf", bytes: big)
        #expect(try diagnostics(portal) == [
            "content/\(Self.unitBerkas)/pindaian.pdf warning [attachment.too-large] the file `pindaian.pdf` is 5 MB, more than 5 MB for a document; citizens on a phone over a slow connection wait long to download it",
        ])
        let site = try build(portal)
        #expect(site.files["unit/\(TestPortal.unit)/berkas/pindaian.pdf"]?.count == 5_000_001)
    }

    @Test func anImageLargerThanTheLimitIsAWarning() throws {
        var big = try Self.fixture("poster-320x200.png")
        big.append(Data(repeating: 0, count: 1_000_001 - big.count))
        let found = try diagnostics(TestPortal().with("berkas/besar.png", bytes: big))
        #expect(found == ["content/berkas/besar.png warning [attachment.too-large] the image `besar.png` is 1 MB, more than 1 MB for an image; a page that shows it becomes slow on a phone"])
    }

    @Test func aFileWhoseBytesAreNotItsTypeIsAnError() throws {
        let portal = TestPortal()
            .with("\(Self.unitBerkas)/sk.pdf", "<html><script>alert(1)</script></html>")
            .with("\(Self.unitBerkas)/foto.png", bytes: try Self.fixture("foto-64x48.jpg"))
            .with("\(Self.unitBerkas)/tabel.ods", bytes: Data("PK\u{3}\u{4}bukan opendocument".utf8))
        #expect(try diagnostics(portal) == [
            "content/\(Self.unitBerkas)/foto.png error [attachment.wrong-content] the file `foto.png` does not hold PNG data, although its extension says PNG",
            "content/\(Self.unitBerkas)/sk.pdf error [attachment.wrong-content] the file `sk.pdf` does not hold PDF data, although its extension says PDF",
            "content/\(Self.unitBerkas)/tabel.ods error [attachment.wrong-content] the file `tabel.ods` does not hold ODS data, although its extension says ODS",
        ])
    }

    @Test func aTypeNotAllowedIsAnErrorThatSaysWhichAre() throws {
        let portal = TestPortal()
            .with("berkas/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
            .with("berkas/pasang.exe", "MZ")
        let found = try withTemporaryFolder { folder in
            try portal.write(to: folder.appendingPathComponent("content"))
            var options = options(in: folder)
            options.displayContent = "content"
            return SiteBuilder.diagnostics(options)
        }
        #expect(found.map(\.code) == ["attachment.type-not-allowed", "attachment.type-not-allowed"])
        #expect(found.map { $0.location?.description } == ["content/berkas/logo.svg", "content/berkas/pasang.exe"])
        #expect(found[0].advice?.text(in: .id).contains("SVG dapat memuat skrip") == true)
        #expect(found[1].advice?.text(in: .en).contains("`.pdf`, `.png`, `.jpg`, `.jpeg`, `.webp`, `.gif`, `.odt`, `.ods`, `.docx`, `.xlsx`") == true)
    }

    /// Regression: a refused file named by the logo setting or linked from a text was also
    /// reported "missing" — a second error saying something false (the file is there) and
    /// hiding the first one's advice. Only the refusal is reported.
    @Test func aRefusedFileIsNotReportedMissingWhereItIsNamed() throws {
        let portal = unit(profile: "Lihat [bagan](berkas/bagan.svg) dan [SK](berkas/sk.pdf).")
            .with(TestPortal.portalFile, TestPortal.portalYAML + "logo: berkas/logo.svg\n")
            .with("berkas/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
            .with("\(Self.unitBerkas)/bagan.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
            .with("\(Self.unitBerkas)/sk.pdf", "<html>bukan PDF</html>")
        #expect(try diagnostics(portal).map { $0.split(separator: " ").prefix(3).joined(separator: " ") } == [
            "content/berkas/logo.svg error [attachment.type-not-allowed]",
            "content/\(Self.unitBerkas)/bagan.svg error [attachment.type-not-allowed]",
            "content/\(Self.unitBerkas)/sk.pdf error [attachment.wrong-content]",
        ])
    }

    @Test func aLinkLeadingOutOfTheContentFolderIsRefused() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try TestPortal().write(to: content)
            let secret = folder.appendingPathComponent("rahasia.pdf")
            try Self.pdf.write(to: secret)
            try FileManager.default.createDirectory(at: content.appendingPathComponent(Self.unitBerkas), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: content.appendingPathComponent("\(Self.unitBerkas)/sk.pdf"), withDestinationURL: secret)
            var options = options(in: folder)
            options.displayContent = "content"
            let report = SiteBuilder.build(options)
            #expect(!report.succeeded)
            #expect(report.diagnostics.map(\.code) == ["content.symlink-outside"])
            #expect(report.diagnostics.first?.location?.description == "content/\(Self.unitBerkas)/sk.pdf")
        }
    }

    @Test func anImageWithoutAltTextIsAWarning() throws {
        let portal = unit(profile: "![](berkas/poster.png)\n")
            .with("\(Self.unitBerkas)/poster.png", bytes: try Self.fixture("poster-320x200.png"))
        #expect(try diagnostics(portal) == [
            "content/\(TestPortal.unitFile):7:5 warning [content.image-no-alt] the image `berkas/poster.png` has no alternative text, so a screen reader cannot tell what it shows",
        ])
    }

    @Test func aDocumentShownAsAnImageIsAnError() throws {
        let portal = unit(profile: "![SK](berkas/sk.pdf)\n").with("\(Self.unitBerkas)/sk.pdf", bytes: Self.pdf)
        #expect(try diagnostics(portal) == [
            "content/\(TestPortal.unitFile):7:7 error [attachment.not-an-image] `berkas/sk.pdf` is a PDF document, not an image, so it cannot be shown with `![…](…)`",
        ])
    }

    /// A rebuild keeps an unchanged file of the spare as it was, and writes a changed one.
    @Test func anUnchangedFileIsKeptInTheSpare() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try TestPortal().with("berkas/panduan.pdf", bytes: Self.pdf).write(to: content)
            let first = SiteBuilder.build(options(in: folder))
            #expect(first.succeeded)
            _ = buildDoingTheWork(in: folder)
            let third = buildDoingTheWork(in: folder)
            #expect(third.incremental)
            #expect(third.filesChanged == 0)
            var changed = Self.pdf
            changed.append(Data("% versi 2\n".utf8))
            try changed.write(to: content.appendingPathComponent("berkas/panduan.pdf"))
            let fourth = SiteBuilder.build(options(in: folder))
            #expect(fourth.filesChanged == 1)
            #expect(try Data(contentsOf: folder.appendingPathComponent("public/berkas/panduan.pdf")) == changed)
        }
    }
}
