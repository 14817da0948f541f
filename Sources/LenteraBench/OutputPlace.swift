import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a benchmark writes: one folder, on one file system, for every tool's output and
/// for the copies of the inputs the tools read, so that no tool is measured on a faster or
/// a more tired file system than another.
///
/// By default a folder of `/dev/shm` when it is a tmpfs with room for the run (its free
/// space, and the machine's available memory with what Hugo will hold besides); otherwise
/// the work folder on the local disk. The report says which, and why.
public struct OutputPlace: Sendable, Equatable {
    /// The folder (created by `prepare`).
    public var folder: String
    /// The file system's type as `statfs` gives it: `tmpfs`, `ext4`…
    public var fileSystem: String
    /// Why this place: given, or what was measured when choosing.
    public var reason: String

    public init(folder: String, fileSystem: String, reason: String) {
        self.folder = folder
        self.fileSystem = fileSystem
        self.reason = reason
    }

    /// The tmpfs tried first.
    public static let sharedMemory = "/dev/shm"

    /// Chooses the place: `explicit` when given (a folder on any file system), else a folder
    /// of `/dev/shm` named `name` when `/dev/shm` is a tmpfs whose free space holds `bytes`
    /// and the available memory holds `bytes` plus `memoryBesides`, else `fallback`.
    public static func choose(explicit: String?, fallback: String, name: String, bytes: Int, memoryBesides: Int) -> OutputPlace {
        if let explicit {
            let folder = URL(fileURLWithPath: explicit).standardizedFileURL.path
            return OutputPlace(folder: folder, fileSystem: fileSystemName(of: folder), reason: "given with --outputs")
        }
        let fallbackPlace = { (why: String) in
            OutputPlace(folder: fallback, fileSystem: fileSystemName(of: fallback), reason: why)
        }
        guard fileSystemName(of: sharedMemory) == "tmpfs", let free = freeBytes(at: sharedMemory) else {
            return fallbackPlace("\(sharedMemory) is not a tmpfs here")
        }
        let memory = availableMemoryBytes() ?? 0
        guard free >= bytes, memory >= bytes + memoryBesides else {
            return fallbackPlace("\(sharedMemory) has \(gibibytes(free)) free and the machine \(gibibytes(memory)) of memory available; "
                                 + "the run needs \(gibibytes(bytes)) of files and \(gibibytes(memoryBesides)) of memory besides")
        }
        return OutputPlace(folder: "\(sharedMemory)/\(name)", fileSystem: "tmpfs",
                           reason: "\(sharedMemory) had \(gibibytes(free)) free and the machine \(gibibytes(memory)) of memory available; "
                                   + "the run needs about \(gibibytes(bytes)) of files and \(gibibytes(memoryBesides)) of memory besides")
    }

    /// The type of the file system that holds `path` (or its nearest existing ancestor), as
    /// /proc/mounts names it: `tmpfs`, `ext4`… (`unknown` when it cannot be told).
    public static func fileSystemName(of path: String) -> String {
        guard let resolved = realpath(nearestExisting(path), nil) else { return "unknown" }
        defer { free(resolved) }
        let mounts = (try? String(contentsOfFile: "/proc/mounts", encoding: .utf8)) ?? ""
        return fileSystemName(of: String(cString: resolved), mounts: mounts) ?? "unknown"
    }

    /// The type of the mount of `/proc/mounts` (`device mountpoint type options …` lines)
    /// whose mount point holds `path` most closely; the last such mount wins, as the kernel's.
    static func fileSystemName(of path: String, mounts: String) -> String? {
        var best: (length: Int, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let point = fields[1].replacingOccurrences(of: "\\040", with: " ")
            let holds = point == "/" || path == point || path.hasPrefix(point + "/")
            if holds, point.count >= (best?.length ?? -1) { best = (point.count, String(fields[2])) }
        }
        return best?.type
    }

    /// `path` if it exists, else its nearest existing ancestor (`/` or `.` at the end).
    static func nearestExisting(_ path: String) -> String {
        var existing = path
        while !FileManager.default.fileExists(atPath: existing) {
            guard let slash = existing.lastIndex(of: "/") else { return "." }
            if slash == existing.startIndex { return "/" }
            existing = String(existing[..<slash])
        }
        return existing
    }

    /// Bytes an unprivileged user may still write at `path`.
    static func freeBytes(at path: String) -> Int? {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return nil }
        return Int(info.f_bavail) * Int(info.f_frsize)
    }

    /// `MemAvailable` of /proc/meminfo, in bytes.
    static func availableMemoryBytes() -> Int? {
        meminfo(["MemAvailable"]).first.map { $0 * 1024 }
    }

    /// The named fields of /proc/meminfo, in KiB, in the order asked (missing ones left out).
    static func meminfo(_ names: [String]) -> [Int] {
        guard let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) else { return [] }
        var values: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == ":" || $0 == " " })
            if parts.count >= 2, let value = Int(parts[1]) { values[String(parts[0])] = value }
        }
        return names.compactMap { values[$0] }
    }

    static func gibibytes(_ bytes: Int) -> String {
        String(format: "%.1f GiB", Double(bytes) / 1_073_741_824)
    }

    /// Whether two paths (or their nearest existing ancestors) are on one file system.
    public static func sameDevice(_ first: String, _ second: String) -> Bool {
        func device(_ path: String) -> UInt64? {
            var info = stat()
            return stat(nearestExisting(path), &info) == 0 ? UInt64(info.st_dev) : nil
        }
        guard let a = device(first), let b = device(second) else { return false }
        return a == b
    }

    /// Makes the folder, empty.
    public func prepare() throws {
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// Flushes every file system (`sync`), waits until the kernel has no more than 64 MiB of
    /// dirty or in-flight pages (at most `limit` seconds: other processes may keep writing),
    /// then lets `pause` seconds pass: what one tool deleted or wrote is not paid for by the
    /// next one's timed run.
    public static func settle(limit: Double = 30, pause: Double = 0.5) {
        let start = ChildProcess.monotonicSeconds()
        repeat {
            sync()
            let pending = meminfo(["Dirty", "Writeback"]).reduce(0, +)
            if pending < 64 * 1024 { break }
            usleep(200_000)
        } while ChildProcess.monotonicSeconds() - start < limit
        usleep(useconds_t(pause * 1_000_000))
    }

    /// Waits until no `trash-…` folder is left in Lentera's state folder `state` (the
    /// spare a `--fresh` build set aside, deleted after its publish by a process of its
    /// own), at most `limit` seconds. Returns the seconds waited.
    @discardableResult
    public static func waitForTrash(in state: String, limit: Double = 300) -> Double {
        let start = ChildProcess.monotonicSeconds()
        while ChildProcess.monotonicSeconds() - start < limit {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: state)) ?? []
            if !names.contains(where: { $0.hasPrefix("trash-") }) { break }
            usleep(100_000)
        }
        return ChildProcess.monotonicSeconds() - start
    }
}
