import Foundation
import LenteraMarkdown
import LenteraSynth
#if canImport(Glibc)
import Glibc
#endif

/// The write floor: the least work any generator must do to publish the same site. It
/// reads each page's Markdown source once, converts its body with libcmark, and writes
/// a file of exactly the size Lentera wrote for that path, into a fresh folder, with
/// `jobs` threads. No YAML, no templates, no model: what is left is reading, Markdown
/// and the file system, the part of Lentera's time no engine can remove.
public enum Floor {
    public struct Result: Sendable, Equatable {
        public var files = 0
        public var bytes = 0
        /// Pages whose Markdown source was found and converted.
        public var converted = 0
    }

    /// Where the Markdown source of an output page is in the content folder, if it has one.
    public static func source(of path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.last == "index.html" else { return nil }
        switch (parts.count, parts.first) {
        case (3, "unit"): return "units/\(parts[1])/unit.md"
        case (4, "unit") where parts[2] == "maklumat": return "units/\(parts[1])/maklumat.md"
        case (5, "unit") where parts[2] == "layanan": return "units/\(parts[1])/layanan/\(parts[3]).md"
        case (2, _): return "pages/\(parts[0]).md"
        default: return nil
        }
    }

    /// Writes every file of `manifest` under `output`, which must not exist yet.
    public static func run(content: String, manifest: Manifest, output: String, jobs: Int = 2) throws -> Result {
        try FileTree.makeFolder(output)
        var folders: Set<String> = []
        for entry in manifest.entries {
            var parts = entry.path.split(separator: "/").dropLast()
            while !parts.isEmpty, folders.insert(parts.joined(separator: "/")).inserted { parts = parts.dropLast() }
        }
        for folder in folders.sorted() { try FileTree.makeFolder(output + "/" + folder) }

        let entries = manifest.entries
        let jobs = max(1, jobs)
        let parts = PartResults(count: jobs)
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            var result = Result()
            let renderer = MarkdownRenderer()
            var buffer: [UInt8] = []
            do {
                for index in stride(from: job, to: entries.count, by: jobs) {
                    let entry = entries[index]
                    buffer.removeAll(keepingCapacity: true)
                    if let source = source(of: entry.path), let markdown = readBody(content + "/" + source) {
                        buffer.append(contentsOf: renderer.html(markdown).utf8.prefix(entry.size))
                        result.converted += 1
                    }
                    if buffer.count < entry.size { buffer.append(contentsOf: repeatElement(0x20, count: entry.size - buffer.count)) }
                    result.bytes += try buffer.withUnsafeBufferPointer { try FileTree.write(output + "/" + entry.path, $0) }
                    result.files += 1
                }
                parts.store(.success(result), job: job)
            } catch {
                parts.store(.failure(error), job: job)
            }
        }
        var total = Result()
        for part in parts.all {
            let result = try part.get()
            total.files += result.files
            total.bytes += result.bytes
            total.converted += result.converted
        }
        return total
    }

    /// The Markdown below the front matter of a file, read with one open/read/close.
    static func readBody(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            offset += count
        }
        let text = String(decoding: bytes[0..<offset], as: UTF8.self)
        guard text.hasPrefix("---\n"), let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex) else {
            return text
        }
        return String(text[end.upperBound...])
    }
}

/// One result per worker.
final class PartResults: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [Result<Floor.Result, Error>?]

    init(count: Int) {
        parts = Array(repeating: nil, count: count)
    }

    func store(_ result: Result<Floor.Result, Error>, job: Int) {
        lock.withLock { parts[job] = result }
    }

    var all: [Result<Floor.Result, Error>] { lock.withLock { parts.compactMap { $0 } } }
}
