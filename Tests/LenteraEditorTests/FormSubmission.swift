import Foundation
@testable import LenteraEditor

/// What a browser sends for a form's HTML, in document order, as the HTML standard builds
/// the form data set: text, hidden and date inputs always; a checkbox only when ticked; a
/// textarea's text (the new line after its start tag dropped); a select's chosen option (the
/// first when none is); file inputs and buttons left out, but for the button pressed.
/// Reads the HTML `EditForm` writes (attributes double-quoted, text escaped), not any HTML.
enum FormSubmission {
    static func pairs(_ html: String, pressing action: String? = nil) -> [(name: String, value: String)] {
        var pairs: [(name: String, value: String)] = []
        let controls = /<input [^>]*>|<textarea [^>]*>.*?<\/textarea>|<select [^>]*>.*?<\/select>/.dotMatchesNewlines()
        for match in html.matches(of: controls) {
            let tag = String(match.output)
            let attributes = Self.attributes(of: String(tag.prefix { $0 != ">" }))
            guard let name = attributes["name"] else { continue }
            if tag.hasPrefix("<input") {
                switch attributes["type"] ?? "text" {
                case "file": continue
                case "checkbox", "radio": if attributes["checked"] != nil { pairs.append((name, attributes["value"] ?? "on")) }
                default: pairs.append((name, attributes["value"] ?? ""))
                }
            } else if tag.hasPrefix("<textarea") {
                var text = String(tag.drop { $0 != ">" }.dropFirst().dropLast("</textarea>".count))
                if text.hasPrefix("\n") { text.removeFirst() }
                pairs.append((name, unescape(text)))
            } else {
                let options = tag.matches(of: /<option ([^>]*)>/).map { Self.attributes(of: String($0.output.1)) }
                let chosen = options.first { $0["selected"] != nil } ?? options.first
                pairs.append((name, chosen?["value"] ?? ""))
            }
        }
        if let action { pairs.append(("_aksi", action)) }
        return pairs
    }

    static func attributes(of tag: String) -> [String: String] {
        var result: [String: String] = [:]
        for match in tag.matches(of: /([a-z-]+)(="([^"]*)")?/) {
            result[String(match.output.1)] = match.output.3.map { unescape(String($0)) } ?? ""
        }
        return result
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
