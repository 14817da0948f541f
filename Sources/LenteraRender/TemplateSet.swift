import Foundation
import LenteraDiagnostics
import LenteraTemplate
import Mustache

/// The theme: every Mustache template of a templates folder, parsed once, and the
/// static assets beside them.
///
/// Rendering is strict where the engine is lenient: asking for a template that does not
/// exist is an error, and `load` reports every required template that is missing, so a
/// broken theme is found by `lentera check` rather than by a reader.
public struct TemplateSet: Sendable {
    /// The templates each page kind needs.
    public static let required = ["layout", "home", "unit", "service", "maklumat", "services-index", "dashboard", "survey-dashboard", "zi-dashboard", "page", "not-found", "sop"]

    let library: MustacheLibrary
    public let names: Set<String>
    /// Static files to copy (relative path under `assets/` → contents).
    public let assets: [String: Data]

    public struct MissingTemplate: Error, CustomStringConvertible {
        public let name: String
        public var description: String { "the template `\(name)` does not exist" }
    }

    /// Reads and parses every `*.mustache` file under `folder`; partials are referred to by
    /// their path without the extension (`{{> partials/service-list}}`).
    public static func load(from folder: URL, displayRoot: String? = nil) -> (TemplateSet?, [Diagnostic]) {
        let display = displayRoot ?? folder.path
        func shown(_ relative: String) -> String { display.hasSuffix("/") ? display + relative : display + "/" + relative }
        var diagnostics: [Diagnostic] = []
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(atPath: folder.path) else {
            return (nil, [.error("templates.folder-missing", at: nil, "the templates folder `\(display)` does not exist",
                                 hint: "give the theme's folder with `--templates DIR`; the default theme is `templates/`")])
        }
        var library = MustacheLibrary()
        var names: Set<String> = []
        var assets: [String: Data] = [:]
        for case let relative as String in enumerator {
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !(relative as NSString).lastPathComponent.hasPrefix(".") else { continue }
            if relative.hasPrefix("assets/") {
                assets[relative] = fileManager.contents(atPath: url.path)
                continue
            }
            guard relative.hasSuffix(".mustache") else { continue }
            guard let data = fileManager.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error("template.unreadable", at: SourceLocation(file: shown(relative)), "the template cannot be read as UTF-8 text"))
                continue
            }
            do {
                let template = try MustacheTemplate(string: text)
                let name = String(relative.dropLast(".mustache".count))
                library.register(template, named: name)
                names.insert(name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error("template.syntax", at: SourceLocation(file: shown(relative), line: error.context.lineNumber, column: error.context.columnNumber),
                                          "the template cannot be parsed: \(describe(error.error))",
                                          hint: "check that every `{{#section}}` is closed by a matching `{{/section}}`"))
            } catch {
                diagnostics.append(.error("template.syntax", at: SourceLocation(file: shown(relative)), "the template cannot be parsed: \(error)"))
            }
        }
        for name in required where !names.contains(name) {
            diagnostics.append(.error("template.missing", at: SourceLocation(file: shown(name + ".mustache")),
                                      "the theme has no `\(name).mustache`",
                                      hint: "every theme needs: \(required.map { $0 + ".mustache" }.joined(separator: ", "))"))
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        return (TemplateSet(library: library, names: names, assets: assets), diagnostics)
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "a section is closed with another name than it was opened with"
        case .unfinishedName?: return "a tag is not finished"
        case .expectedSectionEnd?: return "a section is not closed"
        case .invalidSetDelimiter?: return "a set-delimiter tag is malformed"
        default: return "\(error)"
        }
    }

    /// Renders `context` with the template `name`. (swift-mustache still reads the view
    /// by reflection; the compiled engine reads it through `TemplateContext`.)
    public func render(_ name: String, _ context: any TemplateContext) throws -> String {
        guard names.contains(name), let text = library.render(context, withTemplate: name) else {
            throw MissingTemplate(name: name)
        }
        return text
    }
}
