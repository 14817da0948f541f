import Testing
import LenteraTemplate

/// A context that answers a fixed set of names; every other name is `.missing`.
private struct Fields: TemplateContext {
    var fields: [String: TemplateValue]
    init(_ fields: [String: TemplateValue]) { self.fields = fields }
    func value(for key: String) -> TemplateValue { fields[key] ?? .missing }
}

private func render(_ source: String, _ fields: [String: TemplateValue]) throws -> String {
    try Template(source).render(Fields(fields))
}

@Suite struct SyntaxErrorTests {
    private func syntaxError(_ source: String) -> TemplateSyntaxError? {
        do {
            _ = try Template(source)
            return nil
        } catch {
            return error
        }
    }

    @Test func unclosedSectionPointsAtItsOpeningTag() {
        #expect(syntaxError("a\n  {{#items}}b") == TemplateSyntaxError(.unclosedSection("items"), line: 2, column: 3))
        #expect(syntaxError("{{#a}}{{^b}}{{/b}}\n") == TemplateSyntaxError(.unclosedSection("a"), line: 1, column: 1))
    }

    @Test func closeWithAnotherName() {
        #expect(syntaxError("<p>\n{{#a}}{{/b}}") == TemplateSyntaxError(.closedWithOtherName(opened: "a", closed: "b"), line: 2, column: 7))
    }

    @Test func closeWithoutOpen() {
        #expect(syntaxError("ab{{/a}}") == TemplateSyntaxError(.unexpectedClose("a"), line: 1, column: 3))
    }

    @Test func unfinishedTagCountsColumnsInCharacters() {
        // “–” is three bytes of UTF-8 but one column.
        #expect(syntaxError("x\n–y {{name") == TemplateSyntaxError(.unfinishedTag, line: 2, column: 4))
        #expect(syntaxError("{{{raw}}") == TemplateSyntaxError(.unfinishedTag, line: 1, column: 1))
        #expect(syntaxError("{{") == TemplateSyntaxError(.unfinishedTag, line: 1, column: 1))
    }

    @Test func malformedSetDelimiter() {
        #expect(syntaxError("a {{=<%>=}}") == TemplateSyntaxError(.malformedSetDelimiter, line: 1, column: 3))
        #expect(syntaxError("{{=<% %> x=}}") == TemplateSyntaxError(.malformedSetDelimiter, line: 1, column: 1))
        #expect(syntaxError("{{=<= =>=}}") == TemplateSyntaxError(.malformedSetDelimiter, line: 1, column: 1))
    }

    @Test func positionsAfterSetDelimiterUseTheNewDelimiters() {
        #expect(syntaxError("{{=[ ]=}}\n  [#a]") == TemplateSyntaxError(.unclosedSection("a"), line: 2, column: 3))
    }

    @Test func badNames() {
        #expect(syntaxError("{{ }}") == TemplateSyntaxError(.emptyName, line: 1, column: 1))
        #expect(syntaxError("{{> }}") == TemplateSyntaxError(.emptyName, line: 1, column: 1))
        #expect(syntaxError("{{a..b}}") == TemplateSyntaxError(.invalidName("a..b"), line: 1, column: 1))
    }

    @Test func inheritanceIsRefused() {
        #expect(syntaxError("{{<parent}}{{/parent}}") == TemplateSyntaxError(.unsupportedTag("{{<parent}}"), line: 1, column: 1))
        #expect(syntaxError("x{{$block}}{{/block}}")?.reason == .unsupportedTag("{{$block}}"))
    }

    @Test func descriptionHasThePosition() {
        #expect(syntaxError("{{#a}}")?.description == "1:1: the section `a` is not closed")
    }
}

@Suite struct LookupTests {
    @Test func missingLooksFurtherUpTheStack() throws {
        let inner: TemplateValue = .context(Fields(["own": .text("inner")]))
        #expect(try render("{{#inner}}{{own}} {{outer}}{{/inner}}", ["inner": inner, "outer": .text("outer")]) == "inner outer")
    }

    @Test func nullStopsTheLookup() throws {
        let inner: TemplateValue = .context(Fields(["title": .null]))
        let source = "{{#inner}}[{{title}}]{{#title}}yes{{/title}}{{^title}}no{{/title}}{{/inner}}"
        #expect(try render(source, ["inner": inner, "title": .text("outer")]) == "[]no")
    }

