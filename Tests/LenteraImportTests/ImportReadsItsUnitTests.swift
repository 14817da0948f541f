import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraImport
import LenteraTesting
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `lentera survey import` reads only what places its result (issue 16): the portal
/// settings, the unit files, the unit's own services and results, and its instansi's Zona
/// Integritas file — never another unit's services or results, nor the free pages.
@Suite struct ImportReadsItsUnitTests {
    static let header = "U1,U2,U3,U4,U5,U6,U7,U8,U9"
    static let export = header + "\n4,4,3,4,3,4,4,3,4\n"
    static let other = "dinas-lain"

    /// The test portal with a second unit that has a service, a survey result and a
    /// maklumat, and a free page.
    static let portal = TestPortal()
        .with("units/\(other)/unit.md", TestPortal.unitMarkdown("Dinas Lain", instansi: TestPortal.instansi))
        .with("units/\(other)/maklumat.md", TestPortal.maklumatMD)
        .with(TestPortal.servicePath("layanan-lain", unit: other), SampleService.markdown(name: "Layanan Lain"))
        .with("units/\(other)/survei/skm-2024-Q1.yaml", SampleSurvey.skm())
        .with("pages/tentang.md", "---\njudul: Tentang\n---\n\nTentang portal ini.\n")

    /// Runs one import of `export` into `portal` (written to `folder/content`).
    static func run(_ folder: URL, unit: String = TestPortal.unit, service: String? = nil, kind: SurveyKind = .skm,
                    period: String = "2024-Q1", export: String = ImportReadsItsUnitTests.export) throws -> Result<SurveyImport.Outcome, SurveyImport.Failure> {
        let file = folder.appendingPathComponent("ekspor.csv")
        try Data(export.utf8).write(to: file)
        let request = SurveyImport.Request(export: file, exportDisplay: "ekspor.csv", content: folder.appendingPathComponent("content"),
                                           contentDisplay: "content", unit: unit, period: period, service: service, kind: kind)
        do throws(SurveyImport.Failure) { return .success(try SurveyImport(request).run()) } catch { return .failure(error) }
    }

