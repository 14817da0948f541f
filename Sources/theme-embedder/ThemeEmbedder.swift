import Foundation

/// The tool behind the EmbedTheme build plugin:
///   theme-embedder FOLDER OUTPUT.swift RELATIVE-PATH...
/// writes OUTPUT.swift holding each file's bytes, base64-encoded, under its relative path
/// (the bytes exactly: assets may be binary). Runs at build time only; not shipped.
/// An `@main` type, not top-level code: the fuzz build compiles every module with
/// `-parse-as-library` (scripts/fuzz), where top-level statements are not allowed.
@main
enum ThemeEmbedder {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.count >= 2 else {
            fail("usage: theme-embedder FOLDER OUTPUT.swift RELATIVE-PATH...", status: 2)
        }
        let folder = URL(fileURLWithPath: arguments[arguments.startIndex])
        let output = URL(fileURLWithPath: arguments[arguments.startIndex + 1])
        var source = """
            // Generated at build time by theme-embedder (the EmbedTheme plugin) from templates/.
            // Do not edit: edit the files in templates/.

            extension BuiltInTheme {
                static let encoded: [(path: String, base64: String)] = [

            """
        for relative in arguments.dropFirst(2) {
            // Paths are plain names (letters, digits, `-`, `_`, `.`, `/`); anything else would need
            // escaping in a string literal, and is refused.
            guard relative.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_./".contains($0)) }) else {
                fail("theme-embedder: templates/\(relative): use letters, digits, `-`, `_` and `.` in theme file names")
            }
            guard let bytes = try? Data(contentsOf: folder.appendingPathComponent(relative)) else {
                fail("theme-embedder: cannot read templates/\(relative)")
            }
            source += "        (\"\(relative)\", \"\(bytes.base64EncodedString())\"),\n"
        }
        source += "    ]\n}\n"
        do {
            try Data(source.utf8).write(to: output, options: .atomic)
        } catch {
            fail("theme-embedder: cannot write \(output.path): \(error)")
        }
    }

    static func fail(_ text: String, status: Int32 = 1) -> Never {
        FileHandle.standardError.write(Data((text + "\n").utf8))
        exit(status)
    }
}
