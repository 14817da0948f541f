import Foundation
@testable import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraFiles
import LenteraTesting
import Testing

/// Every message of the content loader, the domain and the file readers comes from the
/// catalogues: for a set of broken portals, no diagnostic is an untranslated sentence, and
/// each renders in Indonesian and in English without a missing key (`⟦key⟧`) or a
/// placeholder left unfilled (`{name}`).
@Suite struct CatalogueCoverageTests {
    static let unit = "units/\(TestPortal.unit)"

    /// One broken file (or a few) each, on top of the valid test portal.
    static let brokenPortals: [String: [String: String]] = [
        "unit fields": [TestPortal.unitFile: """
            ---
            nama: Dinas Contoh
            jenis: dinass
            instansi: kota-contoh
            warna: merah
            slug: Dinas_Contoh
            email: bukan-email
            situs: www.contoh.go.id
            kepala:
              nama: Budi
              nip: "123"
            jam_layanan: [Senin]
            urutan: 99999999999
            ---

            Profil.
            """],
        "unit without parent": ["units/dinas-lain/unit.md": "---\nnama: Dinas Lain\njenis: dinas\n---\n"],
        "unknown parent and instansi": [
            "units/dinas-lain/unit.md": "---\nnama: Dinas Lain\njenis: dinas\ninduk: dinas-kontoh\n---\n",
            "units/dinas-ketiga/unit.md": "---\nnama: Dinas Ketiga\njenis: dinas\ninstansi: kota-kontoh\n---\n",
        ],
        "parent cycle": [
            "units/dinas-a/unit.md": "---\nnama: A\njenis: dinas\ninduk: dinas-b\n---\n",
            "units/dinas-b/unit.md": "---\nnama: B\njenis: dinas\ninduk: dinas-a\n---\n",
        ],
        "unit folder without unit.md": ["units/dinas-kosong/catatan.md": "---\njudul: x\n---\n"],
        "service fields": [TestPortal.serviceFile: """
            ---
            nama: Layanan Contoh
            persyaratn: [KTP]
            jangka_waktu:
              teks: Secepatnya
              durasi: segera
            biaya:
              tarif:
                - uraian: Formulir
                  jumlah: 5.000,50
                - uraian: Map
                  jumlah: [1]
            ditetapkan:
              nomor: "1"
              tanggal: 2024-13-45
              url: javascript:alert(1)
            produk: [{a: 1}]
            ---
            """],
        "service costs and times": [
            TestPortal.servicePath("layanan-kedua"): "---\nnama: Kedua\njangka_waktu: -3 jam\nbiaya: Murah\n---\n",
            TestPortal.servicePath("layanan-ketiga"): "---\nnama: Ketiga\njangka_waktu: Sesuai antrean\nbiaya:\n  tarif: []\n---\n",
            TestPortal.servicePath("Layanan Keempat"): "---\nnama: Keempat\nbiaya:\n  tarif:\n    - uraian: A\n      jumlah: 1.500\n---\n",
            TestPortal.servicePath("layanan-json", extension: "json"): #"{"nama": "JSON", "biaya": {"tarif": [{"uraian": "A", "jumlah": 1.5}]}}"#,
        ],
        "maklumat": [TestPortal.maklumatFile: "---\ntempat: Kota Contoh\n---\n"],
        "front matter and YAML": [
            TestPortal.servicePath("tanpa-front-matter"): "nama: Tanpa\n",
            TestPortal.servicePath("tab"): "---\nnama: Tab\n\tpersyaratan: x\n---\n",
            TestPortal.servicePath("alias"): "---\nnama: &n Alias\nringkasan: *n\n---\n",
            TestPortal.servicePath("dua-kali"): "---\nnama: A\nnama: B\n---\n",
            TestPortal.servicePath("kendali"): "---\nnama: A\u{1}B\n---\n",
            TestPortal.servicePath("kosong"): "---\n---\n",
        ],
        "portal": [TestPortal.portalFile: """
            judul: Portal
            base_url: ftp://contoh
            instansi:
              - slug: kota-contoh
                nama: Kota Contoh
              - slug: kota-contoh
                nama: Lagi
                situs: contoh.go.id
            kontak:
              email: pengaduan@
            kanal_pengaduan:
              - nama: Surel
                url: pengaduan@contoh.go.id
            warna: biru tua
            ppid: ppid.contoh.go.id
            survei:
              konversi_zi: acak
              unsur_skm:
                - kode: u1
                  nama: Persyaratan
                  bobot: 0.5
                - kode: U2
                  nama: Prosedur
            """],
        "unknown places": [
            "gambar/logo.txt": "x",
            "catatan.yaml": "a: 1",
            "pages/a.md": "---\njudul: A\nslug: sama\n---\n",
            "pages/b.md": "---\njudul: B\nslug: sama\n---\n",
        ],
        "survey": [
            "\(unit)/survei/skm-2024-Q1.yaml": """
                jenis: skm
                periode: 2024-Q5
                responden: 0
                layanan: layanan-contoj
                sumber: tebak
                pengguna_layanan: -1
                jawaban:
                  U1: [1, 2]
                  U2: [0, 0, 0, 0]
                  U3: [100, 0, 0, 0]
                  U10: [1, 1, 1, 1]
                rata_rata:
                  U1: 9
                profil:
                  jenis_kelamin: banyak
                  pendidikan: {SD: x}
                """,
            "\(unit)/survei/skm-2024-Q2.yaml": """
                jenis: skm
                periode: 2024-Q2
                responden: 10
                pengguna_layanan: 5
                jawaban: {U1: [1, 2, 3, 4], U2: [1, 2, 3, 4], U3: [1, 2, 3, 4], U4: [1, 2, 3, 4], U5: [1, 2, 3, 4], U6: [1, 2, 3, 4], U7: [1, 2, 3, 4], U8: [1, 2, 3, 4], U9: [1, 2, 3, 40]}
                profil:
                  usia: {"< 20": 30}
                """,
            "\(unit)/survei/skm-2024.yaml": "jenis: skm\nperiode: 2024\nresponden: 10\njawaban: {U1: [1, 2, 3, 4]}\n",
            "\(unit)/survei/zi-2024-01.yaml": "jenis: ipk\nperiode: 2024-01\nresponden: 1.500\n",
            "\(unit)/survei/catatan-lain.md": "Analisis tanpa hasil.",
        ],
        "performance": [
            "\(unit)/kinerja/2026-S1.yaml": """
                periode: 2026-Q1
                data_contoh: mungkin
                indikator:
                  - kode: IK-1
                    indikator: A
                    target: 0
                    satuan: "%"
                    realisasi: -3
                  - kode: IK-1
                    indikator: B
                    satuan: "%"
                    realisasu: 3
                """,
            "\(unit)/kinerja/2026-S2.yaml": "periode: 2026-13\nindikator: []\n",
            "\(unit)/kinerja/2027.yaml": "periode: 2027\n",
        ],
        "SOP": [
            "\(unit)/sop/penyusunan.yaml": """
                judul: SOP
                penetapan:
                  nomor: "1"
                  oleh: Camat
                pelaksana: [Camat, Camat, Staf, [x], Bendahara]
                langkah:
                  - kegiatan: Satu
                    pelaksana: Kamat
                    waktu: 0 menit
                    sop: tidak-ada
                  - kegiatan: Dua
                    pelaksana: Camat
                    waktu: sebentar
                  - kegiatan: Tiga
                    pelaksana: Staf
                    waktu: 1 jam
                    sop: penyusunan
                """,
            "\(unit)/sop/Nama_Salah.yaml": "judul: X\npelaksana: []\nlangkah: satu\n",
            "\(unit)/sop/kosong.yaml": "judul: X\npelaksana: [A]\nlangkah: []\n",
        ],
        "SPBE": [
            "\(unit)/spbe.yaml": """
                aplikasi:
                  - nama: Aplikasi
                    layanan: [layanan-contoj]
                    perbaikan:
                      - teks: Perbaikan
                        tahun: 2300
                peta_jalan:
                  - tahun: tiap tahun
                    kegiatan: A
                  - tahun: 2026–2024
                    kegiatan: B
                  - tahun: segera
                    kegiatan: C
                  - bidang: Data
                """,
        ],
        "empty SPBE": ["\(unit)/spbe.yaml": "dasar: Perpres\n"],
        "SPBE empty list": ["\(unit)/spbe.yaml": "aplikasi: []\n"],
        "Zona Integritas": [
            "zona-integritas/kota-contoh.yaml": """
                jumlah_unit: 0
                predikat:
                  - unit: dinas-kontoh
                    predikat: wbk
                    tahun: 2023
                    oleh: tpn
                    sk: {nomor: "1", tanggal: 2023-12-12}
                  - unit: dinas-contoh
                    predikat: zona
                    tahun: 2023
                    oleh: presiden
                  - unit: dinas-contoh
                    predikat: wbbm
                    tahun: 2023
                    oleh: mandiri
                    sk: {nomor: "2", tanggal: 2023-12-12}
                  - unit: dinas-contoh
                    predikat: wbbm
                    tahun: 2020
                    oleh: tpn
                    sk: {nomor: "3", tanggal: 2023-12-12}
                  - unit: dinas-contoh
                    predikat: wbk
                    tahun: 2023
                    oleh: tpn
                    sk: {nomor: "4", tanggal: 2023-12-12}
                    pencabutan: {nomor: "5", tanggal: 2023-01-01}
                  - unit: dinas-contoh
                    predikat: wbk
                    tahun: 2024
                    oleh: tpn
                    sk: {nomor: "6", tanggal: 2024-12-12}
                  - unit: dinas-contoh
                    predikat: wbk
                    tahun: 2025
                    oleh: tpn
                    sk: {nomor: "7", tanggal: 2025-12-12}
                  - unit: dinas-contoh
                    predikat: wbk
                    tahun: 2025
                    oleh: mandiri
                usulan:
                  - tahun: 2024
                    unit: [dinas-contoh, dinas-contoh]
                  - tahun: 2024
                  - tahun: 2025
                    unit: []
                kapabilitas_apip:
                  - tahun: 2024
                    level: 7
                  - tahun: 2025
                persetujuan_tpn:
                  - tahun: 2024
                    disetujui: mungkin
                """,
            "zona-integritas/kota-kontoh.yaml": "jumlah_unit: 5\n",
            "zona-integritas/kota-contoh.json": "{}",
        ],
        "Zona Integritas self evaluation": [
            "zona-integritas/kota-contoh.yaml": """
                jumlah_unit: 50000000
                predikat:
                  - unit: dinas-contoh
                    predikat: wbk
                    tahun: 2025
                    oleh: mandiri
                    sk: {nomor: "1", tanggal: 2025-12-12}
                """,
        ],
        "numbers": [
            "\(unit)/kinerja/2026-S1.yaml": """
                periode: 2026-S1
                indikator:
                  - kode: IK-1
                    indikator: A
                    target: 1.500
                    satuan: orang
                    realisasi: banyak
                  - kode: IK-2
                    indikator: B
                    target: 1e400
                    satuan: orang
                """,
        ],
    ]

