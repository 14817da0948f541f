import Foundation
import LenteraTesting
import Testing

/// `lentera survey import` as users run it, then `lentera build`.
@Suite struct SurveyCommandTests {
    /// Personal data planted in a raw export: names, phone numbers, e-mail addresses, NIKs,
    /// and free-text answers that mention people.
    static let planted = [
        "Raden Ayu Kusumawardhani", "Bambang Sutejo Wirakusuma", "081298765432", "+62 811-5001-2345",
        "raden.ayu@contoh-surel.id", "bambang.sw@contoh-surel.id", "6371041203850002", "3174015506920003",
        "petugas Joko minta uang rokok",
    ]

    static var export: String {
        let header = "Timestamp;Nama Lengkap;Nomor HP;Email;NIK;U1;U2;U3;U4;U5;U6;U7;U8;U9;Jenis Kelamin;Pekerjaan;Saran\r\n"
        let rows = [
            "2026-10-01 09:00;\(planted[0]);\(planted[2]);\(planted[4]);\(planted[6]);4;4;3;4;4;4;4;3;4;Perempuan;\(planted[0]);\"\(planted[8]); tolong\r\nditindak\"",
            "2026-10-02 10:30;\(planted[1]);\(planted[3]);\(planted[5]);\(planted[7]);3;3;3;4;3;3;4;3;3;Laki-laki;PNS;",
            "2026-10-03 11:00;\(planted[1]);\(planted[3]);\(planted[5]);'\(planted[7]);3;4;3;4;3;3;4;3;3;\(planted[1]);Wiraswasta;\(planted[4])",
        ]
        return "\u{FEFF}" + header + rows.joined(separator: "\r\n") + "\r\n"
    }

    /// Regression (issue 11): headers and answers of a raw export are quoted in messages;
    /// an escape sequence in them reached the officer's terminal as it was.
    @Test func escapeSequencesInAnExportNeverReachTheTerminal() throws {
        try withTemporaryFolder { folder in
            try TestPortal().write(to: folder.appendingPathComponent("content"))
            let rows = String(repeating: "a,4,4,4,4,4,4,4,4,4,\u{1B}[31mmerah\n", count: 30)
            try Data(("Nama,U1,U2,U3,U4,U5,U6,U7,U8,U9,\u{1B}]0;JUDUL\u{07}\u{1B}[2J\n" + rows).utf8).write(to: folder.appendingPathComponent("jawaban.csv"))
            let imported = try LenteraProcess.run(["survey", "import", "jawaban.csv", "--unit", TestPortal.unit, "--period", "2026-Q4", "--dry-run"], in: folder)
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stdout.contains("\\u{1B}]0;JUDUL\\u{7}\\u{1B}[2J"))
            #expect(!(imported.stdout + imported.stderr).unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        }
    }

