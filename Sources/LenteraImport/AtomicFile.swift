import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file whole or not at all: into a hidden temporary beside it, then renamed over
/// it. The temporary, `.<name>.lentera-import-<pid>-<random>.tmp`, is created exclusively
/// (never through a link, never over another's) and synced before the rename. A hidden
/// name is ignored by the content loader, so a temporary left by a killed import is never
/// read; the next import into the folder removes it (`removeTemporaries`).
enum AtomicFile {
    struct Failure: Error, LocalizedError {
        let reason: String
        var errorDescription: String? { reason }
    }

    static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).lentera-import-\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 16)).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        var failure: String?
        // `baseAddress + offset` stays inside the buffer: offset < bytes.count in the loop.
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil && rename(temporary, url.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw Failure(reason: failure)
        }
    }

    /// Removes the temporaries killed imports left in `folder`: this release's
    /// (`.<name>.lentera-import-….tmp`) and earlier ones' (`.<name>.yaml.<pid>.tmp`). Called
    /// with the content folder's lock held, so no running import owns one.
    static func removeTemporaries(in folder: URL) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where isTemporary(name) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    static func isTemporary(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        return name.contains(".lentera-import-") || name.contains(".yaml.") || name.contains(".json.")
    }
}
