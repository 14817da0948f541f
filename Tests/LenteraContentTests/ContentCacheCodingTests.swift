import Foundation
@testable import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraFiles
import LenteraTesting
import Testing

/// The cache of decoded services gives back exactly what it was given, and nothing at all
/// from a file that is cut short, damaged, or written for another key.
@Suite struct ContentCacheCodingTests {
    /// An entry with every optional part of an elided standard filled, and one with none.
    static var entries: [CachedService] {
        var decree = Decree(number: "Peraturan Wali Kota Nomor 6 Tahun 2026", date: CalendarDate(year: 2026, month: 2, day: 3),
                            about: "Standar Pelayanan", url: "https://jdih.contoh.go.id/6")
        decree.document = FileLink("../berkas/sk.pdf", at: SourceLocation(file: "content/units/a/layanan/x.md", line: 4, column: 9))
        var full = ServiceStandard(slug: "x", unit: "a", name: "Layanan X", summary: "Ringkas", description: "Panjang",
                                   enactment: decree, order: 3,
                                   components: [.jangkaWaktu: .duration(CompletionTime(text: "3 hari kerja", duration: .workingDays(3))),
                                                .biaya: .cost(.fees([Fee(description: "Retribusi", amount: Rupiah(15_000))], legalBasis: "Perda 1/2020")),
                                                .persyaratan: .list([.text("KTP-el")])])
        full.shortName = "LX"
        full.notYetEnacted = true
        full.updated = CalendarDate(year: 2026, month: 5, day: 6)
        full.poster = FileLink("poster.png")
        let bare = ServiceStandard(slug: "y", unit: "a", name: "Layanan Y",
                                   components: [.jangkaWaktu: .duration(CompletionTime(text: "30 menit", duration: .minutes(30))), .biaya: .cost(.free)])
        let warning = Diagnostic.warning("content.unknown-key", at: SourceLocation(file: "content/units/a/layanan/x.md", line: 7, column: 1),
                                         Message("content.unknown-key", ["field": .text("kunci"), "what": .message(Message("content.what.service"))]),
                                         advice: Message(untranslated: "hapus"))
        let markdown = MarkdownSource(file: "content/units/a/layanan/x.md", line: 9, linesMatch: false, column: 5, text: "[berkas](../berkas/a.pdf)",
                                      page: .service(unit: "a", slug: "x"), folder: "units/a/layanan")
        let stamp = ContentStamp(size: 1234, device: 5, inode: 6, modified: -7, changed: 1_800_000_000_123_456_789)
        return [
            CachedService(path: "units/a/layanan/x.md", unit: "a", stamp: stamp, hash: .max, location: SourceLocation(file: "content/units/a/layanan/x.md", line: 2, column: 1),
                          service: full.elidingBodies(), digest: 7, diagnostics: [warning], markdown: [markdown]),
            CachedService(path: "units/a/layanan/y.yaml", unit: "a", stamp: stamp, hash: 0, location: SourceLocation(file: "y.yaml"),
                          service: bare.elidingBodies(), digest: 8, diagnostics: [], markdown: []),
        ]
    }

