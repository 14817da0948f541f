import CAtomicSwap
import Foundation
import LenteraContent
#if canImport(Glibc)
import Glibc
#endif

/// Writes a new site beside the published one and swaps it in only when complete.
///
/// The new tree is written into a folder beside the destination (same file system, so the
/// swap is a rename). On Linux the swap is a single atomic exchange (`renameat2`), so a web
/// server reading the folder sees the old site or the new one, never a mix and never
/// nothing.
///
/// Rebuilds write only what changed. After a swap the previous tree is not deleted: it is
/// kept as the *spare* in `.<name>.lentera/spare`, with a manifest of its files (size and
/// content hash). The next build brings the spare up to date — a file whose size and hash
/// are already right is not written, a file no page produces any more is removed — and
/// swaps it in. The spare is one build behind, so a rebuild writes the files changed by
/// this build and by the one before. A failed build leaves the published tree as it was;
/// the spare's manifest is removed before the spare is touched, so a spare left half
/// updated is never trusted: the next build writes a fresh tree instead.
///
/// The first build (or `fresh`) writes into a new, empty folder, which on this kind of
/// file system is faster than overwriting.
final class StagedOutput: @unchecked Sendable {
    let destination: URL
    let staging: URL
    private let stagingPath: String
    private let fileManager = FileManager.default
    /// `.<name>.lentera`: the spare tree and the manifests.
    private let stateFolder: URL
    /// The manifest of the spare being brought up to date; nil for a fresh folder.
    private let previous: OutputManifest?
    private let previousFolders: Set<String>
    /// The spare's manifest, while it still describes the spare.
    private var spareManifest: URL?
    private let spareLock = NSLock()
    private let written = OutputManifest.Builder()

    /// What was written, once `publish` has run.
    private(set) var filesChanged = 0
    private(set) var filesUnchanged = 0
    private(set) var filesRemoved = 0
    var reusedSpare: Bool { previous != nil }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init(destination: URL, fresh: Bool = false) throws {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let name = self.destination.lastPathComponent
        stateFolder = parent.appendingPathComponent(".\(name).lentera")
        let spare = stateFolder.appendingPathComponent("spare")
        if !fresh, OutputManifest.inode(of: self.destination.path) != nil,
           let inode = OutputManifest.inode(of: spare.path),
           let manifest = OutputManifest.read(from: stateFolder.appendingPathComponent("manifest-\(inode)")) {
            // The manifest is removed only when the spare is first changed (`touchingSpare`):
            // a build that stops on a content error before writing anything keeps the
            // spare trusted, so the next build is still incremental.
            spareManifest = stateFolder.appendingPathComponent("manifest-\(inode)")
            staging = spare
            previous = manifest
            previousFolders = manifest.folders
        } else {
            try? fileManager.removeItem(at: spare)
            staging = parent.appendingPathComponent(".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            previous = nil
            previousFolders = []
        }
        stagingPath = staging.path
    }

    /// Called before anything in the spare changes: from then on its manifest no longer
    /// describes it, so the manifest goes first (once). A spare left half updated by a
    /// failed build is never trusted again.
    private func touchingSpare() throws {
        guard previous != nil else { return }
        try spareLock.withLock {
            guard let manifest = spareManifest else { return }
            if unlink(manifest.path) != 0 && errno != ENOENT {
                throw Failure(description: "cannot mark the previous site as being updated: \(String(cString: strerror(errno)))")
            }
            spareManifest = nil
        }
    }

    /// Creates the folders of all the given files once, before any is written.
    func createDirectories(for files: [String]) throws {
        var made: Set<String> = []
        for file in files {
            let folder = PathText.parent(file)
            guard !folder.isEmpty, made.insert(folder).inserted else { continue }
            if previousFolders.contains(folder) { continue }
            try touchingSpare()
            try fileManager.createDirectory(at: staging.appendingPathComponent(try confined(folder)), withIntermediateDirectories: true)
        }
    }

    /// Makes the folder of one file, and its parents as needed: one `mkdir` when the
    /// parent exists (the usual case), nothing more when the folder does.
    func makeFolder(of relative: String) throws {
        let folder = PathText.parent(try confined(relative))
        guard !folder.isEmpty, !previousFolders.contains(folder) else { return }
        try touchingSpare()
        try makeFolder(folder)
    }

    private func makeFolder(_ folder: String) throws {
        if mkdir(stagingPath + "/" + folder, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw Failure(description: "cannot create the folder `\(folder)`: \(String(cString: strerror(errno)))") }
        let parent = PathText.parent(folder)
        guard !parent.isEmpty else { throw Failure(description: "cannot create the folder `\(folder)`") }
        try makeFolder(parent)
        if mkdir(stagingPath + "/" + folder, 0o755) != 0 && errno != EEXIST {
            throw Failure(description: "cannot create the folder `\(folder)`: \(String(cString: strerror(errno)))")
        }
    }

    /// Writes one file (its folder must exist): one open, one write, one close; no stat,
    /// no temporary name (the whole staging folder is the temporary).
    func write(_ relative: String, _ data: Data) throws {
        try data.withUnsafeBytes { try write(relative, bytes: $0) }
    }

    func write(_ relative: String, text: String) throws {
        var text = text
        try text.withUTF8 { try write(relative, bytes: UnsafeRawBufferPointer($0)) }
    }

    func write(_ relative: String, bytes: UnsafeRawBufferPointer) throws {
        let path = stagingPath + "/" + (try confined(relative))
        let entry = OutputManifest.Entry(size: bytes.count, hash: OutputManifest.hash(bytes))
        written.add(relative, entry)
        if let previous {
            if previous.files[relative] == entry { return }
            try touchingSpare()
        }
        let flags = previous == nil ? O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC : O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "cannot create `\(relative)`: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        try Self.writeAll(bytes, to: descriptor, relative)
    }

    fileprivate static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, _ relative: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot write `\(relative)`: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    /// Opens a file to be written as it is produced (its folder must exist): append to it,
    /// then `finish` it. It takes part in the manifest like any other file: in a fresh tree
    /// it is created in place (exclusively, as `write` does); in a spare it is written under
    /// a temporary name beside its place and renamed over the old file only when its size
    /// or hash differ from the spare's, otherwise the old file is left untouched.
    func stream(_ relative: String) throws -> StreamedFile {
        let path = stagingPath + "/" + (try confined(relative))
        var temporary: String?
        if previous != nil {
            // Even a temporary changes the spare (a crash would leave it there).
            try touchingSpare()
            let folder = PathText.parent(path), name = PathText.lastComponent(path)
            temporary = folder + "/." + name + ".lentera-partial"
        }
        let flags = temporary == nil ? O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC : O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC
        let descriptor = open(temporary ?? path, flags, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "cannot create `\(relative)`: \(String(cString: strerror(errno)))") }
        return StreamedFile(output: self, relative: relative, path: path, temporary: temporary, descriptor: descriptor)
    }

