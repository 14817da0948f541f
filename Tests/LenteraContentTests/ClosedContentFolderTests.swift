import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// docs/content.md, "What the content folder may hold": a link leading outside the folder,
/// a dangling link, a cycle of links, a FIFO, a socket or a device is an error naming the
/// path, never followed nor opened; a link that stays inside the folder is read.
@Suite struct ClosedContentFolderTests {
    static let unit = "units/\(TestPortal.unit)"
    static let survey = "\(unit)/survei"

    static func outsideError(_ path: String, target: String) -> Diagnostic {
        .error("content.symlink-outside", at: SourceLocation(file: "content/\(path)"),
               "this is a symbolic link to `\(target)`, outside the content folder; it is not read",
               hint: "copy the file (or folder) into the content folder instead of linking to it")
    }

    @Test func aSurveyAnalysisLinkedOutsideIsRefusedAndNotRead() throws {
        var target = ""
        let loaded = try loadClosed(TestPortal().with("\(Self.survey)/skm-2024-Q1.yaml", SurveyFileTests.skm)) { setup in
            target = try setup.outsideFile("passwd", "root:x:0:0:\(ClosedFolderSetup.secret):/root:/bin/sh\n")
            try setup.link("\(Self.survey)/skm-2024-Q1.md", to: target)
        }
        #expect(loaded.diagnostics.inEnglish == [Self.outsideError("\(Self.survey)/skm-2024-Q1.md", target: target)])
        #expect(loaded.content?.surveyAnalyses.isEmpty == true)
        #expect(loaded.content?.surveys.count == 1)
    }

    @Test func aServiceAPageAndAUnitFolderLinkedOutsideAreRefused() throws {
        var targets: [String] = []
        let loaded = try loadClosed { setup in
            let service = try setup.outsideFile("layanan.md", SampleService.markdown(name: "Layanan \(ClosedFolderSetup.secret)"))
            let page = try setup.outsideFile("halaman.md", "---\njudul: \(ClosedFolderSetup.secret)\n---\n\nTeks.\n")
            _ = try setup.outsideFile("unit-luar/unit.md", TestPortal.unitMarkdown(ClosedFolderSetup.secret, instansi: TestPortal.instansi))
            let unit = setup.outside.appendingPathComponent("unit-luar").path
            targets = [service, page, unit]
            try setup.link("\(Self.unit)/layanan/bocor.md", to: service)
            try setup.link("pages/bocor.md", to: page)
            try setup.link("units/bocor", to: unit)
        }
        #expect(Set(loaded.diagnostics.inEnglish) == Set<Diagnostic>([
            Self.outsideError("\(Self.unit)/layanan/bocor.md", target: targets[0]),
            Self.outsideError("pages/bocor.md", target: targets[1]),
            Self.outsideError("units/bocor", target: targets[2]),
        ]))
        #expect(loaded.content?.services.map(\.slug) == [TestPortal.service])
        #expect(loaded.content?.pages.isEmpty == true)
        #expect(loaded.content?.units.map(\.slug) == [TestPortal.unit])
    }

    @Test func aFIFOIsRefusedWithoutBeingOpened() throws {
        let loaded = try loadClosed { setup in
            try setup.fifo("\(Self.unit)/layanan/pipa.md")
            try setup.fifo("pages/pipa.md")
        }
        let hint = "remove it from the content folder: only regular files and folders belong there"
        #expect(Set(loaded.diagnostics.inEnglish) == Set<Diagnostic>([
            .error("content.special-file", at: SourceLocation(file: "content/\(Self.unit)/layanan/pipa.md"),
                   "this is a named pipe (FIFO), not a regular file or folder; it is not read", hint: hint),
            .error("content.special-file", at: SourceLocation(file: "content/pages/pipa.md"),
                   "this is a named pipe (FIFO), not a regular file or folder; it is not read", hint: hint),
        ]))
        #expect(loaded.content?.services.count == 1)
    }

    @Test func aDanglingLinkAndALinkLoopAreNamed() throws {
        let loaded = try loadClosed { setup in
            try setup.link("\(Self.unit)/layanan/hilang.md", to: "tidak-ada.md")
            try setup.link("\(Self.unit)/layanan/a.md", to: "b.md")
            try setup.link("\(Self.unit)/layanan/b.md", to: "a.md")
            try setup.link("\(Self.unit)/sop/atas", to: "..")
        }
        let loop = { (path: String) -> Diagnostic in
            .error("content.link-loop", at: SourceLocation(file: "content/\(Self.unit)/\(path)"),
                   "this symbolic link leads back to itself or to a folder that contains it",
                   hint: "remove the link; put the file itself (a copy) in its place")
        }
        #expect(Set(loaded.diagnostics.inEnglish) == Set<Diagnostic>([
            .error("content.dangling-link", at: SourceLocation(file: "content/\(Self.unit)/layanan/hilang.md"),
                   "this symbolic link points to nothing", hint: "remove the link, or put the file it should point to in its place"),
            loop("layanan/a.md"), loop("layanan/b.md"), loop("sop/atas"),
        ]))
        #expect(loaded.content?.services.map(\.slug) == [TestPortal.service])
    }

    /// A stray file of many megabytes (an export saved as `.md`) is refused before it is read.
    @Test func aFileLargerThanTheBoundIsRefusedUnread() throws {
        let header = "---\njudul: Besar\n---\n\n"
        let big = header + String(repeating: "x", count: 17 * 1_048_576 - header.utf8.count)
        let loaded = try LenteraContentTests.load(TestPortal().with("pages/besar.md", big))
        #expect(loaded.diagnostics.inEnglish == [.error("content.file-too-large", at: SourceLocation(file: "content/pages/besar.md"),
            "the file holds 17 MiB, more than the 16 MiB a content file may hold; it is not read",
            hint: "a content or template file this large is almost always a mistake (an export or an image saved under the wrong name); split it or move it out of the content folder")])
        #expect(loaded.content?.pages.isEmpty == true)
    }

    @Test func linksThatStayInsideAreRead() throws {
        let loaded = try loadClosed(TestPortal().with("pages/tentang.md", "---\njudul: Tentang\n---\n\nTeks.\n"), root: "tautan") { setup in
            // The content folder itself is reached through a link, as in a home folder laid out with links.
            try FileManager.default.createSymbolicLink(atPath: setup.folder.appendingPathComponent("tautan").path,
                                                       withDestinationPath: setup.content.path)
            try setup.link("\(Self.unit)/layanan/salinan.md", to: "\(TestPortal.service).md")
            try setup.link("pages/profil.md", to: "../pages/tentang.md")
        }
        #expect(loaded.diagnostics.filter { $0.severity == .error } == [])
        #expect(loaded.content?.services.map(\.slug).sorted() == ["layanan-contoh", "salinan"])
        #expect(loaded.content?.pages.map(\.slug).sorted() == ["profil", "tentang"])
    }

    @Test func aLinkInsideToAFIFOIsRefused() throws {
        let loaded = try loadClosed { setup in
            try setup.fifo("pipa")
            try setup.link("pages/pipa.md", to: "../pipa")
        }
        #expect(loaded.diagnostics.map(\.code).sorted() == ["content.special-file", "content.special-file"])
        #expect(loaded.diagnostics.compactMap(\.location?.file).sorted() == ["content/pages/pipa.md", "content/pipa"])
    }
}
