import Foundation
import Hummingbird
import LenteraDiagnostics
import LenteraDomain
import LenteraServe

/// The browser editor as an add-on of the preview (`lentera serve --edit`): its pages under
/// `Editor.prefix`, each request checked in this order — a POST's origin, the session, the
/// CSRF token of a POST (before anything is read or written), the account (read again from
/// `pengguna.yaml`, so a removed account loses its sessions at once), then the permission
/// for the content path. See docs/editor.md.
public struct BrowserEditor: PreviewAddOn {
    public let options: EditorOptions

    public init(options: EditorOptions) {
        self.options = options
    }

    /// Whether `pengguna.yaml` beside the content folder holds at least one account (`serve
    /// --edit` refuses to start without one: no one could sign in).
    public static func hasAccounts(content: URL) -> Bool {
        guard let book = try? AccountBook.load(AccountBook.file(besideContent: content)) else { return false }
        return !book.accounts.isEmpty
    }

    /// The sign-in page of a preview served at `address` (`http://127.0.0.1:8080/`).
    public static func signInAddress(preview address: String) -> String {
        (address.hasSuffix("/") ? String(address.dropLast()) : address) + Editor.prefix + "/masuk"
    }

    public func install(on router: Router<BasicRequestContext>, preview: PreviewHandle) {
        let server = EditorServer(options: options, preview: preview)
        for path in [Editor.prefix, Editor.prefix + "/**"] {
            router.get(RouterPath(path)) { request, _ in await server.respond(to: request) }
            router.post(RouterPath(path)) { request, _ in await server.respond(to: request) }
        }
    }
}

/// The editor's server: what each request gets.
struct EditorServer: Sendable {
    let options: EditorOptions
    let preview: PreviewHandle
    let store: ContentStore
    let sessions: Sessions
    let signIn: SignInGuard
    let history: any ChangeHistory
    var text: EditorText { EditorText(language: options.language) }

    init(options: EditorOptions, preview: PreviewHandle) {
        self.options = options
        self.preview = preview
        store = ContentStore(content: options.content)
        sessions = Sessions(idleTimeout: options.idleTimeout)
        signIn = SignInGuard(accounts: options.accountsFile, state: options.stateFolder)
        history = ChangeHistories.open(content: options.content, state: options.stateFolder)
    }

    /// One request to the editor, as received.
    struct Call: Sendable {
        let request: Request
        /// The path after `Editor.prefix`, split and percent-decoded: `["berkas", "units", "a", "unit.md"]`.
        let parts: [String]
        let isPost: Bool
        var session: Sessions.Session?
        var account: Account?
        var form = FormBody()

        func query(_ name: String) -> String? { request.uri.queryParameters[Substring(name)].map(String.init) }
    }

    func respond(to request: Request) async -> Response {
        var response = await answer(request)
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }

    private func answer(_ request: Request) async -> Response {
        let page = EditorPage(text: text)
        // A page of another site whose name now points at this computer (DNS rebinding)
        // reaches the port as "its own" origin: without a proxy in front, only an address
        // of the machine itself is answered.
        if !options.behindTLS, let host = request.head.authority, !Self.isAddressHost(host) {
            return page.message(.misdirectedRequest, title: text("editor.server.wrong-host.title"),
                                paragraph: text("editor.server.wrong-host", ["host": .text(String(host.prefix(100)))]))
        }
        guard let parts = Self.parts(of: request.uri.path) else { return notFound(page) }
        var call = Call(request: request, parts: parts, isPost: request.method == .post)
        if parts == ["gaya.css"], !call.isPost {
            return EditorPage.respond(.ok, type: "text/css; charset=utf-8", body: EditorStyle.sheet)
        }
        // A POST from another site (or a page that is not the editor's) is refused before
        // anything else: a browser says where a form came from (Origin, Sec-Fetch-Site).
        if call.isPost, !sameOrigin(request) {
            return page.message(.forbidden, title: text("editor.server.forbidden.title"), paragraph: text("editor.server.csrf.origin"))
        }
        call.session = await sessions.session(request.cookies[Sessions.cookieName]?.value)
        if call.isPost {
            // The body is read only for a session, and only a signed-in one may send a
            // large one (files): a client without an account makes the server hold no
            // more than a sign-in form.
            guard let session = call.session else {
                return page.message(.forbidden, title: text("editor.server.csrf.title"), paragraph: text("editor.server.csrf"),
                                    link: (request.uri.path, text("editor.server.csrf.reload")))
            }
            let limit = session.account == nil ? EditorOptions.signInBodyLimit : options.bodyLimit
            do {
                call.form = try await FormBody.read(request, limit: limit)
            } catch .tooLarge {
                return page.message(.contentTooLarge, title: text("editor.server.too-large.title"),
                                    paragraph: text("editor.server.too-large", ["limit": .text(String(max(1, limit >> 20)))]))
            } catch {
                return page.message(.badRequest, title: text("editor.server.unreadable.title"), paragraph: text("editor.server.unreadable"))
            }
            guard let session = call.session, let token = call.form.value("_csrf"), Sessions.same(token, session.csrf) else {
                return page.message(.forbidden, title: text("editor.server.csrf.title"), paragraph: text("editor.server.csrf"),
                                    link: (request.uri.path, text("editor.server.csrf.reload")))
            }
        }
        if parts == ["masuk"] { return await signInPage(call) }
        // Everything else needs a signed-in account that still exists.
        guard let session = call.session, let name = session.account else {
            if call.isPost { return page.message(.forbidden, title: text("editor.server.forbidden.title"), paragraph: text("editor.server.csrf")) }
            return EditorPage.redirect(Self.signInAddress(returningTo: request))
        }
        // A malformed accounts file (a hand edit in progress) stops everyone, ends nobody.
        if let problem = await signIn.accountsProblem() { return accountsBroken(problem) }
        guard let account = await signIn.account(named: name) else {
            await sessions.end(account: name)
            return EditorPage.redirect(Editor.prefix + "/masuk")
        }
        call.account = account
        switch (parts.first ?? "", call.isPost) {
        case ("", false): return home(call)
        case ("keluar", true):
            await sessions.end(session.id)
            var response = EditorPage.redirect(Editor.prefix + "/masuk?keluar=1")
            response.setCookie(sessionCookie("", remove: true))
            return response
        case ("unit", false) where parts.count == 2: return unitPage(call, unit: parts[1])
        case ("portal", false) where parts.count == 1: return portalPage(call)
        case ("berkas", _) where parts.count >= 2: return await filePage(call, path: parts.dropFirst().joined(separator: "/"))
        case ("baru", _) where parts.count == 2: return await newFilePage(call, kindName: parts[1])
        case ("riwayat", false) where parts.count == 2 || parts.count == 3:
            return historyPage(call, scope: parts[1], id: parts.count == 3 ? parts[2] : nil)
        default: return notFound(framed(call))
        }
    }

