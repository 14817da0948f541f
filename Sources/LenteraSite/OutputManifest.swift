import Foundation
import LenteraFiles
#if canImport(Glibc)
import Glibc
#endif

/// The files of one output tree: size and content hash of each, by path, and its folders;
/// and what `lstat` gave for each file once it was written (`FileStamp`), so that a file
/// changed since (edited in the published tree, which becomes the spare) is not trusted.
struct OutputManifest: Sendable {
    /// What a file holds.
    struct Entry: Equatable, Sendable {
        var size: Int
        var hash: UInt64
    }

    var files: [String: Entry] = [:]
    /// By path, for the files in `files`.
    var stamps: [String: FileStamp] = [:]
    /// By path, for the pages: the fingerprint of everything the page was rendered from
    /// (`BuildFingerprints`). A page whose fingerprint has not changed holds the same bytes,
    /// so it need not be rendered again. Files made otherwise have none.
    var fingerprints: [String: UInt64] = [:]

    /// Every folder a file is in, and the folders above them. (The slashes are looked for
    /// among the bytes: a search by characters made this 3.7 % of a rebuild's samples at
    /// 10,000 pages.)
    var folders: Set<String> {
        var folders: Set<String> = []
        for path in files.keys {
            var end = path.utf8.endIndex
            while let slash = path.utf8[..<end].lastIndex(of: UInt8(ascii: "/")) {
                guard folders.insert(String(path[..<slash])).inserted else { break }
                end = slash
            }
        }
        return folders
    }

    /// A 64-bit hash of a file's bytes, eight at a time; with the size it tells whether a
    /// file changed (not a cryptographic hash: nobody chooses the pages to collide).
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hasher = Hasher()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The hash of bytes given in pieces of any size (`ContentHasher`).
    typealias Hasher = ContentHasher

