import Foundation

/// Places in this repository that tests read but never write.
public enum Repository {
    /// The repository's root, found from this file's own path
    /// (`<root>/Tests/LenteraTesting/Repository.swift`).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The default theme, which every whole-site test builds with.
    public static let templates = root.appendingPathComponent("templates", isDirectory: true)
}
