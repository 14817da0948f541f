import Foundation
import LenteraContent
import LenteraDomain
import Testing

/// The JSON Schemas are made from the table of content kinds: the same keys, required
/// fields, allowed values and bounds.
@Suite struct JSONSchemaTests {
    @Test(arguments: ContentKinds.all.map(\.name))
    func aSchemaHoldsTheTablesFields(_ name: String) throws {
        let kind = try #require(ContentKinds.named(name))
        for frontMatter in kind.allowsMarkdown ? [false, true] : [false] {
            let schema = JSONSchema.schema(of: kind, frontMatter: frontMatter)
            #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
            #expect(schema["additionalProperties"] as? Bool == false)
            let properties = try #require(schema["properties"] as? [String: Any])
            #expect(Set(properties.keys) == Set(kind.fields.keys(markdown: frontMatter)))
            #expect(Set(schema["required"] as? [String] ?? []) == Set(kind.fields.requiredKeys))
            for field in kind.fields.fields where properties[field.key] != nil {
                let property = try #require(properties[field.key] as? [String: Any])
                #expect(property["title"] as? String == field.title)
                #expect(property["description"] as? String == field.description)
            }
            // Parses back as JSON.
            let text = try JSONSchema.text(schema)
            #expect((try JSONSerialization.jsonObject(with: Data(text.utf8))) is [String: Any])
        }
    }

    @Test func boundsAndChoicesComeFromTheTable() throws {
        let service = JSONSchema.schema(of: ContentKinds.layanan)
        let properties = try #require(service["properties"] as? [String: [String: Any]])
        let order = Self.value(of: try #require(properties["urutan"]))
        #expect(order["minimum"] as? Int == Limits.order.range.lowerBound)
        #expect(order["maximum"] as? Int == Limits.order.range.upperBound)
        let unit = try #require(JSONSchema.schema(of: ContentKinds.unit)["properties"] as? [String: [String: Any]])
        #expect(unit["jenis"]?["enum"] as? [String] == UnitKind.allCases.map(\.rawValue))
        let survey = try #require(JSONSchema.schema(of: ContentKinds.survei)["properties"] as? [String: [String: Any]])
        #expect(survey["responden"]?["minimum"] as? Int == Limits.respondents.range.lowerBound)
        #expect(survey["responden"]?["maximum"] as? Int == Limits.respondents.range.upperBound)
    }

    /// An optional field's schema without the `null` it also accepts.
    static func value(of property: [String: Any]) -> [String: Any] {
        (property["anyOf"] as? [[String: Any]])?.first ?? property
    }

    @Test func anOptionalFieldMayBeEmptyARequiredOneMayNot() throws {
        let properties = try #require(JSONSchema.schema(of: ContentKinds.unit)["properties"] as? [String: [String: Any]])
        let optional = try #require(properties["singkatan"]?["anyOf"] as? [[String: Any]])
        #expect(optional.contains { $0["type"] as? String == "null" })
        #expect(properties["nama"]?["anyOf"] == nil)
    }

    @Test func aFrontMatterSchemaLeavesTheBodyOut() throws {
        let schema = JSONSchema.schema(of: ContentKinds.unit, frontMatter: true)
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(properties["profil"] == nil)
        #expect(JSONSchema.fileName(of: ContentKinds.unit, frontMatter: true) == "unit.frontmatter.schema.json")
    }
}