    @Test func dottedNamesLookOnlyTheFirstPartUpTheStack() throws {
        let unit: TemplateValue = .context(Fields(["name": .text("Dinas")]))
        let item: TemplateValue = .context(Fields(["unit": .context(Fields([:]))]))
        #expect(try render("{{unit.name}}", ["unit": unit]) == "Dinas")
        // `unit` is found in the item, which has no `name`: nothing, not the outer unit's name.
        #expect(try render("{{#item}}[{{unit.name}}]{{/item}}", ["unit": unit, "item": item]) == "[]")
        #expect(try render("{{unit.name.more}}", ["unit": unit]) == "")
    }

    @Test func implicitIteratorAndNestedLists() throws {
        let list: TemplateValue = .list(Items([.text("a"), .int(2), .bool(true)]))
        #expect(try render("{{#list}}({{.}}){{/list}}", ["list": list]) == "(a)(2)(true)")
    }

    /// How the theme's texts reach every template: `t` answered by the root context only, and
    /// `{{t.key}}` read inside sections three deep, in a list, and in a partial.
    @Test func aDottedNameOnTheRootIsFoundFromAnyDepth() throws {
        let texts: TemplateValue = .context(Fields(["heading": .text("Services")]))
        let row: TemplateValue = .context(Fields(["cells": .list(Items([.context(Fields(["n": .int(1)])), .context(Fields(["n": .int(2)]))]))]))
        let source = "{{t.heading}}{{#page}}{{#row}}{{#cells}}[{{n}} {{t.heading}}]{{/cells}}{{/row}}{{/page}}"
        #expect(try render(source, ["t": texts, "page": .context(Fields(["row": row]))]) == "Services[1 Services][2 Services]")
        var library = TemplateLibrary()
        library.register(try Template("{{#cells}}<{{t.heading}}>{{/cells}}"), named: "part")
        library.register(try Template("{{#row}}{{> part}}{{/row}}"), named: "main")
        #expect(try library.render("main", Fields(["t": texts, "row": row])) == "<Services><Services>")
    }

    @Test func sectionsPushContextsButNotBooleans() throws {
        let item: TemplateValue = .context(Fields(["name": .text("inner")]))
        #expect(try render("{{#flag}}{{name}}{{/flag}}{{#item}}{{name}}{{/item}}", ["flag": .bool(true), "item": item, "name": .text("outer")])
            == "outerinner")
    }
}

/// A list of values as they are.
private struct Items: TemplateList {
    let items: [TemplateValue]
    init(_ items: [TemplateValue]) { self.items = items }
    var count: Int { items.count }
    func element(at index: Int) -> TemplateValue { items[index] }
}

@Suite struct ValueTests {
    @Test func escapingMatchesTheFormerEngine() throws {
        #expect(try render("{{x}}|{{{x}}}|{{&x}}", ["x": .text(#"<a href="x">Tom & Jerry's</a>"#)])
            == #"&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;|<a href="x">Tom & Jerry's</a>|<a href="x">Tom & Jerry's</a>"#)
        #expect(try render("{{x}}", ["x": .text("Rp 10.000 – gratis ✓")]) == "Rp 10.000 – gratis ✓")
    }

    @Test func scalarsPrint() throws {
        #expect(try render("{{a}} {{b}} {{c}} {{d}} {{e}} {{f}}|{{g}}|{{h}}", [
            "a": .int(0), "b": .int(-42), "c": .int(Int.min), "d": .bool(true), "e": .bool(false), "f": .int(1_234_567),
            "g": .null, "h": .context(Fields([:])),
        ]) == "0 -42 -9223372036854775808 true false 1234567||")
    }

    @Test func truthiness() throws {
        let source = "{{#v}}T{{/v}}{{^v}}F{{/v}}"
        let cases: [(TemplateValue, String)] = [
            (.missing, "F"), (.null, "F"), (.bool(false), "F"), (.bool(true), "T"), (.int(0), "F"), (.int(3), "T"),
            (.text(""), "F"), (.text("x"), "T"), (.context(Fields([:])), "T"),
            (.list(Items([])), "F"), (.list(Items([.null])), "T"),
        ]
        for (value, expected) in cases {
            #expect(try render(source, ["v": value]) == expected, "\(value)")
        }
    }
}

