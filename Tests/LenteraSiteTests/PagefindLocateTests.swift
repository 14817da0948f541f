import Foundation
@testable import LenteraSite
import LenteraTesting
import Testing

/// Where `lentera build` finds Pagefind (docs/search.md, "How the binary is found"): each
/// place in its turn, on a folder tree made for the test.
@Suite struct PagefindLocateTests {
    /// An executable file at `relative` under `root`.
    @discardableResult
    static func program(_ relative: String, in root: URL) throws -> String {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "#!/bin/sh\n".write(to: url, atomically: true, encoding: .utf8)
        chmod(url.path, 0o755)
        return url.path
    }

    @Test func eachPlaceIsLookedAtInItsTurn() throws {
        try withTemporaryFolder { root in
            let root = root.resolvingSymlinksInPath()
            let lentera = root.path + "/release/bin/lentera"
            let work = root.path + "/work"
            let path = root.path + "/path-a:" + root.path + "/path-b"
            func locate(_ explicit: String? = nil, _ environment: [String: String] = [:]) throws -> SearchSetting {
                try Pagefind.locate(explicit: explicit, environment: environment.merging(["PATH": path]) { $1 },
                                    executable: lentera, workingFolder: work)
            }
            #expect(try locate() == .missing)
            let onPath = try Self.program("path-b/pagefind", in: root)
            #expect(try locate() == .pagefind(onPath))
            let inWork = try Self.program("work/.build/pagefind/pagefind", in: root)
            #expect(try locate() == .pagefind(inWork))
            let inLib = try Self.program("release/lib/lentera/pagefind", in: root)
            #expect(try locate() == .pagefind(inLib), "the .deb: /usr/lib/lentera/pagefind beside /usr/bin/lentera")
            let beside = try Self.program("release/bin/pagefind", in: root)
            #expect(try locate() == .pagefind(beside), "the tarball: beside lentera")
            let named = try Self.program("named/pagefind", in: root)
            #expect(try locate(nil, ["LENTERA_PAGEFIND": named]) == .pagefind(named))
            #expect(try locate(onPath, ["LENTERA_PAGEFIND": named]) == .pagefind(onPath), "--pagefind comes first")
            #expect(try locate(nil, ["LENTERA_PAGEFIND": "off"]) == .off)
            #expect(try locate(onPath, ["LENTERA_PAGEFIND": "off"]) == .pagefind(onPath))
        }
    }

    @Test func theSourceFoldersBuildFolderIsFoundFromItsExecutable() throws {
        try withTemporaryFolder { root in
            let root = root.resolvingSymlinksInPath()
            let built = try Self.program(".build/pagefind/pagefind", in: root)
            let setting = try Pagefind.locate(explicit: nil, environment: [:], executable: root.path + "/.build/x86_64-unknown-linux-gnu/debug/lentera",
                                              workingFolder: "/")
            #expect(setting == .pagefind(built))
        }
    }

    @Test func aNamedPathThatIsNoProgramIsRefused() throws {
        try withTemporaryFolder { root in
            let file = root.appendingPathComponent("not-a-program")
            try "text".write(to: file, atomically: true, encoding: .utf8)
            for (explicit, environment) in [(file.path, [String: String]()), (nil, ["LENTERA_PAGEFIND": root.path + "/absent"])] {
                #expect(throws: Pagefind.NotFound.self) {
                    try Pagefind.locate(explicit: explicit, environment: environment, executable: nil, workingFolder: root.path)
                }
            }
        }
    }
}
