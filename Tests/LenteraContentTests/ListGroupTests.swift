import LenteraContent
import LenteraDomain
import LenteraTesting
import Testing

/// docs/content.md, "Lists": lines of text, a single text as a list of one, and groups
/// written as `{kelompok, butir}`.
@Suite struct ListGroupTests {
    func service(replacing: [String: String]) throws -> (ServiceStandard?, LoadedContent) {
        let loaded = try load(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(replacing: replacing)))
        return (loaded.content?.services.first, loaded)
    }

    @Test func groupsKeepTheirHeadingAndItemsInOrder() throws {
        let (service, loaded) = try service(replacing: ["sarana_prasarana": """
            sarana_prasarana:
              - kelompok: Sarana dan prasarana
                butir: [Ruang tunggu, Printer]
              - Buku tamu
              - kelompok: Fasilitas pendukung
                butir:
                  - Toilet
                  - Ruang ber-AC (area tanpa asap rokok)
            """])
        #expect(loaded.diagnostics == [])
        #expect(service?.list(.saranaPrasarana) == [
            .group(title: "Sarana dan prasarana", items: ["Ruang tunggu", "Printer"]),
            .text("Buku tamu"),
            .group(title: "Fasilitas pendukung", items: ["Toilet", "Ruang ber-AC (area tanpa asap rokok)"]),
        ])
    }

    @Test func aSingleTextIsAListOfOne() throws {
        let (service, loaded) = try service(replacing: ["produk": "produk: Surat keterangan domisili"])
        #expect(loaded.diagnostics == [])
        #expect(service?.list(.produk) == [.text("Surat keterangan domisili")])
    }

    @Test func aGroupWithoutItemsIsAnError() throws {
        let (_, loaded) = try service(replacing: ["sarana_prasarana": """
            sarana_prasarana:
              - kelompok: Sarana
            """])
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == ["content.missing-field"])
        #expect(errors.first?.summary.text(in: .en) == "`butir` is missing from the group `Sarana`")
    }

    @Test func aGroupWithAnUnknownKeyNamesTheKeyAndSuggestsTheRightOne() throws {
        let (_, loaded) = try service(replacing: ["sarana_prasarana": """
            sarana_prasarana:
              - kelompok: Sarana
                butr: [Ruang tunggu]
            """])
        let unknown = try #require(loaded.diagnostics("content.unknown-key").first)
        #expect(unknown.summary.text(in: .en) == "unknown field `butr` in a group in `sarana_prasarana`")
        #expect(unknown.advice?.text(in: .en) == "did you mean `butir`? the fields allowed here are: kelompok, butir")
    }
}