    @Test(arguments: brokenPortals.keys.sorted()) func everyDiagnosticOfABrokenPortalIsInBothCatalogues(_ name: String) throws {
        var portal = TestPortal()
        for (path, text) in Self.brokenPortals[name] ?? [:] { portal = portal.with(path, text) }
        let diagnostics = try load(portal).diagnostics
        #expect(!diagnostics.isEmpty, "\(name)")
        for diagnostic in diagnostics { Self.expectTranslated(diagnostic) }
    }

    @Test func theBrokenPortalsReachManyCodes() throws {
        var codes: Set<String> = []
        for name in Self.brokenPortals.keys {
            var portal = TestPortal()
            for (path, text) in Self.brokenPortals[name] ?? [:] { portal = portal.with(path, text) }
            codes.formUnion(try load(portal).diagnostics.map(\.code))
        }
        // A floor that says the cases above still exercise the messages (they reach more).
        #expect(codes.count >= 65, "\(codes.sorted())")
    }

    @Test(arguments: StrictJSONTests.malformed) func everyJSONMistakeIsInBothCatalogues(_ example: StrictJSONTests.Case) {
        let (_, context) = Document.parse(text: example.text, displayPath: "content/x.json")
        #expect(!context.diagnostics.isEmpty)
        for diagnostic in context.diagnostics { Self.expectTranslated(diagnostic) }
    }