    /// A file written as it is produced, through a buffer flushed every 64 KB: one open,
    /// one write per 64 KB, one close; what it holds is only the unwritten bytes. Its hash
    /// is computed as the bytes go out. Errors are kept and thrown by `finish`, so
    /// appending never throws. One thread at a time.
    final class StreamedFile {
        static let flushSize = 64 * 1024

        let relative: String
        /// The bytes not written yet. Append to it directly (then call `flushIfFull`), or
        /// through `append`.
        var buffer: [UInt8] = []
        private let output: StagedOutput
        private let path: String
        private let temporary: String?
        private var descriptor: Int32
        private var hash = OutputManifest.Hasher()
        private var failure: Error?

        fileprivate init(output: StagedOutput, relative: String, path: String, temporary: String?, descriptor: Int32) {
            self.output = output
            self.relative = relative
            self.path = path
            self.temporary = temporary
            self.descriptor = descriptor
            buffer.reserveCapacity(Self.flushSize + 4096)
        }

        func append(_ text: String) {
            buffer.append(contentsOf: text.utf8)
            flushIfFull()
        }

        func flushIfFull() {
            if buffer.count >= Self.flushSize { flush() }
        }

        private func flush() {
            buffer.withUnsafeBytes { bytes in
                hash.update(bytes)
                guard failure == nil else { return }
                do { try StagedOutput.writeAll(bytes, to: descriptor, relative) } catch { failure = error }
            }
            buffer.removeAll(keepingCapacity: true)
        }

        /// Writes what is left and closes the file; enters it in the manifest. In a spare,
        /// the new file replaces the old one only if it differs.
        func finish() throws {
            flush()
            buffer = []
            let closed = close(descriptor)
            descriptor = -1
            if closed != 0, failure == nil {
                failure = Failure(description: "cannot write `\(relative)`: \(String(cString: strerror(errno)))")
            }
            if let failure {
                if let temporary { unlink(temporary) }
                throw failure
            }
            let entry = OutputManifest.Entry(size: hash.count, hash: hash.finalize())
            output.written.add(relative, entry)
            guard let temporary else { return }
            if output.previous?.files[relative] == entry {
                unlink(temporary)
            } else if rename(temporary, path) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw Failure(description: "cannot replace `\(relative)`: \(reason)")
            }
        }

