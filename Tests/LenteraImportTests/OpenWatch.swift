import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Folders watched with inotify(7) for anything opened in them: the folder itself (listed)
/// or a file in it. What a test wants never read may be in any state — broken, a FIFO,
/// readable by root anyway — so whether it was opened is asked of the kernel.
final class OpenWatch {
    private let descriptor: Int32
    /// Each watched folder by its watch descriptor.
    private var folders: [Int32: String] = [:]

    /// Nil when inotify or a watch cannot be set up.
    init?(folders paths: [String]) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        for path in paths {
            let watch = inotify_add_watch(descriptor, path, UInt32(IN_OPEN | IN_ACCESS))
            guard watch >= 0 else {
                close(descriptor)
                return nil
            }
            folders[watch] = path
        }
    }

    deinit { close(descriptor) }

    /// What was opened or read since the watch began, as `folder/name` (`folder/` for the
    /// folder itself), in the order the kernel reported it.
    func opened() -> [String] {
        var result: [String] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            // struct inotify_event { int wd; uint32_t mask, cookie, len; char name[len]; }
            while offset + 16 <= count {
                let (watch, length) = buffer.withUnsafeBytes { bytes in
                    (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self), Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let name = buffer[(offset + 16)..<(offset + 16 + length)].prefix { $0 != 0 }
                result.append((folders[watch] ?? "?") + "/" + String(decoding: name, as: UTF8.self))
                offset += 16 + length
            }
        }
        return result
    }
}
