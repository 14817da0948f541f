import Foundation
import LenteraContent
import LenteraFiles
#if canImport(Glibc)
import Glibc
#endif

/// Writing into the staged tree: folders, then files, by path relative to it.
///
/// A fresh tree is new and private to this build. A spare is trusted only while it holds
/// real folders and regular files alone (`PlainTree`, checked before it is reused), so a
/// path inside it never leads out through a link; files are opened with `O_NOFOLLOW` all
/// the same, so a link that appears at a file's own name later is refused, not followed.
extension StagedOutput {
    /// Creates the folders of all the given files once, before any is written.
    func createDirectories(for files: [String]) throws {
        var made: Set<String> = []
        for file in files {
            let folder = PathText.parent(file)
            guard !folder.isEmpty, made.insert(folder).inserted else { continue }
            if previousFolders.contains(folder) { continue }
            try touchingSpare()
            try makeFolder(try confined(folder))
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
        guard errno == ENOENT else { throw Failure("build.write-failed.folder", ["folder": .text(folder), "reason": .text(String(cString: strerror(errno)))]) }
        let parent = PathText.parent(folder)
        guard !parent.isEmpty else { throw Failure("build.write-failed.folder-top", ["folder": .text(folder)]) }
        try makeFolder(parent)
        if mkdir(stagingPath + "/" + folder, 0o755) != 0 && errno != EEXIST {
            throw Failure("build.write-failed.folder", ["folder": .text(folder), "reason": .text(String(cString: strerror(errno)))])
        }
    }

    /// Writes one file (its folder must exist): one open, one write, one close; no stat,
    /// no temporary name (the whole staging folder is the temporary).
    func write(_ relative: String, _ data: Data) throws {
        try data.withUnsafeBytes { try write(relative, bytes: $0) }
    }

    func write(_ relative: String, text: String) throws {
        var text = text
        // The buffer lives for the closure, which writes it and keeps no pointer to it.
        try text.withUTF8 { try write(relative, bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Writes one file; `fingerprint` is a page's (`reuse`), 0 for other files.
    func write(_ relative: String, bytes: UnsafeRawBufferPointer, fingerprint: UInt64 = 0) throws {
        let path = stagingPath + "/" + (try confined(relative))
        let entry = OutputManifest.Entry(size: bytes.count, hash: OutputManifest.hash(bytes))
        if let previous {
            // Kept only while the spare's file is still what was written (one `lstat`).
            if let stamp = previous.holds(relative, entry, at: path) {
                written.add(relative, entry, stamp, kept: true, fingerprint: fingerprint)
                return
            }
            try touchingSpare()
        }
        let flags = previous == nil ? O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC : O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC
        let descriptor = try create(path, relative, flags)
        defer { close(descriptor) }
        try Self.writeAll(bytes, to: descriptor, relative)
        written.add(relative, entry, try Self.stamp(of: descriptor, relative), kept: false, fingerprint: fingerprint)
    }

    /// Opens `path` with `flags`. In a spare, a folder of the file removed from the
    /// published tree since (which the manifest still lists) is made again, once.
    func create(_ path: String, _ relative: String, _ flags: Int32) throws -> Int32 {
        var descriptor = open(path, flags, 0o644)
        if descriptor < 0, errno == ENOENT, previous != nil, !PathText.parent(relative).isEmpty {
            try makeFolder(PathText.parent(relative))
            descriptor = open(path, flags, 0o644)
        }
        guard descriptor >= 0 else { throw Failure("build.write-failed.cannot-create", ["file": .text(relative), "reason": .text(String(cString: strerror(errno)))]) }
        return descriptor
    }

    /// The stamp of a file just written, for the manifest.
    static func stamp(of descriptor: Int32, _ relative: String) throws -> FileStamp {
        guard let stamp = FileStamp(descriptor: descriptor) else { throw Failure("build.write-failed.cannot-examine", ["file": .text(relative), "reason": .text(String(cString: strerror(errno)))]) }
        return stamp
    }

    /// `AtomicFile.writeAll`, its failure told with the file's name.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, _ relative: String) throws {
        do {
            try AtomicFile.writeAll(bytes, to: descriptor)
        } catch {
            throw Failure("build.write-failed.cannot-write", ["file": .text(relative), "reason": .text(error.reason)])
        }
    }

    /// Refuses any path that could leave the output folder. Slugs are validated when the
    /// content is read; this is the last line of defence.
    func confined(_ relative: String) throws -> String {
        guard Self.staysInside(relative) else { throw Failure("build.write-failed.outside", ["file": .text(relative)]) }
        return relative
    }

    /// Whether a relative path names a place inside its tree: not empty, and no part of it
    /// empty, `.` or `..`. Read byte by byte (every page is checked, and splitting the path
    /// into parts cost 3 % of a rebuild's samples at 10,000 pages).
    static func staysInside(_ relative: String) -> Bool {
        var length = 0, dots = 0, empty = true
        for byte in relative.utf8 {
            if byte == UInt8(ascii: "/") {
                // The part that ends here: empty, `.` or `..`.
                if length == 0 || length == dots && dots <= 2 { return false }
                length = 0
                dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
            empty = false
        }
        return !empty && length > 0 && !(length == dots && dots <= 2)
    }
}
