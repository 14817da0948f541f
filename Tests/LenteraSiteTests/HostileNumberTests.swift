import Foundation
import LenteraDiagnostics
import LenteraRender
import LenteraSite
import LenteraTesting
import Testing

/// Regressions of issue 11: numbers that crashed a build (a trap in a sum, a product or a
/// conversion) or were published changed, and links that put script on a page. Each case
/// is a whole portal built to the end: the build must fail with one positioned error that
/// names the value and the allowed range, and write nothing.
@Suite struct HostileNumberTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let path: String
        let text: String
        let code: String
        let line: Int
        let message: String
        var testDescription: String { name }
    }

    static let unitFolder = "units/\(TestPortal.unit)"

    static func survey(_ counts: String, profile: String = "{ Laki-laki: 4, Perempuan: 6 }") -> String {
        SampleSurvey.skm(u1: counts, profile: profile)
    }

    static func sop(time: String) -> String {
        """
        judul: SOP Contoh
        penetapan: { nomor: Keputusan Kepala Dinas Nomor 1 Tahun 2023, tanggal: 2023-01-02, oleh: Kepala Dinas }
        pelaksana: [Kepala Dinas, Staf]
        langkah:
          - { kegiatan: Memeriksa berkas, pelaksana: Staf, waktu: 10 menit }
          - kegiatan: Menandatangani
            pelaksana: Kepala Dinas
            waktu: \(time)

        """
    }

    static func indicators(realisation: String, target: String = "100") -> String {
        """
        periode: 2026-S1
        indikator:
          - kode: IK-1
            indikator: Penyelesaian perekaman KTP-el
            target: \(target)
            satuan: "%"
            realisasi: \(realisation)

        """
    }

    static func zonaIntegritas(population: String = "12", year: String = "2023", level: String = "3") -> String {
        """
        jumlah_unit: \(population)
        usulan:
          - tahun: \(year)
            unit: [\(TestPortal.unit)]
        kapabilitas_apip:
          - { tahun: 2024, level: \(level) }

        """
    }

    static func service(_ key: String, _ yaml: String) -> String {
        SampleService.markdown(replacing: [key: yaml])
    }

    static let huge = "9223372036854775807"

    static let cases: [Case] = [
        Case(name: "an answer count near Int.max (sum overflowed)", path: "\(unitFolder)/survei/skm-2024-Q1.yaml",
             text: survey("[\(huge), 1, 4, 5]"), code: "content.out-of-range", line: 5,
             message: "`U1` is \(huge), outside the allowed range 0–100.000.000"),
        Case(name: "a profile count near Int.max (sum overflowed)", path: "\(unitFolder)/survei/skm-2024-Q1.yaml",
             text: survey("[0, 1, 4, 5]", profile: "{ Laki-laki: \(huge), Perempuan: 6 }"), code: "content.out-of-range", line: 15,
             message: "`jenis_kelamin.Laki-laki` is \(huge), outside the allowed range 0–100.000.000"),
        Case(name: "an answer count beyond 64 bits", path: "\(unitFolder)/survei/skm-2024-Q1.yaml",
             text: survey("[99999999999999999999999, 1, 4, 5]"), code: "content.out-of-range", line: 5,
             message: "`U1` is 99999999999999999999999, outside the allowed range 0–100.000.000"),
        Case(name: "an SOP step of Int.max hours (the total trapped)", path: "\(unitFolder)/sop/sop-contoh.yaml",
             text: sop(time: "\(huge) jam"), code: "sop.time-out-of-range", line: 8,
             message: "the time of step 2: `\(huge) jam` is outside the allowed range: more than 0 and at most 75.000 jam"),
        Case(name: "an SOP step of minus three hours (added as three)", path: "\(unitFolder)/sop/sop-contoh.yaml",
             text: sop(time: "-3 jam"), code: "sop.time-out-of-range", line: 8,
             message: "the time of step 2: `-3 jam` is outside the allowed range: more than 0 and at most 75.000 jam"),
        Case(name: "an indicator realised 1e308 (the completion trapped)", path: "\(unitFolder)/kinerja/2026-S1.yaml",
             text: indicators(realisation: "1e308"), code: "content.out-of-range", line: 7,
             message: "`realisasi` is 1e308, outside the allowed range 0–1.000.000.000.000.000"),
        Case(name: "an indicator realised 1e309 (infinity)", path: "\(unitFolder)/kinerja/2026-S1.yaml",
             text: indicators(realisation: "1e309"), code: "content.out-of-range", line: 7,
             message: "`realisasi` is 1e309, outside the allowed range 0–1.000.000.000.000.000"),
        Case(name: "jumlah_unit near Int.max (the 30% product overflowed)", path: "zona-integritas/\(TestPortal.instansi).yaml",
             text: zonaIntegritas(population: "9223372036854775806"), code: "content.out-of-range", line: 1,
             message: "`jumlah_unit` is 9223372036854775806, outside the allowed range 1–1.000.000"),
        Case(name: "a proposal year of 2^62 (the renderer allocated exabytes)", path: "zona-integritas/\(TestPortal.instansi).yaml",
             text: zonaIntegritas(year: "4611686018427387904"), code: "content.out-of-range", line: 3,
             message: "`tahun` is 4611686018427387904, outside the allowed range 1900–2100"),
        Case(name: "a target so small the completion overflowed", path: "\(unitFolder)/kinerja/2026-S1.yaml",
             text: indicators(realisation: "1", target: "0.00000000000000001"), code: "content.out-of-range", line: 5,
             message: "`target` is 0.00000000000000001, outside the allowed range 0.001–1.000.000.000.000.000"),
        Case(name: "a target of 1e400 (infinity)", path: "\(unitFolder)/kinerja/2026-S1.yaml",
             text: indicators(realisation: "1", target: "1e400"), code: "content.out-of-range", line: 5,
             message: "`target` is 1e400, outside the allowed range 0.001–1.000.000.000.000.000"),
        Case(name: "a target written with Indonesian thousands", path: "\(unitFolder)/kinerja/2026-S1.yaml",
             text: indicators(realisation: "1", target: "1.500"), code: "content.ambiguous-number", line: 5,
             message: "`target: 1.500` can be read two ways: 1500 (full stops between thousands) or 1,500 (a decimal point)"),
        Case(name: "a realisation of nan", path: "\(unitFolder)/kinerja/2026-S1.yaml",
             text: indicators(realisation: ".nan"), code: "content.expected-number", line: 7,
             message: "`realisasi` must be a number, not `.nan`"),
        Case(name: "a hexadecimal target (was read as 16)", path: "\(unitFolder)/kinerja/2026-S1.yaml",
             text: indicators(realisation: "1", target: "0x10"), code: "performance.invalid-target", line: 5,
             message: "`target` must be a number greater than zero, not `0x10`"),
        Case(name: "a hexadecimal realisation", path: "\(unitFolder)/kinerja/2026-S1.yaml",
             text: indicators(realisation: "0x10"), code: "content.expected-number", line: 7,
             message: "`realisasi` must be a number, not `0x10`"),
        Case(name: "respondents beyond 64 bits", path: "\(unitFolder)/survei/skm-2024-Q1.yaml",
             text: survey("[0, 1, 4, 5]").replacingOccurrences(of: "responden: 10", with: "responden: 99999999999999999999"),
             code: "content.out-of-range", line: 3, message: "`responden` is 99999999999999999999, outside the allowed range 1–100.000.000"),
        Case(name: "jumlah_unit beyond 64 bits", path: "zona-integritas/\(TestPortal.instansi).yaml",
             text: zonaIntegritas(population: "99999999999999999999"), code: "content.out-of-range", line: 1,
             message: "`jumlah_unit` is 99999999999999999999, outside the allowed range 1–1.000.000"),
        Case(name: "an IACM level beyond 64 bits", path: "zona-integritas/\(TestPortal.instansi).yaml",
             text: zonaIntegritas(level: "99999999999999999999"), code: "content.out-of-range", line: 6,
             message: "`level` is 99999999999999999999, outside the allowed range 1–5"),
        Case(name: "a duration of 400 digits (infinity)", path: TestPortal.serviceFile,
             text: service("jangka_waktu", "jangka_waktu: 1" + String(repeating: "0", count: 400) + " hari"), code: "service.duration-out-of-range",
             line: 13, message: "the completion time `1" + String(repeating: "0", count: 400) + " hari` is outside the allowed range: more than 0 and at most 10.000 hari"),
        Case(name: "an element nobody answered (the result vanished from every figure)", path: "\(unitFolder)/survei/skm-2024-Q1.yaml",
             text: survey("[0, 0, 0, 0]"), code: "survey.no-answers", line: 5, message: "`U1` has no answers: every count is 0"),
        Case(name: "a YAML alias bomb (a 4 KB file expanded to a 94 MB page)", path: TestPortal.serviceFile,
             text: service("persyaratan", "persyaratan:\n  - &t \"lol lol lol lol lol lol lol lol\"\n" + String(repeating: "  - [" + Array(repeating: "*t", count: 300).joined(separator: ", ") + "]\n", count: 300)),
             code: "yaml.anchor", line: 7, message: "the value here is repeated elsewhere by a YAML alias (`&name` … `*name`); content files take no anchors and aliases"),
        Case(name: "a NUL byte in the middle of a file", path: "\(unitFolder)/kinerja/2026-S1.yaml",
             text: indicators(realisation: "96\u{0}4"), code: "content.control-character", line: 7,
             message: "the file holds a control character (0x0) here, which text never contains"),
        Case(name: "a duration of minus five days", path: TestPortal.serviceFile,
             text: service("jangka_waktu", "jangka_waktu:\n  teks: Lima hari kerja\n  durasi: -5 hari"), code: "service.duration-out-of-range",
             line: 15, message: "the completion time `-5 hari` is outside the allowed range: more than 0 and at most 10.000 hari"),
        Case(name: "a duration beyond 64 bits", path: TestPortal.serviceFile,
             text: service("jangka_waktu", "jangka_waktu: 99999999999999999999999 hari kerja"), code: "service.duration-out-of-range",
             line: 13, message: "the completion time `99999999999999999999999 hari` is outside the allowed range: more than 0 and at most 10.000 hari"),
        Case(name: "a fee of 5000.5 (published as Rp50.005)", path: TestPortal.serviceFile,
             text: service("biaya", "biaya:\n  tarif:\n    - uraian: Legalisasi\n      jumlah: 5000.5\n  dasar_hukum: Perda 1/2020"),
             code: "service.invalid-amount", line: 17,
             message: "`jumlah` must be whole Rupiah, written `5000` or `5.000`, not `5000.5`"),
        Case(name: "a decree date in the year 9999", path: TestPortal.serviceFile,
             text: SampleService.markdown().replacingOccurrences(of: "tanggal: 2020-01-02", with: "tanggal: 9999-01-02"),
             code: "content.out-of-range", line: 5, message: "`tanggal` is 9999-01-02, outside the allowed range 1900–2100"),
        Case(name: "a javascript: complaint channel (live in every footer)", path: TestPortal.portalFile,
             text: TestPortal.portalYAML + "kanal_pengaduan:\n  - nama: Aduan\n    url: \"javascript:alert(document.cookie)\"\n",
             code: "content.invalid-url", line: 8,
             message: "`url` is not a usable link: links starting with `javascript:` are not allowed here, only `https://`, `http://`, `mailto:`, `tel:`"),
        Case(name: "a javascript: website of a unit", path: TestPortal.unitFile,
             text: TestPortal.unitMarkdown("Dinas Contoh", instansi: TestPortal.instansi, extra: "situs: JavaScript:alert(1)"),
             code: "content.invalid-url", line: 5,
             message: "`situs` is not a usable link: links starting with `JavaScript:` are not allowed here, only `https://`, `http://`"),
        Case(name: "a data: decree link", path: TestPortal.serviceFile,
             text: SampleService.markdown().replacingOccurrences(of: "tanggal: 2020-01-02", with: "tanggal: 2020-01-02\n  url: \"data:text/html,<script>alert(1)</script>\""),
             code: "content.invalid-url", line: 6,
             message: "`url` is not a usable link: links starting with `data:` are not allowed here, only `https://`, `http://`"),
    ]

    @Test(arguments: cases)
    func refusedWithAPositionedErrorAndNothingWritten(_ hostile: Case) throws {
        try withTemporaryFolder { folder in
            try TestPortal().with(hostile.path, hostile.text).write(to: folder.appendingPathComponent("content"))
            let report = SiteBuilder.build(options(in: folder))
            #expect(!report.succeeded)
            let errors = report.diagnostics.filter { $0.severity == .error }
            #expect(errors.count == 1, "\(errors.map(\.formatted))")
            #expect(errors.first?.code == hostile.code)
            #expect(errors.first?.location?.file.hasSuffix(hostile.path) == true)
            #expect(errors.first?.location?.line == hostile.line)
            #expect(errors.first?.summary.text(in: .en) == hostile.message)   // the cases are written in English
            #expect(errors.first?.hint?.isEmpty == false)
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("public").path))
        }
    }
}

