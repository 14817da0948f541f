import LenteraContent
import LenteraDomain
import LenteraTesting
import Testing

/// docs/content.md, "Cost": free, or fees in Rupiah with their legal basis
/// (UU 25/2009 Pasal 31: a fee without a legal basis is a warning).
@Suite struct CostFieldTests {
    func load(biaya yaml: String) throws -> LoadedContent {
        try LenteraContentTests.load(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(replacing: ["biaya": yaml])))
    }

    @Test(arguments: ["biaya: Gratis", "biaya: gratis.", "biaya: Tidak dipungut biaya", "biaya: Rp0,-"])
    func wordsThatMeanFreeAreFree(yaml: String) throws {
        let loaded = try load(biaya: yaml)
        #expect(loaded.diagnostics == [])
        #expect(loaded.content?.services.first?.cost == .free)
    }

    @Test func tariffsWithTheirLegalBasisAreRead() throws {
        let loaded = try load(biaya: """
            biaya:
              tarif:
                - uraian: Legalisasi, per lembar
                  jumlah: 5000
                - uraian: Salinan akta
                  jumlah: Rp10.000
              dasar_hukum: Peraturan Daerah Kota Contoh Nomor 1 Tahun 2020 tentang Retribusi Jasa Umum
            """)
        #expect(loaded.diagnostics == [])
        #expect(loaded.content?.services.first?.cost == .fees(
            [Fee(description: "Legalisasi, per lembar", amount: Rupiah(5000)), Fee(description: "Salinan akta", amount: Rupiah(10000))],
            legalBasis: "Peraturan Daerah Kota Contoh Nomor 1 Tahun 2020 tentang Retribusi Jasa Umum"))
    }

    @Test func aTariffWithoutLegalBasisIsKeptWithAWarning() throws {
        let loaded = try load(biaya: "biaya:\n  tarif:\n    - uraian: Legalisasi\n      jumlah: 5000")
        #expect(loaded.content?.services.first?.cost == .fees([Fee(description: "Legalisasi", amount: Rupiah(5000))], legalBasis: nil))
        #expect(loaded.diagnostics.map(\.code) == ["service.fee-without-legal-basis"])
        #expect(loaded.diagnostics.first?.severity == .warning)
        #expect(loaded.diagnostics.first?.hint?.contains("dasar_hukum") == true)
    }

    @Test func aTextThatIsNotFreeIsAnErrorAndNotAlsoAMissingComponent() throws {
        let loaded = try load(biaya: "biaya: Murah")
        #expect(loaded.diagnostics.map(\.code) == ["service.invalid-cost"])
        #expect(loaded.diagnostics.first?.message == "`biaya` is neither free nor a list of tariffs: `Murah`")
    }

    @Test func anAmountThatIsNotDigitsIsAnError() throws {
        let loaded = try load(biaya: "biaya:\n  tarif:\n    - uraian: Legalisasi\n      jumlah: lima ribu\n  dasar_hukum: Perda 1/2020")
        // The amount is named, and the cost, left without any tariff, is refused as a whole.
        #expect(loaded.diagnostics.map(\.code) == ["service.invalid-amount", "service.invalid-cost"])
        #expect(loaded.diagnostics.first?.message == "`jumlah` must be an amount of Rupiah in digits, not `lima ribu`")
    }
}
