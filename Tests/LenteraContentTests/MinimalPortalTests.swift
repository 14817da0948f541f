import LenteraContent
import LenteraDomain
import LenteraTesting
import Testing

/// The test-support portal everything else starts from is valid and complete.
@Suite struct MinimalPortalTests {
    @Test func theMinimalPortalLoadsWithoutAnyDiagnostic() throws {
        let loaded = try load(TestPortal())
        #expect(loaded.diagnostics == [])
        let content = try #require(loaded.content)
        #expect(content.portal.title == "Portal Transparansi Uji")
        #expect(content.portal.baseURL == "https://transparansi.contoh.go.id/")
        #expect(content.portal.instansi.map(\.slug) == ["kota-contoh"])
        #expect(content.units.map(\.slug) == ["dinas-contoh"])
        #expect(content.maklumat.map(\.unit) == ["dinas-contoh"])
        #expect(loaded.files == ["portal.yaml", TestPortal.maklumatFile, TestPortal.serviceFile, TestPortal.unitFile].sorted())
    }

    @Test func theSampleServiceStatesAllFourteenComponentsAndItsDecree() throws {
        let service = try #require(try load(TestPortal()).content?.services.first)
        #expect(service.slug == "layanan-contoh")
        #expect(service.unit == "dinas-contoh")
        #expect(service.isComplete)
        #expect(service.presentComponents.count == 14)
        #expect(service.enactment == Decree(number: "Peraturan Wali Kota Contoh Nomor 1 Tahun 2020",
                                            date: CalendarDate(year: 2020, month: 1, day: 2)))
        #expect(service.description == "Keterangan layanan contoh.")
        #expect(service.list(.prosedur) == [.text("Pemohon mengisi formulir"), .text("Petugas memeriksa berkas"), .text("Petugas menyerahkan surat")])
        #expect(service.text(.jumlahPelaksana) == "2 orang")
    }
}
