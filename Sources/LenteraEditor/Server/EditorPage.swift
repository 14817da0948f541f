import Foundation
import Hummingbird
import LenteraDiagnostics

/// The frame of every editor page (the language, the header with who is signed in and the
/// sign-out button, the main part) and the responses that carry it. No script: every action
/// is a link or a form's submit button.
struct EditorPage {
    let text: EditorText
    /// The signed-in account and the session's CSRF token, for the header's sign-out form.
    var account: Account?
    var csrf: String?

    func html(title: String, body: String) -> String {
        var header = "<p class=\"merek\"><a href=\"\(Editor.prefix)/\">\(text("editor.server.frame.name"))</a></p>\n"
        if let account, let csrf {
            header += """
                <nav aria-label="\(text.plain("editor.server.frame.navigation"))"><ul>
                <li><a href="\(Editor.prefix)/">\(text("editor.server.frame.home"))</a></li>
                <li><a href="/">\(text("editor.server.frame.site"))</a></li>
                </ul></nav>
                <form class="keluar" method="post" action="\(Editor.prefix)/keluar">
                <input type="hidden" name="_csrf" value="\(EditorHTML.escape(csrf))">
                <span>\(text("editor.server.frame.signed-in", ["name": .text(account.fullName.isEmpty ? account.name : account.fullName)]))</span>
                <button type="submit">\(text("editor.server.frame.sign-out"))</button>
                </form>

                """
        }
        return """
            <!doctype html>
            <html lang="\(text.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>\(title.replacingOccurrences(of: "<code>", with: "").replacingOccurrences(of: "</code>", with: "")) — \(text.plain("editor.server.frame.name"))</title>
            <link rel="stylesheet" href="\(Editor.prefix)/gaya.css">
            </head>
            <body>
            <a class="lewati" href="#isi">\(text("editor.server.frame.skip"))</a>
            <header class="kepala">
            \(header)</header>
            <main id="isi">
            \(body)
            </main>
            </body>
            </html>

            """
    }

    func response(_ status: HTTPResponse.Status, title: String, body: String) -> Response {
        EditorPage.respond(status, type: "text/html; charset=utf-8", body: html(title: title, body: body))
    }

    /// A page with a heading and one paragraph (403, 404, a refused form…), and a link.
    func message(_ status: HTTPResponse.Status, title: String, paragraph: String, link: (href: String, label: String)? = nil) -> Response {
        var body = "<h1>\(title)</h1>\n<p>\(paragraph)</p>\n"
        if let link { body += "<p><a href=\"\(EditorHTML.escape(link.href))\">\(link.label)</a></p>\n" }
        return response(status, title: title, body: body)
    }

    static func respond(_ status: HTTPResponse.Status, type: String, body: String) -> Response {
        Response(status: status, headers: headers(type), body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// After a POST: to `location` with GET (303 See Other).
    static func redirect(_ location: String) -> Response {
        var response = respond(.seeOther, type: "text/plain; charset=utf-8", body: "")
        response.headers[.location] = location
        return response
    }

    /// Never cached (every page shows the files as they are now, and holds a session's
    /// token), never framed, no script run, forms sent only to the editor itself.
    static func headers(_ type: String) -> HTTPFields {
        [
            .contentType: type,
            .cacheControl: "no-store",
            .init("X-Content-Type-Options")!: "nosniff",
            .init("X-Frame-Options")!: "DENY",
            .init("Referrer-Policy")!: "same-origin",
            .contentSecurityPolicy: "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ]
    }
}
