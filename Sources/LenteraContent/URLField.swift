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
            context.error("content.invalid-url", node, "`\(key)` is not a usable link: \(problem)",
                          hint: LinkCheck.hint(text, schemes: schemes))
            return nil
        }
        return text
    }
}

enum LinkCheck {
    /// Why `text` is not a link of one of `schemes`; nil when it is.
    static func problem(_ text: String, schemes: [LinkScheme]) -> String? {
        if let bad = LinkScheme.firstSpaceOrControl(in: text) {
            return bad.properties.isWhitespace || bad.value == 0x20
                ? "`\(text)` contains a space" : "`\(text.debugDescription)` contains a control character"
        }
        guard let colon = text.firstIndex(of: ":"), isScheme(text[..<colon]) else {
            return "`\(text)` does not start with \(names(schemes))"
        }
        let written = text[..<colon].lowercased()
        guard let scheme = LinkScheme(rawValue: String(written)), schemes.contains(scheme) else {
            return "links starting with `\(text[..<colon]):` are not allowed here, only \(names(schemes))"
        }
        let rest = text[text.index(after: colon)...]
        switch scheme {
        case .https, .http:
            guard rest.hasPrefix("//") else { return "`\(text)` has no `//` after `\(written):`" }
            let authority = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            let host = authority.split(separator: "@").last.map { $0.split(separator: ":").first ?? "" } ?? ""
            guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "[" || $0 == "]" }) else {
                return "`\(text)` names no web server after `\(written)://`"
            }
        case .mailto:
            let address = rest.prefix { $0 != "?" }
            let parts = address.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains(".") else { return "`\(text)` has no e-mail address after `mailto:`" }
        case .tel:
            guard rest.allSatisfy({ $0.isASCIIDigit || "+-().".contains($0) }), rest.filter(\.isASCIIDigit).count >= 3 else {
                return "`\(text)` has no telephone number after `tel:` (digits, `+`, `-`)"
            }
        }
        return nil
    }

    static func hint(_ text: String, schemes: [LinkScheme]) -> String {
        let looksLikeHost = !text.contains(":") && text.contains(".") && !text.contains(" ") && !text.contains("@")
        if looksLikeHost && schemes.contains(.https) { return "did you mean `https://\(text)`? write the whole address, starting with `https://`" }
        if text.contains("@") && !text.contains(":") && schemes.contains(.mailto) { return "for an e-mail address write `mailto:\(text)`" }
        var forms: [String] = []
        if schemes.contains(.https) { forms.append("`https://www.lapor.go.id`") }
        if schemes.contains(.mailto) { forms.append("`mailto:pengaduan@contoh.go.id`") }
        if schemes.contains(.tel) { forms.append("`tel:+62211500123`") }
        return "write a full address, e.g. " + forms.joined(separator: ", ")
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
