import Foundation
import LenteraTesting
import Testing

/// `lentera init`, `lentera new` and `lentera schema`, run as an officer runs them:
/// `check` and `build` with the built-in theme (the new portal has no `templates/`).
@Suite struct InitAndNewCommandTests {
    static let theme: [String] = []
    static let indonesian = ["LENTERA_LANG": "id"]

    static func read(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func initThenCheckThenBuildIsCleanAndSaysWhatToDoNext() throws {
        try withTemporaryFolder { folder in
            let made = try LenteraProcess.run(["init", "portal"], in: folder, language: nil, environment: Self.indonesian)
            #expect(made.status == 0, "\(made.stderr)")
            #expect(made.stdout.contains("Portal baru dibuat di `portal`"))
            for path in ["content/portal.yaml", "content/units/dinas-contoh/unit.md", "content/units/dinas-contoh/maklumat.md",
                         "content/units/dinas-contoh/layanan/layanan-contoh.md", "content/pages/tentang.md"] {
                #expect(made.stdout.contains("portal/" + path))
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("portal/" + path).path))
            }
            #expect(made.stdout.contains("lentera check") && made.stdout.contains("lentera serve"))
            // The maklumat's signatory is the one thing the new portal cannot know: said at once.
            #expect(made.stdout.contains("Nama dan jabatan penanda tangan maklumat masih berisi contoh: `lentera check` memperingatkannya [content.placeholder]"))
            // The fields are explained in Indonesian comments.
            let service = try Self.read(folder, "portal/content/units/dinas-contoh/layanan/layanan-contoh.md")
            // A component is expected by the regulation, not "may be removed" (officer's report).
            #expect(service.contains("# Persyaratan (wajib menurut PermenPANRB 15/2014; bila dihapus, standar ditandai belum lengkap): Komponen penyampaian pelayanan"))
            #expect(!service.contains("Persyaratan (boleh dihapus)"))
            // No invented decree: the standard says it is not yet enacted, and the comment shows how.
            #expect(service.contains("\nditetapkan: belum\n"))
            #expect(service.contains("#   nomor: ") && service.contains("#   tanggal: "))
            #expect(!service.contains("Nomor 1 Tahun"))
            // No invented contact data is published: the unit's contacts are commented examples.
            let unit = try Self.read(folder, "portal/content/units/dinas-contoh/unit.md")
            let settings = try Self.read(folder, "portal/content/portal.yaml")
            for text in [unit, settings] {
                #expect(!text.contains("123457") && !text.contains("123456") && !text.contains("Jalan Merdeka"))
                #expect(!text.contains("\nalamat:") && !text.contains("\ntelepon:") && !text.contains("\nkepala:") && !text.contains("\nkontak:"))
            }
            #expect(unit.contains("#   telepon: "))
            // The maklumat is "signed" by a placeholder that `check` names, and its place is a commented example.
            let maklumat = try Self.read(folder, "portal/content/units/dinas-contoh/maklumat.md")
            #expect(maklumat.contains("\n  nama: Nama Kepala Unit\n  jabatan: Kepala Unit\n"))
            #expect(!maklumat.contains("\ntempat:") && maklumat.contains("#   tempat: "))
            for component in ["persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan", "dasar_hukum",
                              "sarana_prasarana", "kompetensi_pelaksana", "pengawasan_internal", "jumlah_pelaksana",
                              "jaminan_pelayanan", "jaminan_keamanan", "evaluasi_kinerja"] {
                #expect(service.contains("\n\(component):"), "the service lacks `\(component)`")
            }

            let portal = folder.appendingPathComponent("portal")
            let check = try LenteraProcess.run(["check"] + Self.theme, in: portal, environment: ["LENTERA_LANG": "en"])
            #expect(check.status == 0)
            // Exactly the two placeholders of the signatory, until the officer writes the real one.
            #expect(Self.findings(check.stderr) == Self.signatory("dinas-contoh"), "check printed: \(check.stderr)")
            #expect(check.stdout.contains("0 errors, 2 warnings"))
            let build = try LenteraProcess.run(["build"] + Self.theme, in: portal)
            #expect(build.status == 0, "\(build.stderr)")
            #expect(Self.findings(build.stderr) == Self.signatory("dinas-contoh"), "\(build.stderr)")
            let home = try Self.read(portal, "public/index.html")
            #expect(home.contains("Portal Transparansi Pelayanan Publik Kabupaten Contoh"))
            #expect(FileManager.default.fileExists(atPath: portal.appendingPathComponent("public/unit/dinas-contoh/layanan/layanan-contoh/index.html").path))
        }
    }

    /// Each diagnostic `check` printed, as `file:line:column [code]`.
    static func findings(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").filter { !$0.hasPrefix(" ") && $0.hasSuffix("]") }.map { line in
            let place = line.split(separator: " ", maxSplits: 1)[0].dropLast()
            let code = line[line.index(after: line.lastIndex(of: "[")!)...].dropLast()
            return "\(place) [\(code)]"
        }
    }

    /// The warnings of a new maklumat's placeholder signatory (its name and position, lines
    /// 15 and 16 of the starter).
    static func signatory(_ unit: String) -> [String] {
        ["content/units/\(unit)/maklumat.md:15:9 [content.placeholder]", "content/units/\(unit)/maklumat.md:16:12 [content.placeholder]"]
    }

    @Test func initRefusesAFolderThatIsNotEmpty() throws {
        try withTemporaryFolder { folder in
            let target = folder.appendingPathComponent("ada")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try Data("catatan".utf8).write(to: target.appendingPathComponent("catatan.txt"))
            let result = try LenteraProcess.run(["init", "ada"], in: folder, language: nil, environment: Self.indonesian)
            #expect(result.status == 1)
            #expect(result.stderr.contains("folder `ada` tidak kosong"))
            // The folder is named once, not also as the location (officer's report).
            #expect(result.stderr.hasPrefix("galat: folder `ada` tidak kosong"), "\(result.stderr)")
            #expect(result.stderr.contains("[cli.init.not-empty]"))
            #expect(FolderSnapshot.names(in: target) == ["catatan.txt"])
        }
    }

    @Test func eachNewKindKeepsCheckClean() throws {
        try withTemporaryFolder { folder in
            _ = try LenteraProcess.run(["init", "portal"], in: folder)
            let portal = folder.appendingPathComponent("portal")
            let steps: [([String], String)] = [
                (["new", "unit", "--unit", "dinas-contoh", "--nama", "Bidang Pelayanan"], "content/units/bidang-pelayanan/unit.md"),
                (["new", "maklumat", "--unit", "bidang-pelayanan"], "content/units/bidang-pelayanan/maklumat.md"),
                (["new", "layanan", "--unit", "bidang-pelayanan", "--nama", "Surat Keterangan Domisili"],
                 "content/units/bidang-pelayanan/layanan/surat-keterangan-domisili.md"),
                (["new", "halaman", "cara-mengadu", "--nama", "Cara Mengadu"], "content/pages/cara-mengadu.md"),
                (["new", "sop", "--unit", "dinas-contoh", "--nama", "SOP Penerimaan Berkas"], "content/units/dinas-contoh/sop/sop-penerimaan-berkas.yaml"),
                (["new", "kinerja", "2026-S1", "--unit", "dinas-contoh"], "content/units/dinas-contoh/kinerja/2026-S1.yaml"),
                (["new", "spbe", "--unit", "dinas-contoh"], "content/units/dinas-contoh/spbe.yaml"),
                (["new", "survei", "skm-2026-Q1", "--unit", "dinas-contoh"], "content/units/dinas-contoh/survei/skm-2026-Q1.yaml"),
                (["new", "analisis-survei", "skm-2026-Q1", "--unit", "dinas-contoh"], "content/units/dinas-contoh/survei/skm-2026-Q1.md"),
                (["new", "zona-integritas"], "content/zona-integritas/pemerintah-kabupaten-contoh.yaml"),
            ]
            var expected = Self.signatory("dinas-contoh")
            for (arguments, path) in steps {
                let made = try LenteraProcess.run(arguments, in: portal, language: nil, environment: Self.indonesian)
                #expect(made.status == 0, "\(arguments): \(made.stderr)")
                #expect(made.stdout.contains("Berkas baru: \(path)"), "\(arguments): \(made.stdout)")
                #expect(made.stdout.contains("lentera check"))
                #expect(FileManager.default.fileExists(atPath: portal.appendingPathComponent(path).path))
                let check = try LenteraProcess.run(["check"] + Self.theme, in: portal)
                // The only warnings are the placeholders the officer must replace: each new
                // maklumat's signatory, each new SOP's decree and enactor, and the new analysis's
                // instruction and example step (lines 13 and 17 of the starter).
                switch arguments[1] {
                case "maklumat": expected += Self.signatory("bidang-pelayanan")
                case "sop": expected += ["\(path):9:10 [content.placeholder]", "\(path):11:9 [content.placeholder]"]
                case "analisis-survei": expected += ["\(path):13:1 [content.placeholder]", "\(path):17:1 [content.placeholder]"]
                default: break
                }
                // A result asks for its analysis, which the next step writes.
                let analysis = arguments[1] == "survei" ? ["\(path):1:1 [survey.missing-analysis]"] : []
                #expect(check.status == 0, "after \(arguments): \(check.stderr)")
                #expect(Self.findings(check.stderr).sorted() == (expected + analysis).sorted(), "after \(arguments): \(check.stderr)")
            }
            // Every kind of the table but the portal settings was made.
            let help = try LenteraProcess.run(["new", "apa"], in: portal, language: nil, environment: Self.indonesian)
            #expect(help.status == 1)
            #expect(help.stderr.contains("unit, layanan, maklumat, halaman, sop, kinerja, spbe, survei, analisis-survei, zona-integritas"))
        }
    }

    @Test func newRefusesToOverwriteAndNamesWhatIsMissing() throws {
        try withTemporaryFolder { folder in
            _ = try LenteraProcess.run(["init", "portal"], in: folder)
            let portal = folder.appendingPathComponent("portal")
            let path = "content/units/dinas-contoh/layanan/layanan-contoh.md"
            let before = try Self.read(portal, path)
            let again = try LenteraProcess.run(["new", "layanan", "layanan-contoh", "--unit", "dinas-contoh"], in: portal, language: nil, environment: Self.indonesian)
            #expect(again.status == 1)
            #expect(again.stderr.contains("`\(path)` sudah ada"))
            // The path is printed once, not also as the location (officer's report).
            #expect(again.stderr.components(separatedBy: path).count == 2, "\(again.stderr)")
            #expect(try Self.read(portal, path) == before)
            // A unit's file in another format counts as the same file.
            let unit = try LenteraProcess.run(["new", "unit", "dinas-contoh"], in: portal)
            #expect(unit.status == 1 && unit.stderr.contains("[cli.new.exists]"))

            let noUnit = try LenteraProcess.run(["new", "layanan", "--nama", "Baru"], in: portal)
            #expect(noUnit.status == 1 && noUnit.stderr.contains("[cli.new.needs-unit]"))
            // The existing units are listed, as for a misspelt unit (officer's report).
            #expect(noUnit.stderr.contains("the units are: dinas-contoh"), "\(noUnit.stderr)")
            let wrongUnit = try LenteraProcess.run(["new", "layanan", "--unit", "dinas-lain", "--nama", "Baru"], in: portal)
            #expect(wrongUnit.status == 1 && wrongUnit.stderr.contains("[cli.new.unknown-unit]") && wrongUnit.stderr.contains("dinas-contoh"))
            let badSlug = try LenteraProcess.run(["new", "halaman", "Cara Mengadu"], in: portal)
            #expect(badSlug.status == 1 && badSlug.stderr.contains("`cara-mengadu`"))
            let noName = try LenteraProcess.run(["new", "halaman"], in: portal)
            #expect(noName.status == 1 && noName.stderr.contains("[cli.new.needs-name]"))
            let outside = try LenteraProcess.run(["new", "halaman", "x"], in: folder)
            #expect(outside.status == 1 && outside.stderr.contains("[cli.new.no-portal]"))
        }
    }

    @Test func aNameYAMLWouldMisreadIsWrittenInQuotes() throws {
        try withTemporaryFolder { folder in
            _ = try LenteraProcess.run(["init", "portal"], in: folder)
            let portal = folder.appendingPathComponent("portal")
            let names = ["Layanan: KTP & KK #1 \"baru\"": "layanan-ktp-kk-1-baru", "ya": "ya", "2026": "2026", "*daftar": "daftar"]
            for (name, slug) in names {
                let made = try LenteraProcess.run(["new", "halaman", "--nama", name], in: portal)
                #expect(made.status == 0, "\(name): \(made.stderr)")
                let text = try Self.read(portal, "content/pages/\(slug).md")
                #expect(text.contains("\njudul: \""), "\(name) is not quoted: \(text)")
            }
            let check = try LenteraProcess.run(["check"] + Self.theme, in: portal)
            #expect(check.status == 0 && Self.findings(check.stderr) == Self.signatory("dinas-contoh"), "\(check.stderr)")
            let build = try LenteraProcess.run(["build"] + Self.theme, in: portal)
            #expect(build.status == 0)
            #expect(try Self.read(portal, "public/layanan-ktp-kk-1-baru/index.html").contains("Layanan: KTP &amp; KK #1 &quot;baru&quot;")
                    || (try Self.read(portal, "public/layanan-ktp-kk-1-baru/index.html")).contains("Layanan: KTP &amp; KK #1 \"baru\""))
        }
    }

    @Test func schemaWritesAParsableSchemaPerKindAndTheEditorSettings() throws {
        try withTemporaryFolder { folder in
            let result = try LenteraProcess.run(["schema", "skema"], in: folder, language: nil, environment: Self.indonesian)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("16 skema JSON ditulis ke `skema`"))
            let names = FolderSnapshot.names(in: folder.appendingPathComponent("skema"))
            for kind in ["portal", "unit", "layanan", "maklumat", "halaman", "sop", "kinerja", "spbe", "survei", "zona-integritas"] {
                #expect(names.contains("\(kind).schema.json"))
            }
            #expect(names.contains("layanan.frontmatter.schema.json") && names.contains("README.md"))
            let service = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("skema/layanan.schema.json"))) as? [String: Any]
            #expect(service?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
            #expect(service?["title"] as? String == "Standar Pelayanan")
            let settings = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("skema/vscode-settings.json"))) as? [String: Any]
            let yaml = settings?["yaml.schemas"] as? [String: [String]]
            #expect(yaml?["skema/layanan.schema.json"] == ["content/units/*/layanan/*.yaml", "content/units/*/layanan/*.yml"])
        }
    }
}
