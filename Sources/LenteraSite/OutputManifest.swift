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

    /// The hash of bytes given in pieces of any size; the same as `hash` of them all at
    /// once. The size is mixed in at the end (manifest version 2; version 1 mixed it in
    /// first, which needs the size before the first byte).
    struct Hasher {
        private var state: UInt64 = 0xCBF2_9CE4_8422_2325
        /// The bytes after the last whole word (0–7), first byte lowest.
        private var pending: UInt64 = 0
        private var pendingCount = 0
        /// Bytes hashed so far.
        private(set) var count = 0

        mutating func update(_ bytes: UnsafeRawBufferPointer) {
            count += bytes.count
            var index = 0
            if pendingCount > 0 {
                while pendingCount < 8 && index < bytes.count {
                    pending |= UInt64(bytes[index]) << (8 * pendingCount)
                    pendingCount += 1
                    index += 1
                }
                guard pendingCount == 8 else { return }
                mix(pending)
                pending = 0
                pendingCount = 0
            }
            while index + 8 <= bytes.count {
                mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                index += 8
            }
            while index < bytes.count {
                pending |= UInt64(bytes[index]) << (8 * pendingCount)
                pendingCount += 1
                index += 1
            }
        }

        @inline(__always) private mutating func mix(_ word: UInt64) {
            state = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
            state ^= state >> 29
        }

        func finalize() -> UInt64 {
            var hash = state
            for index in 0..<pendingCount {
                hash = (hash ^ ((pending >> (8 * UInt64(index))) & 0xFF)) &* 0x0000_0100_0000_01B3
            }
            hash = (hash ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
            return hash ^ (hash >> 29)
        }
    }

    static func inode(of path: String) -> UInt64? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return UInt64(info.st_ino)
    }

    /// One line per file: `hash size inode modified changed path`, hash in hex, the times in
    /// nanoseconds. Written whole or not at all
    /// (`AtomicFile`): into `manifest.tmp-<pid>` beside it (created exclusively, never
    /// through a link), then renamed into place, so a manifest is never read half written.
    func write(to url: URL) throws {
        var text = Self.header + "\n"
        for (path, entry) in files.sorted(by: { $0.key < $1.key }) {
            guard let stamp = stamps[path], stamp.size == entry.size else { throw StagedOutput.Failure("build.write-failed.manifest-unexamined", ["file": .text(path)]) }
            text += String(entry.hash, radix: 16) + " " + String(entry.size) + " " + stamp.text + " " + path + "\n"
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
            let parts = line.split(separator: " ", maxSplits: 5)
            guard parts.count == 6, let hash = UInt64(parts[0], radix: 16), let size = Int(parts[1]),
                  let stamp = FileStamp(text: parts[2...4], size: size) else { return nil }
            manifest.files[String(parts[5])] = Entry(size: size, hash: hash)
            manifest.stamps[String(parts[5])] = stamp
        }
        return manifest
    }

    /// Version 3: with the files' stamps.
    static let header = "lentera-manifest 3"

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
        private var keptCount = 0
        func add(_ path: String, _ entry: Entry, _ stamp: FileStamp, kept: Bool) {
            lock.withLock {
                files[path] = entry
                stamps[path] = stamp
                if kept { keptCount += 1 }
            }
        }
        var manifest: OutputManifest { lock.withLock { OutputManifest(files: files, stamps: stamps) } }
        /// Files already right in the spare, not written.
        var kept: Int { lock.withLock { keptCount } }
    }
}