    @Test func everyRefusedFolderEntryIsInBothCatalogues() {
        let problems: [EntryProblem] = [
            .linkOutside(target: "/etc/passwd"), .specialFile(kind: Message("files.kind.fifo")), .danglingLink, .linkLoop,
            .unreadable(reason: Message("files.replaced-by-link")), .tooLarge(bytes: 20_000_000),
        ]
        for area in ["content", "template"] {
            for problem in problems { Self.expectTranslated(problem.diagnostic(at: "x/y.md", area: area)) }
        }
    }

    @Test func theFolderAndLockProblemsAreInBothCatalogues() throws {
        for problem in [OpenFolder.Problem.symbolicLink, .notAFolder, .failed(reason: "Permission denied", code: 13)] {
            Self.expectRendered(problem.message)
        }
        try withTemporaryFolder { folder in
            let missing = folder.appendingPathComponent("tidak-ada")
            do {
                _ = try ExclusiveLock.acquire(file: missing.appendingPathComponent("kunci").path, wait: 0)
                Issue.record("a lock file in a missing folder was opened")
            } catch let error as ExclusiveLock.Failure {
                Self.expectRendered(error.message)
                #expect(error.message.text(in: .id).hasPrefix("berkas kunci `"))
            }
            do {
                _ = try ExclusiveLock.acquire(folder: missing.path, wait: 0)
                Issue.record("a missing folder was locked")
            } catch let error as ExclusiveLock.Failure {
                Self.expectRendered(error.message)
                #expect(error.message.text(in: .en).hasPrefix("cannot open the folder `"))
            }
        }
    }

