import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraTesting
import Testing

/// A content folder with links and special files set up beside and inside it, loaded on
/// another thread with a time limit, so that a loader that blocks (opening a FIFO waits
/// for a writer) fails the test instead of hanging the run.
struct ClosedFolderSetup {
    /// Text that lives only outside the content folder: it must never reach the content.
    static let secret = "RAHASIA-DI-LUAR-FOLDER-KONTEN"

    /// The temporary folder holding `content/` and `outside/`, resolved (no link in it).
    let folder: URL
    var content: URL { folder.appendingPathComponent("content") }
    var outside: URL { folder.appendingPathComponent("outside") }

    /// Makes a symbolic link at `path` (relative to the content folder) to `target` as written.
    func link(_ path: String, to target: String) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    /// Makes a FIFO at `path` (relative to the content folder).
    func fifo(_ path: String) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(mkfifo(url.path, 0o644) == 0)
    }

    /// Writes a file outside the content folder holding `secret`.
    func outsideFile(_ name: String, _ text: String) throws -> String {
        let url = outside.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}

/// Writes `portal` into `content/`, lets `setup` add links and special files, then loads
/// the folder (or `root`, relative to the temporary folder, when given) within 20 seconds.
func loadClosed(_ portal: TestPortal = TestPortal(), root: String = "content",
                sourceLocation: Testing.SourceLocation = #_sourceLocation,
                _ setup: (ClosedFolderSetup) throws -> Void) throws -> LoadedContent {
    try withTemporaryFolder { temporary in
        let folder = temporary.resolvingSymlinksInPath()
        let closed = ClosedFolderSetup(folder: folder)
        try portal.write(to: closed.content)
        try setup(closed)
        let loader = ContentLoader(root: folder.appendingPathComponent(root), displayRoot: "content")
        let result = try #require(withTimeLimit(seconds: 20) { loader.load() }, "the load did not finish", sourceLocation: sourceLocation)
        let everything = result.diagnostics.map({ $0.formatted(in: .en) }).joined() + "\(result.content.map { "\($0)" } ?? "")"
        #expect(!everything.contains(ClosedFolderSetup.secret), "text from outside the content folder was read", sourceLocation: sourceLocation)
        return result
    }
}
