import Foundation
import LenteraTesting
import Testing

/// The main messages as an officer reads them by default, in Indonesian, exactly.
@Suite struct IndonesianMessagesTests {
    @Test func aValidPortalPassesTheCheck() throws {
        let result = try LenteraProcess.run("check", TestPortal(), language: nil)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").last == "Pemeriksaan lulus: 0 galat, 0 peringatan.")
        #expect(result.stderr == "")
    }

    @Test func aBuildWithoutItsThemeFails() throws {
        let result = try withTemporaryFolder { folder in
            try TestPortal().write(to: folder.appendingPathComponent("content"))
            return try LenteraProcess.run(["build", "--templates", "tema"], in: folder, language: nil)
        }
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderrLines == [
            "galat: folder templat `tema` tidak ada [templates.folder-missing]",
            "  saran: beri folder templat portal dengan `--templates DIR`, atau hapus opsi itu untuk memakai tema bawaan",
            "Pembuatan situs gagal: 1 galat, 0 peringatan. Tidak ada yang ditulis.",
        ])
    }

    @Test func aBuildSaysHowManyPagesItWrote() throws {
        let result = try LenteraProcess.run("build", TestPortal(), language: "id")
        #expect(result.status == 0)
        // "13 halaman dibuat (46 berkas) ke public/ dalam 25 ms."; the time varies.
        #expect(result.stdout.hasPrefix("13 halaman dibuat (46 berkas) ke public/ dalam "), "\(result.stdout)")
        #expect(result.stdout.hasSuffix(".\n"))
    }

    @Test func theSurveyImportSaysWhatItReadKeptAndWrote() throws {
        try withTemporaryFolder { folder in
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("content"), to: folder.appendingPathComponent("content"))
            let export = Repository.root.appendingPathComponent("examples/survei/skm-dukcapil-2026-Q3.csv").path
            let unit = "dinas-kependudukan-dan-pencatatan-sipil-banjarmasin"
            let imported = try LenteraProcess.run(["survey", "import", export, "--unit", unit, "--period", "2026-Q3", "--users", "1290"],
                                                  in: folder, language: nil)
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stderrLines == [
                "\(export):19: peringatan: baris tidak dihitung: jawaban untuk U3 bukan salah satu dari 1–4: `5` [import.rejected-row]",
                "\(export):66: peringatan: baris tidak dihitung: jawaban untuk U7 bukan salah satu dari 1–4: `0` [import.rejected-row]",
            ])
            #expect(imported.stdout == """
                120 baris dibaca: 118 diterima, 2 ditolak.
                Tidak disimpan: 5 kolom yang bukan unsur survei maupun isian profil (`No`, `Tanggal`, `Nama`, `No. HP`, `Komentar`).
                Dihitung sebagai `Lainnya`: 16 jawaban pekerjaan di luar kategori yang dikenal; petakan di bawah `kategori:` dalam berkas pemetaan bila itu memang kategori.
                Sampel: 118 responden dari 1290 pengguna; Krejcie & Morgan meminta 296 (belum terpenuhi).
                Ditulis: content/units/\(unit)/survei/skm-2026-Q3.yaml.

                """)
        }
    }

    @Test func anUnknownUnitIsRefusedWithASuggestion() throws {
        try withTemporaryFolder { folder in
            try TestPortal().write(to: folder.appendingPathComponent("content"))
            try Data("U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4\n".utf8).write(to: folder.appendingPathComponent("jawaban.csv"))
            let result = try LenteraProcess.run(["survey", "import", "jawaban.csv", "--unit", "dinas-kontoh", "--period", "2026-Q4"],
                                                in: folder, language: nil)
            #expect(result.status == 1)
            #expect(result.stderrLines == [
                "galat: portal tidak punya unit `dinas-kontoh` [import.unknown-unit]",
                "  saran: maksud Anda `dinas-contoh`? beri slug (nama folder) sebuah unit di bawah `content/units/`",
                "Impor gagal. Tidak ada yang ditulis.",
            ])
        }
    }
}
