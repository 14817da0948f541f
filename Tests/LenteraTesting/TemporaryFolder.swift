import Foundation

/// A fresh folder under the system's temporary folder, removed when `body` returns or
/// throws. Tests work on real files, never on the repository.
public func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("lentera-test-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

/// Every file under a folder, by path relative to it, with its bytes: what two builds
/// are compared by. Hidden files are included, so a left-over staging folder shows.
public enum FolderSnapshot {
    public static func files(in folder: URL) -> [String: Data] {
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(atPath: folder.path) else { return [:] }
        var files: [String: Data] = [:]
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(relative).path
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[relative] = fileManager.contents(atPath: path)
        }
        return files
    }

    /// The names in a folder (not recursive), sorted, hidden ones included.
    public static func names(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }
}