    @Test func theColumnMappingMessagesAreInBothCatalogues() {
        let text = """
            pemisah: ";;"
            kolom:
              "Nama": U10
              "Umur": {unsur: usia, jawaban: [1]}
            jawaban:
              "Sangat sesuai": 9
            kategori:
              pendidikan: SMA
            """
        let (_, diagnostics) = ColumnMappingFile.read(text, displayPath: "pemetaan.yaml", elements: SKMElements.standard, kind: .skm)
        #expect(diagnostics.count >= 4, "\(diagnostics.inEnglish)")
        for diagnostic in diagnostics { Self.expectTranslated(diagnostic) }
    }

    @Test func everyNumberBoundHasItsNameInBothCatalogues() {
        let labels = [Limits.respondents.label, Limits.count.label, Limits.serviceUsers.label, Limits.years.label,
                      Limits.planYears.label, Limits.rupiah.label, Limits.unitsPerInstansi.label, Limits.order.label,
                      Limits.indicatorValue.label, Limits.indicatorTarget.label, Limits.weight.label,
                      Limits.durationMinutes.label, Limits.wholeNumber.label, Limits.anyNumber.label]
        for label in labels { Self.expectRendered(label) }
    }

    @Test func aDiagnosticReadsInIndonesianAndInEnglish() throws {
        let portal = TestPortal().with(TestPortal.unitFile, TestPortal.unitMarkdown("Dinas Contoh", induk: "dinas-kontoh"))
            .with("units/dinas-kontoh/unit.md", TestPortal.unitMarkdown("Dinas Kontoh", instansi: TestPortal.instansi))
            .with("units/dinas-lain/unit.md", TestPortal.unitMarkdown("Dinas Lain", induk: "dinas-kontok"))
        let found = try load(portal).diagnostics("unit.unknown-parent")
        #expect(found.map { $0.summary.text(in: .id) } == ["unit induk `dinas-kontok` tidak ditemukan"])
        #expect(found.map { $0.advice?.text(in: .id) } == [
            "mungkin maksud Anda `dinas-kontoh`? `induk` harus berisi slug (nama folder) unit lain",
        ])
        #expect(found.map { $0.summary.text(in: .en) } == ["the parent unit `dinas-kontok` does not exist"])
        #expect(found.map { $0.advice?.text(in: .en) } == [
            "did you mean `dinas-kontoh`? `induk` must be the slug (folder name) of another unit",
        ])
    }

    /// A brace that opens no placeholder (`{` quoted in a hint) is text like any other: the
    /// sentence around it was printed twice before.
    @Test func aLoneBraceIsPrintedAsWritten() {
        for language in Language.allCases {
            let template = Catalogue.template("yaml.syntax.hint", in: language) ?? ""
            #expect(template.contains("`{`"))
            #expect(Message("yaml.syntax.hint").text(in: language) == template)
        }
    }

    // MARK: - Checks

    static func expectTranslated(_ diagnostic: Diagnostic, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        expectRendered(diagnostic.summary, code: diagnostic.code, sourceLocation: sourceLocation)
        if let advice = diagnostic.advice { expectRendered(advice, code: diagnostic.code, sourceLocation: sourceLocation) }
    }

    /// No part of `message` is an untranslated sentence, and both texts are complete.
    static func expectRendered(_ message: Message, code: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(untranslated(in: message).isEmpty, "[\(code)] \(untranslated(in: message))", sourceLocation: sourceLocation)
        for language in Language.allCases {
            let text = message.text(in: language)
            #expect(!text.contains("⟦"), "[\(code)] \(language): \(text)", sourceLocation: sourceLocation)
            #expect(leftoverPlaceholder(in: text) == nil, "[\(code)] \(language): \(text)", sourceLocation: sourceLocation)
            #expect(!text.isEmpty, "[\(code)] \(language)", sourceLocation: sourceLocation)
        }
    }

    /// The untranslated sentences in `message` and the messages it quotes.
    static func untranslated(in message: Message) -> [String] {
        if let text = message.untranslated { return [text] }
        return message.arguments.values.flatMap { argument -> [String] in
            if case .message(let inner) = argument { return untranslated(in: inner) }
            return []
        }
    }

    /// A `{name}` left in a rendered text: a placeholder without its value.
    static func leftoverPlaceholder(in text: String) -> String? {
        guard let range = text.range(of: #"\{[a-z][a-z0-9-]*\}"#, options: .regularExpression) else { return nil }
        return String(text[range])
    }
}
