import CAtomicSwap
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a new site beside the published one and swaps it in only when complete.
///
/// The staging folder is a sibling of the destination (same file system, so the swap is
/// a rename). On Linux the swap is a single atomic exchange (`renameat2`), so a web
/// server reading the folder sees the old site or the new one, never a mix and never
/// nothing; the old tree is removed after the swap. Writing into a fresh folder is also
/// faster than overwriting files in place.
final class StagedOutput: @unchecked Sendable {
    let destination: URL
    let staging: URL
    private let stagingPath: String
    private let fileManager = FileManager.default

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init(destination: URL) throws {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let name = self.destination.lastPathComponent
        staging = parent.appendingPathComponent(".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        stagingPath = staging.path
    }

    /// Creates the folders of all the given files once, before any is written.
    func createDirectories(for files: [String]) throws {
        var made: Set<String> = []
        for file in files {
            let folder = (file as NSString).deletingLastPathComponent
            guard !folder.isEmpty, made.insert(folder).inserted else { continue }
            try fileManager.createDirectory(at: staging.appendingPathComponent(try confined(folder)), withIntermediateDirectories: true)
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
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "cannot create `\(relative)`: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
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

    /// Refuses any path that could leave the output folder. Slugs are validated when the
    /// content is read; this is the last line of defence.
    func confined(_ relative: String) throws -> String {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
            throw Failure(description: "the path `\(relative)` would leave the output folder")
        }
        return relative
    }

    /// Swaps the staged tree in and removes the old one.
    func publish() throws {
        var isDirectory: ObjCBool = false
        let exists = fileManager.fileExists(atPath: destination.path, isDirectory: &isDirectory)
        if !exists {
            try fileManager.moveItem(at: staging, to: destination)
            return
        }
        guard isDirectory.boolValue else {
            discard()
            throw Failure(description: "`\(destination.path)` exists and is not a folder")
        }
        if lentera_exchange_paths(staging.path, destination.path) == 0 {
            // The old site now sits at the staging path.
            try? fileManager.removeItem(at: staging)
            return
        }
        // Without an atomic exchange: two renames, with the old tree kept until the new
        // one is in place.
        let old = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + "-old")
        try fileManager.moveItem(at: destination, to: old)
        do {
            try fileManager.moveItem(at: staging, to: destination)
        } catch {
            try? fileManager.moveItem(at: old, to: destination)
            throw error
        }
        try? fileManager.removeItem(at: old)
    }

    /// Removes the staged tree; the published one is untouched.
    func discard() {
        try? fileManager.removeItem(at: staging)
    }
}
