import Foundation
import LenteraDiagnostics
import LenteraFiles
import LenteraTemplate
import LenteraTheme

/// The theme: every Mustache template, compiled once, and the static assets beside them;
/// the built-in theme's files, each overridden by the file of the same path in the
/// portal's own templates folder.
///
/// Rendering is strict where Mustache is lenient: asking for a template that does not
/// exist is an error, `load` reports every required template that is missing, and every
/// partial a template includes that the theme does not have, so a broken theme is found by
/// `lentera check` rather than by a reader.
public struct TemplateSet: Sendable {
    /// The templates each page kind needs.
    public static let required = ["layout", "home", "unit", "service", "maklumat", "services-index", "dashboard", "survey-dashboard", "zi-dashboard", "page", "not-found", "sop", "methodology", "accessibility", "search"]

    let library: TemplateLibrary
    public let names: Set<String>
    /// Static files to copy (relative path under `assets/` → contents).
    public let assets: [String: Data]
    /// A digest of every file of the theme, its path and bytes: what a page's fingerprint
    /// holds of the theme (`ContentHasher`).
    public let digest: UInt64

    /// The theme's stylesheet as the text of a `<style>` element (for the 404 page), or
    /// nil when the theme has none. A `</style` in it would end the element early, so
    /// its `/` is escaped (`<\/style`, the same text to CSS's tokenizer in a string or
    /// comment, the only places it can stand).
    public var inlineStylesheet: String? {
        guard let data = assets[Routes.stylesheet] else { return nil }
        let css = String(decoding: data, as: UTF8.self)
        return css.replacingOccurrences(of: "</(?=[sS][tT][yY][lL][eE])", with: "<\\\\/", options: .regularExpression)
    }

    public struct MissingTemplate: Error, CustomStringConvertible {
        public let name: String
        /// As `template.missing` says it.
        public var message: Message { Message("template.missing", ["file": .text(name + ".mustache")]) }
        public var description: String { message.text() }
    }

    /// Compiles the theme: the files of `base` (the built-in theme unless given), each
    /// replaced or joined by the file of the same relative path in `folder`, the portal's
    /// own templates folder, when one is given. Every `*.mustache` file is a template,
    /// named by its path without the extension (partials are included by it:
    /// `{{> partials/service-list}}`); every file under `assets/` is copied to the site.
    /// `displayRoot` names `folder` in messages (as the user typed it).
    public static func load(from folder: URL?, displayRoot: String? = nil,
                            base: [String: [UInt8]] = BuiltInTheme.files) -> (TemplateSet?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        /// Each file of the theme: its bytes and how it is named in messages.
        var sources: [String: (bytes: [UInt8], shown: String)] = [:]
        for (relative, bytes) in base { sources[relative] = (bytes, BuiltInTheme.displayRoot + "/" + relative) }
        /// Where a missing required template is expected: in the portal's folder when given.
        var expected: (String) -> SourceLocation? = { _ in nil }
        if let folder {
            let display = displayRoot ?? folder.path
            func shown(_ relative: String) -> String { display.hasSuffix("/") ? display + relative : display + "/" + relative }
            expected = { SourceLocation(file: shown($0)) }
            // The folder is a closed world, like the content folder: its own path may be a link,
            // but a link inside leading outside it, a dangling link, a loop or a FIFO is an error,
            // never followed nor opened.
            guard let closed = ClosedFolder(resolving: folder.path) else {
                return (nil, [.error("templates.folder-missing", at: nil, Message("templates.folder-missing", ["folder": .text(display)]),
                                     advice: Message("templates.folder-missing.hint"))])
            }
            let (files, refused) = closed.walk()
            for (relative, problem) in refused {
                diagnostics.append(problem.diagnostic(at: shown(relative), area: "template", folder: "templates folder"))
            }
            for (relative, path) in files where relative.hasPrefix("assets/") || relative.hasSuffix(".mustache") {
                switch RegularFile.read(path) {
                case .failure(let problem):
                    diagnostics.append(problem.diagnostic(at: shown(relative), area: "template", folder: "templates folder"))
                case .success(let bytes):
                    sources[relative] = (bytes, shown(relative))
                }
            }
        }
        return compile(sources, diagnostics: diagnostics, expected: expected)
    }