    static func inode(of path: String) -> UInt64? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return UInt64(info.st_ino)
    }

    /// One line per file: `hash size fingerprint inode modified changed path`, hash and
    /// fingerprint in hex (0: none), the times in nanoseconds. Written whole or not at all
    /// (`AtomicFile`): into `manifest.tmp-<pid>` beside it (created exclusively, never
    /// through a link), then renamed into place, so a manifest is never read half written.
    func write(to url: URL) throws {
        // Written as bytes, number by number: a national portal's manifest has hundreds of
        // thousands of lines, written at the end of every build.
        var text: [UInt8] = Array((Self.header + "\n").utf8)
        text.reserveCapacity(files.count * 120)
        for (path, entry) in files.sorted(by: { $0.key < $1.key }) {
            guard let stamp = stamps[path], stamp.size == entry.size else { throw StagedOutput.Failure("build.write-failed.manifest-unexamined", ["file": .text(path)]) }
            Self.append(entry.hash, radix: 16, to: &text)
            Self.append(UInt64(entry.size), radix: 10, to: &text)
            Self.append(fingerprints[path] ?? 0, radix: 16, to: &text)
            Self.append(stamp.inode, radix: 10, to: &text)
            Self.append(stamp.modified, to: &text)
            Self.append(stamp.changed, to: &text)
            text.append(contentsOf: path.utf8)
            text.append(0x0A)
        }
        let temporary = "manifest.tmp-\(getpid())"
        do {
            let folder = try OpenFolder(path: url.deletingLastPathComponent().path)
            // A temporary left by a killed build of this process id is removed (a link
            // itself, never what it leads to).
            folder.remove(temporary)
            // The buffer lives for the closure, which writes it and keeps no pointer to it.
            try text.withUnsafeBytes { bytes in
                try AtomicFile.write(bytes, as: url.lastPathComponent, in: folder, temporary: temporary, sync: false)
            }
        } catch let problem as OpenFolder.Problem {
            throw StagedOutput.Failure("build.write-failed.manifest-state", ["problem": .text(problem.words)])
        } catch {
            throw StagedOutput.Failure("build.write-failed.manifest", ["reason": .text("\(error)")])
        }
    }

    /// `value` in `radix` (10, or 16 in lowercase), then a space.
    static func append(_ value: UInt64, radix: UInt64, to text: inout [UInt8]) {
        let start = text.count
        var rest = value
        repeat {
            let digit = UInt8(rest % radix)
            text.append(digit < 10 ? 0x30 + digit : 0x61 + digit - 10)
            rest /= radix
        } while rest > 0
        text[start...].reverse()
        text.append(0x20)
    }

    /// A time in nanoseconds, which may be before 1970, in decimal, then a space.
    static func append(_ value: Int64, to text: inout [UInt8]) {
        if value < 0 { text.append(0x2D) }
        append(value.magnitude, radix: 10, to: &text)
    }

    /// Whether a name in the state folder is a manifest's (`manifest-<inode>`).
    static func isManifest(_ name: String) -> Bool { name.hasPrefix("manifest-") }

    /// The manifest at `url`; nil when there is none, or it is of an older version or not
    /// whole (any line out of shape). Read as bytes, field by field: a national portal's
    /// manifest has hundreds of thousands of lines, read at the start of every build.
    static func read(from url: URL) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return data.withUnsafeBytes { parse(UnsafeRawBufferPointer($0)) }
    }

    /// A manifest's bytes, as `write` makes them.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> OutputManifest? {
        let header = Array((Self.header + "\n").utf8)
        // An older manifest (no stamps) is not trusted: the next build writes a new tree.
        guard bytes.count >= header.count, zip(bytes.prefix(header.count), header).allSatisfy({ $0 == $1 }) else { return nil }
        var manifest = OutputManifest()
        var scanner = ManifestScanner(bytes: bytes, offset: header.count)
        let lines = bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        manifest.files.reserveCapacity(lines)
        manifest.stamps.reserveCapacity(lines)
        manifest.fingerprints.reserveCapacity(lines)
        while !scanner.atEnd {
            guard let hash = scanner.number(radix: 16), let size = scanner.number(radix: 10), let fingerprint = scanner.number(radix: 16),
                  let inode = scanner.number(radix: 10), let modified = scanner.signed(), let changed = scanner.signed(),
                  let path = scanner.rest(), !path.isEmpty, size <= UInt64(Int.max) else { return nil }
            manifest.files[path] = Entry(size: Int(size), hash: hash)
            manifest.stamps[path] = FileStamp(size: Int64(size), inode: inode, modified: modified, changed: changed)
            if fingerprint != 0 { manifest.fingerprints[path] = fingerprint }
        }
        return manifest
    }

    /// Version 4: with the files' stamps (3) and the pages' fingerprints.
    static let header = "lentera-manifest 4"

    /// Whether the spare's file at `path` holds `entry` as the manifest says: its entry is
    /// `entry` and one `lstat` gives what it gave when the file was written. The stamp,
    /// when so.
    func holds(_ relative: String, _ entry: Entry, at path: String) -> FileStamp? {
        guard files[relative] == entry, let stamp = stamps[relative], FileStamp(path: path) == stamp else { return nil }
        return stamp
    }

    /// Collects entries from concurrent writers, and how many files were kept as they were.
    final class Builder: @unchecked Sendable {
        private let lock = NSLock()
        private var files: [String: Entry] = [:]
        private var stamps: [String: FileStamp] = [:]
        private var fingerprints: [String: UInt64] = [:]
        private var keptCount = 0
        func add(_ path: String, _ entry: Entry, _ stamp: FileStamp, kept: Bool, fingerprint: UInt64 = 0) {
            lock.withLock {
                files[path] = entry
                stamps[path] = stamp
                if fingerprint != 0 { fingerprints[path] = fingerprint }
                if kept { keptCount += 1 }
            }
        }
        var manifest: OutputManifest { lock.withLock { OutputManifest(files: files, stamps: stamps, fingerprints: fingerprints) } }
        /// Files already right in the spare, not written.
        var kept: Int { lock.withLock { keptCount } }
    }
}

/// Reads a manifest's lines field by field: numbers ended by a space, the path by the end of
/// the line. Every read is nil on anything out of shape (an empty field, another character, a
/// number too large, a line cut short).
struct ManifestScanner {
    let bytes: UnsafeRawBufferPointer
    var offset: Int

    var atEnd: Bool { offset >= bytes.count }

    /// An unsigned number in `radix` (10 or 16, lowercase), and the space after it.
    mutating func number(radix: UInt64) -> UInt64? {
        var value: UInt64 = 0
        let start = offset
        while offset < bytes.count, bytes[offset] != 0x20 {
            let byte = bytes[offset]
            let digit: UInt64
            switch byte {
            case 0x30...0x39: digit = UInt64(byte - 0x30)
            case 0x61...0x66 where radix == 16: digit = UInt64(byte - 0x61 + 10)
            default: return nil
            }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: radix)
            guard !overflow, shifted <= UInt64.max - digit else { return nil }
            value = shifted + digit
            offset += 1
        }
        guard offset > start, offset < bytes.count else { return nil }
        offset += 1
        return value
    }

    /// A decimal number that may be negative (a time before 1970), and the space after it.
    mutating func signed() -> Int64? {
        let negative = offset < bytes.count && bytes[offset] == 0x2D
        if negative { offset += 1 }
        guard let magnitude = number(radix: 10), magnitude <= UInt64(Int64.max) else { return nil }
        return negative ? -Int64(magnitude) : Int64(magnitude)
    }

    /// The rest of the line (a path, spaces allowed), and the line's end.
    mutating func rest() -> String? {
        let start = offset
        while offset < bytes.count, bytes[offset] != 0x0A { offset += 1 }
        guard offset < bytes.count else { return nil }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        offset += 1
        return text
    }
}
