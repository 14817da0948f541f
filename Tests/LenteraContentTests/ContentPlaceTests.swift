import Foundation
@testable import LenteraContent
import LenteraTesting
import Testing

/// The loader walks the places of the table of content kinds: a kind added to
/// `ContentKinds.all` is read (and a misplaced file of it is reported) without another
/// list of folders to edit. These fail when a kind of the table is not loaded.
@Suite struct ContentPlaceTests {
    /// Whether `path` is a file of `kind` (its place, `units/*/layanan/*`, with an extension).
    static func isFile(_ path: String, of kind: ContentKind) -> Bool {
        let parts = PathText.deletingExtension(path).split(separator: "/"), pattern = kind.glob.split(separator: "/")
        return parts.count == pattern.count && zip(parts, pattern).allSatisfy { $1 == "*" || $0 == $1 }
            && kind.extensions.contains(PathText.pathExtension(path))
    }

    /// A place's folder for a unit is its folder with the unit's folder name for `{unit}`.
    @Test func aPlacesFolderForAUnitIsItsFolderWithTheUnitsName() {
        for place in ContentPlace.all {
            for unit in ["dinas-a", "", "{unit}", "a/b"] {
                #expect(place.path(unit: unit) == place.folder.replacingOccurrences(of: "{unit}", with: unit), "\(place.folder) for \(unit)")
            }
        }
        #expect(ContentPlace.services.path(unit: "dinas-a") == "units/dinas-a/layanan")
    }

    /// The starter portal (one file of every kind of the table), loaded: a file of each
    /// kind is read, nothing is reported as a file or folder Lentera does not read.
    @Test(arguments: ContentKinds.all.map(\.name))
    func everyKindOfTheTableIsLoaded(_ name: String) throws {
        let kind = try #require(ContentKinds.named(name))
        let loaded = try load(ContentKindsTests.starterPortal)
        #expect(loaded.files.contains { Self.isFile($0, of: kind) }, "no file of \(name) (\(kind.glob)) was read; read: \(loaded.files)")
        #expect(loaded.diagnostics.filter { $0.code.hasPrefix("content.unread") || $0.code == "content.unknown-file" }.isEmpty)
    }

    /// Each kind's place reads its file under every extension the table gives it, and the
    /// folders above it lead there.
    @Test(arguments: ContentKinds.all.map(\.name))
    func everyKindsPlaceReadsItsExtensionsAndIsReachable(_ name: String) throws {
        let kind = try #require(ContentKinds.named(name))
        let place = ContentPlace.of(kind)
        for ext in kind.extensions {
            let file = PathText.lastComponent(kind.path(unit: "dinas-a", slug: "contoh", ext: ext))
            #expect(place.reads(file: file), "\(name): `\(file)` is not read in \(place.folder)")
        }
        #expect(!place.reads(file: (kind.fileName ?? "contoh") + ".txt"))
        var folder = place.folder
        while !folder.isEmpty {
            let parent = ContentPlace.all.first { $0.folder == PathText.parent(folder) }
            let below = try #require(parent, "no place for the folder above \(folder)").folders
            #expect(below == nil || below!.contains(PathText.lastComponent(folder)), "\(folder) is not listed in its parent")
            folder = PathText.parent(folder)
        }
    }

    /// A companion file (a survey result's analysis, `.md`) is read beside its kind.
    @Test func aCompanionFileIsReadBesideItsKind() throws {
        let survey = ContentKindsTests.starter(ContentKinds.survei)
        let analysis = PathText.deletingExtension(survey.path) + ".md"
        let loaded = try load(ContentKindsTests.starterPortal.with(analysis, "Analisis dan rencana tindak lanjut.\n"))
        #expect(loaded.files.contains(analysis))
        #expect(loaded.content?.surveyAnalyses.count == 1)
        #expect(ContentKinds.survei.companionExtensions.allSatisfy { ContentPlace.surveys.reads(file: "hasil.\($0)") })
    }

    /// The places the table gives, as the loader walked them before it read the table.
    @Test func thePlacesAreTheLayoutOfDocsContent() {
        #expect(ContentPlace.root.fixedNames == ["portal"])
        #expect(ContentPlace.root.folders == ["units", "pages", "zona-integritas"])
        #expect(ContentPlace.units.folders == nil)
        #expect(ContentPlace.unit.fixedNames == ["unit", "maklumat", "spbe"])
        #expect(ContentPlace.unit.folders.map(Set.init) == ["layanan", "survei", "kinerja", "sop"])
        #expect(ContentPlace.unit.usualExtension(of: "spbe") == "yaml")
        #expect(!ContentPlace.unit.reads(file: "spbe.md"))
        #expect(ContentPlace.services.extensions == ["md", "json", "yaml", "yml", "markdown"])
        #expect(ContentPlace.surveys.path(unit: "dinas-a") == "units/dinas-a/survei")
    }
}
