import Foundation
import LenteraDiagnostics
@testable import LenteraSite
import LenteraTesting
import Testing

/// A Markdown link or image to a page or file the site does not have is an error at the
/// line of the link (`LinkCheck`); links to pages that exist, external addresses and
/// anchors pass.
@Suite struct BrokenLinkTests {
    func diagnostics(_ portal: TestPortal) throws -> [Diagnostic] {
        try withTemporaryFolder { folder in
            try portal.write(to: folder.appendingPathComponent("content"))
            var options = options(in: folder)
            options.displayContent = "content"
            return SiteBuilder.diagnostics(options)
        }
    }

    func lines(_ found: [Diagnostic]) -> [String] {
        found.map { "\($0.location?.description ?? "-") [\($0.code)] \($0.summary.text(in: .en)) | \($0.advice?.text(in: .en) ?? "")" }
    }

    @Test func linksToPagesThatExistAndExternalOnesPass() throws {
        let profile = """
            Lihat [dasbor](../../dasbor/), [semua layanan](../../layanan/), [layanan ini](layanan/\(TestPortal.service)/),
            [maklumat](maklumat/), [beranda](../../), [dari akar](/dasbor/), [data](../../data/survei.csv),
            [LAPOR!](https://www.lapor.go.id), [surel](mailto:a@contoh.go.id) dan [bagian ini](#kontak).
            """
        let portal = TestPortal().with(TestPortal.unitFile, TestPortal.unitMarkdown("Dinas Contoh", instansi: TestPortal.instansi, profile: profile))
        #expect(try diagnostics(portal) == [])
    }

    @Test func aLinkToAPageThatDoesNotExist() throws {
        let profile = "Profil.\n\nLihat [dasbor](../../dasbr/).\n"
        let portal = TestPortal().with(TestPortal.unitFile, TestPortal.unitMarkdown("Dinas Contoh", instansi: TestPortal.instansi, profile: profile))
        let found = try diagnostics(portal)
        #expect(lines(found) == ["content/\(TestPortal.unitFile):9:16 [content.broken-link] this link goes to `../../dasbr/`, which is no page or file of this site | did you mean `../../dasbor/`?"])
        #expect(found.first?.severity == .error)
        #expect(found.first?.summary.text(in: .id) == "tautan ini menuju `../../dasbr/`, yang bukan halaman atau berkas situs ini")
        #expect(found.first?.advice?.text(in: .id) == "maksud Anda `../../dasbor/`?")
    }

    /// An image in a free page that is neither a page nor a file of a `berkas/` folder.
    @Test func anImageThatDoesNotExist() throws {
        let portal = TestPortal().with("pages/tentang.md", "---\njudul: Tentang\n---\n\nTeks.\n\n![Kantor](gambar/kantor.jpg)\n")
        let found = try diagnostics(portal)
        #expect(lines(found) == ["content/pages/tentang.md:7:11 [content.broken-link] the image `gambar/kantor.jpg` is no file of this site, so it would show broken | put the image into the unit's or the portal's `berkas/` folder and link it relative to this content file (e.g. `berkas/poster.png` in `unit.md`), or give its full `https://…` address"])
        #expect(found.first?.summary.text(in: .id) == "gambar `gambar/kantor.jpg` bukan berkas situs ini, sehingga akan tampil rusak")
    }

    /// A link in a list item of a service standard, at the item's line and column.
    @Test func aLinkInAServiceListItem() throws {
        let service = SampleService.markdown(extra: "produk:\n  - Lihat [layanan lain](../layanan-kontoh/)", removing: ["produk"])
        let found = try diagnostics(TestPortal().with(TestPortal.serviceFile, service))
        #expect(lines(found) == ["content/\(TestPortal.serviceFile):4:5 [content.broken-link] this link goes to `../layanan-kontoh/`, which is no page or file of this site | did you mean `../layanan-contoh/`?"])
    }

    @Test func resolvingAgainstThePage() {
        #expect(LinkCheck.resolve("../../dasbor/", from: "unit/x/")?.path == "dasbor/")
        #expect(LinkCheck.resolve("layanan/y/#biaya", from: "unit/x/")?.path == "unit/x/layanan/y/")
        #expect(LinkCheck.resolve("../../../luar/", from: "unit/x/")?.outside == true)
        #expect(LinkCheck.resolve("https://contoh.go.id/x", from: "unit/x/") == nil)
        #expect(LinkCheck.resolve("#kontak", from: "unit/x/") == nil)
        #expect(LinkCheck.relative(from: "unit/x/layanan/a/", to: "unit/x/layanan/b/") == "../b/")
        #expect(LinkCheck.relative(from: "tentang/", to: "dasbor/") == "../dasbor/")
    }
}
