import Foundation

// The tool behind the EmbedTheme build plugin:
//   theme-embedder FOLDER OUTPUT.swift RELATIVE-PATH...
// writes OUTPUT.swift holding each file's bytes, base64-encoded, under its relative path
// (the bytes exactly: assets may be binary). Runs at build time only; not shipped.
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: theme-embedder FOLDER OUTPUT.swift RELATIVE-PATH...\n".utf8))
    exit(2)
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
    let bytes = try Data(contentsOf: folder.appendingPathComponent(relative))
    // Paths are plain names (letters, digits, `-`, `_`, `.`, `/`); anything else would need
    // escaping in a string literal, and is refused.
    guard relative.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_./".contains($0)) }) else {
        FileHandle.standardError.write(Data("theme-embedder: templates/\(relative): use letters, digits, `-`, `_` and `.` in theme file names\n".utf8))
        exit(1)
    }
    source += "        (\"\(relative)\", \"\(bytes.base64EncodedString())\"),\n"
}
source += "    ]\n}\n"
do {
    try Data(source.utf8).write(to: output, options: .atomic)
} catch {
    FileHandle.standardError.write(Data("theme-embedder: cannot write \(output.path): \(error)\n".utf8))
    exit(1)
}
