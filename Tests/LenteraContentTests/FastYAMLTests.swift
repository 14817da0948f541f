import Foundation
@testable import LenteraContent
import LenteraTesting
import Testing
import Yams

/// `FastYAML` against Yams: for every input, the reader either declines or gives the tree
/// Yams composes, node by node, marks and styles included. (Debug builds also compare every
/// file any test loads: `FastYAML.audit`.)
@Suite struct FastYAMLTests {
    /// How many of `inputs` the reader took; records an issue for every difference.
    @discardableResult
    static func compare(_ inputs: [String], _ sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        var taken = 0
        for text in inputs {
            guard let node = FastYAML.compose(text) else { continue }
            taken += 1
            if let found = FastYAML.differenceFromYams(text, node) {
                Issue.record("\(found) for \(text.debugDescription)", sourceLocation: sourceLocation)
            }
        }
        return taken
    }

    /// The YAML of a content file as `Document.parse` hands it over: a Markdown file's
    /// front matter, any other file whole.
    static func yaml(ofFile text: String, markdown: Bool) -> String? {
        let text = TextNormalisation.normalised(text)
        return markdown ? FrontMatter.split(text)?.yaml : text
    }

    @Test func marksCanBeMade() {
        #expect(FastYAML.marksCanBeMade)
        let mark = FastYAML.mark(line: 3, column: 14)
        #expect(mark.line == 3 && mark.column == 14)
    }

    @Test func everyContentFileTakesTheFastPathAndMatchesYams() throws {
        var inputs: [(String, String)] = []
        for folder in ["content", "examples"] {
            let root = Repository.root.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL } ?? []
            for url in files {
                let ext = url.pathExtension.lowercased()
                guard ["md", "yaml", "yml"].contains(ext) else { continue }
                let text = try String(contentsOf: url, encoding: .utf8)
                guard let yaml = Self.yaml(ofFile: text, markdown: ext == "md") else { continue }
                inputs.append((url.path, yaml))
            }
        }
        #expect(inputs.count >= 50)
        for (path, yaml) in inputs {
            #expect(FastYAML.compose(yaml) != nil, "declined: \(path)")
        }
        let taken = Self.compare(inputs.map(\.1))
        print("FastYAML: \(taken) of \(inputs.count) content files read by the fast path")
    }

    @Test func trickyCases() {
        let taken = Self.compare(FastYAMLCases.tricky)
        print("FastYAML: \(taken) of \(FastYAMLCases.tricky.count) hand-written cases read by the fast path")
        // Most of the subset is there: the cases are not all declined.
        #expect(taken > FastYAMLCases.tricky.count / 3)
    }

    /// Every string literal in the test sources (Markdown fixtures split as a content file
    /// is), and the files of the test portals.
    @Test func testFixtures() throws {
        var inputs: [String] = []
        let tests = Repository.root.appendingPathComponent("Tests")
        let sources = FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        for url in sources {
            for literal in SwiftLiterals.strings(in: try String(contentsOf: url, encoding: .utf8)) {
                inputs.append(literal)
                if let frontMatter = Self.yaml(ofFile: literal, markdown: true) { inputs.append(frontMatter) }
            }
        }
        let portals = [TestPortal.minimalFiles, TestPortal().with("extra.md", SampleService.markdown(extra: "ringkasan: x")).files]
        for files in portals {
            for (path, text) in files {
                inputs.append(text)
                if let yaml = Self.yaml(ofFile: text, markdown: path.hasSuffix(".md")) { inputs.append(yaml) }
            }
        }
        for (key, yaml) in SampleService.components {
            inputs.append(yaml)
            inputs.append(SampleService.markdown(removing: [key]))
        }
        let taken = Self.compare(inputs)
        print("FastYAML: \(taken) of \(inputs.count) test fixtures read by the fast path")
        #expect(inputs.count > 300)
        #expect(taken > 100)
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func generatedDocuments(seed: UInt64) {
        var generator = FastYAMLGenerator(seed: seed)
        let inputs = (0..<10_000).map { _ in generator.document() }
        let taken = Self.compare(inputs)
        print("FastYAML: \(taken) of \(inputs.count) generated documents (seed \(seed)) read by the fast path")
        #expect(taken > 1_500)
    }

    /// Files the reader declines still reach Yams: same diagnostics as before.
    @Test func declinedFilesKeepYamsDiagnostics() {
        let (_, duplicate) = Document.parse(text: "---\nnama: A\nnama: B\n---\n", displayPath: "a.md")
        #expect(duplicate.diagnostics.map(\.code) == ["content.duplicate-key"])
        #expect(duplicate.diagnostics.first?.location?.line == 3)
        let (_, broken) = Document.parse(text: "nama: [A\n", displayPath: "a.yaml")
        #expect(broken.diagnostics.map(\.code) == ["yaml.syntax"])
        let (_, empty) = Document.parse(text: "# nothing\n", displayPath: "a.yaml")
        #expect(empty.diagnostics.map(\.code) == ["content.empty"])
    }
}

