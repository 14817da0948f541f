import Foundation
import LenteraDiagnostics
#if canImport(Glibc)
import Glibc
#endif

/// Whether a build makes the search index, and with which program.
public enum SearchSetting: Sendable, Equatable {
    /// Run the Pagefind binary at this path on the staged tree.
    case pagefind(String)
    /// No Pagefind binary was found: the build warns (`search.pagefind-missing`) and the
    /// search page says that search is unavailable.
    case missing
    /// `--no-search`: no index, no warning; the search page offers the A–Z index.
    case off

    /// Whether the pages may offer search (the index will be there).
    public var isAvailable: Bool {
        if case .pagefind = self { return true }
        return false
    }
}

/// The search index: Pagefind run over the staged tree before it is published, its files
/// written into the tree through `StagedOutput` like every other file (so they are in the
/// manifest, an unchanged one is not written again, and one a previous build made and this
/// one does not is removed).
///
/// Pagefind reads the HTML pages and writes its bundle (`pagefind/`: the index in
/// fragments, the WebAssembly search, the UI) into a folder of the state folder
/// (`search-<pid>-<random>`, removed afterwards, or by the next build if this one is
/// killed); nothing of Pagefind's own writes into the staged tree.
enum SearchIndex {
    /// Where the bundle goes in the site.
    static let folder = "pagefind"

    /// A failed Pagefind run: its exit status and the last lines it printed.
    struct Failure: Error, CustomStringConvertible {
        let message: Message
        var description: String { message.text() }
    }

    /// Runs `binary` over `writer`'s staged tree and writes the bundle into it. Returns the
    /// number of files written (or kept).
    static func build(with binary: String, into writer: StagedOutput) throws -> Int {
        // Pages the spare still holds but this build no longer makes must not be indexed.
        try writer.removeStale(sparing: { $0.hasPrefix(folder + "/") })
        let bundle = writer.stateFolderURL.appendingPathComponent("search-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: bundle) }
        try run(binary, site: writer.stagingPath, bundle: bundle.path)
        var count = 0
        for relative in try files(under: bundle) {
            let target = folder + "/" + relative
            try writer.makeFolder(of: target)
            let data = try Data(contentsOf: bundle.appendingPathComponent(relative))
            try writer.write(target, data)
            count += 1
        }
        return count
    }

    /// Pagefind's own options: the site to read, where the bundle goes, errors only. The
    /// language comes from each page's `<html lang>` (`id`: Indonesian stemming).
    static func run(_ binary: String, site: String, bundle: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--site", site, "--output-path", bundle, "--quiet"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(message: Message("search.pagefind-failed.start", ["binary": .text(binary), "reason": .text(error.localizedDescription)]))
        }
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let lines = String(decoding: printed, as: UTF8.self).split(whereSeparator: \.isNewline).suffix(5).joined(separator: " / ")
            throw Failure(message: Message("search.pagefind-failed.status", ["binary": .text(binary), "status": .text(String(process.terminationStatus)),
                                                                            "output": .text(lines)]))
        }
    }

    /// The regular files under `root`, as sorted paths relative to it.
    static func files(under root: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var found: [String] = []
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix) else { continue }
            found.append(String(path.dropFirst(prefix.count)))
        }
        return found.sorted()
    }
}
