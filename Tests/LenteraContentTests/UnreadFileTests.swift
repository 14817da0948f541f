import LenteraDiagnostics
import LenteraTesting
import Testing

/// A file or folder that looks like content but that Lentera does not read is an error
/// with a suggestion (`ContentPlace`, `UnreadAdvice`), and the file it stands for is not
/// also reported missing. Images and other files keep their warning.
@Suite struct UnreadFileTests {
    static let unit = "units/\(TestPortal.unit)"

    /// Every diagnostic as `location [code] hint (en)`.
    func found(_ portal: TestPortal) throws -> [String] {
        try load(portal).diagnostics.sortedByLocation().map { "\($0.location?.description ?? "-") [\($0.code)] \($0.advice?.text(in: .en) ?? "")" }
    }

    func moving(_ from: String, to: String) -> TestPortal {
        let portal = TestPortal()
        return portal.without(from).with(to, portal.files[from]!)
    }

    @Test func aFolderNamedNearLayanan() throws {
        let portal = moving(TestPortal.serviceFile, to: "\(Self.unit)/pelayanan/layanan-contoh.md")
        #expect(try found(portal) == ["content/\(Self.unit)/pelayanan [content.unread-folder] did you mean `layanan/`? rename the folder"])
        let diagnostic = try #require(try load(portal).diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.summary.text(in: .id) == "Lentera tidak membaca folder `pelayanan` di tempat ini, sehingga isinya tidak tampil di situs")
        #expect(diagnostic.advice?.text(in: .id) == "maksud Anda `layanan/`? ganti nama foldernya")
        #expect(diagnostic.summary.text(in: .en) == "Lentera does not read the folder `pelayanan` here, so nothing in it reaches the site")
    }

    /// Notepad with extensions hidden saves `maklumat.md.txt`; the maklumat is not also "missing".
    @Test func aHiddenTxtExtension() throws {
        let portal = moving(TestPortal.maklumatFile, to: "\(Self.unit)/maklumat.md.txt")
        #expect(try found(portal) == ["content/\(Self.unit)/maklumat.md.txt [content.unread-file] rename it to `maklumat.md` (its name ends in a hidden `.txt`, as Notepad saves files when extensions are hidden)"])
        let diagnostic = try #require(try load(portal).diagnostics.first)
        #expect(diagnostic.summary.text(in: .id) == "Lentera tidak membaca berkas `maklumat.md.txt` di tempat ini, sehingga isinya tidak tampil di situs")
        #expect(diagnostic.advice?.text(in: .id) == "ganti namanya menjadi `maklumat.md` (nama berkas ini berakhiran `.txt` yang tersembunyi, seperti yang disimpan Notepad bila ekstensi berkas disembunyikan)")
    }

    /// `Unit.md` is not also "the unit folder has no unit.md".
    @Test func aCapitalisedName() throws {
        #expect(try found(moving(TestPortal.unitFile, to: "\(Self.unit)/Unit.md"))
                == ["content/\(Self.unit)/Unit.md [content.unread-file] rename it to `unit.md`: file names are written in lowercase"])
        #expect(try found(moving(TestPortal.portalFile, to: "Portal.yaml"))
                == ["content/Portal.yaml [content.unread-file] rename it to `portal.yaml`: file names are written in lowercase"])
    }

    @Test func aNearMissOfAKnownName() throws {
        #expect(try found(moving(TestPortal.maklumatFile, to: "\(Self.unit)/maklumaat.md"))
                == ["content/\(Self.unit)/maklumaat.md [content.unread-file] did you mean `maklumat.md`? rename the file"])
    }

    @Test func otherFilesListWhatBelongsThere() throws {
        let portal = TestPortal()
            .with("\(Self.unit)/catatan.txt", "x")
            .with("\(Self.unit)/layanan/lama.txt", "x")
            .with("\(Self.unit)/layanan/arsip/lama.md", "x")
            .with("units/README.md", "x")
            .with("\(Self.unit)/foto.jpg", "x")
        #expect(try found(portal) == [
            "content/units/README.md [content.unread-file] what is read here: `<unit>/unit.md` (see docs/content.md); move or delete this file",
            "content/\(Self.unit)/catatan.txt [content.unread-file] what is read here: `unit.md`, `maklumat.md`, `spbe.yaml`, `layanan/`, `sop/`, `kinerja/`, `survei/` (see docs/content.md); move or delete this file",
            "content/\(Self.unit)/foto.jpg [content.unknown-file] see docs/content.md for where each kind of file goes",
            "content/\(Self.unit)/layanan/arsip [content.unread-folder] `content/\(Self.unit)/layanan` holds files only, no folders: move the files straight into `content/\(Self.unit)/layanan`",
            "content/\(Self.unit)/layanan/lama.txt [content.unread-file] files here end in `.md`, `.json`, `.yaml`, `.yml`, `.markdown`: rename it to `lama.md`",
        ])
        #expect(try load(portal).diagnostics.first { $0.code == "content.unknown-file" }?.severity == .warning)
    }

    @Test func aFolderInTheContentRoot() throws {
        #expect(try found(TestPortal().with("halaman/tentang.md", "x"))
                == ["content/halaman [content.unread-folder] what is read here: `portal.yaml`, `units/`, `pages/`, `zona-integritas/` (see docs/content.md); move or delete this folder"])
    }
}