        /// A file given up before `finish` (an error on the way) is closed, and its
        /// temporary removed; in a fresh tree the partial file goes with the tree.
        deinit {
            guard descriptor >= 0 else { return }
            close(descriptor)
            if let temporary { unlink(temporary) }
        }
    }

    /// Refuses any path that could leave the output folder. Slugs are validated when the
    /// content is read; this is the last line of defence.
    func confined(_ relative: String) throws -> String {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
            throw Failure(description: "the path `\(relative)` would leave the output folder")
        }
        return relative
    }

    /// Removes what the spare holds and the new site does not, then swaps the new tree in;
    /// the old tree becomes the spare, with its manifest.
    func publish() throws {
        let manifest = written.manifest
        if let previous {
            filesUnchanged = manifest.files.reduce(0) { $0 + (previous.files[$1.key] == $1.value ? 1 : 0) }
            if manifest.files.count != filesUnchanged || previous.files.count != filesUnchanged { try touchingSpare() }
            for stale in previous.files.keys where manifest.files[stale] == nil {
                unlink(stagingPath + "/" + stale)
                filesRemoved += 1
            }
            // Folders left empty, deepest first.
            for folder in previousFolders.subtracting(manifest.folders).sorted(by: { $0.count > $1.count }) {
                rmdir(stagingPath + "/" + folder)
            }
        }
        filesChanged = manifest.files.count - filesUnchanged
        var isDirectory: ObjCBool = false
        let exists = fileManager.fileExists(atPath: destination.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            discard()
            throw Failure(description: "`\(destination.path)` exists and is not a folder")
        }
        guard let newInode = OutputManifest.inode(of: stagingPath) else { throw Failure(description: "the new site vanished before it was published") }
        try fileManager.createDirectory(at: stateFolder, withIntermediateDirectories: true)
        try manifest.write(to: stateFolder.appendingPathComponent("manifest-\(newInode)"))
        if !exists {
            try fileManager.moveItem(at: staging, to: destination)
            return
        }
        let spare = stateFolder.appendingPathComponent("spare")
        if lentera_exchange_paths(staging.path, destination.path) == 0 {
            // The old site now sits where the new one was written; it becomes the spare.
            if staging.standardizedFileURL.path != spare.standardizedFileURL.path {
                if (try? fileManager.moveItem(at: staging, to: spare)) == nil { try? fileManager.removeItem(at: staging) }
            }
            removeStaleManifests()
            return
        }
        // Without an atomic exchange: two renames, with the old tree kept until the new
        // one is in place; no spare is kept.
        let old = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + "-old")
        try fileManager.moveItem(at: destination, to: old)
        do {
            try fileManager.moveItem(at: staging, to: destination)
        } catch {
            try? fileManager.moveItem(at: old, to: destination)
            throw error
        }
        try? fileManager.removeItem(at: old)
        removeStaleManifests()
    }

    /// Keeps the manifests of the published tree and of the spare, removes the others.
    private func removeStaleManifests() {
        let keep = [destination.path, stateFolder.appendingPathComponent("spare").path].compactMap(OutputManifest.inode).map { "manifest-\($0)" }
        for name in (try? fileManager.contentsOfDirectory(atPath: stateFolder.path)) ?? [] where name.hasPrefix("manifest-") && !keep.contains(name) {
            try? fileManager.removeItem(at: stateFolder.appendingPathComponent(name))
        }
    }

    /// Removes a fresh staged tree; a spare being updated is left (without a manifest,
    /// so it is not trusted again). The published one is untouched.
    func discard() {
        if previous == nil { try? fileManager.removeItem(at: staging) }
    }
}

/// The files of one output tree: size and content hash of each, by path, and its folders.
struct OutputManifest: Sendable {
    struct Entry: Equatable, Sendable {
        var size: Int
        var hash: UInt64
    }

    var files: [String: Entry] = [:]

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

    /// One line per file: `hash size path`, hash in hex.
    func write(to url: URL) throws {
        var text = "lentera-manifest 2\n"
        for (path, entry) in files.sorted(by: { $0.key < $1.key }) {
            text += String(entry.hash, radix: 16) + " " + String(entry.size) + " " + path + "\n"
        }
        try Data(text.utf8).write(to: url, options: .atomic)
    }

    static func read(from url: URL) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        guard lines.first == "lentera-manifest 2" else { return nil }
        var manifest = OutputManifest()
        for line in lines.dropFirst() {
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let hash = UInt64(parts[0], radix: 16), let size = Int(parts[1]) else { return nil }
            manifest.files[String(parts[2])] = Entry(size: size, hash: hash)
        }
        return manifest
    }

    /// Collects entries from concurrent writers.
    final class Builder: @unchecked Sendable {
        private let lock = NSLock()
        private var files: [String: Entry] = [:]
        func add(_ path: String, _ entry: Entry) { lock.withLock { files[path] = entry } }
        var manifest: OutputManifest { lock.withLock { OutputManifest(files: files) } }
    }
}