@Suite struct LibraryTests {
    @Test func partialsByPathAndMissingPartials() throws {
        var library = TemplateLibrary()
        library.register(try Template("<ul>\n{{#items}}\n  {{> partials/item}}\n{{/items}}\n</ul>{{> partials/footer}}\n"), named: "page")
        #expect(library.missingPartials.map { "\($0.template) → \($0.partial) at \($0.position.line):\($0.position.column)" }
            == ["page → partials/footer at 5:6", "page → partials/item at 3:3"])
        library.register(try Template("<li>{{.}}</li>\n"), named: "partials/item")
        #expect(library.missingPartials.map(\.partial) == ["partials/footer"])
        let items: TemplateValue = .list(["a", "b"])
        #expect(try library.render("page", Fields(["items": items])) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
        #expect(library.template(named: "page")?.partialNames == ["partials/item", "partials/footer"])
        #expect(library.names == ["page", "partials/item"])
    }

    @Test func replacingATemplateRelinks() throws {
        var library = TemplateLibrary()
        library.register(try Template("[{{> p}}]"), named: "page")
        library.register(try Template("one"), named: "p")
        library.register(try Template("two"), named: "p")
        #expect(try library.render("page", Fields([:])) == "[two]")
    }

    @Test func byteBufferAppends() throws {
        var library = TemplateLibrary()
        library.register(try Template("{{a}}"), named: "t")
        var out = Array("x=".utf8)
        try library.render("t", Fields(["a": .int(7)]), into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "x=7")
    }

    @Test func unknownTemplate() throws {
        #expect(throws: TemplateRenderError.unknownTemplate("nope")) { try TemplateLibrary().render("nope", Fields([:])) }
    }

    @Test func endlessRecursionStops() throws {
        var library = TemplateLibrary()
        library.register(try Template("x{{> loop}}"), named: "loop")
        #expect(throws: TemplateRenderError.partialsTooDeep("loop")) { try library.render("loop", Fields([:])) }
    }

    @Test func nestedIndentation() throws {
        var library = TemplateLibrary()
        library.register(try Template("<div>\n  {{> inner}}\n</div>\n"), named: "outer")
        library.register(try Template("<p>\n{{#lines}}\n  {{.}}\n{{/lines}}\n</p>\n"), named: "inner")
        library.register(try Template("<body>\n    {{> outer}}\n</body>\n"), named: "page")
        let lines: TemplateValue = .list(["a\nb"])
        #expect(try library.render("page", Fields(["lines": lines])) == """
            <body>
                <div>
                  <p>
                    a
            b
                  </p>
                </div>
            </body>

            """)
    }
}

@Suite struct OutputTests {
    /// The escaping the engine must match, written the slow and obvious way.
    private func reference(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Texts of every length from 0 to 40 with the special characters at every position
    /// (the engine tests eight bytes at a time and copies short runs specially).
    @Test func escapingAtEveryLengthAndPosition() throws {
        let template = try Template("[{{x}}|{{{x}}}]")
        let specials: [Character] = ["&", "<", ">", "\"", "'", "é"]
        for length in 0...40 {
            let plain = String((0..<length).map { Character(UnicodeScalar(UInt8(ascii: "a") + UInt8($0 % 26))) })
            #expect(try template.render(Fields(["x": .text(plain)])) == "[\(plain)|\(plain)]")
            for position in 0..<max(length, 1) where length > 0 {
                for special in specials {
                    var characters = Array(plain)
                    characters[position] = special
                    if position + 3 < length { characters[position + 3] = "&" }
                    let text = String(characters)
                    #expect(try template.render(Fields(["x": .text(text)])) == "[\(reference(text))|\(text)]", "\(text)")
                }
            }
        }
    }

    @Test func largeOutputGrowsTheBuffer() throws {
        let big = String(repeating: "<é>", count: 20_000)
        let list: TemplateValue = .list(Items(Array(repeating: .text(big), count: 3)))
        let rendered = try Template("{{#list}}{{.}}{{/list}}").render(Fields(["list": list]))
        #expect(rendered == String(repeating: reference(big), count: 3))
    }
}
