import LenteraDiagnostics
import LenteraDomain
import Yams

/// Link fields (`url`, `situs`): only the schemes a field allows, so that no content can
/// put a `javascript:` or `data:` link on a page. Checked where the field is read, with
/// its position; the text is published as written once accepted.
extension Fields {
    func url(_ key: String, schemes: [LinkScheme]) -> String? {
        guard let text = string(key), let node = value(key) else { return nil }
        if let problem = LinkCheck.problem(text, schemes: schemes) {
            context.error("content.invalid-url", node, Message("content.invalid-url", ["field": .text(key), "problem": .message(problem)]),
                          advice: LinkCheck.hint(text, schemes: schemes))
            return nil
        }
        return text
    }
}

enum LinkCheck {
    /// Why `text` is not a link of one of `schemes`; nil when it is.
    static func problem(_ text: String, schemes: [LinkScheme]) -> Message? {
        if let bad = LinkScheme.firstSpaceOrControl(in: text) {
            return bad.properties.isWhitespace || bad.value == 0x20
                ? Message("link.space", ["link": .text(text)]) : Message("link.control-character", ["link": .text(text.debugDescription)])
        }
        guard let colon = text.firstIndex(of: ":"), isScheme(text[..<colon]) else {
            return Message("link.no-scheme", ["link": .text(text), "schemes": .text(names(schemes))])
        }
        let written = text[..<colon].lowercased()
        guard let scheme = LinkScheme(rawValue: String(written)), schemes.contains(scheme) else {
            return Message("link.scheme-not-allowed", ["scheme": .text(String(text[..<colon])), "schemes": .text(names(schemes))])
        }
        let rest = text[text.index(after: colon)...]
        switch scheme {
        case .https, .http:
            guard rest.hasPrefix("//") else { return Message("link.no-slashes", ["link": .text(text), "scheme": .text(written)]) }
            let authority = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            let host = authority.split(separator: "@").last.map { $0.split(separator: ":").first ?? "" } ?? ""
            guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "[" || $0 == "]" }) else {
                return Message("link.no-host", ["link": .text(text), "scheme": .text(written)])
            }
        case .mailto:
            let address = rest.prefix { $0 != "?" }
            let parts = address.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains(".") else { return Message("link.no-email", ["link": .text(text)]) }
        case .tel:
            guard rest.allSatisfy({ $0.isASCIIDigit || "+-().".contains($0) }), rest.filter(\.isASCIIDigit).count >= 3 else {
                return Message("link.no-telephone", ["link": .text(text)])
            }
        }
        return nil
    }

    static func hint(_ text: String, schemes: [LinkScheme]) -> Message {
        let looksLikeHost = !text.contains(":") && text.contains(".") && !text.contains(" ") && !text.contains("@")
        if looksLikeHost && schemes.contains(.https) { return Suggestion.didYouMean("https://\(text)", then: Message("link.hint.https")) }
        if text.contains("@") && !text.contains(":") && schemes.contains(.mailto) { return Message("link.hint.mailto", ["link": .text("mailto:\(text)")]) }
        var forms: [String] = []
        if schemes.contains(.https) { forms.append("`https://www.lapor.go.id`") }
        if schemes.contains(.mailto) { forms.append("`mailto:pengaduan@contoh.go.id`") }
        if schemes.contains(.tel) { forms.append("`tel:+62211500123`") }
        return Message("link.hint", ["examples": .text(forms.joined(separator: ", "))])
    }

    static func names(_ schemes: [LinkScheme]) -> String {
        schemes.map { $0 == .https || $0 == .http ? "`\($0.rawValue)://`" : "`\($0.rawValue):`" }.joined(separator: ", ")
    }

    /// RFC 3986: a letter, then letters, digits, `+`, `-` or `.`.
    static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