    /// Whether a `Host` names the machine by an address, not by a name that someone else's
    /// DNS answers: `localhost`, an IPv4 address or a bracketed IPv6 address, with a port
    /// or not. (Behind `--behind-tls` the proxy's `server_name` chooses what is answered.)
    static func isAddressHost(_ host: String) -> Bool {
        var name = Substring(host.lowercased())
        if name.hasPrefix("[") {
            guard let close = name.firstIndex(of: "]") else { return false }
            let rest = name[name.index(after: close)...]
            guard rest.isEmpty || (rest.hasPrefix(":") && rest.dropFirst().allSatisfy(\.isASCIIDigit)) else { return false }
            return name[name.index(after: name.startIndex)..<close].allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        }
        if let colon = name.lastIndex(of: ":") {
            guard name[name.index(after: colon)...].allSatisfy(\.isASCIIDigit) else { return false }
            name = name[..<colon]
        }
        if name == "localhost" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCIIDigit) && (Int($0) ?? 256) <= 255 }
    }

    /// The sign-in page, with the editor page asked for as `lanjut` (shown after signing in).
    static func signInAddress(returningTo request: Request) -> String {
        let asked = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        guard let back = returnAddress(asked), back != Editor.prefix + "/", back != Editor.prefix else { return Editor.prefix + "/masuk" }
        return EditorHTML.address(["masuk"], query: [("lanjut", back)])
    }

    /// `address` when it is a page of the editor on this server (a path under the prefix,
    /// no scheme, host, `//` or backslash, not the sign-in or sign-out page), else nil: a
    /// link to the sign-in page can never send the officer elsewhere after signing in.
    static func returnAddress(_ address: String?) -> String? {
        guard let address, address.utf8.count <= 1000, address.hasPrefix(Editor.prefix + "/") || address == Editor.prefix,
              !address.contains("//"), !address.contains("\\"), !address.contains("\0"),
              address.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }),
              let path = address.split(separator: "?", maxSplits: 1).first.map(String.init),
              let parts = parts(of: path), parts.first != "masuk", parts.first != "keluar" else { return nil }
        return address
    }

    /// The page frame for a signed-in call.
    func framed(_ call: Call) -> EditorPage {
        EditorPage(text: text, account: call.account, csrf: call.session?.csrf)
    }

    func notFound(_ page: EditorPage) -> Response {
        page.message(.notFound, title: text("editor.server.not-found.title"), paragraph: text("editor.server.not-found"),
                     link: (Editor.prefix + "/", text("editor.server.frame.home")))
    }

    func forbidden(_ call: Call) -> Response {
        framed(call).message(.forbidden, title: text("editor.server.forbidden.title"), paragraph: text("editor.server.forbidden"),
                             link: (Editor.prefix + "/", text("editor.server.frame.home")))
    }

    /// The path after the prefix, in parts; nil when a part is `.`/`..`, empty in the middle,
    /// or holds a slash, a backslash or NUL once decoded.
    static func parts(of path: String) -> [String]? {
        guard path == Editor.prefix || path.hasPrefix(Editor.prefix + "/") else { return nil }
        let rest = path.dropFirst(Editor.prefix.count).split(separator: "/", omittingEmptySubsequences: true)
        var parts: [String] = []
        for raw in rest {
            guard let part = raw.removingPercentEncoding, !part.isEmpty, part != ".", part != "..",
                  !part.contains("/"), !part.contains("\\"), !part.contains("\0") else { return nil }
            parts.append(part)
        }
        return parts
    }

    /// The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's
    /// page sends it), only for the editor's paths, Secure behind TLS.
    func sessionCookie(_ id: String, remove: Bool = false) -> Cookie {
        Cookie(name: Sessions.cookieName, value: id, maxAge: remove ? 0 : nil, path: Editor.prefix,
               secure: options.behindTLS, httpOnly: true, sameSite: .strict)
    }

    /// Whether a POST comes from a page of this server: `Sec-Fetch-Site` (when the browser
    /// sends it) must be `same-origin`, and `Origin` (when sent) the address the request was
    /// made to. A client that sends neither (an old browser, a script) still needs the
    /// session's CSRF token.
    func sameOrigin(_ request: Request) -> Bool {
        if let site = request.headers[.init("Sec-Fetch-Site")!], site != "same-origin" { return false }
        guard let origin = request.headers[.origin] else { return true }
        guard let host = request.head.authority, !host.isEmpty else { return false }
        return origin == (options.behindTLS ? "https://" : "http://") + host
    }
}
