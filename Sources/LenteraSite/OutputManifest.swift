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

    var folders: Set<String> {
        var folders: Set<String> = []
        for path in files.keys {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
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
        var text = Self.header + "\n"
        for (path, entry) in files.sorted(by: { $0.key < $1.key }) {
            guard let stamp = stamps[path], stamp.size == entry.size else { throw StagedOutput.Failure("build.write-failed.manifest-unexamined", ["file": .text(path)]) }
            text += String(entry.hash, radix: 16) + " " + String(entry.size) + " " + String(fingerprints[path] ?? 0, radix: 16) + " " + stamp.text + " " + path + "\n"
        }
        let temporary = "manifest.tmp-\(getpid())"
        do {
            let folder = try OpenFolder(path: url.deletingLastPathComponent().path)
            // A temporary left by a killed build of this process id is removed (a link
            // itself, never what it leads to).
            folder.remove(temporary)
            // The buffer lives for the closure, which writes it and keeps no pointer to it.
            try text.withUTF8 { bytes in
                try AtomicFile.write(UnsafeRawBufferPointer(bytes), as: url.lastPathComponent, in: folder, temporary: temporary, sync: false)
            }
        } catch let problem as OpenFolder.Problem {
            throw StagedOutput.Failure("build.write-failed.manifest-state", ["problem": .text(problem.words)])
        } catch {
            throw StagedOutput.Failure("build.write-failed.manifest", ["reason": .text("\(error)")])
        }
    }

    /// Whether a name in the state folder is a manifest's (`manifest-<inode>`).
    static func isManifest(_ name: String) -> Bool { name.hasPrefix("manifest-") }

    static func read(from url: URL) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        // An older manifest (no stamps) is not trusted: the next build writes a new tree.
        guard lines.first.map(String.init) == Self.header else { return nil }
        var manifest = OutputManifest()
        for line in lines.dropFirst() {
            let parts = line.split(separator: " ", maxSplits: 6)
            guard parts.count == 7, let hash = UInt64(parts[0], radix: 16), let size = Int(parts[1]),
                  let fingerprint = UInt64(parts[2], radix: 16), let stamp = FileStamp(text: parts[3...5], size: size) else { return nil }
            let path = String(parts[6])
            manifest.files[path] = Entry(size: size, hash: hash)
            manifest.stamps[path] = stamp
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
