import Foundation
import LenteraContent
import LenteraDiagnostics

/// A content file opened for editing: its kind (from its place in the content folder), its
/// values as text, and the version it was opened at.
public struct EditableFile: Sendable {
    public let kind: ContentKind
    /// Relative to the content folder: `units/dukcapil/layanan/ktp-el.md`.
    public let path: String
    /// The fields; a Markdown file's body under the kind's body field key (`isBody`).
    public var tree: ContentTree
    /// Hex SHA-256 of the bytes as read; "" for a file not on disk yet.
    public let version: String
    /// The file as read ("" when new).
    public let text: String
    /// Whether the YAML holds comments, which a save drops.
    public let hasComments: Bool
    public var isNew: Bool { version.isEmpty }
    /// The unit the path belongs to (`units/<u>/…`), nil otherwise.
    public var unit: String?
    /// Survey results written by `lentera survey import` (`sumber: impor`).
    public var readOnly: Bool

    public init(kind: ContentKind, path: String, tree: ContentTree, version: String, text: String, hasComments: Bool,
                unit: String?, readOnly: Bool) {
        self.kind = kind
        self.path = path
        self.tree = tree
        self.version = version
        self.text = text
        self.hasComments = hasComments
        self.unit = unit
        self.readOnly = readOnly
    }
}

/// What the checks of `lentera check` say about a file about to be saved.
public struct Validation: Sendable {
    /// Placed on a field of this file.
    public var byField: [FieldPath: [Diagnostic]]
    /// Of this file, on no field found.
    public var inFile: [Diagnostic]
    /// New problems in other files that this change causes.
    public var elsewhere: [Diagnostic]
    /// No error in any of the three (warnings do not block a save).
    public var isValid: Bool

    public init(byField: [FieldPath: [Diagnostic]] = [:], inFile: [Diagnostic] = [], elsewhere: [Diagnostic] = []) {
        self.byField = byField
        self.inFile = inFile
        self.elsewhere = elsewhere
        isValid = !(byField.values.contains { $0.hasErrors } || inFile.hasErrors || elsewhere.hasErrors)
    }
}

/// What a save did.
public enum SaveOutcome: Sendable {
    /// The file as now on disk, its old text (nil: it is new), and the warnings the check
    /// before the save found (of this file, placed on a field or not, and new ones it causes
    /// elsewhere): a save is never refused for them, but the officer must see them.
    case saved(EditableFile, before: String?, warnings: [Diagnostic])
    case invalid(Validation)
    /// The file changed since it was opened: the file as it is now, and the canonical text
    /// of the tree submitted.
    case conflict(current: EditableFile, yours: String)
}

/// Why a file could not be opened, saved or stored, as a diagnostic.
public struct EditorFileError: Error, Sendable {
    public let diagnostic: Diagnostic

    public init(diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}

public struct UnitSummary: Sendable {
    /// The unit's folder name (`units/<slug>/`).
    public let slug: String
    public let name: String
    /// The folder name of the unit above it (`induk`), if any.
    public let parent: String?
}

public struct FileSummary: Sendable {
    public let kind: ContentKind
    public let path: String
    public let title: String
    public let readOnly: Bool
}

/// The content folder as the editor reads and writes it: files opened into trees, written
/// back in Lentera's canonical form after the checks of `lentera check`, one save at a time,
/// atomically. See docs/editor.md, "Saving".
public struct ContentStore: Sendable {
    /// The content folder.
    public let content: URL
    /// Called after a save's temporary file is written and synced, before it is renamed
    /// into place: tests make a save fail there, as a process killed at that moment would.
    var beforeRename: (@Sendable (String) throws -> Void)?
    /// The check of the folders as they are, kept between saves while they do not change.
    let baseline = BaselineCheck()
    /// The titles of files in the editor's lists, by their stamps.
    let titles = ListedTitles()

    /// `content`: the content folder (a relative path is taken from the working folder).
    public init(content: URL) {
        self.content = URL(fileURLWithPath: content.path).standardizedFileURL
    }

    public func open(_ path: String) throws(EditorFileError) -> EditableFile {
        try openFile(path)
    }

    /// A file not on disk yet, with the kind's first extension.
    public func blank(_ kind: ContentKind, unit: String?, slug: String) -> EditableFile {
        blankFile(kind, unit: unit, slug: slug)
    }

    public func canonicalText(of tree: ContentTree, for file: EditableFile) -> String {
        CanonicalWriter.write(tree, kind: file.kind, path: file.path).text
    }

    public func validate(_ tree: ContentTree, as file: EditableFile) -> Validation {
        validation(of: tree, as: file)
    }

    public func save(_ tree: ContentTree, as file: EditableFile) throws(EditorFileError) -> SaveOutcome {
        try saveFile(tree, as: file)
    }

    public func units() -> [UnitSummary] { unitSummaries() }

    public func files(ofUnit slug: String) -> [FileSummary] { unitFiles(slug) }

    /// `portal.yaml`, `pages/`, `zona-integritas/`.
    public func portalFiles() -> [FileSummary] { portalFileSummaries() }

    /// A slug from the name, free among files and other slugs (`-2`, `-3`… when taken).
    public func proposedSlug(for name: String, kind: ContentKind, unit: String?) -> String {
        proposal(for: name, kind: kind, unit: unit)
    }

    public func slugIsFree(_ slug: String, kind: ContentKind, unit: String?) -> Bool {
        isFree(slug, kind: kind, unit: unit)
    }

    /// Checks type and size as the build does (FileSignature, the size limits), writes atomically
    /// into the unit's (or the portal's) `berkas/` folder, never over another file; returns the
    /// path relative to the content folder.
    public func storeAttachment(_ bytes: [UInt8], fileName: String, unit: String?) throws(EditorFileError) -> String {
        try attachment(bytes, fileName: fileName, unit: unit)
    }
}
