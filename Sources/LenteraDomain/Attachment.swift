import LenteraDiagnostics

/// A file published beside the content: a document (the signed maklumat, a decree) or an
/// image (a poster, the logo), from a `berkas/` folder of the portal or of a unit.
public struct Attachment: Sendable, Equatable {
    /// Whose `berkas/` folder the file is in.
    public enum Owner: Sendable, Hashable {
        case portal
        case unit(String)
    }

    public var owner: Owner
    /// The file's path inside its `berkas/` folder (`sk.pdf`, `2024/sk.pdf`).
    public var name: String
    /// The file's path relative to the content folder (`units/dinas-a/berkas/sk.pdf`): what
    /// texts and fields link to.
    public var contentPath: String
    /// Where the build reads it from (an absolute path; a link's resolved target).
    public var sourcePath: String
    public var kind: AttachmentKind
    /// Its size in bytes, when it was examined.
    public var size: Int
    /// An image's width and height in pixels, read from the file's header.
    public var width: Int?
    public var height: Int?

    public init(owner: Owner, name: String, contentPath: String, sourcePath: String, kind: AttachmentKind, size: Int,
                width: Int? = nil, height: Int? = nil) {
        self.owner = owner
        self.name = name
        self.contentPath = contentPath
        self.sourcePath = sourcePath
        self.kind = kind
        self.size = size
        self.width = width
        self.height = height
    }

    /// The folder files are put in, in the content folder and in the unit folders, and the
    /// folder they are published under (below the portal's or the unit's address).
    public static let folderName = "berkas"
}

/// The kinds of file a portal may publish beside its content. SVG is not among them: an SVG
/// file can hold scripts, which run in the portal's own origin when the file is opened at
/// its address, and no allow-list reader of SVG is part of Lentera.
public enum AttachmentKind: String, Sendable, CaseIterable, Equatable {
    case pdf, png, jpeg, webp, gif, odt, ods, docx, xlsx

    /// The kind a file name's extension stands for (`.jpg` and `.jpeg` are JPEG).
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "pdf": self = .pdf
        case "png": self = .png
        case "jpg", "jpeg": self = .jpeg
        case "webp": self = .webp
        case "gif": self = .gif
        case "odt": self = .odt
        case "ods": self = .ods
        case "docx": self = .docx
        case "xlsx": self = .xlsx
        default: return nil
        }
    }

    /// What a citizen reads beside a link (`PDF, 240 KB`).
    public var label: String {
        switch self {
        case .pdf: "PDF"
        case .png: "PNG"
        case .jpeg: "JPEG"
        case .webp: "WebP"
        case .gif: "GIF"
        case .odt: "ODT"
        case .ods: "ODS"
        case .docx: "DOCX"
        case .xlsx: "XLSX"
        }
    }

    /// The media type (for a `<link rel="icon">`).
    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .webp: "image/webp"
        case .gif: "image/gif"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .ods: "application/vnd.oasis.opendocument.spreadsheet"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }

    public var isImage: Bool { [.png, .jpeg, .webp, .gif].contains(self) }

    /// Above this size a file is a warning (it is still published): a citizen on a phone
    /// over a slow connection (1 Mbit/s) waits about 8 seconds a megabyte. An image shown on
    /// a page should stay under 1 MB (a poster exported for the screen is a few hundred KB);
    /// a document under 5 MB (a scanned page at 150 dpi is about 200–500 KB).
    public var sizeLimit: Int { isImage ? Self.imageLimit : Self.documentLimit }
    public static let imageLimit = 1_000_000
    public static let documentLimit = 5_000_000

    /// The extensions allowed, for messages (`.pdf`, `.png`, …).
    public static let allowedExtensions = ["pdf", "png", "jpg", "jpeg", "webp", "gif", "odt", "ods", "docx", "xlsx"]
}

extension Attachment {
    /// A size as a citizen reads it: `240 KB`, `1,2 MB` (decimal units, Indonesian comma).
    public static func sizeText(_ bytes: Int) -> String {
        if bytes < 1_000 { return "\(bytes) B" }
        if bytes < 1_000_000 { return "\(max((bytes + 500) / 1_000, 1)) KB" }
        let tenths = (bytes + 50_000) / 100_000
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10),\(tenths % 10) MB"
    }
}

/// A field that names a file beside the content (`pindaian: berkas/maklumat-ttd.pdf`): the
/// path as written, relative to the field's own file, and where it is written (a missing
/// file is reported there).
public struct FileLink: Sendable, Equatable {
    public var written: String
    /// Where the field is written, kept behind a reference: a link is in every decree and
    /// poster of a national portal, its location read only to report a missing file.
    public var location: SourceLocation? {
        get { storedLocation?.value }
        set { storedLocation = newValue.map(Indirect.init) }
    }
    private var storedLocation: Indirect<SourceLocation>?

    public init(_ written: String, at location: SourceLocation? = nil) {
        self.written = written
        self.storedLocation = location.map(Indirect.init)
    }
}

/// A value kept behind a reference: eight bytes where it is stored, the value itself once
/// on the heap. Immutable, so shared freely. For values that are large, seldom read and
/// held by many (a file link's location), not for values read on every page.
final class Indirect<Value: Sendable & Equatable>: Sendable, Equatable {
    let value: Value
    init(_ value: Value) { self.value = value }
    static func == (lhs: Indirect, rhs: Indirect) -> Bool { lhs === rhs || lhs.value == rhs.value }
}
