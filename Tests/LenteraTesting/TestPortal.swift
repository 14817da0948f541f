import Foundation

/// A content folder given as `[relative path: text]`, written into a real folder by
/// `write(to:)`. The default is a valid minimal portal that loads without a single
/// diagnostic: `portal.yaml` with one instansi, one unit with `unit.md` and
/// `maklumat.md`, and one service stating all 14 components.
public struct TestPortal: Sendable {
    public var files: [String: String]

    public init(files: [String: String] = TestPortal.minimalFiles) {
        self.files = files
    }

    /// A portal with the given file added, or put in place of the default one.
    public func with(_ path: String, _ text: String) -> TestPortal {
        var copy = self
        copy.files[path] = text
        return copy
    }

    /// Files that are not text (images, PDF), by path.
    public var binaryFiles: [String: Data] = [:]

    /// The portal with a file of bytes added or replaced.
    public func with(_ path: String, bytes: Data) -> TestPortal {
        var copy = self
        copy.binaryFiles[path] = bytes
        return copy
    }

    /// A portal without the given file.
    public func without(_ path: String) -> TestPortal {
        var copy = self
        copy.files[path] = nil
        return copy
    }

    /// Writes every file under `folder`, creating folders as needed.
    public func write(to folder: URL) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        for (path, bytes) in binaryFiles {
            let url = folder.appendingPathComponent(path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: url)
        }
    }

    // MARK: - The minimal portal

    public static let instansi = "kota-contoh"
    public static let unit = "dinas-contoh"
    public static let service = "layanan-contoh"

    public static let portalFile = "portal.yaml"
    public static let unitFile = "units/\(unit)/unit.md"
    public static let maklumatFile = "units/\(unit)/maklumat.md"
    public static let serviceFile = servicePath(service)

    public static func servicePath(_ slug: String, unit: String = TestPortal.unit, extension ext: String = "md") -> String {
        "units/\(unit)/layanan/\(slug).\(ext)"
    }

    public static let portalYAML = """
        judul: Portal Transparansi Uji
        base_url: https://transparansi.contoh.go.id/
        instansi:
          - slug: kota-contoh
            nama: Pemerintah Kota Contoh

        """

    /// A unit's `unit.md`: a top-level unit of `instansi`, or a sub-unit of `induk`.
    public static func unitMarkdown(_ name: String, jenis: String = "dinas", instansi: String? = nil, induk: String? = nil,
                                    extra: String? = nil, profile: String = "Profil unit.") -> String {
        var lines = ["---", "nama: \(name)", "jenis: \(jenis)"]
        if let instansi { lines.append("instansi: \(instansi)") }
        if let induk { lines.append("induk: \(induk)") }
        if let extra { lines.append(extra) }
        lines += ["---", "", profile, ""]
        return lines.joined(separator: "\n")
    }

    public static let unitMD = unitMarkdown("Dinas Contoh", instansi: instansi, extra: """
        alamat: Jl. Merdeka No. 1, Kota Contoh
        telepon: "(0511) 000 0001"
        email: dinas@contoh.go.id
        """)

    public static let maklumatMD = """
        ---
        tanggal: 2020-01-02
        tempat: Kota Contoh
        penandatangan:
          nama: Budi Santoso
          jabatan: Kepala Dinas Contoh
        ---

        Kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan.

        """

    public static let minimalFiles: [String: String] = [
        portalFile: portalYAML,
        unitFile: unitMD,
        maklumatFile: maklumatMD,
        serviceFile: SampleService.markdown(),
    ]
}
