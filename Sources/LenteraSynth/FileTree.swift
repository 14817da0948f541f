#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Folders and files written with plain system calls: each folder made once (`mkdir`,
/// its parent already there), each file one `open`, one `write` loop and one `close`.
/// At 400,000 services the generator writes over a million files; nothing more is done
/// per file than that.
public enum FileTree {
    public struct Failure: Error, CustomStringConvertible {
        public let path: String
        public let operation: String
        public let code: Int32
        public var description: String { "\(operation) `\(path)` failed: \(String(cString: strerror(code)))" }
    }

    /// Makes one folder. Its parent must exist; the folder itself must not.
    public static func makeFolder(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 else { throw Failure(path: path, operation: "mkdir", code: errno) }
    }

    /// Makes a folder and any missing parents (for the roots the caller names).
    public static func makeFolders(_ path: String) throws {
        var partial = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            partial += "/" + component
            if mkdir(partial, 0o755) != 0 && errno != EEXIST { throw Failure(path: partial, operation: "mkdir", code: errno) }
        }
    }

    /// Writes `text` into a new file (replacing one of the same name). Returns the bytes written.
    @discardableResult
    public static func write(_ path: String, _ text: String) throws -> Int {
        var text = text
        return try text.withUTF8 { try write(path, $0) }
    }

    @discardableResult
    public static func write(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>) throws -> Int {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, operation: "open", code: errno) }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                throw Failure(path: path, operation: "write", code: code)
            }
            offset += written
        }
        guard close(descriptor) == 0 else { throw Failure(path: path, operation: "close", code: errno) }
        return bytes.count
    }
}
