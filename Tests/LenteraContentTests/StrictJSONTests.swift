import Foundation
@testable import LenteraContent
import LenteraDiagnostics
import LenteraTesting
import Testing

/// docs/content.md: `.json` files are strict JSON (RFC 8259). Each malformed text is one
/// error at the line and column (1-based, in characters) of the place to fix.
@Suite struct StrictJSONTests {
    struct Case: CustomStringConvertible, Sendable {
        let text: String
        let code: String
        let line: Int
        let column: Int?
        /// A part of the message that says what is wrong.
        let says: String
        var description: String { text.debugDescription }
    }

    static let malformed: [Case] = [
        Case(text: #"{"a": 1,}"#, code: "json.syntax", line: 1, column: 8, says: "comma"),
        Case(text: "[1, 2,]", code: "json.syntax", line: 1, column: 6, says: "comma"),
        Case(text: "{\n  \"a\": [1, 2],\n  \"b\": 2,\n}\n", code: "json.syntax", line: 3, column: 9, says: "comma"),
        Case(text: #"{"a": 1 "b": 2}"#, code: "json.syntax", line: 1, column: 9, says: "`,`"),
        Case(text: "{\n  \"a\": 1\n  \"b\": 2\n}\n", code: "json.syntax", line: 3, column: 3, says: "`,`"),
        Case(text: "[1 2]", code: "json.syntax", line: 1, column: 4, says: "`,`"),
        Case(text: #"{"a": "abc}"#, code: "json.syntax", line: 1, column: 7, says: "not closed"),
        Case(text: "{\"a\": \"abc\n}\n", code: "json.syntax", line: 1, column: 7, says: "not closed"),
        Case(text: #"{"a": "x\q"}"#, code: "json.syntax", line: 1, column: 9, says: #"`\q`"#),
        Case(text: #"{"a": "\u12G4"}"#, code: "json.syntax", line: 1, column: 8, says: #"\u"#),
        Case(text: #"{"a": "\ud800x"}"#, code: "json.syntax", line: 1, column: 8, says: "surrogate"),
        Case(text: "{\"a\": \"x\ty\"}", code: "json.syntax", line: 1, column: 9, says: "tab"),
        Case(text: #"{"a": 1, "a": 2}"#, code: "content.duplicate-key", line: 1, column: 10, says: "`a`"),
        Case(text: "{\n  \"nama\": \"x\",\n  \"b\": {\"c\": 1},\n  \"nama\": \"y\"\n}", code: "content.duplicate-key", line: 4, column: 3, says: "first on line 2"),
        Case(text: #"{"a": 1} x"#, code: "json.syntax", line: 1, column: 10, says: "after the end"),
        Case(text: #"{"a": 1}}"#, code: "json.syntax", line: 1, column: 9, says: "after the end"),
        Case(text: "{\"a\": 1 // catatan\n}", code: "json.syntax", line: 1, column: 9, says: "comment"),
        Case(text: "/* catatan */ {}", code: "json.syntax", line: 1, column: 1, says: "comment"),
        Case(text: "{'a': 1}", code: "json.syntax", line: 1, column: 2, says: "double quotes"),
        Case(text: #"{"a": 'b'}"#, code: "json.syntax", line: 1, column: 7, says: "double quotes"),
        Case(text: "{a: 1}", code: "json.syntax", line: 1, column: 2, says: "double quotes"),
        Case(text: #"{"a": True}"#, code: "json.syntax", line: 1, column: 7, says: "`True`"),
        Case(text: #"{"a": NaN}"#, code: "json.syntax", line: 1, column: 7, says: "`NaN`"),
        Case(text: #"{"a": 01}"#, code: "json.syntax", line: 1, column: 7, says: "`01`"),
        Case(text: #"{"a": 1.}"#, code: "json.syntax", line: 1, column: 7, says: "`1.`"),
        Case(text: #"{"a": -}"#, code: "json.syntax", line: 1, column: 7, says: "`-`"),
        Case(text: #"{"a": +1}"#, code: "json.syntax", line: 1, column: 7, says: "`+1`"),
        Case(text: #"{"a": .5}"#, code: "json.syntax", line: 1, column: 7, says: "`.5`"),
        Case(text: #"{"a" 1}"#, code: "json.syntax", line: 1, column: 6, says: "`:`"),
        Case(text: "{\"a\": [1, 2}", code: "json.syntax", line: 1, column: 12, says: "`]`"),
        Case(text: "{\n  \"a\": [1, 2\n", code: "json.syntax", line: 2, column: 8, says: "not closed"),
        Case(text: "{\n  \"a\": 1\n", code: "json.syntax", line: 1, column: 1, says: "not closed"),
        Case(text: #"{"a": }"#, code: "json.syntax", line: 1, column: 7, says: "value"),
        Case(text: "{\"nama\": \"Layanan – é\", \"x\": 1,}", code: "json.syntax", line: 1, column: 31, says: "comma"),
        Case(text: String(repeating: "[", count: 513) + String(repeating: "]", count: 513), code: "json.syntax", line: 1, column: 513, says: "512"),
        Case(text: "{\"a\": 1}\u{0}", code: "json.syntax", line: 1, column: 9, says: "after the end"),
        Case(text: "   \n  ", code: "content.empty", line: 1, column: nil, says: "no fields"),
    ]

    @Test(arguments: malformed) func aMalformedTextIsOneErrorAtItsPlace(_ example: Case) {
        let (document, context) = Document.parse(text: example.text, displayPath: "content/x.json")
        #expect(document == nil)
        #expect(context.diagnostics.count == 1, "\(context.diagnostics.map({ $0.formatted(in: .en) }))")
        guard let diagnostic = context.diagnostics.first else { return }
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.code == example.code, "\(diagnostic.formatted(in: .en))")
        #expect(diagnostic.location == SourceLocation(file: "content/x.json", line: example.line, column: example.column), "\(diagnostic.formatted(in: .en))")
        #expect(diagnostic.summary.text(in: .en).contains(example.says), "\(diagnostic.formatted(in: .en))")
        #expect(diagnostic.advice?.text(in: .en).isEmpty == false)
    }

    /// Valid JSON gives the tree Yams composes from the same text: text, tags, styles and
    /// the line and column of every node (so the decoders read JSON as before).
    static let valid: [String] = [
        "{}", "[]", "{\"a\": {}}", "[[], {}]", "\"teks\"", "-0.5e10", "true", "null",
        #"{"a": 1, "b": -2.5, "c": 3e8, "d": true, "e": false, "f": null, "g": "x"}"#,
        #"{"escapes": "\" \\ \n \t \u00e9 \u20AC \r \b \f"}"#,
        "{\n  \"nama\": \"Layanan – é\",\n  \"daftar\": [\n    \"satu\", \"dua – é\", {\"x\": [1, 2]}\n  ],\n\t\"tab\": 1\n}\n",
        "  \n\n  {\"a\"  :  [ 1 ,2 ] , \"é\":\"ü\" }  \n",
        "[\"a\",\n\"b\"\n,\"c\"]",
    ]

    @Test func validJSONGivesTheTreeYamsGives() throws {
        var inputs = Self.valid + [MarkdownAndJSONTests.json]
        for folder in ["content", "examples"] {
            let root = Repository.root.appendingPathComponent(folder)
            for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects ?? []
            where url.pathExtension == "json" {
                inputs.append(try String(contentsOf: url, encoding: .utf8))
            }
        }
        #expect(inputs.count > Self.valid.count + 2)
        for text in inputs {
            guard case .success(let node?) = StrictJSON.compose(TextNormalisation.normalised(text)) else {
                Issue.record("refused: \(text.debugDescription)")
                continue
            }
            if let found = FastYAML.differenceFromYams(TextNormalisation.normalised(text), node) {
                Issue.record("\(found) for \(text.debugDescription)")
            }
        }
    }

    /// Valid JSON that Yams refuses is read: a surrogate pair (a character above U+FFFF),
    /// a key split from its `:` by a line break, a key over 1024 characters.
    @Test func validJSONThatYamsRefusesIsRead() throws {
        let long = String(repeating: "k", count: 1100)
        let cases: [(String, String, String)] = [
            (#"{"emoji": "\uD83D\uDE00 😀"}"#, "emoji", "😀 😀"),
            ("{\"a\"\n: \"b\"}", "a", "b"),
            ("{\"\(long)\": \"c\"}", long, "c"),
        ]
        for (text, key, value) in cases {
            let result = StrictJSON.compose(text)
            guard case .success(let node?) = result, case .mapping(let mapping) = node else {
                Issue.record("not read: \(result)")
                continue
            }
            #expect(mapping.first?.key.scalar?.string == key)
            #expect(mapping.first?.value.scalar?.string == value)
        }
    }

    @Test func nestingFarDeeperThanTheBoundIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 200_000)
        let (document, context) = Document.parse(text: text, displayPath: "content/x.json")
        #expect(document == nil)
        #expect(context.diagnostics.map(\.location) == [SourceLocation(file: "content/x.json", line: 1, column: 513)])
    }

    @Test func nestingUpToTheBoundIsRead() {
        let text = "{\"a\": " + String(repeating: "[", count: 511) + String(repeating: "]", count: 511) + "}"
        let (document, context) = Document.parse(text: text, displayPath: "content/x.json")
        #expect(document != nil)
        #expect(context.diagnostics.isEmpty)
    }

    @Test func aJSONFileWithAnInvalidUTF8ByteNamesItsPlace() throws {
        let loaded = try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try TestPortal().write(to: content)
            let path = content.appendingPathComponent(TestPortal.servicePath("rusak", extension: "json"))
            try Data(Array("{\n  \"nama\": \"Layanan é".utf8) + [0xFF] + Array("\"\n}\n".utf8)).write(to: path)
            return ContentLoader(root: content, displayRoot: "content").load()
        }
        #expect(loaded.diagnostics.inEnglish == [.error("content.not-utf8", at: SourceLocation(file: "content/\(TestPortal.servicePath("rusak", extension: "json"))", line: 2, column: 21),
                                              "the file is not UTF-8 text: the byte 0xFF here cannot be read",
                                              hint: "save it as UTF-8 (in most editors: Save As → Encoding → UTF-8)")])
    }
}
