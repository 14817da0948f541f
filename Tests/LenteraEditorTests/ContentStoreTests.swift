import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraTesting
import Testing
@testable import LenteraEditor

/// The content store on small portals written into a temporary folder (`content/` beside
/// the editor's state folder), and on the example portal.
@Suite struct ContentStoreTests {
    /// Runs `body` with a store on `portal` written into `<temporary>/content`.
    func withStore<T>(_ portal: TestPortal = TestPortal(), _ body: (ContentStore, URL) throws -> T) throws -> T {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try portal.write(to: content)
            return try body(ContentStore(content: content), content)
        }
    }

    func text(_ content: URL, _ path: String) throws -> String {
        try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
    }

    // MARK: - Reading

    @Test func readsAMarkdownFileWithItsBodyUnderTheBodyField() throws {
        try withStore { store, _ in
            let file = try store.open(TestPortal.serviceFile)
            #expect(file.kind.name == "layanan")
            #expect(file.unit == TestPortal.unit)
            #expect(file.tree["nama"] == .text("Layanan Contoh"))
            #expect(file.tree[FieldPath(text: "persyaratan.1")] == .text("Fotokopi KTP"))
            #expect(file.tree[FieldPath(text: "ditetapkan.tanggal")] == .text("2020-01-02"))
            #expect(file.tree["keterangan"] == .text("Keterangan layanan contoh."))
            #expect(file.version.count == 64)
            #expect(!file.isNew)
            #expect(!file.hasComments)
            #expect(!file.readOnly)
        }
    }

    @Test func theVersionIsTheSHA256OfTheBytes() {
        #expect(ContentStore.version(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func flagsCommentsButNotAHashInsideATextOrAQuote() throws {
        let commented = SampleService.markdown(extra: "# catatan petugas\nringkasan: Satu kalimat.")
        let hashes = SampleService.markdown(extra: "ringkasan: \"Nomor #1: antre\"\nnama_singkat: C#1")
        let portal = TestPortal().with(TestPortal.servicePath("a"), commented).with(TestPortal.servicePath("b"), hashes)
        try withStore(portal) { store, _ in
            let commented = try store.open(TestPortal.servicePath("a")), plain = try store.open(TestPortal.servicePath("b"))
            #expect(commented.hasComments)
            #expect(!plain.hasComments)
        }
        #expect(YAMLCommentProbe.present("a: b # note"))
        #expect(YAMLCommentProbe.present("teks: |\n  # judul Markdown\nb: c # note"))
        #expect(!YAMLCommentProbe.present("teks: |\n  # judul Markdown\n  baris\nb: c"))
        #expect(!YAMLCommentProbe.present("url: https://contoh.go.id/#bagian\nwarna: '#0B4F8A'"))
    }

    @Test func refusesPathsOutsideTheContentAndUnknownKinds() throws {
        try withStore { store, content in
            for path in ["../portal.yaml", "/etc/passwd", "units/dinas-contoh/../../x.md", "units/dinas-contoh/catatan.md",
                         "units/.rahasia/unit.md", "units/dinas-contoh/layanan/x.txt"] {
                #expect(throws: EditorFileError.self) { try store.open(path) }
            }
            // A link, even one leading inside the folder, is neither read nor replaced.
            try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("units/dinas-contoh/layanan/tautan.md").path,
                                                       withDestinationPath: content.appendingPathComponent(TestPortal.serviceFile).path)
            let error = #expect(throws: EditorFileError.self) { try store.open("units/dinas-contoh/layanan/tautan.md") }
            #expect(error?.diagnostic.code == "editor.path-refused")
        }
    }

    // MARK: - Canonical form

    @Test func writesTheCanonicalForm() throws {
        try withStore { store, _ in
            var file = store.blank(ContentKinds.layanan, unit: TestPortal.unit, slug: "baru")
            #expect(file.path == "units/dinas-contoh/layanan/baru.md")
            #expect(file.isNew)
            file.tree = .fields([
                ContentField("keterangan", .text("Baris satu.\r\n\r\nBaris dua.\n\n")),
                ContentField("biaya", .fields([ContentField("tarif", .list([
                    .fields([ContentField("jumlah", .text("5000")), ContentField("uraian", .text("Legalisasi: per lembar"))]),
                    .fields([ContentField("uraian", .text("")), ContentField("jumlah", .text(" "))]),
                ]))])),
                ContentField("prosedur", .list([.text("Datang"), .text(""), .text("yes"), .text("Baris\nkedua")])),
                ContentField("nama", .text("  Layanan Baru ")),
                ContentField("ringkasan", .text("")),
                ContentField("jumlah_pelaksana", .text("2")),
            ])
            #expect(store.canonicalText(of: file.tree, for: file) == """
                ---
                nama: Layanan Baru
                prosedur:
                  - Datang
                  - "yes"
                  - |
                    Baris
                    kedua
                biaya:
                  tarif:
                    - uraian: "Legalisasi: per lembar"
                      jumlah: 5000
                jumlah_pelaksana: "2"
                ---

                Baris satu.

                Baris dua.

                """)
        }
    }

    @Test func writesJSONInTableOrderWithNumbersWhereTheFieldTakesThem() throws {
        let kind = ContentKinds.layanan
        let tree = ContentTree.fields([
            ContentField("urutan", .text("2")),
            ContentField("nama", .text("Layanan \"JSON\"")),
            ContentField("biaya", .fields([ContentField("tarif", .list([.fields([ContentField("uraian", .text("Cetak")), ContentField("jumlah", .text("5.000"))])]))])),
            ContentField("keterangan", .text("Teks.")),
        ])
        let text = CanonicalWriter.write(tree, kind: kind, path: "units/a/layanan/x.json").text
        #expect(text == """
            {
              "nama": "Layanan \\"JSON\\"",
              "urutan": 2,
              "biaya": {
                "tarif": [
                  {
                    "uraian": "Cetak",
                    "jumlah": "5.000"
                  }
                ]
              },
              "keterangan": "Teks."
            }

            """)
    }

    @Test func quotesOnlyWhereYAMLNeedsIt() {
        for plain in ["Gratis", "Rp5.000,-", "https://contoh.go.id/a#b", "KTP-el", "Arti \"hari\"", "-5 derajat", "2020-01-02"] {
            #expect(YAMLText.scalar(plain, textual: true) == plain, "\(plain)")
        }
        for quoted in ["yes", "No", "null", "~", "123", "1.5", "0x1F", "#0B4F8A", "Catatan: penting", "- a", "[x]", "'a'", "a #b", "selesai:", "*", "---"] {
            #expect(YAMLText.scalar(quoted, textual: true).hasPrefix("\""), "\(quoted)")
        }
        #expect(YAMLText.scalar("5000", textual: false) == "5000")
        #expect(YAMLText.block("Baris\n---\nLagi\n") == nil)
        #expect(YAMLText.block("Baris\n- butir\n")?.header == "|")
        #expect(YAMLText.scalar("a\u{7}b", textual: true) == "\"a\\x07b\"")
        // A key written freely is quoted when it must be, and reads back.
        let tree = ContentTree.fields([ContentField("profil", .fields([ContentField("pendidikan", .fields([ContentField("S1: sarjana", .text("4"))]))]))])
        let written = CanonicalWriter.write(tree, kind: ContentKinds.survei, path: "units/a/survei/skm-2026.yaml").text
        #expect(written.contains("\"S1: sarjana\": 4"))
        #expect(WrittenFile.read(Array(written.utf8), name: "a.yaml").root.map(ContentTree.init) == tree)
    }

    /// Every file of the example portal read and written canonically reads back as the same
    /// tree when written again (the form is stable), and the whole portal, loaded with every
    /// file in its canonical form instead, gives the same domain values and no diagnostic.
    @Test func theExamplePortalRewrittenCanonicallyDecodesToTheSameValues() throws {
        let content = Repository.root.appendingPathComponent("content")
        let store = ContentStore(content: content)
        var overlay: [String: [UInt8]] = [:]
        var paths = store.portalFiles().map(\.path)
        for unit in store.units() { paths += store.files(ofUnit: unit.slug).map(\.path) }
        #expect(paths.count >= 50)
        // Every kind of the table is among them, and both formats of services.
        #expect(Set(paths.compactMap { ContentStore.kind(of: $0)?.name }) == Set(ContentKinds.all.map(\.name)))
        #expect(paths.contains { $0.hasSuffix(".json") })
        for path in paths {
            let file = try store.open(path)
            let text = store.canonicalText(of: file.tree, for: file)
            let again = try ContentStore.editable(Array(text.utf8), kind: file.kind, path: path, display: path)
            #expect(store.canonicalText(of: again.tree, for: again) == text, "\(path)")
            #expect(again.tree.normalisedForTest.sortedForTest == file.tree.normalisedForTest.sortedForTest, "\(path)")
            overlay[path] = Array(text.utf8)
        }
        let original = ContentLoader(root: content).load()
        var loader = ContentLoader(root: content)
        loader.overlay = overlay
        let rewritten = loader.load()
        #expect(original.diagnostics.isEmpty)
        #expect(rewritten.diagnostics.map(\.formatted) == [])
        // Domain values keep where they were written (a file link's line), which moves when
        // comments go: compared without their locations.
        #expect(rewritten.content != nil)
        #expect(rewritten.content.map(ValueText.of) == original.content.map(ValueText.of))
    }

    // MARK: - Validation

    @Test func placesABadAmountOnItsFieldWithTheDecodersOwnMessage() throws {
        try withStore { store, _ in
            var file = try store.open(TestPortal.serviceFile)
            file.tree.set(.fields([ContentField("tarif", .list([.fields([ContentField("uraian", .text("Cetak")),
                                                                          ContentField("jumlah", .text("lima ribu"))])]))]),
                          at: FieldPath(["biaya"]))
            let validation = store.validate(file.tree, as: file)
            #expect(!validation.isValid)
            let placed = validation.byField[FieldPath(text: "biaya.tarif.0.jumlah")] ?? []
            #expect(placed.map(\.code) == ["service.invalid-amount"])
            // The same text as `lentera check` gives for the file written so.
            let written = store.canonicalText(of: file.tree, for: file)
            let check = SingleFileDecoder.decode(.service, Array(written.utf8), name: "content/" + file.path)
            #expect(placed.map(\.summary) == check.diagnostics.filter { $0.code == "service.invalid-amount" }.map(\.summary))
            #expect(validation.inFile.isEmpty && validation.elsewhere.isEmpty)
        }
    }

    @Test func placesProblemsOfAJSONFileOnTheirFields() throws {
        let json = """
            {"nama": "Layanan JSON", "ditetapkan": "belum", "persyaratan": ["KTP"], "prosedur": ["Datang"], "jangka_waktu": "1 hari kerja",
             "biaya": {"tarif": [{"uraian": "Cetak", "jumlah": 5000}]}, "produk": ["Surat"], "pengaduan": ["Loket"]}
            """
        try withStore(TestPortal().with(TestPortal.servicePath("json", extension: "json"), json)) { store, _ in
            var file = try store.open(TestPortal.servicePath("json", extension: "json"))
            #expect(store.validate(file.tree, as: file).byField.values.allSatisfy { !$0.hasErrors })
            file.tree.set(.text("1500.75"), at: FieldPath(text: "biaya.tarif.0.jumlah"))
            file.tree.set(.text("kemarin"), at: FieldPath(text: "diperbarui"))
            let validation = store.validate(file.tree, as: file)
            #expect(validation.byField[FieldPath(text: "biaya.tarif.0.jumlah")]?.map(\.code) == ["service.invalid-amount"])
            #expect(validation.byField[FieldPath(text: "diperbarui")]?.map(\.code) == ["content.invalid-date"])
            #expect(validation.inFile.filter { $0.severity == .error }.isEmpty)
        }
    }

    @Test func placesABrokenLinkOfTheBodyOnTheBodyField() throws {
        try withStore { store, _ in
            var file = try store.open(TestPortal.serviceFile)
            file.tree.set(.text("Baris pertama.\n\nLihat [formulir](../berkas/tidak-ada.pdf)."), at: FieldPath(["keterangan"]))
            let validation = store.validate(file.tree, as: file)
            let placed = validation.byField[FieldPath(["keterangan"])] ?? []
            #expect(!placed.isEmpty && placed.allSatisfy { $0.location?.line != nil })
            #expect(placed.hasErrors)
            #expect(validation.inFile.isEmpty)
        }
    }

    @Test func placesAMissingFieldOnItsSetAndAMissingFileFieldOnTheFile() throws {
        try withStore { store, _ in
            var file = try store.open(TestPortal.serviceFile)
            file.tree.set(.list([.fields([ContentField("uraian", .text("Cetak"))])]), at: FieldPath(text: "biaya.tarif"))
            file.tree.set(nil, at: FieldPath(["nama"]))
            let validation = store.validate(file.tree, as: file)
            #expect(validation.byField[FieldPath(text: "biaya.tarif.0")]?.map(\.code) == ["content.missing-field"])
            #expect(validation.inFile.map(\.code) == ["content.missing-field"])
        }
    }

    @Test func reportsADuplicateSlugAndOnlyNewProblemsElsewhere() throws {
        // `b.md` is broken before the change: its problem is not the change's.
        let portal = TestPortal().with(TestPortal.servicePath("b"), SampleService.markdown(name: "B", extra: "urutan: dua"))
        try withStore(portal) { store, _ in
            var file = store.blank(ContentKinds.layanan, unit: TestPortal.unit, slug: "a-baru")
            file.tree = try store.open(TestPortal.serviceFile).tree
            file.tree.set(.text(TestPortal.service), at: FieldPath(["slug"]))
            let validation = store.validate(file.tree, as: file)
            // `a-baru.md` is read before `layanan-contoh.md`, so the second, unchanged file is the duplicate.
            #expect(validation.elsewhere.map(\.code) == ["service.duplicate-slug"])
            #expect(validation.elsewhere.first?.location?.file == "content/" + TestPortal.serviceFile)
            #expect(!validation.isValid)

            var later = store.blank(ContentKinds.layanan, unit: TestPortal.unit, slug: "z-baru")
            later.tree = file.tree
            let inFile = store.validate(later.tree, as: later)
            #expect(inFile.inFile.map(\.code) == ["service.duplicate-slug"])
            #expect(inFile.elsewhere.isEmpty)
        }
    }

    @Test func warningsDoNotBlock() {
        let warning = Diagnostic.warning("x.y", at: SourceLocation(file: "content/a.md", line: 2, column: 1), Message("editor.busy"))
        #expect(Validation(inFile: [warning]).isValid)
        #expect(!Validation(elsewhere: [.error("x.y", at: nil, Message("editor.busy"))]).isValid)
    }

    // MARK: - Saving

    @Test func savesCanonicallyAndReturnsTheOldText() throws {
        try withStore { store, content in
            let before = try text(content, TestPortal.serviceFile)
            var file = try store.open(TestPortal.serviceFile)
            file.tree.set(.text("Pemohon datang"), at: FieldPath(text: "prosedur.0"))
            guard case .saved(let saved, let old, _) = try store.save(file.tree, as: file) else {
                Issue.record("not saved")
                return
            }
            #expect(old == before)
            #expect(try text(content, TestPortal.serviceFile) == saved.text)
            #expect(saved.text.contains("  - Pemohon datang\n"))
            #expect(saved.version != file.version)
            // Nothing left beside it.
            #expect(FolderSnapshot.names(in: content.appendingPathComponent("units/dinas-contoh/layanan")) == ["layanan-contoh.md"])
            #expect(FileManager.default.fileExists(atPath: content.deletingLastPathComponent().appendingPathComponent(".lentera-sunting/simpan.lock").path))
        }
    }

    @Test func writesNothingInvalid() throws {
        try withStore { store, content in
            let before = try text(content, TestPortal.serviceFile)
            var file = try store.open(TestPortal.serviceFile)
            file.tree.set(.text("kemarin"), at: FieldPath(text: "ditetapkan.tanggal"))
            guard case .invalid(let validation) = try store.save(file.tree, as: file) else {
                Issue.record("saved")
                return
            }
            #expect(validation.byField[FieldPath(text: "ditetapkan.tanggal")]?.map(\.code) == ["content.invalid-date"])
            #expect(try text(content, TestPortal.serviceFile) == before)
        }
    }

    @Test func createsANewFileAndItsFolders() throws {
        try withStore { store, content in
            var file = store.blank(ContentKinds.layanan, unit: TestPortal.unit, slug: "baru")
            file.tree = try store.open(TestPortal.serviceFile).tree
            file.tree.set(.text("Layanan Baru"), at: FieldPath(["nama"]))
            try FileManager.default.removeItem(at: content.appendingPathComponent("units/dinas-contoh/layanan/layanan-contoh.md"))
            guard case .saved(let saved, let old, _) = try store.save(file.tree, as: file) else {
                Issue.record("not saved")
                return
            }
            #expect(old == nil)
            #expect(saved.path == "units/dinas-contoh/layanan/baru.md")
            #expect(try text(content, saved.path).hasPrefix("---\nnama: Layanan Baru\n"))
        }
    }

    @Test func detectsAFileChangedSinceItWasOpened() throws {
        try withStore { store, content in
            let first = try store.open(TestPortal.serviceFile)
            let second = try store.open(TestPortal.serviceFile)
            var mine = first.tree
            mine.set(.text("Perubahan pertama"), at: FieldPath(text: "prosedur.0"))
            guard case .saved = try store.save(mine, as: first) else {
                Issue.record("the first save failed")
                return
            }
            let onDisk = try text(content, TestPortal.serviceFile)
            var theirs = second.tree
            theirs.set(.text("Perubahan kedua"), at: FieldPath(text: "prosedur.0"))
            guard case .conflict(let current, let yours) = try store.save(theirs, as: second) else {
                Issue.record("the second save was not refused")
                return
            }
            #expect(current.text == onDisk)
            #expect(current.tree[FieldPath(text: "prosedur.0")] == .text("Perubahan pertama"))
            #expect(yours.contains("Perubahan kedua"))
            #expect(try text(content, TestPortal.serviceFile) == onDisk)

            // A new file that someone else made meanwhile, and a file removed meanwhile.
            let blank = store.blank(ContentKinds.halaman, unit: nil, slug: "tentang")
            try FileManager.default.createDirectory(at: content.appendingPathComponent("pages"), withIntermediateDirectories: true)
            try "---\njudul: Tentang\n---\n\nIsi.\n".write(to: content.appendingPathComponent("pages/tentang.md"), atomically: true, encoding: .utf8)
            guard case .conflict = try store.save(.fields([ContentField("judul", .text("Tentang kami"))]), as: blank) else {
                Issue.record("a file made meanwhile was overwritten")
                return
            }
            let page = try store.open("pages/tentang.md")
            try FileManager.default.removeItem(at: content.appendingPathComponent("pages/tentang.md"))
            guard case .conflict(let gone, _) = try store.save(page.tree, as: page) else {
                Issue.record("a file removed meanwhile was written again")
                return
            }
            #expect(gone.isNew)
        }
    }

    /// Two officers saving the same file at the same moment: the lock puts the saves one
    /// after the other, so exactly one is written and the other is told of the change.
    @Test func twoSavesAtOnceWriteOneAndReportTheOther() throws {
        try withStore { store, content in
            let file = try store.open(TestPortal.serviceFile)
            let outcomes = Outcomes()
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                var tree = file.tree
                tree.set(.text("Perubahan \(index)"), at: FieldPath(text: "prosedur.0"))
                outcomes.add(Result { () throws(EditorFileError) in try store.save(tree, as: file) })
            }
            let results = outcomes.all.compactMap { try? $0.get() }
            let saved = results.compactMap { if case .saved(let file, _, _) = $0 { file } else { nil } }
            let conflicts = results.compactMap { if case .conflict(let current, _) = $0 { current } else { nil } }
            #expect(saved.count == 1 && conflicts.count == 1)
            #expect(conflicts.first?.text == saved.first?.text)
            #expect(try text(content, TestPortal.serviceFile) == saved.first?.text)
        }
    }

    /// A save stopped after its temporary is written and before it is renamed — where a
    /// killed process would stop — leaves the old file whole; the next save cleans up.
    @Test func aSaveStoppedBeforeTheRenameLeavesTheOldFile() throws {
        struct Killed: Error {}
        try withStore { store, content in
            let before = try text(content, TestPortal.serviceFile)
            let file = try store.open(TestPortal.serviceFile)
            var tree = file.tree
            tree.set(.text("Layanan Ubahan"), at: FieldPath(["nama"]))
            var killed = store
            let seen = Captured()
            killed.beforeRename = { temporary in
                seen.value = temporary
                throw Killed()
            }
            #expect(throws: EditorFileError.self) { try killed.save(tree, as: file) }
            #expect(try text(content, TestPortal.serviceFile) == before)
            let folder = content.appendingPathComponent("units/dinas-contoh/layanan")
            let temporary = try #require(seen.value)
            // The new text was all in the temporary before the rename would have happened.
            #expect(try String(contentsOf: folder.appendingPathComponent(temporary), encoding: .utf8).contains("nama: Layanan Ubahan"))
            // A load never reads it (hidden), and the next save removes it.
            #expect(ContentLoader(root: content).load().diagnostics.isEmpty)
            guard case .saved = try store.save(tree, as: file) else {
                Issue.record("not saved")
                return
            }
            #expect(FolderSnapshot.names(in: folder) == ["layanan-contoh.md"])
        }
    }

    @Test func refusesToSaveImportedSurveyResults() throws {
        let survey = "jenis: skm\nperiode: 2026-Q1\nsumber: impor\nresponden: 10\n"
        try withStore(TestPortal().with("units/dinas-contoh/survei/skm-2026-Q1.yaml", survey)) { store, _ in
            let file = try store.open("units/dinas-contoh/survei/skm-2026-Q1.yaml")
            #expect(file.readOnly)
            let error = #expect(throws: EditorFileError.self) { try store.save(file.tree, as: file) }
            #expect(error?.diagnostic.code == "editor.read-only")
            #expect(store.files(ofUnit: TestPortal.unit).first { $0.path.hasSuffix("skm-2026-Q1.yaml") }?.readOnly == true)
        }
    }

    // MARK: - Lists and slugs

    @Test func listsUnitsAndTheirFilesInTableOrder() throws {
        let portal = TestPortal()
            .with("units/bidang-contoh/unit.md", TestPortal.unitMarkdown("Bidang Contoh", jenis: "bidang", induk: TestPortal.unit))
            .with("pages/tentang.md", "---\njudul: Tentang\n---\n\nIsi.\n")
        try withStore(portal) { store, _ in
            #expect(store.units().map(\.slug) == ["bidang-contoh", "dinas-contoh"])
            #expect(store.units().first?.parent == TestPortal.unit)
            #expect(store.units().last?.name == "Dinas Contoh")
            #expect(store.files(ofUnit: TestPortal.unit).map(\.path) == [TestPortal.unitFile, TestPortal.maklumatFile, TestPortal.serviceFile])
            #expect(store.files(ofUnit: TestPortal.unit).map(\.title) == ["Dinas Contoh", "Maklumat Pelayanan", "Layanan Contoh"])
            #expect(store.portalFiles().map(\.path) == ["portal.yaml", "pages/tentang.md"])
        }
    }

    @Test func proposesAFreeSlugFromTheName() throws {
        let taken = SampleService.markdown(name: "Lain", extra: "slug: surat-pindah-2")
        try withStore(TestPortal().with(TestPortal.servicePath("surat-pindah"), SampleService.markdown(name: "Surat Pindah"))
            .with(TestPortal.servicePath("lain"), taken)) { store, _ in
            #expect(store.proposedSlug(for: "Akta Kelahiran Baru", kind: ContentKinds.layanan, unit: TestPortal.unit) == "akta-kelahiran-baru")
            // The file `surat-pindah.md` and another service's `slug: surat-pindah-2`.
            #expect(store.proposedSlug(for: "Surat Pindah", kind: ContentKinds.layanan, unit: TestPortal.unit) == "surat-pindah-3")
            #expect(!store.slugIsFree("Huruf Besar", kind: ContentKinds.layanan, unit: TestPortal.unit))
            #expect(store.slugIsFree("surat-pindah", kind: ContentKinds.layanan, unit: "unit-lain"))
            #expect(store.proposedSlug(for: "Dinas Contoh", kind: ContentKinds.unit, unit: nil) == "dinas-contoh-2")
            // A fixed name: the unit has its maklumat, not yet its SPBE file.
            #expect(!store.slugIsFree("maklumat", kind: ContentKinds.maklumat, unit: TestPortal.unit))
            #expect(store.slugIsFree("spbe", kind: ContentKinds.spbe, unit: TestPortal.unit))
            #expect(store.proposedSlug(for: "Maklumat", kind: ContentKinds.maklumat, unit: TestPortal.unit) == "maklumat")
        }
    }

    // MARK: - Attachments

    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]

    @Test func storesAnAttachmentUnderASafeUniqueName() throws {
        try withStore { store, content in
            let first = try store.storeAttachment(Self.png, fileName: "C:\\Poster Layanan (Final).PNG", unit: TestPortal.unit)
            #expect(first == "units/dinas-contoh/berkas/poster-layanan-final.png")
            let second = try store.storeAttachment(Self.png, fileName: "poster layanan final.png", unit: TestPortal.unit)
            #expect(second == "units/dinas-contoh/berkas/poster-layanan-final-2.png")
            #expect(try store.storeAttachment(Array("%PDF-1.4\n".utf8), fileName: "sk.pdf", unit: nil) == "berkas/sk.pdf")
            #expect(FileManager.default.contents(atPath: content.appendingPathComponent(first).path) == Data(Self.png))
            #expect(FolderSnapshot.names(in: content.appendingPathComponent("units/dinas-contoh/berkas")) == ["poster-layanan-final-2.png", "poster-layanan-final.png"])
        }
    }

    @Test func refusesAttachmentsByTypeAndBySize() throws {
        try withStore { store, content in
            let svg = #expect(throws: EditorFileError.self) { try store.storeAttachment(Array("<svg/>".utf8), fileName: "logo.svg", unit: nil) }
            #expect(svg?.diagnostic.code == "attachment.type-not-allowed")
            #expect(svg?.diagnostic.advice?.key == "attachment.type-not-allowed.hint-svg")
            let disguised = #expect(throws: EditorFileError.self) { try store.storeAttachment(Array("<html>".utf8), fileName: "sk.pdf", unit: nil) }
            #expect(disguised?.diagnostic.code == "attachment.wrong-content")
            let large = Self.png + [UInt8](repeating: 0, count: 1_000_001)
            let tooLarge = #expect(throws: EditorFileError.self) { try store.storeAttachment(large, fileName: "besar.png", unit: TestPortal.unit) }
            #expect(tooLarge?.diagnostic.code == "editor.attachment-too-large")
            #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("berkas").path)
                || FolderSnapshot.names(in: content.appendingPathComponent("berkas")).isEmpty)
            #expect(FolderSnapshot.names(in: content.appendingPathComponent("units/dinas-contoh/berkas")).isEmpty)
        }
    }
}

/// A value written out field by field (reflection), dictionaries and sets in a fixed
/// order, without the `location`s that say where a value was written (a `FileLink` keeps
/// its own behind a reference, as `storedLocation`).
enum ValueText {
    static func of(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        if mirror.children.isEmpty { return String(describing: value) }
        var parts = mirror.children.filter { $0.label != "location" && $0.label != "storedLocation" }.map { ($0.label.map { $0 + ": " } ?? "") + of($0.value) }
        if mirror.displayStyle == .dictionary || mirror.displayStyle == .set { parts.sort() }
        return "\(mirror.subjectType)(" + parts.joined(separator: ", ") + ")"
    }
}

/// Outcomes of saves made on several threads.
final class Outcomes: @unchecked Sendable {
    /// Guarded by `lock`.
    private var outcomes: [Result<SaveOutcome, EditorFileError>] = []
    private let lock = NSLock()

    func add(_ outcome: Result<SaveOutcome, EditorFileError>) {
        lock.lock()
        outcomes.append(outcome)
        lock.unlock()
    }

    var all: [Result<SaveOutcome, EditorFileError>] {
        lock.lock()
        defer { lock.unlock() }
        return outcomes
    }
}

/// A value set from a `@Sendable` closure in a test.
final class Captured: @unchecked Sendable {
    var value: String?
}

/// `YAMLComments` is LenteraContent's, read through a file.
enum YAMLCommentProbe {
    static func present(_ yaml: String) -> Bool {
        WrittenFile.read(Array(yaml.utf8), name: "a.yaml").hasComments
    }
}

extension ContentTree {
    /// The tree as the canonical writer writes it: texts normalised, empty values left out.
    var normalisedForTest: ContentTree {
        switch self {
        case .text(let text): .text(YAMLText.normalised(text))
        case .list(let items): .list(items.filter { !$0.isEmpty }.map(\.normalisedForTest))
        case .fields(let fields): .fields(fields.filter { !$0.value.isEmpty }.map { ContentField($0.key, $0.value.normalisedForTest) })
        }
    }

    /// Fields sorted by key, at every depth: the canonical order is the table's.
    var sortedForTest: ContentTree {
        switch self {
        case .text: self
        case .list(let items): .list(items.map(\.sortedForTest))
        case .fields(let fields): .fields(fields.sorted { $0.key < $1.key }.map { ContentField($0.key, $0.value.sortedForTest) })
        }
    }
}
