import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Every regular file of a built site with its size and a hash of its bytes, by path
/// relative to the site's folder: what a published tree held, recorded without copying
/// it, so that the tree after a rebuild can be compared with it.
///
/// The hash is the harness's own (not the one `lentera build` keeps in its manifest), so
/// that the comparison does not rely on what it checks.
public struct TreeSnapshot: Sendable, Equatable {
    public struct Entry: Sendable, Equatable, Hashable {
        public var size: Int
        public var hash: UInt64
    }

    public var files: [String: Entry]

    public init(files: [String: Entry] = [:]) {
        self.files = files
    }

    /// Reads every regular file under `folder` (hidden ones included) once.
    public static func of(folder: String) throws -> TreeSnapshot {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder])
        }
        var files: [String: Entry] = [:]
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        for case let relative as String in enumerator {
            if let entry = try entry(of: folder + "/" + relative, buffer: &buffer) { files[relative] = entry }
        }
        return TreeSnapshot(files: files)
    }

    /// The size and hash of one file; nil when it is not a regular file.
    public static func entry(of path: String) throws -> Entry? {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        return try entry(of: path, buffer: &buffer)
    }

    private static func entry(of path: String, buffer: inout [UInt8]) throws -> Entry? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else {
            if errno == ELOOP { return nil }
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        // FNV-1a, 64 bits, over every byte.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var size = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
            if count == 0 { break }
            for index in 0..<count {
                hash = (hash ^ UInt64(buffer[index])) &* 0x0000_0100_0000_01B3
            }
            size += count
        }
        return Entry(size: size, hash: hash)
    }

    /// What differs between two trees: files whose bytes changed, files only in `after`,
    /// files only in `self`; each sorted by path.
    public func changes(to after: TreeSnapshot) -> TreeChanges {
        var changes = TreeChanges()
        for (path, entry) in after.files {
            if let before = files[path] {
                if before != entry { changes.changed.append(path) }
            } else {
                changes.added.append(path)
            }
        }
        changes.removed = files.keys.filter { after.files[$0] == nil }
        changes.changed.sort()
        changes.added.sort()
        changes.removed.sort()
        return changes
    }
}

/// The files that differ between two trees of a site.
public struct TreeChanges: Sendable, Equatable {
    public var changed: [String] = []
    public var added: [String] = []
    public var removed: [String] = []

    public init() {}

    /// Changed and added, sorted: every file whose bytes a reader now gets differently.
    public var written: [String] { (changed + added).sorted() }
    public var count: Int { changed.count + added.count + removed.count }
}