/// The string literals of a Swift source file, roughly: `"…"` on one line and `"""` blocks,
/// with the common escapes read and each interpolation replaced by `x`.
enum SwiftLiterals {
    static func strings(in source: String) -> [String] {
        var found: [String] = []
        let lines = source.components(separatedBy: "\n")
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.components(separatedBy: "\"\"\"").count == 2 {
                // A block: up to the line that holds the closing delimiter.
                var body: [String] = []
                var end = index + 1
                while end < lines.count, !lines[end].trimmingCharacters(in: .whitespaces).hasPrefix("\"\"\"") {
                    body.append(lines[end])
                    end += 1
                }
                if end < lines.count {
                    let indent = lines[end].prefix { $0 == " " }.count
                    let text = body.map { $0.count >= indent ? String($0.dropFirst(indent)) : $0.trimmingCharacters(in: .whitespaces) }
                        .joined(separator: "\n")
                    found.append(unescape(text.replacingOccurrences(of: "\\\n", with: "")))
                }
                index = end + 1
                continue
            }
            found += singleLine(line)
            index += 1
        }
        return found
    }

    private static func singleLine(_ line: String) -> [String] {
        var found: [String] = []
        var characters = Array(line)
        var position = 0
        while position < characters.count {
            guard characters[position] == "\"" else {
                position += 1
                continue
            }
            var end = position + 1
            var depth = 0
            while end < characters.count {
                if characters[end] == "\\" {
                    if end + 1 < characters.count, characters[end + 1] == "(" { depth += 1 }
                    end += 2
                    continue
                }
                if depth > 0 {
                    if characters[end] == "(" { depth += 1 }
                    if characters[end] == ")" { depth -= 1 }
                } else if characters[end] == "\"" {
                    break
                }
                end += 1
            }
            guard end < characters.count else { break }
            let literal = String(characters[(position + 1)..<end])
            if literal.contains("\\n") { found.append(unescape(literal)) }
            position = end + 1
        }
        characters.removeAll()
        return found
    }

    static func unescape(_ text: String) -> String {
        var out = ""
        var characters = text.makeIterator()
        while let character = characters.next() {
            guard character == "\\" else {
                out.append(character)
                continue
            }
            switch characters.next() {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "0": out.append("\0")
            case "\"": out.append("\"")
            case "'": out.append("'")
            case "\\": out.append("\\")
            case "(":
                // An interpolation: skip to its closing parenthesis.
                var depth = 1
                while depth > 0, let next = characters.next() {
                    if next == "(" { depth += 1 }
                    if next == ")" { depth -= 1 }
                }
                out.append("x")
            case "u":
                var hex = ""
                while let next = characters.next(), next != "}" { if next != "{" { hex.append(next) } }
                if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { out.unicodeScalars.append(scalar) }
            case let other?: out.append("\\"); out.append(other)
            case nil: out.append("\\")
            }
        }
        return out
    }
}