    /// A survey result with every optional part filled (a service, counts and a bare
    /// average, profile counts, service users), and one with none.
    static var surveys: [CachedSurvey] {
        let stamp = ContentStamp(size: 99, device: 1, inode: 2, modified: 3, changed: 4)
        let full = SurveyResult(unit: "a", service: "x", kind: .skm, period: SurveyPeriod("2026-Q3")!, respondents: 12,
                                elements: ["U1": ElementScore(counts: [0, 1, 5, 6]), "U2": ElementScore(mean: 3.25, answered: 12)],
                                profile: [.sex: ["Laki-laki": 5, "Perempuan": 7], .ageBand: ["20-29": 12]], serviceUsers: 340, source: .imported)
        let bare = SurveyResult(unit: "a", kind: .zi, period: SurveyPeriod("2025")!, respondents: 0, elements: [:])
        let place = SourceLocation(file: "content/units/a/survei/skm-2026-Q3.yaml", line: 2, column: 10)
        let warning = Diagnostic.warning("survey.overlapping-periods", at: place, Message("survey.overlapping-periods", ["period": .text("2026-Q3"), "other": .text("2026-07"), "file": .text("b.yaml")]), advice: Message("survey.overlapping-periods.hint"))
        return [
            CachedSurvey(path: "units/a/survei/skm-2026-Q3.yaml", unit: "a", stamp: stamp, hash: 1, context: .max, result: full,
                         places: SurveyPlaces(file: SourceLocation(file: place.file), service: place, period: SourceLocation(file: place.file, line: 3, column: 10)),
                         diagnostics: [warning]),
            CachedSurvey(path: "units/a/survei/zi-2025.json", unit: "a", stamp: stamp, hash: 0, context: 0, result: bare,
                         places: SurveyPlaces(file: SourceLocation(file: "z"), service: SourceLocation(file: "z"), period: SourceLocation(file: "z")),
                         diagnostics: []),
        ]
    }

    /// An SOP with every optional part filled (number, order, a step with every field, a
    /// reconstruction, its own column headings), and one with none.
    static var sops: [CachedSOP] {
        let stamp = ContentStamp(size: 7, device: 8, inode: 9, modified: 10, changed: 11)
        let enactment = SOPEnactment(number: "Keputusan Kepala Dinas Nomor 1 Tahun 2023", date: CalendarDate(year: 2023, month: 1, day: 2)!, enactedBy: "Kepala Dinas")
        let full = StandardOperatingProcedure(unit: "a", slug: "sop-a", title: "SOP A", number: "800/1/SOP", enactment: enactment, actors: ["Staf", "Kepala"],
                                              steps: [SOPStep(activity: "Memeriksa", actor: "Staf", requirements: "Berkas", time: CompletionTime(text: "10 menit", duration: .minutes(10)),
                                                              output: "Berkas lengkap", remarks: "lihat SOP B", link: "sop-b", parallelWith: 2),
                                                      SOPStep(activity: "Menandatangani", actor: "Kepala", time: CompletionTime(text: "sebentar", duration: nil))],
                                              order: 2, plainDays: .working, reconstructions: [Reconstruction(part: .waktu, note: "Waktu disusun ulang.")],
                                              columns: SOPColumnLabels(requirements: "Persyaratan", time: "Durasi", output: "Hasil"))
        let bare = StandardOperatingProcedure(unit: "a", slug: "sop-b", title: "SOP B", enactment: enactment, actors: ["Staf"],
                                              steps: [SOPStep(activity: "Memeriksa", actor: "Staf", time: CompletionTime(text: "1 hari kerja", duration: .workingDays(1)))])
        let place = SourceLocation(file: "content/units/a/sop/sop-a.yaml", line: 6, column: 39)
        let warning = Diagnostic.warning("sop.unreadable-time", at: place, Message("sop.unreadable-time", ["step": .text("2"), "value": .text("sebentar")]),
                                         advice: Message("sop.unreadable-time.hint"))
        return [
            CachedSOP(path: "units/a/sop/sop-a.yaml", unit: "a", stamp: stamp, hash: 3, sop: full, links: [SOPLink(slug: "sop-b", location: place)],
                      location: SourceLocation(file: place.file), diagnostics: [warning]),
            CachedSOP(path: "units/a/sop/sop-b.json", unit: "a", stamp: stamp, hash: 4, sop: bare, links: [], location: SourceLocation(file: "b"), diagnostics: []),
        ]
    }

