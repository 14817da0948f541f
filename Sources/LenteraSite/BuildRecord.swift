import Foundation
import LenteraDiagnostics
import LenteraFiles
#if canImport(Glibc)
import Glibc
#endif

/// What the last successful build saw and did, kept in the state folder (`record`) so
/// that a build with nothing to do finds it out without reading a content file: the
/// program, the options, a `TreeStamp` of the content folder and of the portal's templates
/// folder taken before they were read, the published tree it swapped in, and its report
/// (counts and diagnostics, shown again as they were).
///
/// Written whole (a temporary renamed into place) after the swap, with the hash of its
/// bytes after them; removed by any build that goes on to do the work, before it changes
/// anything. A record cut short, damaged, of another format or another program is not
/// trusted: the build then does its work in full.
struct BuildRecord: Equatable {
    /// What the build was asked and given: the same key, the same build.
    var key: UInt64
    var content: UInt64
    var templates: UInt64
    /// The inode of the published folder after the swap.
    var published: UInt64
    var filesWritten: Int
    var pagesWritten: Int
    var diagnostics: [Diagnostic]

    static let fileName = "record"
    static let magic = "lentera-build-record 2"

    /// The key of a build: the program, its options and how it names its folders (in the
    /// diagnostics), the day, the theme's own folder.
    static func key(_ options: BuildOptions) -> UInt64 {
        var hasher = ContentHasher()
        hasher.combine(magic)
        hasher.combine(BuildFingerprints.program)
        for text in [options.contentDirectory.standardizedFileURL.path, options.templatesDirectory.standardizedFileURL.path,
                     options.outputDirectory.standardizedFileURL.path, options.displayContent, options.displayTemplates,
                     options.displayOutput, options.baseURL ?? "-", "\(options.date.year)-\(options.date.month)-\(options.date.day)",
                     options.templatesNamed ? "named" : "default", "\(options.search)"] {
            hasher.combine(text)
        }
        return hasher.finalize()
    }

    /// The stamps of the folders a build reads, taken now; nil when one cannot be taken
    /// (then no record is kept: the next build does its work in full).
    static func stamps(_ options: BuildOptions) -> (content: UInt64, templates: UInt64)? {
        guard let content = TreeStamp.digest(of: options.contentDirectory.path) else { return nil }
        guard let folder = options.portalTemplates else { return (content, 0) }
        guard let templates = TreeStamp.digest(of: folder.path) else { return nil }
        return (content, templates)
    }

    func encoded() -> [UInt8] {
        var writer = BinaryWriter()
        writer.text(Self.magic)
        writer.word(key)
        writer.word(content)
        writer.word(templates)
        writer.number(published)
        writer.number(filesWritten)
        writer.number(pagesWritten)
        writer.number(diagnostics.count)
        for diagnostic in diagnostics { writer.diagnostic(diagnostic) }
        return writer.sealed()
    }

    init(key: UInt64, content: UInt64, templates: UInt64, published: UInt64, filesWritten: Int, pagesWritten: Int, diagnostics: [Diagnostic]) {
        self.key = key
        self.content = content
        self.templates = templates
        self.published = published
        self.filesWritten = filesWritten
        self.pagesWritten = pagesWritten
        self.diagnostics = diagnostics
    }

    init?(decoding bytes: [UInt8]) {
        guard var reader = BinaryReader.checked(bytes) else { return nil }
        do {
            guard try reader.text() == Self.magic else { return nil }
            key = try reader.word()
            content = try reader.word()
            templates = try reader.word()
            published = try reader.number()
            filesWritten = try reader.integer()
            pagesWritten = try reader.integer()
            var diagnostics: [Diagnostic] = []
            for _ in 0..<(try reader.count(atMost: 10_000_000)) { diagnostics.append(try reader.diagnostic()) }
            self.diagnostics = diagnostics
            guard reader.atEnd else { return nil }
        } catch {
            return nil
        }
    }

    /// The record in the state folder at `folder`, when there is a trustworthy one: the
    /// folder a real one of this user's, the record a regular file (never read through a
    /// link), whole.
    static func read(stateFolder folder: String) -> BuildRecord? {
        var info = stat()
        guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == geteuid() else { return nil }
        guard case .success(let bytes) = RegularFile.read(folder + "/" + fileName) else { return nil }
        return BuildRecord(decoding: bytes)
    }

    /// Writes the record into the state folder, whole or not at all.
    func write(stateFolder folder: URL) throws {
        let folder = try OpenFolder(path: folder.path)
        let temporary = "record.tmp-\(getpid())"
        folder.remove(temporary)
        try encoded().withUnsafeBytes { bytes in
            try AtomicFile.write(bytes, as: Self.fileName, in: folder, temporary: temporary, sync: false)
        }
    }

    /// Removes the record: from now on the published tree may change.
    static func remove(stateFolder folder: URL) throws {
        if unlink(folder.appendingPathComponent(fileName).path) != 0 && errno != ENOENT {
            throw StagedOutput.Failure("build.write-failed.mark-updating", ["reason": .text(String(cString: strerror(errno)))])
        }
    }
}
