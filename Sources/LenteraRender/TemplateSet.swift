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
    public static let required = ["layout", "home", "unit", "service", "maklumat", "services-index", "dashboard", "survey-dashboard", "zi-dashboard", "page", "not-found", "sop"]

    let library: TemplateLibrary
    public let names: Set<String>
    /// Static files to copy (relative path under `assets/` → contents).
    public let assets: [String: Data]

    public struct MissingTemplate: Error, CustomStringConvertible {
        public let name: String
        public var description: String { "the template `\(name)` does not exist" }
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
                return (nil, [.error("templates.folder-missing", at: nil, "the templates folder `\(display)` does not exist",
                                     hint: "give the theme's folder with `--templates DIR`; the default theme is `templates/`")])
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
        for (relative, source) in sources.sorted(by: { $0.key < $1.key }) {
            let bytes = source.bytes
            if relative.hasPrefix("assets/") {
                assets[relative] = Data(bytes)
                continue
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                diagnostics.append(.error("template.unreadable", at: SourceLocation(file: source.shown), "the template cannot be read as UTF-8 text"))
                continue
            }
            let name = String(relative.dropLast(".mustache".count))
            names.insert(name)
            shownName[name] = source.shown
            do {
                library.register(try Template(text), named: name)
            } catch {
                diagnostics.append(.error("template.syntax", at: SourceLocation(file: source.shown, line: error.line, column: error.column),
                                          "the template cannot be parsed: \(error.message)", hint: hint(for: error.reason)))
            }
        }
        // Templates that failed to parse are not reported again as missing partials.
        for missing in library.missingPartials where !names.contains(missing.partial) {
            diagnostics.append(.error("template.missing-partial",
                                      at: SourceLocation(file: shownName[missing.template] ?? missing.template + ".mustache", line: missing.position.line, column: missing.position.column),
                                      "the template includes `{{> \(missing.partial)}}`, but the theme has no `\(missing.partial).mustache`",
                                      hint: "add `\(missing.partial).mustache`, or correct the name: a partial is named by its path under the templates folder, without `.mustache`"))
        }
        for name in required where !names.contains(name) {
            diagnostics.append(.error("template.missing", at: expected(name + ".mustache"),
                                      "the theme has no `\(name).mustache`",
                                      hint: "every theme needs: \(required.map { $0 + ".mustache" }.joined(separator: ", "))"))
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        return (TemplateSet(library: library, names: names, assets: assets), diagnostics)
    }

    private static func hint(for reason: TemplateSyntaxError.Reason) -> String {
        switch reason {
        case .unclosedSection(let name):
            "close it with `{{/\(name)}}`"
        case .closedWithOtherName(let opened, _):
            "sections close in the reverse order they open: `{{/\(opened)}}` comes first"
        case .unexpectedClose(let name):
            "remove it, or open the section with `{{#\(name)}}` before it"
        case .unfinishedTag:
            "close the tag with `}}` (or with the delimiters a `{{=… …=}}` tag set)"
        case .malformedSetDelimiter:
            "give two delimiters without spaces or `=` in them, as in `{{=<% %>=}}`"
        case .emptyName:
            "write the name of a value between the braces"
        case .invalidName:
            "separate the parts of a name with single dots, as in `unit.name`"
        case .unsupportedTag:
            "template inheritance is not supported; include partials with `{{> name}}` instead"
        case .templateTooLarge:
            "split the template into partials"
        }
    }

    /// Renders `context` with the template `name`.
    public func render(_ name: String, _ context: any TemplateContext) throws -> String {
        guard names.contains(name) else { throw MissingTemplate(name: name) }
        return try library.render(name, context)
    }

    /// Appends the rendering of `context` with the template `name` to `out`.
    public func render(_ name: String, _ context: any TemplateContext, into out: inout [UInt8]) throws {
        guard names.contains(name) else { throw MissingTemplate(name: name) }
        try library.render(name, context, into: &out)
    }
}