    /// The theme from its files (relative path → bytes and the name shown in messages),
    /// with every problem, after `diagnostics` already found; `expected` tells where a
    /// missing required template (by file name) belongs.
    private static func compile(_ sources: [String: (bytes: [UInt8], shown: String)], diagnostics: [Diagnostic],
                                expected: (String) -> SourceLocation?) -> (TemplateSet?, [Diagnostic]) {
        var diagnostics = diagnostics
        var shownName: [String: String] = [:]
        var library = TemplateLibrary()
        var names: Set<String> = []
        var assets: [String: Data] = [:]
        var digest = ContentHasher()
        for (relative, source) in sources.sorted(by: { $0.key < $1.key }) {
            let bytes = source.bytes
            digest.combine(relative)
            digest.combine(ContentHasher.hash(bytes))
            if relative.hasPrefix("assets/") {
                assets[relative] = Data(bytes)
                continue
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                diagnostics.append(.error("template.unreadable", at: SourceLocation(file: source.shown), Message("template.unreadable")))
                continue
            }
            let name = String(relative.dropLast(".mustache".count))
            names.insert(name)
            shownName[name] = source.shown
            do {
                library.register(try Template(text), named: name)
            } catch {
                let (problem, advice) = messages(for: error.reason)
                diagnostics.append(.error("template.syntax", at: SourceLocation(file: source.shown, line: error.line, column: error.column),
                                          Message("template.syntax", ["problem": .message(problem)]), advice: advice))
            }
        }
        // Templates that failed to parse are not reported again as missing partials.
        for missing in library.missingPartials where !names.contains(missing.partial) {
            diagnostics.append(.error("template.missing-partial",
                                      at: SourceLocation(file: shownName[missing.template] ?? missing.template + ".mustache", line: missing.position.line, column: missing.position.column),
                                      Message("template.missing-partial", ["tag": .text("{{> \(missing.partial)}}"), "file": .text(missing.partial + ".mustache")]),
                                      advice: Message("template.missing-partial.hint", ["file": .text(missing.partial + ".mustache")])))
        }
        for name in required where !names.contains(name) {
            diagnostics.append(.error("template.missing", at: expected(name + ".mustache"),
                                      Message("template.missing", ["file": .text(name + ".mustache")]),
                                      advice: Message("template.missing.hint", ["files": .text(required.map { $0 + ".mustache" }.joined(separator: ", "))])))
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        return (TemplateSet(library: library, names: names, assets: assets, digest: digest.finalize()), diagnostics)
    }

    /// What is wrong with the template and what to do, from the catalogues. Tags are quoted
    /// as values (`{{/name}}` would read as a placeholder in a catalogue text).
    private static func messages(for reason: TemplateSyntaxError.Reason) -> (summary: Message, advice: Message) {
        func pair(_ key: String, _ summary: [String: Message.Argument] = [:], _ advice: [String: Message.Argument] = [:]) -> (Message, Message) {
            (Message("template.syntax.\(key)", summary), Message("template.syntax.\(key).hint", advice))
        }
        switch reason {
        case .unclosedSection(let name):
            return pair("unclosed-section", ["name": .text(name)], ["tag": .text("{{/\(name)}}")])
        case .closedWithOtherName(let opened, let closed):
            return pair("closed-with-other-name", ["opened": .text(opened), "closed": .text(closed)], ["tag": .text("{{/\(opened)}}")])
        case .unexpectedClose(let name):
            return pair("unexpected-close", ["tag": .text("{{/\(name)}}")], ["tag": .text("{{#\(name)}}")])
        case .unfinishedTag:
            return pair("unfinished-tag", [:], ["close": "}}", "set": "{{=… …=}}"])
        case .malformedSetDelimiter:
            return pair("malformed-set-delimiter", [:], ["example": "{{=<% %>=}}"])
        case .emptyName:
            return pair("empty-name")
        case .invalidName(let name):
            return pair("invalid-name", ["name": .text(name)])
        case .unsupportedTag(let tag):
            return pair("unsupported-tag", ["tag": .text(tag)], ["tag": "{{> name}}"])
        case .templateTooLarge:
            return pair("too-large")
        }
    }

    /// Renders `context` with the template `name`.
    public func render(_ name: String, _ context: any TemplateContext) throws -> String {
        guard names.contains(name) else { throw MissingTemplate(name: name) }
        return try library.render(name, context)
    }

    /// Appends the rendering of `context` with the template `name` to `out`; `expected`: the
    /// bytes its values are known to add (see `TemplateLibrary.render(_:_:into:expected:)`).
    public func render(_ name: String, _ context: any TemplateContext, into out: inout [UInt8], expected: Int = 0) throws {
        guard names.contains(name) else { throw MissingTemplate(name: name) }
        try library.render(name, context, into: &out, expected: expected)
    }
}
