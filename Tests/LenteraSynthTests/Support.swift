import Foundation
import LenteraSynth
import LenteraTesting

/// The executables `swift build` put beside the test bundle, and tools on PATH.
enum Products {
    /// The folder that holds the `.xctest` bundle (and `lentera`, `lentera-bench`).
    static let folder: URL? = BuiltProducts.folder

    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    static func executable(_ name: String) throws -> String {
        guard let path = folder?.appendingPathComponent(name).path, FileManager.default.isExecutableFile(atPath: path) else {
            throw Missing(description: "`\(name)` is not beside the test bundle; run `swift build --build-tests` first")
        }
        return path
    }

    /// A program on PATH, or nil.
    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static var hugo: String? { onPath("hugo") }
}

/// A small synthetic portal written into `folder`: `content/` and `hugo/`.
@discardableResult
func writeSmallPortal(into folder: URL, pages: Int = 60, seed: UInt64 = SplitMix64.defaultSeed) throws -> SyntheticPortal.Summary {
    try SyntheticPortal(servicePages: pages, seed: seed)
        .write(content: folder.appendingPathComponent("content"), hugo: folder.appendingPathComponent("hugo"))
}

/// The `index.html` files under `unit/` of a built site.
func unitPages(in site: URL) -> Set<String> {
    Set(FolderSnapshot.files(in: site.appendingPathComponent("unit")).keys.filter { $0.hasSuffix("index.html") })
}
