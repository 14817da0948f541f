import Foundation
import LenteraTesting
#if canImport(Glibc)
import Glibc
#endif

/// The folder holding the property test's `content/` and `templates/`, changed the way
/// people and their tools change files: only the files whose bytes differ are written
/// (the others keep their inode and times, as a build cache would find them), either in
/// place (same inode) or through a temporary renamed over the file (a new inode, as most
/// editors save); renames keep inode, size and times; a touch changes the modification
/// time alone; a rewrite may put the old modification time back.
struct ContentDisk {
    let root: URL
    /// What each file holds on disk now, by path relative to `root`.
    private(set) var written: [String: Data] = [:]
    /// The files `sync` wrote or removed in the current step.
    private(set) var changedThisStep: Set<String> = []

    /// `UTIME_OMIT` of `<sys/stat.h>` (not imported into Swift): leave that time as it is.
    static let omit = (1 << 30) - 2

    init(root: URL) {
        self.root = root
    }

    func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// Starts a step: nothing changed in it yet.
    mutating func beginStep() {
        changedThisStep = []
    }

    /// Makes the folder hold exactly `files`: writes the files whose bytes differ, removes
    /// the ones not wanted, and folders left empty.
    mutating func sync(_ files: [String: Data], _ random: inout SplitMix64) throws {
        for relative in written.keys.sorted() where files[relative] == nil {
            try remove(relative)
        }
        for (relative, bytes) in files.sorted(by: { $0.key < $1.key }) where written[relative] != bytes {
            if written[relative] != nil && random.chance(30) {
                try overwrite(relative, bytes)
            } else {
                try replace(relative, bytes)
            }
        }
    }

    /// Writes through a temporary in the same folder renamed over the file: a new inode.
    mutating func replace(_ relative: String, _ bytes: Data) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        try bytes.write(to: temporary)
        guard Glibc.rename(temporary.path, url.path) == 0 else { throw DiskError("rename \(relative)", errno) }
        written[relative] = bytes
        changedThisStep.insert(relative)
    }

    /// Writes over the file's own bytes: the same inode. With `keepingModificationTime`,
    /// the modification time is put back as it was (only the change time tells).
    mutating func overwrite(_ relative: String, _ bytes: Data, keepingModificationTime: Bool = false) throws {
        let before = try stamp(relative)
        let descriptor = open(path(relative), O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else { throw DiskError("open \(relative)", errno) }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                guard count > 0 else { throw DiskError("write \(relative)", errno) }
                offset += count
            }
        }
        if keepingModificationTime {
            var times = [timespec(tv_sec: 0, tv_nsec: Self.omit), before.modified]
            guard futimens(descriptor, &times) == 0 else { throw DiskError("futimens \(relative)", errno) }
        }
        written[relative] = bytes
        changedThisStep.insert(relative)
    }

    /// Sets the file's modification time `seconds` later than now; its bytes stay.
    func touch(_ relative: String, secondsFromNow seconds: Int) throws {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var times = [timespec(tv_sec: 0, tv_nsec: Self.omit), timespec(tv_sec: now.tv_sec + seconds, tv_nsec: now.tv_nsec)]
        guard utimensat(AT_FDCWD, path(relative), &times, 0) == 0 else { throw DiskError("utimensat \(relative)", errno) }
    }

    /// Renames a file or a folder (one `rename`: inode, size and times stay).
    mutating func rename(_ from: String, to: String) throws {
        try FileManager.default.createDirectory(at: root.appendingPathComponent(to).deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        guard Glibc.rename(path(from), path(to)) == 0 else { throw DiskError("rename \(from) → \(to)", errno) }
        for (relative, bytes) in written where relative == from || relative.hasPrefix(from + "/") {
            written[relative] = nil
            written[to + relative.dropFirst(from.count)] = bytes
        }
        try removeEmptyFolders(above: from)
    }

    mutating func remove(_ relative: String) throws {
        guard unlink(path(relative)) == 0 else { throw DiskError("unlink \(relative)", errno) }
        written[relative] = nil
        changedThisStep.insert(relative)
        try removeEmptyFolders(above: relative)
    }

    /// Removes the folders above `relative` that are left empty, up to `content/`.
    private func removeEmptyFolders(above relative: String) throws {
        var folder = Self.parent(relative)
        while !folder.isEmpty && folder != "content" {
            let names = try FileManager.default.contentsOfDirectory(atPath: path(folder))
            guard names.isEmpty else { return }
            try FileManager.default.removeItem(atPath: path(folder))
            folder = Self.parent(folder)
        }
    }

    /// `a/b` for `a/b/c`, empty for `c`.
    static func parent(_ relative: String) -> String {
        relative.lastIndex(of: "/").map { String(relative[..<$0]) } ?? ""
    }

    /// What `lstat` gives for a file that a build cache may know it by (the change time,
    /// which no one can set back, is left out: the same-tick rewrite changes it).
    struct Stamp {
        var size: Int
        var inode: UInt64
        var modified: timespec

        /// Size, inode and modification time: what a cache that trusts them alone compares.
        func looksLike(_ other: Stamp) -> Bool {
            size == other.size && inode == other.inode
                && modified.tv_sec == other.modified.tv_sec && modified.tv_nsec == other.modified.tv_nsec
        }
    }

    func stamp(_ relative: String) throws -> Stamp {
        var info = stat()
        guard lstat(path(relative), &info) == 0 else { throw DiskError("lstat \(relative)", errno) }
        return Stamp(size: Int(info.st_size), inode: UInt64(info.st_ino), modified: info.st_mtim)
    }
}

struct DiskError: Error, CustomStringConvertible {
    let description: String

    init(_ what: String, _ code: Int32) {
        description = "\(what): \(String(cString: strerror(code)))"
    }
}
