import Foundation
import LenteraTesting
import Testing

/// A portal large enough that `lentera build` takes a measurable time (a few hundred
/// milliseconds), in two versions whose sites differ in every page, and builds of it run
/// as child processes that a test can kill or run side by side.
enum BuildRun {
    /// Services per version; with its pages, the open data and the assets, some 150 files.
    static let services = 100

    /// Version `title` of the portal: the title is on every page.
    static func portal(title: String) -> TestPortal {
        var portal = TestPortal()
            .with(TestPortal.portalFile, TestPortal.portalYAML.replacingOccurrences(of: "Portal Transparansi Uji", with: title))
        for number in 1...services {
            portal = portal.with(TestPortal.servicePath("layanan-\(number)"), SampleService.markdown(name: "Layanan \(number)"))
        }
        return portal
    }

    static let versions = [portal(title: "Portal Transparansi Uji"), portal(title: "Portal Transparansi Baru")]

    /// Writes version `version` into `folder/content` (or another content folder),
    /// replacing what was there.
    static func useVersion(_ version: Int, in folder: URL, content name: String = "content") throws {
        let content = folder.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: content)
        try versions[version].write(to: content)
    }

    /// The arguments of `lentera build` in `folder` with the content there.
    static func arguments(output: String = "public", content: String = "content", _ extra: [String] = []) -> [String] {
        ["build", "--content", content, "--templates", Repository.templates.path, "--output", output, "--date", "2026-01-15", "--lang", "en"] + extra
    }

    /// Starts `lentera` with `arguments` in `folder`; standard output and error go to files
    /// in `logs` (named by `name`), not pipes, so the child never blocks on them.
    static func start(_ arguments: [String], in folder: URL, logs: URL, name: String) throws -> Process {
        let process = Process()
        process.executableURL = try LenteraProcess.executable()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let out = logs.appendingPathComponent(name + ".out"), err = logs.appendingPathComponent(name + ".err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits (up to 30 s) until the lock file of `output` in `folder` names `process`: the
    /// build holds the output's lock. False if it never did.
    static func holdsLock(_ process: Process, in folder: URL, output: String = "public") -> Bool {
        let lock = folder.appendingPathComponent(".\(output).lentera/lock")
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline && process.isRunning {
            if (try? String(contentsOf: lock, encoding: .utf8)) == "\(process.processIdentifier)\n" { return true }
            Thread.sleep(forTimeInterval: 0.002)
        }
        return false
    }

    static func log(_ name: String, in logs: URL) -> String {
        (try? String(contentsOf: logs.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// Runs one build to its end; fails the test if it does not succeed.
    @discardableResult
    static func build(in folder: URL, output: String = "public", _ extra: [String] = []) throws -> ProcessResult {
        let result = try LenteraProcess.run(arguments(output: output, extra), in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    /// The trees a `--fresh` build writes for each version, built in `folder/reference-N`.
    static func references(in folder: URL) throws -> [[String: Data]] {
        try versions.indices.map { version in
            let work = folder.appendingPathComponent("reference-\(version)")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try useVersion(version, in: work)
            try build(in: work, ["--fresh"])
            return FolderSnapshot.files(in: work.appendingPathComponent("public"))
        }
    }

    /// Names of the files in which two trees differ (added, removed or changed), a few.
    static func difference(_ tree: [String: Data], _ reference: [String: Data]) -> String {
        let names = Set(tree.keys).union(reference.keys).filter { tree[$0] != reference[$0] }.sorted()
        return "\(names.count) files differ: \(names.prefix(5).joined(separator: ", "))"
    }
}
