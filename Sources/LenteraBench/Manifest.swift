import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files of a built site, by path relative to its folder, with their sizes: what the
/// floor writes again. Stored as text, one `SIZE<TAB>PATH` line per file, sorted by path.
public struct Manifest: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var path: String
        public var size: Int

        public init(path: String, size: Int) {
            self.path = path
            self.size = size
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries.sorted { $0.path < $1.path }
    }

    public var totalBytes: Int { entries.reduce(0) { $0 + $1.size } }
    public var htmlPages: Int { entries.filter { $0.path.hasSuffix(".html") }.count }

    /// Every regular file under `folder` (hidden ones included).
    public static func of(folder: String) throws -> Manifest {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder])
        }
        var entries: [Entry] = []
        for case let relative as String in enumerator {
            var info = stat()
            guard stat(folder + "/" + relative, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            entries.append(Entry(path: relative, size: Int(info.st_size)))
        }
        return Manifest(entries: entries)
    }

    public var text: String {
        entries.map { "\($0.size)\t\($0.path)\n" }.joined()
    }

    public init(text: String) throws {
        var entries: [Entry] = []
        for line in text.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t"), let size = Int(line[..<tab]) else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "not a manifest line: `\(line)`"])
            }
            entries.append(Entry(path: String(line[line.index(after: tab)...]), size: size))
        }
        self.init(entries: entries)
    }
}
