import Foundation
import LenteraTesting
import Testing

/// What a run of the `lentera` executable printed and how it ended.
struct ProcessResult {
    let status: Int32
    let stdout: String
    let stderr: String

    /// Standard error as lines, without the empty one after the last line break.
    var stderrLines: [String] {
        stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }
}

/// Runs the real `lentera` executable, the one `swift build` put beside the test bundle.
enum LenteraProcess {
    struct NotBuilt: Error, CustomStringConvertible {
        let description: String
    }

    /// The folder of the built products: the one that holds the `.xctest` bundle (on Linux
    /// an executable file, on macOS a folder whose executable is inside it).
    static let productsFolder: URL? = BuiltProducts.folder

    static func executable() throws -> URL {
        guard let folder = productsFolder else {
            throw NotBuilt(description: "no `.xctest` bundle found from \(CommandLine.arguments[0]) or \(Bundle.main.bundleURL.path): cannot tell where `swift build` put `lentera`")
        }
        let url = folder.appendingPathComponent("lentera")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw NotBuilt(description: "the `lentera` executable is missing from \(folder.path); run `swift build` (or `swift build --build-tests`) before the tests")
        }
        return url
    }

    /// Runs `lentera` with `arguments` in `folder`, so that relative paths in arguments
    /// and messages are relative to it.
    /// `environment` is added to this process's own (`LENTERA_LANG` to choose the language).
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> ProcessResult {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = folder
        // Output goes to files, not pipes, so a long output cannot block the child.
        return try withTemporaryFolder { capture in
            let out = capture.appendingPathComponent("stdout"), err = capture.appendingPathComponent("stderr")
            FileManager.default.createFile(atPath: out.path, contents: nil)
            FileManager.default.createFile(atPath: err.path, contents: nil)
            let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
            process.standardOutput = outHandle
            process.standardError = errHandle
            process.standardInput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try outHandle.close()
            try errHandle.close()
            return ProcessResult(status: process.terminationStatus,
                                 stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                                 stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
        }
    }

    /// Writes `portal` into `content/` of a temporary folder and runs `lentera` there with
    /// `--content content` and the default theme.
    static func run(_ command: String, _ portal: TestPortal, extra: [String] = [],
                    inspect: (URL) throws -> Void = { _ in }) throws -> ProcessResult {
        try withTemporaryFolder { folder in
            try portal.write(to: folder.appendingPathComponent("content"))
            let result = try run([command, "--content", "content", "--templates", Repository.templates.path] + extra, in: folder)
            try inspect(folder)
            return result
        }
    }
}