    /// Asked of the kernel: the other unit's folder, its `layanan/` and `survei/` and the
    /// free pages are not even listed. (Fails with the whole-portal load the import did before.)
    @Test func anImportNeverOpensAnotherUnitsServicesOrResults() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try Self.portal.write(to: content)
            let watched = ["units/\(Self.other)", "units/\(Self.other)/layanan", "units/\(Self.other)/survei", "pages"].map { content.appendingPathComponent($0).path }
            let watch = try #require(OpenWatch(folders: watched))
            let outcome = try Self.run(folder).get()
            #expect(outcome.written == "units/\(TestPortal.unit)/survei/skm-2024-Q1.yaml")
            #expect(watch.opened() == [])
            // The watch sees a whole load open them.
            _ = ContentLoader(root: content, displayRoot: "content").load()
            #expect(Set(watch.opened()).isSuperset(of: watched.map { $0 + "/" }))
        }
    }

    /// What is read: `portal.yaml`, the unit's file (from the folder named as its slug), its
    /// services and results — nothing of the other unit.
    @Test func theFilesReadAreThePortalAndTheUnitsOwn() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try Self.portal.with("units/\(TestPortal.unit)/survei/skm-2023-Q4.yaml", SampleSurvey.skm().replacingOccurrences(of: "2024-Q1", with: "2023-Q4"))
                .write(to: content)
            let loaded = ContentLoader(root: content, displayRoot: "content").loadUnitContext(TestPortal.unit)
            #expect(loaded.files == ["portal.yaml", TestPortal.unitFile, TestPortal.serviceFile, "units/\(TestPortal.unit)/survei/skm-2023-Q4.yaml"])
            let context = try #require(loaded.context)
            #expect(context.units == [TestPortal.unit])
            #expect(context.services == [TestPortal.service])
            #expect(context.folderName == TestPortal.unit)
            #expect(context.instansi == TestPortal.instansi)
            #expect(Array(context.surveyFiles.values) == ["units/\(TestPortal.unit)/survei/skm-2023-Q4.yaml"])
            // The one warning of a whole load about these files: the result has no analysis.
            #expect(loaded.diagnostics.map(\.code) == ["survey.missing-analysis"], "\(loaded.diagnostics.inEnglish)")
        }
    }

    /// Another unit's service with a YAML error, a FIFO and a dangling link among its
    /// services, a broken survey result and a unit file that is not a unit: the import
    /// still succeeds, and reports none of them (it did not read them). A unit whose folder
    /// is not named as its slug is looked for in every unit file: the broken one is read
    /// then, and the import still succeeds.
    @Test func anotherUnitsBrokenFilesDoNotStopTheImport() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            let services = "units/\(Self.other)/layanan"
            try Self.portal
                .with("\(services)/rusak.md", "---\nnama: [tidak ditutup\n---\n")
                .with("units/\(Self.other)/survei/skm-2024-Q2.yaml", "jenis: skm\nperiode: [\n")
                .with("units/dinas-rusak/unit.md", "---\nnama: Dinas Rusak\n---\n")
                .with("units/folder-lama/unit.md", TestPortal.unitMarkdown("Dinas Baru", instansi: TestPortal.instansi, extra: "slug: dinas-baru"))
                .write(to: content)
            #expect(mkfifo(content.appendingPathComponent("\(services)/pipa.md").path, 0o644) == 0)
            try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("\(services)/hilang.md").path, withDestinationPath: "tidak-ada.md")
            let broken = ["\(services)/hilang.md", "\(services)/pipa.md", "\(services)/rusak.md", "units/\(Self.other)/survei/skm-2024-Q2.yaml"]
            // A whole load finds every one of them broken.
            let whole = ContentLoader(root: content, displayRoot: "content").load()
            let errors = Set(whole.diagnostics.filter { $0.severity == .error }.compactMap(\.location?.file))
            #expect(errors.isSuperset(of: broken.map { "content/" + $0 }), "\(whole.diagnostics.inEnglish)")

            let loader = ContentLoader(root: content, displayRoot: "content")
            #expect(loader.loadUnitContext(TestPortal.unit).diagnostics.inEnglish == [])
            // Every unit file, but of the other units nothing else.
            #expect(Set(loader.loadUnitContext("dinas-baru").diagnostics.compactMap(\.location?.file)) == ["content/units/dinas-rusak/unit.md"])
            #expect(try Self.run(folder).get().written == "units/\(TestPortal.unit)/survei/skm-2024-Q1.yaml")
            #expect(try Self.run(folder, unit: "dinas-baru").get().written == "units/folder-lama/survei/skm-2024-Q1.yaml")
        }
    }

    /// A unit's folder may be named otherwise than its slug: the unit is found by its slug,
    /// and the result goes into its own folder, where the loader reads it as the unit's.
    @Test func aUnitWhoseFolderIsNotItsSlugIsFoundAndItsFolderWrittenInto() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try TestPortal()
                .with("units/folder-lama/unit.md", TestPortal.unitMarkdown("Dinas Baru", instansi: TestPortal.instansi, extra: "slug: dinas-baru"))
                .write(to: content)
            let outcome = try Self.run(folder, unit: "dinas-baru").get()
            #expect(outcome.written == "units/folder-lama/survei/skm-2024-Q1.yaml")
            #expect(outcome.replaced == false)
            // Found in every unit file.
            #expect(ContentLoader(root: content, displayRoot: "content").loadUnitContext("dinas-baru").files.filter { $0.hasSuffix("/unit.md") }
                        == ["units/\(TestPortal.unit)/unit.md", "units/folder-lama/unit.md"])
            let loaded = ContentLoader(root: content, displayRoot: "content").load()
            #expect(loaded.diagnostics.map(\.code) == ["survey.missing-analysis"], "\(loaded.diagnostics.inEnglish)")
            #expect(loaded.content?.surveys.map(\.unit) == ["dinas-baru"])
            #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("units/dinas-baru").path))
            // Again: the result found in the unit's folder is replaced.
            #expect(try Self.run(folder, unit: "dinas-baru").get().replaced == true)
            // The folder's name is not a unit's slug.
            guard case .failure(let failure) = try Self.run(folder, unit: "folder-lama") else { Issue.record("imported for a folder name"); return }
            #expect(failure.diagnostics.map(\.code) == ["import.unknown-unit"])
        }
    }

    /// Two folders claiming one slug: the unit is the first folder's, as for the loader.
    @Test func aSlugTwoFoldersClaimIsTheFirstFolders() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            let twin = TestPortal.unitMarkdown("Dinas Kembar", instansi: TestPortal.instansi, extra: "slug: dinas-kembar")
            try TestPortal().with("units/a-dinas/unit.md", twin).with("units/b-dinas/unit.md", twin).write(to: content)
            let outcome = try Self.run(folder, unit: "dinas-kembar").get()
            #expect(outcome.written == "units/a-dinas/survei/skm-2024-Q1.yaml")
            let loaded = ContentLoader(root: content, displayRoot: "content").load()
            #expect(loaded.content?.surveys.map(\.unit) == ["dinas-kembar"])
            #expect(Array(loaded.surveyFiles.values) == ["units/a-dinas/survei/skm-2024-Q1.yaml"])
        }
    }

    /// A folder named as the slug is taken without looking at other unit files, even when
    /// an earlier folder claims the slug too (`load()` gives it to the earlier one, and
    /// refuses the portal: `unit.duplicate-slug`, which `check` and `build` report).
    @Test func aFolderNamedAsTheSlugIsTakenWithoutLookingFurther() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            let claim = TestPortal.unitMarkdown("Dinas Kembar", instansi: TestPortal.instansi, extra: "slug: \(TestPortal.unit)")
            try TestPortal().with("units/a-dinas/unit.md", claim).write(to: content)
            let loaded = ContentLoader(root: content, displayRoot: "content").load()
            #expect(loaded.diagnostics.map(\.code).contains("unit.duplicate-slug"))
            #expect(try Self.run(folder).get().written == "units/\(TestPortal.unit)/survei/skm-2024-Q1.yaml")
        }
    }

    /// A service is named by its slug, which its file's name need not be: only that
    /// unit's services are decoded to find it.
    @Test func aServiceIsNamedByItsSlugNotItsFileName() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try Self.portal.with(TestPortal.servicePath("berkas-lama"), SampleService.markdown(name: "Layanan Baru", extra: "slug: layanan-baru"))
                .write(to: content)
            let outcome = try Self.run(folder, service: "layanan-baru").get()
            #expect(outcome.written == "units/\(TestPortal.unit)/survei/skm-2024-Q1--layanan-baru.yaml")
            guard case .failure(let failure) = try Self.run(folder, service: "berkas-lama") else { Issue.record("imported for a file name"); return }
            #expect(failure.diagnostics.map(\.code) == ["import.unknown-service"])
            #expect(failure.diagnostics.first?.advice?.text(in: .en).contains("layanan-baru, layanan-contoh") == true, "\(failure.diagnostics.inEnglish)")
            // Another unit's service is not this unit's.
            guard case .failure(let other) = try Self.run(folder, service: "layanan-lain") else { Issue.record("imported for another unit's service"); return }
            #expect(other.diagnostics.map(\.code) == ["import.unknown-service"])
        }
    }

    /// A sub-unit takes its instansi's own Zona Integritas statement through the unit files
    /// of its parents: read from the folders named as their slugs, or, two levels down
    /// through a parent in a folder named otherwise, found among every unit file. Another
    /// instansi's file is not read.
    @Test func aSubUnitTakesItsInstansisStatementsThroughItsParents() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            let portalYAML = TestPortal.portalYAML + "  - slug: kab-lain\n    nama: Pemerintah Kabupaten Lain\n"
            try SurveyImportTests.ownStatements
                .with(TestPortal.portalFile, portalYAML)
                .with("units/folder-bidang/unit.md", TestPortal.unitMarkdown("Bidang Contoh", jenis: "bidang", induk: TestPortal.unit, extra: "slug: bidang-contoh"))
                .with("units/seksi-contoh/unit.md", TestPortal.unitMarkdown("Seksi Contoh", jenis: "upt", induk: "bidang-contoh"))
                .with("units/dinas-kab/unit.md", TestPortal.unitMarkdown("Dinas Kabupaten", instansi: "kab-lain"))
                .with("units/upt-contoh/unit.md", TestPortal.unitMarkdown("UPT Contoh", jenis: "upt", induk: TestPortal.unit))
                .with("zona-integritas/kab-lain.yaml", """
                    pernyataan_tambahan:
                      spak:
                        - { kode: SPAK9, teks: Petugas menolak imbalan, mulai: 2024-01 }

                    """)
                .write(to: content)
            let codes = ZIElements.all.map(\.code)
            let with = (codes + ["SPKP9"]).joined(separator: ",") + "\n" + Array(repeating: "6", count: codes.count + 1).joined(separator: ",") + "\n"
            let without = codes.joined(separator: ",") + "\n" + Array(repeating: "6", count: codes.count).joined(separator: ",") + "\n"
            for unit in ["seksi-contoh", "upt-contoh"] {
                let outcome = try Self.run(folder, unit: unit, kind: .zi, period: "2024-03", export: with).get()
                #expect(outcome.result.elements.count == codes.count + 1)
                #expect(outcome.result.elements["SPKP9"] != nil)
                #expect(outcome.written == "units/\(unit)/survei/zi-2024-03.yaml")
                guard case .failure(let failure) = try Self.run(folder, unit: unit, kind: .zi, period: "2024-04", export: without) else {
                    Issue.record("imported for \(unit) without the instansi's own statement"); continue
                }
                #expect(failure.diagnostics.inEnglish.contains { $0.contains("SPKP9") }, "\(failure.diagnostics.inEnglish)")
            }

            let loader = ContentLoader(root: content, displayRoot: "content")
            let loaded = loader.loadUnitContext("seksi-contoh")
            #expect(loaded.context?.instansi == TestPortal.instansi)
            #expect(loaded.files.contains("zona-integritas/\(TestPortal.instansi).yaml"))
            #expect(!loaded.files.contains("zona-integritas/kab-lain.yaml"))
            #expect(loader.loadUnitContext("upt-contoh").files == ["portal.yaml", "units/upt-contoh/unit.md", TestPortal.unitFile,
                                                                  "zona-integritas/\(TestPortal.instansi).yaml", "units/upt-contoh/survei/zi-2024-03.yaml"])
        }
    }
}
