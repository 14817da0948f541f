@testable import LenteraSite
import Testing

/// `StagedOutput.staysInside`, read byte by byte for speed, judges every path as the
/// definition does: split at `/`, no part empty, `.` or `..`.
@Suite struct ConfinedPathTests {
    /// The definition, written the plain way.
    static func definition(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        return !relative.isEmpty && !parts.contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }

    /// Every path of up to seven characters drawn from `a`, `.`, `/` and `é`.
    @Test func everyShortPathIsJudgedAsTheDefinitionJudgesIt() {
        let alphabet: [Character] = ["a", ".", "/", "é"]
        var paths = [""]
        var checked = 0
        for _ in 1...7 {
            paths = paths.flatMap { path in alphabet.map { path + String($0) } }
            for path in paths {
                #expect(StagedOutput.staysInside(path) == Self.definition(path), "\(path.debugDescription)")
                checked += 1
            }
        }
        #expect(checked == 21_844)
    }

    @Test(arguments: [("unit/a/index.html", true), ("..", false), ("a/../b", false), ("a//b", false), ("/a", false), ("a/", false),
                      ("./a", false), ("...", true), ("a/.b/c", true), ("", false), (".", false)])
    func examples(path: String, inside: Bool) {
        #expect(StagedOutput.staysInside(path) == inside)
    }
}
