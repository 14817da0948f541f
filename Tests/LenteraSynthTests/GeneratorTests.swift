import Foundation
import LenteraSynth
import LenteraTesting
import Testing

/// The generator: the same size and seed give the same bytes; the size is exact.
@Suite struct GeneratorTests {
    @Test func theSameSeedWritesByteIdenticalTrees() throws {
        try withTemporaryFolder { folder in
            let first = folder.appendingPathComponent("eins"), second = folder.appendingPathComponent("zwei")
            let summary = try writeSmallPortal(into: first)
            // Another number of threads must not change a byte either.
            try SyntheticPortal(servicePages: 60).write(content: second.appendingPathComponent("content"),
                                                        hugo: second.appendingPathComponent("hugo"), jobs: 3)
            let a = FolderSnapshot.files(in: first), b = FolderSnapshot.files(in: second)
            #expect(a.count == summary.files + summary.hugoFiles)
            #expect(a.keys.sorted() == b.keys.sorted())
            let different = a.keys.filter { a[$0] != b[$0] }.sorted()
            #expect(different.isEmpty, "files that differ: \(different.prefix(5))")
        }
    }

    @Test func anotherSeedWritesAnotherPortal() throws {
        try withTemporaryFolder { folder in
            try writeSmallPortal(into: folder.appendingPathComponent("a"), seed: 1)
            try writeSmallPortal(into: folder.appendingPathComponent("b"), seed: 2)
            let a = FolderSnapshot.files(in: folder.appendingPathComponent("a/content"))
            let b = FolderSnapshot.files(in: folder.appendingPathComponent("b/content"))
            #expect(a["portal.yaml"] != b["portal.yaml"])
        }
    }

    @Test(arguments: [1, 7, 60, 1_000])
    func theNumberOfServicePagesIsExact(pages: Int) throws {
        try withTemporaryFolder { folder in
            let summary = try SyntheticPortal(servicePages: pages).write(content: folder.appendingPathComponent("content"))
            #expect(summary.services == pages)
            let services = FolderSnapshot.files(in: folder.appendingPathComponent("content/units")).keys.filter { $0.contains("/layanan/") }
            #expect(services.count == pages)
        }
    }

    @Test func servicesHaveAllFourteenComponentsInTwoToFourKilobytes() throws {
        try withTemporaryFolder { folder in
            try writeSmallPortal(into: folder)
            let services = FolderSnapshot.files(in: folder.appendingPathComponent("content/units")).filter { $0.key.contains("/layanan/") }
            let sizes = services.values.map(\.count)
            #expect(sizes.min()! >= 2_000)
            #expect(sizes.max()! <= 5_000)
            let keys = ["persyaratan:", "prosedur:", "jangka_waktu:", "biaya:", "produk:", "pengaduan:", "dasar_hukum:", "sarana_prasarana:",
                        "kompetensi_pelaksana:", "pengawasan_internal:", "jumlah_pelaksana:", "jaminan_pelayanan:", "jaminan_keamanan:", "evaluasi_kinerja:"]
            for (path, data) in services {
                let text = String(decoding: data, as: UTF8.self)
                let missing = keys.filter { !text.contains("\n\($0)") }
                #expect(missing.isEmpty, "\(path) lacks \(missing)")
            }
        }
    }

    @Test func unitsNestTwoOrThreeLevelsUnderTheirInstansi() throws {
        let portal = SyntheticPortal(servicePages: 5_000)
        #expect(portal.instansiCount >= 2)
        #expect(portal.unitCount > 5_000 / 30)
        try withTemporaryFolder { folder in
            try SyntheticPortal(servicePages: 300).write(content: folder.appendingPathComponent("content"))
            let units = FolderSnapshot.files(in: folder.appendingPathComponent("content/units")).filter { $0.key.hasSuffix("/unit.md") }
            let texts = units.values.map { String(decoding: $0, as: UTF8.self) }
            #expect(texts.contains { $0.contains("\ninstansi: ") })
            #expect(texts.contains { $0.contains("\ninduk: ") })
        }
    }

    @Test func splitMix64GivesThePublishedSequence() {
        // The first outputs of SplitMix64 from state 0, as in the reference implementation.
        var random = LenteraSynth.SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(random.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func theSurveyExportHasTheColumnsOfTheScript() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("ekspor.csv").path
            let bytes = try SurveyExport.write(rows: 250, seed: 7, to: path)
            // Read as bytes: decoding a file as UTF-8 through Foundation drops the BOM.
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
            #expect(bytes == text.utf8.count)
            #expect(text.hasPrefix("\u{FEFF}Timestamp;Nama Lengkap;No HP;Email;NIK;U1;"))
            // Rows end in CRLF; some free-text answers hold a quoted CRLF of their own.
            let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty && !$0.hasPrefix("ditambah loket") }
            #expect(lines.count == 251)
        }
    }
}
