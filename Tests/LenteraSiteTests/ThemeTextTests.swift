import Foundation
@testable import LenteraRender
import LenteraTesting
import Testing

/// The catalogue of the theme's texts: every key in both languages and used somewhere, every
/// `{{t.key}}` of the built-in theme a key; and an English portal's pages in English, with
/// the texts that stay Indonesian marked `lang="id"`.
@Suite struct ThemeTextTests {
    /// Every `t.key` the built-in templates read.
    static func templateKeys() throws -> Set<String> {
        var keys: Set<String> = []
        let files = FileManager.default.enumerator(at: Repository.templates, includingPropertiesForKeys: nil)!
        let pattern = try Regex(#"\{\{[#^/]?\s*t\.([A-Za-z0-9]+)"#)
        for case let url as URL in files where url.pathExtension == "mustache" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: pattern) { keys.insert(String(match.output[1].substring!)) }
        }
        return keys
    }

    /// Every key the view models ask for: `texts["key"]`, `t["key"]`, `format("key", …)`.
    static func swiftKeys() throws -> Set<String> {
        var keys: Set<String> = []
        let folder = Repository.root.appendingPathComponent("Sources/LenteraRender")
        let pattern = try Regex(#"(?:texts|\bt)\[\"([A-Za-z0-9]+)\"\]|(?:format|count)\(\"([A-Za-z0-9]+)\""#)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") && !name.hasPrefix("ThemeText") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let key = match.output[1].substring ?? match.output[2].substring { keys.insert(String(key)) }
                // `count("key", n)` reads `keyOne` too, for English's singular.
                if let key = match.output[2].substring, text[match.range].hasPrefix("count") { keys.insert(String(key) + "One") }
            }
        }
        return keys
    }

    @Test func everyKeyIsInBothLanguages() {
        let indonesian = ThemeText.indonesian.keys, english = ThemeText.english.keys
        #expect(indonesian.subtracting(english).sorted() == [], "keys without English")
        #expect(english.subtracting(indonesian).sorted() == [], "keys without Indonesian")
        #expect(indonesian.count > 100)
    }

    @Test func everyKeyIsUsedAndEveryUsedKeyExists() throws {
        let used = try Self.templateKeys().union(Self.swiftKeys())
        let keys = ThemeText.indonesian.keys
        #expect(keys.subtracting(used).sorted() == [], "keys nothing uses")
        #expect(used.subtracting(keys).subtracting(["isEnglish"]).sorted() == [], "keys the catalogue lacks")
    }

    @Test func placeholdersAreTheSameInBothLanguages() throws {
        let placeholder = try Regex(#"\{[a-zA-Z]+\}"#)
        for key in ThemeText.indonesian.keys {
            let id = Set(ThemeText.indonesian[key].matches(of: placeholder).map { String(ThemeText.indonesian[key][$0.range]) })
            let en = Set(ThemeText.english[key].matches(of: placeholder).map { String(ThemeText.english[key][$0.range]) })
            #expect(id == en, "\(key)")
        }
    }

    @Test func theLanguageFollowsBahasa() {
        #expect(ThemeText.forPortal(language: "en").language == .en)
        #expect(ThemeText.forPortal(language: "en-GB").language == .en)
        #expect(ThemeText.forPortal(language: "id").language == .id)
        #expect(ThemeText.forPortal(language: "jv").language == .id)
    }
}
