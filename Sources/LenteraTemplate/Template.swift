/// A Mustache template, compiled once and rendered many times.
///
/// Supported: interpolation (`{{name}}` HTML-escaped, `{{{name}}}` and `{{& name}}` raw),
/// dotted names, the implicit iterator `{{.}}`, sections and inverted sections, comments,
/// set delimiters, partials (`{{> partials/service-list}}`, with the indentation of
/// standalone partials) and dynamic partial names (`{{>*name}}`), with the specification's
/// standalone-line rules.
///
/// Not supported: lambdas (view models hold no closures, and `TemplateValue` has no case for
/// one) and template inheritance (`{{<parent}}`, `{{$block}}` are syntax errors).
///
/// Values print as follows: text HTML-escaped (`&`, `<`, `>`, `"`, `'`) unless raw, integers
/// in decimal, booleans as `true`/`false`, and `.null`, `.missing`, contexts and lists as
/// nothing. A section runs once for `true`, a non-zero integer, non-empty text or a context
/// (pushed on the context stack), once per element of a list, and not at all for the rest.
///
/// A template rendered on its own has no partials (they render as nothing); put it in a
/// `TemplateLibrary` to render partials.
public struct Template: Sendable {
    let program: Program

    /// Compiles `source`.
    public init(_ source: String) throws(TemplateSyntaxError) {
        var parser = Parser(source)
        program = try parser.parse()
    }

    /// The names of the partials the template includes by a fixed name.
    public var partialNames: Set<String> { Set(program.partials) }

    /// Whether the template includes partials whose names come from the data (`{{>*name}}`).
    public var hasDynamicPartials: Bool { program.hasDynamicPartials }

    /// Appends the rendering of `root` to `out`.
    public func render(_ root: TemplateValue, into out: inout [UInt8]) throws(TemplateRenderError) {
        var renderer = makeRenderer()
        try renderer.render(0, root, into: &out)
    }

    public func render(_ context: any TemplateContext, into out: inout [UInt8]) throws(TemplateRenderError) {
        try render(.context(context), into: &out)
    }

    public func render(_ root: TemplateValue) throws(TemplateRenderError) -> String {
        var renderer = makeRenderer()
        return try renderer.render(0, root)
    }

    public func render(_ context: any TemplateContext) throws(TemplateRenderError) -> String {
        try render(.context(context))
    }
}

/// Templates by name, so that templates can include each other as partials.
///
/// Partials are linked to templates when registered, so rendering looks no name up (except
/// dynamic partial names). A partial that is not in the library renders as nothing, as the
/// specification requires; `missingPartials` lists them so the caller can report them.
public struct TemplateLibrary: Sendable {
    /// How deep partials may nest before a render stops with `partialsTooDeep`.
    public static let maximumPartialDepth = 200

    private var entries: [Entry] = []
    private var index: [String: Int] = [:]

    public init() {}

    /// Adds `template` as `name`, replacing any template of that name.
    public mutating func register(_ template: Template, named name: String) {
        let entry = Entry(name: name, program: template.program, links: [])
        if let existing = index[name] {
            entries[existing] = entry
        } else {
            index[name] = entries.count
            entries.append(entry)
        }
        for k in entries.indices {
            entries[k].links = entries[k].program.partials.map { index[$0] ?? -1 }
        }
    }

    public func template(named name: String) -> Template? {
        guard let k = index[name] else { return nil }
        return Template(program: entries[k].program)
    }

    /// The names of the registered templates.
    public var names: Set<String> { Set(index.keys) }

    /// The partials (by fixed name) that templates include but the library does not have,
    /// sorted by template, then partial.
    public var missingPartials: [MissingPartial] {
        var missing: [MissingPartial] = []
        for entry in entries {
            for (slot, link) in entry.links.enumerated() where link < 0 {
                missing.append(MissingPartial(template: entry.name, partial: entry.program.partials[slot],
                                              position: entry.program.partialPositions[slot]))
            }
        }
        return missing.sorted { ($0.template, $0.partial) < ($1.template, $1.partial) }
    }

    /// Appends the rendering of `root` with the template `name` to `out`. `expected`: the
    /// bytes the values will add to the template's own text, when known (a layout around a
    /// page of 40 MB), so that the output is not grown by doubling past them.
    public func render(_ name: String, _ root: TemplateValue, into out: inout [UInt8], expected: Int = 0) throws(TemplateRenderError) {
        guard let k = index[name] else { throw .unknownTemplate(name) }
        var renderer = Renderer(entries: entries, index: index, expectedSize: entries[k].program.bytes.count * 2 + 4096 + max(expected, 0))
        try renderer.render(k, root, into: &out)
    }

    public func render(_ name: String, _ context: any TemplateContext, into out: inout [UInt8], expected: Int = 0) throws(TemplateRenderError) {
        try render(name, .context(context), into: &out, expected: expected)
    }

    public func render(_ name: String, _ root: TemplateValue) throws(TemplateRenderError) -> String {
        guard let k = index[name] else { throw .unknownTemplate(name) }
        var renderer = Renderer(entries: entries, index: index, expectedSize: entries[k].program.bytes.count * 2 + 4096)
        return try renderer.render(k, root)
    }

    public func render(_ name: String, _ context: any TemplateContext) throws(TemplateRenderError) -> String {
        try render(name, .context(context))
    }
}

extension Template {
    init(program: Program) { self.program = program }

    private func makeRenderer() -> Renderer {
        let entry = Entry(name: "", program: program, links: Array(repeating: -1, count: program.partials.count))
        return Renderer(entries: [entry], index: [:], expectedSize: program.bytes.count * 2 + 4096)
    }
}

/// A 1-based line and column (in Unicode scalars) in a template's source.
public struct TemplatePosition: Sendable, Equatable {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A template of a library including a partial the library does not have.
public struct MissingPartial: Sendable, Equatable {
    /// The name of the including template.
    public let template: String
    /// The name of the partial.
    public let partial: String
    /// Where the template first includes it.
    public let position: TemplatePosition
}