/// Regression (issue 11): open-data CSV cells that start with `=`, `+`, `-` or `@` were
/// written as they are, so a spreadsheet ran them as formulas.
@Suite struct CSVFormulaTests {
    @Test func textCellsThatAFormulaWouldStartGetAnApostropheAndNumbersStayNumeric() throws {
        let unit = TestPortal.unitMarkdown("=HYPERLINK(\"https://contoh.invalid\",\"Klik\")", instansi: TestPortal.instansi)
        let sop = HostileNumberTests.sop(time: "1 jam").replacingOccurrences(of: "judul: SOP Contoh", with: "judul: \"+cmd|' /C calc'!A0\"")
            .replacingOccurrences(of: "Keputusan Kepala Dinas Nomor 1 Tahun 2023", with: "\"@SUM(1+1)\"")
        let site = try build(TestPortal().with(TestPortal.unitFile, unit).with("\(HostileNumberTests.unitFolder)/sop/sop-contoh.yaml", sop))
        let csv = try site.page("data/sop-durasi.csv")
        let row = try #require(csv.components(separatedBy: "\r\n").dropFirst().first)
        #expect(row == "kota-contoh,dinas-contoh,\"'=HYPERLINK(\"\"https://contoh.invalid\"\",\"\"Klik\"\")\",sop-contoh,'+cmd|' /C calc'!A0,2,0,0.00,0.00,0.00,70.0,70.0,1 jam 10 menit,0.1556,,,Kelengkapan; Waktu; Output,,,'@SUM(1+1),2023-01-02")
        // The JSON keeps every text as written.
        let json = try site.page("data/sop-durasi.json")
        #expect(json.contains("\"judul\": \"+cmd|' /C calc'!A0\""))
        #expect(json.contains("\"nama_unit\": \"=HYPERLINK(\\\"https://contoh.invalid\\\",\\\"Klik\\\")\""))
    }

    @Test(arguments: [("=1+1", "'=1+1"), ("+62", "'+62"), ("-", "'-"), ("@a", "'@a"), ("\tx", "'\tx"), ("\rx", "\"'\rx\""),
                      ("a=b", "a=b"), ("", ""), ("Kota, Contoh", "\"Kota, Contoh\""), ("-1,5", "\"'-1,5\"")])
    func eachTextCell(text: String, cell: String) {
        #expect(OpenDataTable.csvCell(text) == cell)
    }
}
