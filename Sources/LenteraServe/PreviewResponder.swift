import Foundation
import Hummingbird
import LenteraDiagnostics

/// The preview's routes: the live-reload script and its wait under `/_lentera/`, and
/// every other path a file of the last good build (HTML with the reload script, and the
/// errors' panel while the content has errors), the build's 404 page with status 404, or
/// the errors' own page while no build has succeeded. Nothing is cached by the browser:
/// every reload shows the newest build.
struct PreviewResponder: Sendable {
    let state: PreviewState
    let language: Language
    let reloadWait: Duration

    /// `addOns` add their routes first.
    func router(addOns: [any PreviewAddOn] = []) -> Router<BasicRequestContext> {
        let router = Router()
        for addOn in addOns { addOn.install(on: router, preview: PreviewHandle(state: state)) }
        router.get(RouterPath(LiveReload.waitPath)) { request, _ in
            let seen = request.uri.queryParameters["build"].map(String.init) ?? ""
            let current = await state.token(after: seen, limit: reloadWait)
            return Self.response(.ok, type: "application/json", body: "{\"build\":\"\(current)\"}")
        }
        router.get(RouterPath(LiveReload.scriptPath)) { _, _ in
            Self.response(.ok, type: "text/javascript; charset=utf-8", body: LiveReload.script)
        }
        for path in ["/", "**"] {
            router.get(RouterPath(path)) { request, _ in await page(request, head: false) }
            router.head(RouterPath(path)) { request, _ in await page(request, head: true) }
        }
        return router
    }

    /// A file of the site for `request`.
    private func page(_ request: Request, head: Bool) async -> Response {
        await state.firstBuild()
        // The token before the file: a build finishing in between then reloads the page
        // once more, rather than leaving it showing the older build.
        let token = await state.token
        let problems = await state.problems
        guard case .built(let folder) = await state.site else {
            let view = ProblemsView(problems: problems, language: language)
            return Self.response(.serviceUnavailable, type: "text/html; charset=utf-8",
                                 body: view.page(reloadTag: LiveReload.tag(token: token)), head: head)
        }
        if request.uri.path.hasPrefix(LiveReload.prefix) { return Self.notFound(head: head) }
        let served = ServedFolder(folder)
        let status: HTTPResponse.Status
        let file: String
        switch served.lookup(request.uri.path) {
        case .file(let found):
            status = .ok
            file = found
        case .redirect(let location):
            var response = Self.response(.movedPermanently, type: "text/plain; charset=utf-8", body: "", head: head)
            response.headers[.location] = location
            return response
        case .notFound:
            guard let page = served.notFoundPage else { return Self.notFound(head: head) }
            status = .notFound
            file = page
        }
        guard let bytes = FileManager.default.contents(atPath: file) else { return Self.notFound(head: head) }
        let type = ServedFolder.contentType(of: file)
        guard type.hasPrefix("text/html") else {
            var response = Response(status: status, headers: Self.headers(type), body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
            if head { response.body = .init() }
            return response
        }
        var html = String(decoding: bytes, as: UTF8.self)
        if let base = await state.baseURL, let asked = Self.address(askedFor: request), asked != base {
            html = html.replacingOccurrences(of: base, with: asked)
        }
        if !problems.isEmpty {
            html = Self.insertAtBodyStart(ProblemsView(problems: problems, language: language).overlay, into: html)
        }
        html = LiveReload.inject(LiveReload.tag(token: token), into: html)
        return Self.response(status, type: type, body: html, head: head)
    }

    /// The address the browser used (`http://` and the request's host and port), when it
    /// is a plain host name or address: the pages are built with the preview's own address
    /// (`127.0.0.1`), and a machine on the network that opened `http://192.168.1.5:8080/`
    /// gets the 404 page's links and canonical addresses with that address instead.
    static func address(askedFor request: Request) -> String? {
        guard let authority = request.head.authority, !authority.isEmpty, authority.utf8.count <= 300,
              authority.unicodeScalars.allSatisfy({ allowedInAuthority.contains($0) }) else { return nil }
        return "http://\(authority)/"
    }

    private static let allowedInAuthority = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]")

    /// The panel as the first thing in the body, so that it is read first.
    static func insertAtBodyStart(_ fragment: String, into html: String) -> String {
        guard let open = html.range(of: "<body", options: .caseInsensitive),
              let end = html[open.upperBound...].firstIndex(of: ">") else { return fragment + html }
        var page = html
        page.insert(contentsOf: "\n" + fragment, at: page.index(after: end))
        return page
    }

    static func headers(_ type: String) -> HTTPFields {
        [.contentType: type, .cacheControl: "no-store"]
    }

    static func response(_ status: HTTPResponse.Status, type: String, body: String, head: Bool = false) -> Response {
        Response(status: status, headers: headers(type), body: head ? .init() : .init(byteBuffer: ByteBuffer(string: body)))
    }

    static func notFound(head: Bool) -> Response {
        response(.notFound, type: "text/plain; charset=utf-8", body: "404\n", head: head)
    }
}
