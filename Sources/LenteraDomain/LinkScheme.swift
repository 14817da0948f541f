/// The kinds of address a link taken from content may hold: no `javascript:`, `data:` or
/// `file:` link can reach a page. The loader checks each link field against the schemes it
/// allows (with a positioned error); the pages check again before they print one.
public enum LinkScheme: String, CaseIterable, Sendable {
    case https, http, mailto, tel

    /// Web pages: `https:` and `http:`.
    public static let web: [LinkScheme] = [.https, .http]
    /// Where a citizen can complain: a web page, an e-mail address or a telephone number.
    public static let channel: [LinkScheme] = [.https, .http, .mailto, .tel]

    /// The scheme `link` starts with, when it is one of these and the link has no space or
    /// control character; nil for anything else.
    public static func of(_ link: String) -> LinkScheme? {
        guard firstSpaceOrControl(in: link) == nil, let colon = link.firstIndex(of: ":") else { return nil }
        return LinkScheme(rawValue: link[..<colon].lowercased())
    }

    /// The first space, white space or control character of a link: none belongs in one.
    public static func firstSpaceOrControl(in link: String) -> Unicode.Scalar? {
        link.unicodeScalars.first { $0.value <= 0x20 || $0.value == 0x7F || $0.properties.isWhitespace }
    }
}
