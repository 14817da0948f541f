import Foundation
import LenteraDiagnostics
import LenteraServe

/// The HTML of the editor's own pages: escaping, and texts from the catalogues.
enum EditorHTML {
    /// Text (and attribute values in double quotes) made safe to put into HTML: the forms'
    /// own escaping, one implementation for every page of the editor.
    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// A path of the editor, each part percent-encoded: `/_lentera/sunting/berkas/units/a/unit.md`.
    static func address(_ parts: [String], query: [(String, String)] = []) -> String {
        var path = Editor.prefix + "/" + parts.map { $0.addingPercentEncoding(withAllowedCharacters: partCharacters) ?? "" }.joined(separator: "/")
        if !query.isEmpty {
            path += "?" + query.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: partCharacters) ?? "")" }.joined(separator: "&")
        }
        return path
    }

    private static let partCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
}

/// The texts of one page, in the editor's language.
struct EditorText: Sendable {
    let language: Language

    /// The catalogue's text for `key`, escaped for HTML, its quoted parts (between
    /// backticks) as `<code>`.
    func callAsFunction(_ key: String, _ arguments: [String: MessageArgument] = [:]) -> String {
        PreviewHTML.withCode(Message(key, arguments).text(in: language))
    }

    /// The catalogue's text for `key` as plain text, escaped (for a `<title>`, an attribute).
    func plain(_ key: String, _ arguments: [String: MessageArgument] = [:]) -> String {
        EditorHTML.escape(Message(key, arguments).text(in: language))
    }

    /// A diagnostic as `check` says it (summary and advice), escaped.
    func diagnostic(_ diagnostic: Diagnostic) -> String {
        var text = PreviewHTML.withCode(diagnostic.summary.text(in: language))
        if let advice = diagnostic.advice { text += " — " + PreviewHTML.withCode(advice.text(in: language)) }
        return text
    }
}
