import Foundation
@testable import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraFiles
import LenteraTesting
import Testing

/// The cache of decoded services gives back exactly what it was given, and nothing at all
/// from a file that is cut short, damaged, or written for another key.
@Suite struct ServiceCacheCodingTests {
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

    @Test func whatIsWrittenIsReadBackTheSame() throws {
        try withTemporaryFolder { folder in
            try ServiceCache.write(Self.entries, key: 42, stateFolder: folder)
            let cache = try #require(ServiceCache.read(stateFolder: folder.path, key: 42))
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
    /// counts a service by what the cache writes of it (`ServiceCache.elidedDigest`): a field
    /// added to `ServiceStandard` must be added there too. This counts the fields.
    @Test func theCacheWritesEveryFieldOfAStandard() throws {
        let service = ServiceStandard(slug: "x", unit: "a", name: "X")
        let storage = try #require(Mirror(reflecting: service).children.first { $0.label == "storage" }?.value)
        let fields = try #require(Mirror(reflecting: storage).children.first { $0.label == "fields" }?.value)
        let names = Mirror(reflecting: fields).children.compactMap(\.label)
        #expect(names == ["slug", "unit", "name", "shortName", "summary", "description", "enactment", "notYetEnacted", "updated", "order",
                          "components", "poster", "elided"],
                "ServiceStandard's fields changed: write the new ones in ServiceCache's coding (elidedService) and bump its format")
    }

    /// Two standards that differ in any field the pages other than their own show have
    /// different digests; the text of a component (kept on the standard's own page) does not
    /// count.
    @Test func theDigestCountsWhatOtherPagesShow() throws {
        let base = ServiceStandard(slug: "x", unit: "a", name: "X", components: [.persyaratan: .list([.text("KTP-el")])])
        let digest = ServiceCache.elidedDigest(of: base.elidingBodies())
        var renamed = base
        renamed.name = "Y"
        var reordered = base
        reordered.order = 2
        var otherText = base
        otherText.components[.persyaratan] = .list([.text("Kartu Keluarga")])
        var withoutRequirements = base
        withoutRequirements.components[.persyaratan] = nil
        #expect(ServiceCache.elidedDigest(of: renamed.elidingBodies()) != digest)
        #expect(ServiceCache.elidedDigest(of: reordered.elidingBodies()) != digest)
        #expect(ServiceCache.elidedDigest(of: withoutRequirements.elidingBodies()) != digest, "which components are present shows on other pages")
        #expect(ServiceCache.elidedDigest(of: otherText.elidingBodies()) == digest)
    }

    @Test func aCacheForAnotherKeyIsNotUsed() throws {
        try withTemporaryFolder { folder in
            try ServiceCache.write(Self.entries, key: 42, stateFolder: folder)
            #expect(ServiceCache.read(stateFolder: folder.path, key: 43) == nil)
        }
    }

    /// Every byte flipped, and the file cut at every length: never read as a cache.
    @Test func aDamagedOrCutCacheIsNotUsed() throws {
        try withTemporaryFolder { folder in
            try ServiceCache.write(Self.entries, key: 42, stateFolder: folder)
            let file = folder.appendingPathComponent(ServiceCache.fileName)
            let whole = try Data(contentsOf: file)
            for index in stride(from: 0, to: whole.count, by: 7) {
                var damaged = whole
                damaged[index] ^= 0x20
                try damaged.write(to: file)
                #expect(ServiceCache.read(stateFolder: folder.path, key: 42) == nil, "byte \(index) flipped")
            }
            for length in stride(from: 0, to: whole.count, by: 13) {
                try whole.prefix(length).write(to: file)
                #expect(ServiceCache.read(stateFolder: folder.path, key: 42) == nil, "cut at \(length)")
            }
            try whole.write(to: file)
            #expect(ServiceCache.read(stateFolder: folder.path, key: 42) != nil)
        }
    }

    /// A link in the cache's place is not followed.
    @Test func aLinkInTheCachesPlaceIsNotRead() throws {
        try withTemporaryFolder { folder in
            let elsewhere = folder.appendingPathComponent("elsewhere")
            try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
            try ServiceCache.write(Self.entries, key: 42, stateFolder: elsewhere)
            let state = folder.appendingPathComponent("state")
            try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: state.appendingPathComponent(ServiceCache.fileName),
                                                       withDestinationURL: elsewhere.appendingPathComponent(ServiceCache.fileName))
            #expect(ServiceCache.read(stateFolder: state.path, key: 42) == nil)
        }
    }
}
