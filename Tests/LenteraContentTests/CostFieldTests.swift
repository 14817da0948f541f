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
        #expect(loaded.diagnostics.first?.advice?.text(in: .en).contains("dasar_hukum") == true)
    }

    @Test func aTextThatIsNotFreeIsAnErrorAndNotAlsoAMissingComponent() throws {
        let loaded = try load(biaya: "biaya: Murah")
        #expect(loaded.diagnostics.map(\.code) == ["service.invalid-cost"])
        #expect(loaded.diagnostics.first?.summary.text(in: .en) == "`biaya` is neither free nor a list of tariffs: `Murah`")
    }

    @Test func anAmountThatIsNotDigitsIsAnError() throws {
        let loaded = try load(biaya: "biaya:\n  tarif:\n    - uraian: Legalisasi\n      jumlah: lima ribu\n  dasar_hukum: Perda 1/2020")
        // The amount is named once; the cost is refused as a whole, without a second message.
        #expect(loaded.diagnostics.map(\.code) == ["service.invalid-amount"])
        #expect(loaded.diagnostics.first?.summary.text(in: .en) == "`jumlah` must be whole Rupiah, written `5000` or `5.000`, not `lima ribu`")
        #expect(loaded.content?.services.first?.cost == nil)
    }

    /// Indonesian writes thousands with full stops: `50.000` is fifty thousand.
    @Test(arguments: [("5000", 5000), ("50.000", 50_000), ("1.500.000", 1_500_000), ("Rp5.000", 5000), ("Rp 5.000,-", 5000),
                      ("Rp. 25.000", 25_000), ("15.000,00", 15_000), ("0", 0), ("1.000.000.000.000", 1_000_000_000_000)])
    func rupiahAsIndonesianWritesIt(written: String, amount: Int) throws {
        let loaded = try load(biaya: "biaya:\n  tarif:\n    - uraian: Legalisasi\n      jumlah: \(written)\n  dasar_hukum: Perda 1/2020")
        #expect(loaded.diagnostics.filter { $0.severity == .error } == [])
        #expect(loaded.content?.services.first?.cost == .fees([Fee(description: "Legalisasi", amount: Rupiah(amount))], legalBasis: "Perda 1/2020"))
    }

    /// Regression: `5000.5` was published as Rp50.005, and `2.5` as Rp25.
    @Test(arguments: [("5000.5", "service.invalid-amount"), ("2.5", "service.invalid-amount"), ("1,500", "service.invalid-amount"),
                      ("50.00", "service.invalid-amount"), ("1.500,75", "service.invalid-amount"), ("-5000", "content.out-of-range"),
                      ("Rp-5.000", "content.out-of-range"), ("1.000.000.000.001", "content.out-of-range"),
                      ("99999999999999999999999", "content.out-of-range"), ("5 000", "service.invalid-amount"),
                      ("0.500", "service.invalid-amount"), ("1,500", "service.invalid-amount"), ("15,000", "service.invalid-amount")])
    func amountsThatAreNotWholeRupiahAreErrors(written: String, code: String) throws {
        let loaded = try load(biaya: "biaya:\n  tarif:\n    - uraian: Legalisasi\n      jumlah: \(written)\n  dasar_hukum: Perda 1/2020")
        #expect(loaded.diagnostics.map(\.code) == [code])
        #expect(loaded.diagnostics.first?.location?.line != nil)
        #expect(loaded.content?.services.first?.cost == nil)
    }

    @Test func anOutOfRangeAmountSaysTheValueAndTheRange() throws {
        let loaded = try load(biaya: "biaya:\n  tarif:\n    - uraian: Legalisasi\n      jumlah: -5000\n  dasar_hukum: Perda 1/2020")
        #expect(loaded.diagnostics.first?.summary.text(in: .en) == "`jumlah` is -5000, outside the allowed range 0–1.000.000.000.000")
    }

    func loadJSON(jumlah: String) throws -> LoadedContent {
        let json = MarkdownAndJSONTests.json.replacingOccurrences(of: "\"jumlah\": 5000", with: "\"jumlah\": \(jumlah)")
        #expect(json != MarkdownAndJSONTests.json)
        return try LenteraContentTests.load(TestPortal().without(TestPortal.serviceFile)
            .with(TestPortal.servicePath("legalisasi", extension: "json"), json))
    }

    /// Regression: JSON `1500.75` was accepted; in JSON `5.000` is the number five.
    @Test(arguments: ["1500.75", "5.000", "1e3"])
    func aJSONNumberWithADecimalPointIsNotRupiah(number: String) throws {
        let loaded = try loadJSON(jumlah: number)
        #expect(loaded.diagnostics.map(\.code) == ["service.invalid-amount"])
        #expect(loaded.diagnostics.first?.summary.text(in: .en) == "`jumlah` must be whole Rupiah, not the JSON number `\(number)`")
    }

    @Test func aJSONTextAmountIsReadAsIndonesianWritesIt() throws {
        let loaded = try loadJSON(jumlah: "\"5.000\"")
        #expect(loaded.diagnostics == [])
        #expect(loaded.content?.services.first?.cost == .fees([Fee(description: "Legalisasi, per lembar", amount: Rupiah(5000))],
                                                              legalBasis: "Peraturan Daerah Kota Contoh Nomor 1 Tahun 2020"))
    }
}
