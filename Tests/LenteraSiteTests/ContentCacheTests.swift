import Foundation
import LenteraDiagnostics
import LenteraDomain
import LenteraSite
import LenteraTesting
import Testing

/// A rebuild takes an unchanged service from the build's cache of decoded services instead
/// of reading its file (`ContentCache`), and the result is what a fresh build gives: the same
/// tree, the same diagnostics.
@Suite struct ContentCacheTests {
    /// A unit with three services, one of them updated before its decree (a warning
    /// that must come back from the cache).
    static let portal = TestPortal()
        .with(TestPortal.servicePath("kedua"), SampleService.markdown(name: "Layanan Kedua", extra: "diperbarui: 2019-05-06"))
        .with(TestPortal.servicePath("ketiga"), SampleService.markdown(name: "Layanan Ketiga"))

    /// The files of the portal change moments before each build here: the cache keeps them
    /// at once (a real build waits for a file to be a second old: `aFileJustWrittenIsNotKept`).
    static func options(in folder: URL, date: CalendarDate = testDay) -> BuildOptions {
        var options = LenteraSiteTests.options(in: folder, date: date)
        options.cacheSettling = 0
        return options
    }

    /// A build that does its work (the last build's record removed: otherwise nothing changed
    /// is answered at once).
    static func rebuild(_ folder: URL, date: CalendarDate = testDay) -> BuildReport {
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(".public.lentera/record"))
        return SiteBuilder.build(options(in: folder, date: date))
    }

    /// Rewrites one file of the content in place.
    static func write(_ text: String, to path: String, in folder: URL) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent("content").appendingPathComponent(path))
    }

    /// The fresh build of the content as it is now: its report and tree.
    static func fresh(_ folder: URL) -> (report: BuildReport, files: [String: Data]) {
        var fresh = options(in: folder)
        fresh.outputDirectory = folder.appendingPathComponent("fresh")
        fresh.fresh = true
        let report = SiteBuilder.build(fresh)
        defer {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent("fresh"))
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(".fresh.lentera"))
        }
        return (report, FolderSnapshot.files(in: folder.appendingPathComponent("fresh")))
    }

    static func expectSameAsFresh(_ report: BuildReport, in folder: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let fresh = fresh(folder)
        #expect(report.succeeded == fresh.report.succeeded, sourceLocation: sourceLocation)
        #expect(report.diagnostics == fresh.report.diagnostics, sourceLocation: sourceLocation)
        #expect(fresh.report.succeeded, "the fresh build failed: nothing to compare", sourceLocation: sourceLocation)
        #expect(FolderSnapshot.files(in: folder.appendingPathComponent("public")) == fresh.files, sourceLocation: sourceLocation)
    }

    @Test func anEditedServiceIsReadAndTheOthersComeFromTheCache() throws {
        try withTemporaryFolder { folder in
            try Self.portal.write(to: folder.appendingPathComponent("content"))
            let first = Self.rebuild(folder)
            #expect(first.succeeded && first.servicesFromCache == 0, "the first build has no cache")
            // The second build has the cache, and the published tree to take pages from.
            let second = Self.rebuild(folder)
            #expect(second.servicesFromCache == 3)
            #expect(second.diagnostics.contains { $0.code == "service.updated-before-decree" }, "the cached service's warning is reported again")
            Self.expectSameAsFresh(second, in: folder)

            try Self.write(SampleService.markdown(name: "Layanan Ketiga Diubah"), to: TestPortal.servicePath("ketiga"), in: folder)
            let edited = Self.rebuild(folder)
            #expect(edited.servicesFromCache == 2, "the edited file is read, the two others are not")
            #expect(edited.diagnostics.contains { $0.code == "service.updated-before-decree" })
            let page = FolderSnapshot.files(in: folder.appendingPathComponent("public"))["unit/\(TestPortal.unit)/layanan/ketiga/index.html"]
            #expect(String(decoding: page ?? Data(), as: UTF8.self).contains("Layanan Ketiga Diubah"))
            Self.expectSameAsFresh(edited, in: folder)
        }
    }

    /// A requirement's text shows on its service's own page alone: an edit to it makes that
    /// page again and takes every other page as it is. A new name shows on the unit's page,
    /// the indexes, the dashboards: those are made again.
    @Test func anEditToAComponentsTextMakesOnlyItsOwnPageAgain() throws {
        try withTemporaryFolder { folder in
            try Self.portal.write(to: folder.appendingPathComponent("content"))
            let first = Self.rebuild(folder)
            #expect(Self.rebuild(folder).succeeded)
            let requirements = "persyaratan:\n  - Surat permohonan\n  - Fotokopi KTP-el dan Kartu Keluarga"
            try Self.write(SampleService.markdown(name: "Layanan Ketiga", replacing: ["persyaratan": requirements]),
                           to: TestPortal.servicePath("ketiga"), in: folder)
            let edited = Self.rebuild(folder)
            #expect(edited.succeeded)
            // Every page but the edited one; the files made from the content (sitemap, feed,
            // open data) as well.
            #expect(edited.filesReused >= first.pagesWritten - 1, "\(edited.filesReused) reused of \(first.pagesWritten) pages")
            Self.expectSameAsFresh(edited, in: folder)

            try Self.write(SampleService.markdown(name: "Layanan Ketiga Berganti Nama", replacing: ["persyaratan": requirements]),
                           to: TestPortal.servicePath("ketiga"), in: folder)
            let renamed = Self.rebuild(folder)
            #expect(renamed.succeeded)
            #expect(renamed.filesReused <= first.pagesWritten - 4, "the unit's page, the indexes and dashboards are made again")
            let unitPage = FolderSnapshot.files(in: folder.appendingPathComponent("public"))["unit/\(TestPortal.unit)/index.html"]
            #expect(String(decoding: unitPage ?? Data(), as: UTF8.self).contains("Layanan Ketiga Berganti Nama"))
            Self.expectSameAsFresh(renamed, in: folder)
        }
    }

    /// A change inside one unit's folder (its maklumat, a survey result, a service's name)
    /// makes that unit's own pages again, not another unit's.
    @Test func aChangeInOneUnitsFolderLeavesTheOtherUnitsPages() throws {
        try withTemporaryFolder { folder in
            let portal = Self.portal
                .with("units/dinas-kedua/unit.md", TestPortal.unitMarkdown("Dinas Kedua", instansi: TestPortal.instansi))
                .with(TestPortal.servicePath("satu", unit: "dinas-kedua"), SampleService.markdown(name: "Layanan Dinas Kedua"))
            try portal.write(to: folder.appendingPathComponent("content"))
            for _ in 1...2 { #expect(Self.rebuild(folder).succeeded) }
            let before = FolderSnapshot.files(in: folder.appendingPathComponent("public"))
            // The first unit's maklumat, rewritten.
            try Self.write(TestPortal.maklumatMD.replacingOccurrences(of: "Budi Santoso", with: "Siti Aminah"), to: TestPortal.maklumatFile, in: folder)
            let report = Self.rebuild(folder)
            #expect(report.succeeded)
            let after = FolderSnapshot.files(in: folder.appendingPathComponent("public"))
            #expect(after["unit/\(TestPortal.unit)/maklumat/index.html"] != before["unit/\(TestPortal.unit)/maklumat/index.html"])
            // The four services' pages and the second unit's page: taken as they were.
            #expect(report.filesReused >= 5, "\(report.filesReused) reused")
            Self.expectSameAsFresh(report, in: folder)
        }
    }

    /// A service's page shows its unit: when the unit's file changes, every service of the
    /// portal is read and its page made again.
    @Test func aChangedUnitReadsItsServicesAgain() throws {
        try withTemporaryFolder { folder in
            try Self.portal.write(to: folder.appendingPathComponent("content"))
            for _ in 1...2 { #expect(Self.rebuild(folder).succeeded) }
            try Self.write(TestPortal.unitMarkdown("Dinas Contoh Baru", instansi: TestPortal.instansi), to: TestPortal.unitFile, in: folder)
            let report = Self.rebuild(folder)
            #expect(report.servicesFromCache == 0)
            let page = FolderSnapshot.files(in: folder.appendingPathComponent("public"))["unit/\(TestPortal.unit)/layanan/kedua/index.html"]
            #expect(String(decoding: page ?? Data(), as: UTF8.self).contains("Dinas Contoh Baru"))
            Self.expectSameAsFresh(report, in: folder)
        }
    }

    /// What a service gives depends on the day (what is due by then): a build for another
    /// day reads every file.
    @Test func anotherDayReadsEveryService() throws {
        try withTemporaryFolder { folder in
            try Self.portal.write(to: folder.appendingPathComponent("content"))
            for _ in 1...2 { #expect(Self.rebuild(folder).succeeded) }
            let later = Self.rebuild(folder, date: CalendarDate(year: 2027, month: 3, day: 1)!)
            #expect(later.succeeded && later.servicesFromCache == 0)
        }
    }

    /// Survey results are taken from the cache too, with the warnings their folder's checks
    /// give (a missing analysis, overlapping periods: placed in the file as a fresh build
    /// places them); an edited result is read again, and a change to the portal's settings
    /// (which the decoding reads) reads them all.
    @Test func unchangedSurveyResultsComeFromTheCacheWithTheirWarnings() throws {
        try withTemporaryFolder { folder in
            let surveys = "units/\(TestPortal.unit)/survei/"
            let portal = Self.portal
                .with(surveys + "skm-2024-Q1.yaml", SampleSurvey.skm())
                .with(surveys + "skm-2024-01.yaml", SampleSurvey.skm(u1: "[0, 0, 5, 5]").replacingOccurrences(of: "periode: 2024-Q1", with: "periode: 2024-01"))
            try portal.write(to: folder.appendingPathComponent("content"))
            let first = Self.rebuild(folder)
            #expect(first.succeeded && first.surveysFromCache == 0, "the first build has no cache")
            let second = Self.rebuild(folder)
            #expect(second.surveysFromCache == 2)
            for code in ["survey.missing-analysis", "survey.overlapping-periods"] {
                #expect(second.diagnostics.contains { $0.code == code && $0.location?.line != nil }, "\(code), placed, from the cache")
            }
            Self.expectSameAsFresh(second, in: folder)

            try Self.write(SampleSurvey.skm(u1: "[0, 0, 0, 10]"), to: surveys + "skm-2024-Q1.yaml", in: folder)
            let edited = Self.rebuild(folder)
            #expect(edited.surveysFromCache == 1, "the edited result is read, the other is not")
            Self.expectSameAsFresh(edited, in: folder)

            try Self.write(TestPortal.portalYAML + "# diubah\n", to: TestPortal.portalFile, in: folder)
            let settings = Self.rebuild(folder)
            #expect(settings.succeeded && settings.surveysFromCache == 0, "the portal's settings changed: every result is decoded again")
            Self.expectSameAsFresh(settings, in: folder)
            #expect(Self.rebuild(folder).surveysFromCache == 2)
        }
    }

    /// SOPs are taken from the cache with their warnings (an unreadable time, an actor with
    /// no step) and their step links, which are checked again against the unit's SOPs of
    /// this build: a link to an SOP that is then deleted is an error at its line.
    @Test func unchangedSOPsComeFromTheCacheAndTheirLinksAreCheckedAgain() throws {
        try withTemporaryFolder { folder in
            let sops = "units/\(TestPortal.unit)/sop/"
            let linking = HostileNumberTests.sop(time: "sebentar")
                .replacingOccurrences(of: "pelaksana: [Kepala Dinas, Staf]", with: "pelaksana: [Kepala Dinas, Staf, Sekretaris]")
                .replacingOccurrences(of: "waktu: 10 menit }", with: "waktu: 10 menit, sop: sop-kedua }")
            let portal = Self.portal
                .with(sops + "sop-contoh.yaml", linking)
                .with(sops + "sop-kedua.yaml", HostileNumberTests.sop(time: "1 jam").replacingOccurrences(of: "SOP Contoh", with: "SOP Kedua"))
            try portal.write(to: folder.appendingPathComponent("content"))
            let first = Self.rebuild(folder)
            #expect(first.succeeded && first.sopsFromCache == 0, "the first build has no cache")
            let second = Self.rebuild(folder)
            #expect(second.sopsFromCache == 2)
            for code in ["sop.unreadable-time", "sop.unused-actor"] {
                #expect(second.diagnostics.contains { $0.code == code && $0.location?.line != nil }, "\(code), placed, from the cache")
            }
            Self.expectSameAsFresh(second, in: folder)

            try FileManager.default.removeItem(at: folder.appendingPathComponent("content/" + sops + "sop-kedua.yaml"))
            let removed = Self.rebuild(folder)
            #expect(!removed.succeeded && removed.sopsFromCache == 1)
            #expect(removed.diagnostics.contains { $0.code == "sop.unknown-link" && $0.location?.line == 5 }, "the cached link, checked again")
            #expect(removed.diagnostics == Self.fresh(folder).report.diagnostics)
        }
    }

    /// Performance reports are taken from the cache; two reports of one period are still
    /// an error at the second one's `periode`, whichever of them came from the cache.
    @Test func unchangedPerformanceReportsComeFromTheCache() throws {
        try withTemporaryFolder { folder in
            let reports = "units/\(TestPortal.unit)/kinerja/"
            let portal = Self.portal
                .with(reports + "2026-S1.yaml", HostileNumberTests.indicators(realisation: "95,5"))
                .with(reports + "2025-S2.yaml", HostileNumberTests.indicators(realisation: "80").replacingOccurrences(of: "2026-S1", with: "2025-S2"))
            try portal.write(to: folder.appendingPathComponent("content"))
            #expect(Self.rebuild(folder).performanceFromCache == 0, "the first build has no cache")
            let second = Self.rebuild(folder)
            #expect(second.succeeded && second.performanceFromCache == 2)
            Self.expectSameAsFresh(second, in: folder)

            // A second file of the first period, read before it (`.json`): the cached one is
            // the duplicate, reported at its `periode`.
            try Self.write("{\n  \"periode\": \"2026-S1\",\n  \"indikator\": [{\"kode\": \"IK-1\", \"indikator\": \"Perekaman\", \"target\": 100, \"satuan\": \"%\"}]\n}\n",
                           to: reports + "2026-S1.json", in: folder)
            let doubled = Self.rebuild(folder)
            #expect(!doubled.succeeded && doubled.performanceFromCache == 2)
            #expect(doubled.diagnostics.contains { $0.code == "performance.duplicate-period" && $0.location?.file.hasSuffix("2026-S1.yaml") == true
                && $0.location?.line == 1 })
            #expect(doubled.diagnostics == Self.fresh(folder).report.diagnostics)
        }
    }

    /// A file changed less than a second before the build is not kept: a second write in the
    /// same tick of the kernel's clock, of the same size, would leave its stamp as it was.
    @Test func aFileJustWrittenIsNotKept() throws {
        try withTemporaryFolder { folder in
            try Self.portal.write(to: folder.appendingPathComponent("content"))
            // The default: a second.
            let options = LenteraSiteTests.options(in: folder)
            for _ in 1...2 {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(".public.lentera/record"))
                #expect(SiteBuilder.build(options).servicesFromCache == 0)
            }
        }
    }

    /// A damaged cache, or one in a file replaced by a link, is not used; the build is right.
    @Test func aDamagedCacheIsNotUsed() throws {
        try withTemporaryFolder { folder in
            try Self.portal.write(to: folder.appendingPathComponent("content"))
            for _ in 1...2 { #expect(Self.rebuild(folder).succeeded) }
            let cache = folder.appendingPathComponent(".public.lentera/decoded")
            var bytes = try Data(contentsOf: cache)
            bytes[bytes.count / 2] ^= 0x01
            try bytes.write(to: cache)
            try Self.write(SampleService.markdown(name: "Layanan Ketiga Diubah"), to: TestPortal.servicePath("ketiga"), in: folder)
            let report = Self.rebuild(folder)
            #expect(report.succeeded && report.servicesFromCache == 0)
            Self.expectSameAsFresh(report, in: folder)
            // The build wrote a whole cache again.
            #expect(Self.rebuild(folder).servicesFromCache == 3)
        }
    }

    /// A service file replaced by a link to another service file is read through the link
    /// (`ketiga.md` now holds what `kedua.md` holds), never taken from the cache by the stamp
    /// of what was there before.
    @Test func aServiceReplacedByALinkIsRead() throws {
        try withTemporaryFolder { folder in
            try Self.portal.write(to: folder.appendingPathComponent("content"))
            for _ in 1...2 { #expect(Self.rebuild(folder).succeeded) }
            let services = folder.appendingPathComponent("content/units/\(TestPortal.unit)/layanan")
            try FileManager.default.removeItem(at: services.appendingPathComponent("ketiga.md"))
            try FileManager.default.createSymbolicLink(atPath: services.appendingPathComponent("ketiga.md").path, withDestinationPath: "kedua.md")
            let report = Self.rebuild(folder)
            #expect(report.succeeded)
            #expect(report.servicesFromCache == 2, "the two services whose files did not change")
            let page = FolderSnapshot.files(in: folder.appendingPathComponent("public"))["unit/\(TestPortal.unit)/layanan/ketiga/index.html"]
            #expect(String(decoding: page ?? Data(), as: UTF8.self).contains("Layanan Kedua"))
            Self.expectSameAsFresh(report, in: folder)
        }
    }

    /// `--fresh` reads every file.
    @Test func aFreshBuildReadsEverything() throws {
        try withTemporaryFolder { folder in
            try Self.portal.write(to: folder.appendingPathComponent("content"))
            for _ in 1...2 { #expect(Self.rebuild(folder).succeeded) }
            var options = Self.options(in: folder)
            options.fresh = true
            #expect(SiteBuilder.build(options).servicesFromCache == 0)
        }
    }
}