    @Test func sopsAreReadBackTheSame() throws {
        try withTemporaryFolder { folder in
            try ContentCache.write(Self.entries, surveys: Self.surveys, sops: Self.sops, key: 42, stateFolder: folder)
            let cache = try #require(ContentCache.read(stateFolder: folder.path, key: 42))
            #expect(cache.sops.count == 2)
            for entry in Self.sops { #expect(cache.sops[entry.path] == entry) }
        }
    }

    /// The cache writes every field of an SOP and of its steps: one added must be added to
    /// its coding (`sop`) too.
    @Test func theCacheWritesEveryFieldOfAnSOP() throws {
        let sop = Self.sops[0].sop
        #expect(Mirror(reflecting: sop).children.compactMap(\.label) == ["unit", "slug", "title", "number", "enactment", "actors", "steps", "order",
                                                                           "plainDays", "reconstructions", "columns"],
                "StandardOperatingProcedure's fields changed: write the new ones in ContentCache's coding (sop) and bump its format")
        #expect(Mirror(reflecting: sop.steps[0]).children.compactMap(\.label) == ["activity", "actor", "requirements", "time", "output", "remarks", "link",
                                                                                    "parallelWith"],
                "SOPStep's fields changed: write the new ones in ContentCache's coding (sop) and bump its format")
        #expect(Mirror(reflecting: sop.enactment).children.compactMap(\.label) == ["number", "date", "enactedBy"])
        #expect(Mirror(reflecting: sop.columns).children.compactMap(\.label) == ["requirements", "time", "output"])
    }

    /// A performance report with every optional part filled, and one with none.
    static var performance: [CachedPerformance] {
        let stamp = ContentStamp(size: 5, device: 6, inode: 7, modified: 8, changed: 9)
        let full = PerformanceReport(unit: "a", period: SurveyPeriod("2026-S1")!,
                                     indicators: [PerformanceIndicator(code: "IK-1", goal: "Tertib", indicator: "Perekaman", kind: .atMost, target: 0.5, unitOfMeasure: "%",
                                                                       targetText: "Tidak ada", realisation: 0.25, items: ["a", "b"], remarks: "catatan"),
                                                  PerformanceIndicator(code: "IK-2", indicator: "Laporan", target: 1, unitOfMeasure: "dokumen")],
                                     exampleData: true, assessor: "Inspektorat", assessed: "Kepala Dinas")
        let bare = PerformanceReport(unit: "a", period: SurveyPeriod("2025")!, indicators: [])
        let warning = Diagnostic.warning("content.unknown-key", at: SourceLocation(file: "k.yaml", line: 4, column: 3),
                                         Message("content.unknown-key", ["field": .text("x"), "what": .message(Message("thing.field", ["field": "indikator"]))]))
        return [
            CachedPerformance(path: "units/a/kinerja/2026-S1.yaml", unit: "a", stamp: stamp, hash: 5, report: full,
                              period: SourceLocation(file: "k.yaml", line: 1, column: 10), diagnostics: [warning]),
            CachedPerformance(path: "units/a/kinerja/2025.json", unit: "a", stamp: stamp, hash: 6, report: bare, period: SourceLocation(file: "j"), diagnostics: []),
        ]
    }

    @Test func performanceReportsAreReadBackTheSame() throws {
        try withTemporaryFolder { folder in
            try ContentCache.write(Self.entries, surveys: Self.surveys, sops: Self.sops, performance: Self.performance, key: 42, stateFolder: folder)
            let cache = try #require(ContentCache.read(stateFolder: folder.path, key: 42))
            #expect(cache.performance.count == 2)
            for entry in Self.performance { #expect(cache.performance[entry.path] == entry) }
        }
    }

    /// The cache writes every field of a report and of its indicators.
    @Test func theCacheWritesEveryFieldOfAPerformanceReport() throws {
        let report = Self.performance[0].report
        #expect(Mirror(reflecting: report).children.compactMap(\.label) == ["unit", "period", "indicators", "exampleData", "assessor", "assessed"],
                "PerformanceReport's fields changed: write the new ones in ContentCache's coding (cachedPerformance) and bump its format")
        #expect(Mirror(reflecting: report.indicators[0]).children.compactMap(\.label) == ["code", "goal", "indicator", "kind", "target", "unitOfMeasure",
                                                                                            "targetText", "realisation", "items", "remarks"],
                "PerformanceIndicator's fields changed: write the new ones in ContentCache's coding (cachedPerformance) and bump its format")
    }

    @Test func surveyResultsAreReadBackTheSame() throws {
        try withTemporaryFolder { folder in
            try ContentCache.write(Self.entries, surveys: Self.surveys, key: 42, stateFolder: folder)
            let cache = try #require(ContentCache.read(stateFolder: folder.path, key: 42))
            #expect(cache.entries.count == 2 && cache.surveys.count == 2)
            for entry in Self.surveys { #expect(cache.surveys[entry.path] == entry) }
        }
    }

    /// The cache writes every field of a survey result: one added to `SurveyResult` must be
    /// added to its coding (`surveyResult`) too.
    @Test func theCacheWritesEveryFieldOfASurveyResult() throws {
        let names = Mirror(reflecting: Self.surveys[0].result).children.compactMap(\.label)
        #expect(names == ["unit", "service", "kind", "period", "respondents", "elements", "profile", "serviceUsers", "source"],
                "SurveyResult's fields changed: write the new ones in ContentCache's coding (surveyResult) and bump its format")
    }

    /// A cache larger than the pieces it is written in (`ContentCache.piece`) is the file
    /// the whole bytes would make (sealed as `BinaryWriter.sealed`), and reads back.
    @Test func aCacheWrittenInPiecesIsTheWholeFile() throws {
        try withTemporaryFolder { folder in
            let many = (0..<20_000).map { index in
                var entry = Self.entries[index % 2]
                entry.path = "units/u\(index / 50)/layanan/s\(index).md"
                return entry
            }
            try ContentCache.write(many, surveys: Self.surveys, sops: Self.sops, performance: Self.performance, key: 42, stateFolder: folder)
            var whole = BinaryWriter(interning: true)
            whole.text(ContentCache.magic)
            whole.number(ContentCache.format)
            whole.word(42)
            whole.number(many.count)
            for entry in many { whole.cachedService(entry) }
            whole.number(Self.surveys.count)
            for entry in Self.surveys { whole.cachedSurvey(entry) }
            whole.number(Self.sops.count)
            for entry in Self.sops { whole.cachedSOP(entry) }
            whole.number(Self.performance.count)
            for entry in Self.performance { whole.cachedPerformance(entry) }
            let written = try [UInt8](Data(contentsOf: folder.appendingPathComponent(ContentCache.fileName)))
            #expect(written.count > 2 * ContentCache.piece, "\(written.count) bytes: not written in several pieces")
            #expect(written == whole.sealed())
            let cache = try #require(ContentCache.read(stateFolder: folder.path, key: 42))
            #expect(cache.entries.count == many.count && cache.entries["units/u3/layanan/s150.md"] == many[150])
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [ContentCache.fileName], "no temporary left")
        }
    }

    @Test func whatIsWrittenIsReadBackTheSame() throws {
        try withTemporaryFolder { folder in
            try ContentCache.write(Self.entries, key: 42, stateFolder: folder)
            let cache = try #require(ContentCache.read(stateFolder: folder.path, key: 42))
            #expect(cache.entries.count == 2)
            for entry in Self.entries {
                let read = try #require(cache.entries[entry.path])
                #expect(read == entry)
                // Equal as values, and as the pages other than its own see it.
                #expect(read.service.presentComponents == entry.service.presentComponents)
                #expect(read.service.cost == entry.service.cost && read.service.completionTime == entry.service.completionTime)
                #expect(read.service.enactment?.document?.location == entry.service.enactment?.document?.location)
            }
        }
    }

    /// The cache writes every field of a standard by name, and the whole content's digest
    /// counts a service by what the cache writes of it (`ContentCache.elidedDigest`): a field
    /// added to `ServiceStandard` must be added there too. This counts the fields.
    @Test func theCacheWritesEveryFieldOfAStandard() throws {
        let service = ServiceStandard(slug: "x", unit: "a", name: "X")
        let storage = try #require(Mirror(reflecting: service).children.first { $0.label == "storage" }?.value)
        let fields = try #require(Mirror(reflecting: storage).children.first { $0.label == "fields" }?.value)
        let names = Mirror(reflecting: fields).children.compactMap(\.label)
        #expect(names == ["slug", "unit", "name", "shortName", "summary", "description", "enactment", "notYetEnacted", "updated", "order",
                          "components", "poster", "elided"],
                "ServiceStandard's fields changed: write the new ones in ContentCache's coding (elidedService) and bump its format")
    }

    /// Two standards that differ in any field the pages other than their own show have
    /// different digests; the text of a component (kept on the standard's own page) does not
    /// count.
    @Test func theDigestCountsWhatOtherPagesShow() throws {
        let base = ServiceStandard(slug: "x", unit: "a", name: "X", components: [.persyaratan: .list([.text("KTP-el")])])
        let digest = ContentCache.elidedDigest(of: base.elidingBodies())
        var renamed = base
        renamed.name = "Y"
        var reordered = base
        reordered.order = 2
        var otherText = base
        otherText.components[.persyaratan] = .list([.text("Kartu Keluarga")])
        var withoutRequirements = base
        withoutRequirements.components[.persyaratan] = nil
        #expect(ContentCache.elidedDigest(of: renamed.elidingBodies()) != digest)
        #expect(ContentCache.elidedDigest(of: reordered.elidingBodies()) != digest)
        #expect(ContentCache.elidedDigest(of: withoutRequirements.elidingBodies()) != digest, "which components are present shows on other pages")
        #expect(ContentCache.elidedDigest(of: otherText.elidingBodies()) == digest)
    }

    @Test func aCacheForAnotherKeyIsNotUsed() throws {
        try withTemporaryFolder { folder in
            try ContentCache.write(Self.entries, key: 42, stateFolder: folder)
            #expect(ContentCache.read(stateFolder: folder.path, key: 43) == nil)
        }
    }

    /// Every byte flipped, and the file cut at every length: never read as a cache.
    @Test func aDamagedOrCutCacheIsNotUsed() throws {
        try withTemporaryFolder { folder in
            try ContentCache.write(Self.entries, surveys: Self.surveys, sops: Self.sops, performance: Self.performance, key: 42, stateFolder: folder)
            let file = folder.appendingPathComponent(ContentCache.fileName)
            let whole = try Data(contentsOf: file)
            for index in stride(from: 0, to: whole.count, by: 7) {
                var damaged = whole
                damaged[index] ^= 0x20
                try damaged.write(to: file)
                #expect(ContentCache.read(stateFolder: folder.path, key: 42) == nil, "byte \(index) flipped")
            }
            for length in stride(from: 0, to: whole.count, by: 13) {
                try whole.prefix(length).write(to: file)
                #expect(ContentCache.read(stateFolder: folder.path, key: 42) == nil, "cut at \(length)")
            }
            try whole.write(to: file)
            #expect(ContentCache.read(stateFolder: folder.path, key: 42) != nil)
        }
    }

    /// A link in the cache's place is not followed.
    @Test func aLinkInTheCachesPlaceIsNotRead() throws {
        try withTemporaryFolder { folder in
            let elsewhere = folder.appendingPathComponent("elsewhere")
            try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
            try ContentCache.write(Self.entries, key: 42, stateFolder: elsewhere)
            let state = folder.appendingPathComponent("state")
            try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: state.appendingPathComponent(ContentCache.fileName),
                                                       withDestinationURL: elsewhere.appendingPathComponent(ContentCache.fileName))
            #expect(ContentCache.read(stateFolder: state.path, key: 42) == nil)
        }
    }
}
