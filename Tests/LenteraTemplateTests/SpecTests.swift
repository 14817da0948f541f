import Foundation
import Testing
import LenteraTemplate

/// The official Mustache specification's test cases (`spec/`, MIT licence in `spec/LICENSE`),
/// one test per file; every case of each file must render its `expected` text.
@Suite struct SpecTests {
    @Test func comments() throws { try runSpec("comments") }
    @Test func delimiters() throws { try runSpec("delimiters") }
    @Test func interpolation() throws { try runSpec("interpolation") }
    @Test func inverted() throws { try runSpec("inverted") }
    @Test func partials() throws { try runSpec("partials") }
    @Test func sections() throws { try runSpec("sections") }
    @Test func dynamicNames() throws { try runSpec("~dynamic-names") }

    /// Renders every case of `spec/<file>.json` and records a failure naming each case that
    /// does not match.
    private func runSpec(_ file: String) throws {
        let url = try #require(Bundle.module.url(forResource: file, withExtension: "json", subdirectory: "spec"),
                               "spec/\(file).json is not among the test resources")
        let spec = try JSONDecoder().decode(SpecFile.self, from: Data(contentsOf: url))
        #expect(!spec.tests.isEmpty)
        for test in spec.tests {
            let rendered: String
            do {
                var library = TemplateLibrary()
                for (name, source) in test.partials ?? [:] {
                    library.register(try Template(source), named: name)
                }
                library.register(try Template(test.template), named: "(spec case)")
                rendered = try library.render("(spec case)", test.data.templateValue)
            } catch {
                Issue.record("\(file): “\(test.name)” fails: \(error)")
                continue
            }
            #expect(rendered == test.expected, "\(file): “\(test.name)” — \(test.desc)")
        }
    }
}

private struct SpecFile: Decodable {
    let tests: [SpecCase]
}

private struct SpecCase: Decodable {
    let name: String
    let desc: String
    let data: JSONValue
    let template: String
    let partials: [String: String]?
    let expected: String
}

/// The `data` of a case, as JSON.
private indirect enum JSONValue: Decodable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Int.self) {
            self = .int(number)
        } else if let number = try? container.decode(Double.self) {
            self = .double(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let array = try? container.decode([JSONValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Objects become contexts over a dictionary, arrays lists, and numbers with a fraction
    /// text as JavaScript prints them (`1.21`).
    var templateValue: TemplateValue {
        switch self {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .int(let number): .int(number)
        case .double(let number): .text("\(number)")
        case .string(let text): .text(text)
        case .array(let items): .list(DictionaryList(items: items.map(\.templateValue)))
        case .object(let fields): .context(DictionaryContext(fields: fields.mapValues(\.templateValue)))
        }
    }
}

/// A context over a dictionary: names it does not have are `.missing`.
struct DictionaryContext: TemplateContext {
    let fields: [String: TemplateValue]
    func value(for key: String) -> TemplateValue { fields[key] ?? .missing }
}

struct DictionaryList: TemplateList {
    let items: [TemplateValue]
    var count: Int { items.count }
    func element(at index: Int) -> TemplateValue { items[index] }
}