    @Test func noPersonalDataReachesTheContentFolderOrTheSite() throws {
        try withTemporaryFolder { folder in
            try TestPortal().write(to: folder.appendingPathComponent("content"))
            try Data(Self.export.utf8).write(to: folder.appendingPathComponent("jawaban.csv"))
            let imported = try LenteraProcess.run(["survey", "import", "jawaban.csv", "--unit", TestPortal.unit, "--period", "2026-Q4"], in: folder)
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stdout.contains("Read 3 rows: 3 accepted, 0 rejected."))
            let built = try LenteraProcess.run(["build", "--templates", Repository.templates.path, "--date", "2026-11-21"], in: folder)
            #expect(built.status == 0, "\(built.stderr)")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("public/data/ikm.csv").path))

            for tree in ["content", "public"] {
                let files = FolderSnapshot.files(in: folder.appendingPathComponent(tree))
                #expect(files.count > (tree == "content" ? 4 : 20))
                for (path, data) in files {
                    let text = String(decoding: data, as: UTF8.self).lowercased()
                    for secret in Self.planted {
                        #expect(!text.contains(secret.lowercased()), "`\(secret)` found in \(tree)/\(path)")
                    }
                    // No part of a name or a number either.
                    for fragment in ["kusumawardhani", "wirakusuma", "98765432", "5001-2345", "contoh-surel", "120385", "550692", "uang rokok"] {
                        #expect(!text.contains(fragment), "`\(fragment)` found in \(tree)/\(path)")
                    }
                }
            }
            // The survey itself did arrive.
            let unit = try String(contentsOf: folder.appendingPathComponent("public/unit/\(TestPortal.unit)/index.html"), encoding: .utf8)
            #expect(unit.contains("<dt>Periode</dt><dd>Triwulan IV 2026</dd>"))
        }
    }

    /// Issue 17's acceptance: a sheet in the survey apps' layout whose own IKM used the weight
    /// 0,111 imports into the example portal as .xlsx, as .ods and saved as CSV, with the IKM
    /// a hand calculation gives (955 ÷ 29 ÷ 9 × 25 = 91,475 → 91,48), a warning with both
    /// values, and the period's calculation sheet linked from the unit page.
    @Test(arguments: ["xlsx", "ods", "csv"])
    func aSurveyAppsSheetImportsIntoTheExamplePortal(_ format: String) throws {
        try withTemporaryFolder { folder in
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("content"), to: folder.appendingPathComponent("content"))
            let sheet = Repository.root.appendingPathComponent("Tests/LenteraImportTests/Workbooks/pengolahan-ikm-0111.\(format)").path
            let unit = "dinas-kependudukan-dan-pencatatan-sipil-banjarmasin"
            let imported = try LenteraProcess.run(["survey", "import", sheet, "--unit", unit, "--period", "2026-Q4"], in: folder)
            #expect(imported.status == 0, "\(imported.stderr)")
            let written = format == "csv" ? "91.38" : "91,384"
            #expect(imported.stderr.contains("warning: the sheet's Indeks Kepuasan Masyarakat (IKM) is \(written); Lentera computes 91,475 from the respondent rows [import.check.index]"),
                    "\(imported.stderr)")
            #expect(imported.stderr.contains("likely cause: a weight of 0,111 instead of 1/9"))
            #expect(imported.stdout.contains("Header row: row 5; 4 rows above it passed over as the sheet's titles."))
            #expect(imported.stdout.contains("Read 29 rows: 29 accepted, 0 rejected."))
            let built = try LenteraProcess.run(["build", "--templates", Repository.templates.path, "--date", "2026-12-31"], in: folder)
            #expect(built.status == 0, "\(built.stderr)")
            let page = try String(contentsOf: folder.appendingPathComponent("public/unit/\(unit)/index.html"), encoding: .utf8)
            #expect(page.contains("<strong class=\"ikm-value\">91,48</strong>"))
            #expect(page.contains("<a href=\"../../unit/\(unit)/survei/ikm-2026-q4/\">Lembar perhitungan Triwulan IV 2026"))
            let sheetPage = try String(contentsOf: folder.appendingPathComponent("public/unit/\(unit)/survei/ikm-2026-q4/index.html"), encoding: .utf8)
            #expect(sheetPage.contains("<div><dt>IKM × 25 (skala 25–100)</dt><dd>91,4751</dd></div>"))
            for planted in ["Siti Rahayu", "0812-3456"] { #expect(!sheetPage.contains(planted) && !page.contains(planted)) }
        }
    }

    /// The acceptance: on a fresh clone, importing the example export of a new period
    /// and rebuilding shows it, with the figure a hand calculation gives.
    @Test func importingTheExampleExportShowsTheNewPeriodWithTheHandCalculatedIKM() throws {
        try withTemporaryFolder { folder in
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("content"), to: folder.appendingPathComponent("content"))
            let export = Repository.root.appendingPathComponent("examples/survei/skm-dukcapil-2026-Q3.csv").path
            let unit = "dinas-kependudukan-dan-pencatatan-sipil-banjarmasin"
            let imported = try LenteraProcess.run(["survey", "import", export, "--unit", unit, "--period", "2026-Q3", "--users", "1290"], in: folder)
            #expect(imported.status == 0, "\(imported.stderr)")
            // Two rows of the example export are wrong on purpose.
            #expect(imported.stderrLines == [
                "\(export):19: warning: row not counted: the answer to U3 is not one of 1–4: `5` [import.rejected-row]",
                "\(export):66: warning: row not counted: the answer to U7 is not one of 1–4: `0` [import.rejected-row]",
            ])
            #expect(imported.stdout.contains("Read 120 rows: 118 accepted, 2 rejected."))
            #expect(imported.stdout.contains("Wrote content/units/\(unit)/survei/skm-2026-Q3.yaml."))

            let built = try LenteraProcess.run(["build", "--templates", Repository.templates.path, "--date", "2026-11-21"], in: folder)
            #expect(built.status == 0, "\(built.stderr)")
            // By hand: the 118 counted rows' answers add up to 418 + 415 + 399 + 470 + 405 + 414
            // + 402 + 409 + 403 = 3,735; IKM = 3,735 ÷ (118 × 9) × 25 = 87,92 → B (IKMRules.mutuBands).
            let page = try String(contentsOf: folder.appendingPathComponent("public/unit/\(unit)/index.html"), encoding: .utf8)
            #expect(page.contains("<strong class=\"ikm-value\">87,92</strong> <span class=\"badge\">Mutu B — <span lang=\"id\">Baik</span></span>"))
            #expect(page.contains("<dt>Periode</dt><dd>Triwulan III 2026</dd>"))
            #expect(page.contains("<th scope=\"row\"><a href=\"../../unit/\(unit)/survei/ikm-2026-q3/\">Triwulan III 2026</a></th><td class=\"num\">87,92</td>"))
            let dashboard = try String(contentsOf: folder.appendingPathComponent("public/survei/index.html"), encoding: .utf8)
            #expect(dashboard.contains("Dinas Kependudukan dan Pencatatan Sipil Kota Banjarmasin</a></th><td>2</td><td>87,92</td><td lang=\"id\">B (Baik)</td><td>Triwulan III 2026</td><td>118</td>"))
            let csv = try String(contentsOf: folder.appendingPathComponent("public/data/ikm.csv"), encoding: .utf8)
            #expect(csv.contains(",2026-Q3,118,1290,296,3.5169,87.92,B,Baik,impor\r\n"))
        }
    }
}
