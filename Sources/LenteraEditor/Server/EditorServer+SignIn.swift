import Foundation
import Hummingbird
import LenteraDiagnostics

extension EditorServer {
    /// `masuk`: the sign-in form (GET), and signing in (POST, its CSRF token already checked).
    /// A wrong name and a wrong password get the same answer; a locked name is told when it
    /// may try again.
    func signInPage(_ call: Call) async -> Response {
        if !call.isPost, let session = call.session, session.account != nil {
            return EditorPage.redirect(Editor.prefix + "/")
        }
        var session = call.session
        var fresh = false
        if session == nil || session?.account != nil {
            session = await sessions.start(account: nil)
            fresh = true
        }
        guard let session else { return notFound(EditorPage(text: text)) }
        var notice = call.query("keluar") != nil ? "<p class=\"berhasil\" role=\"status\">\(text("editor.server.sign-in.signed-out"))</p>\n" : ""
        var status = HTTPResponse.Status.ok
        var name = ""
        if call.isPost {
            name = call.form.value("nama") ?? ""
            let password = call.form.value("sandi") ?? ""
            switch await signIn.signIn(name: name, password: password) {
            case .accepted(let account):
                // A new session, id and token: whatever id the browser had before is dropped.
                await sessions.end(session.id)
                if let previous = call.session?.id { await sessions.end(previous) }
                let signedIn = await sessions.start(account: account.name)
                var response = EditorPage.redirect(Self.returnAddress(call.form.value("lanjut")) ?? Editor.prefix + "/")
                response.setCookie(sessionCookie(signedIn.id))
                return response
            case .rejected:
                status = .unauthorized
                notice = "<p class=\"galat\" role=\"alert\">\(text("editor.server.sign-in.rejected"))</p>\n"
            case .unavailable(let problem):
                return accountsBroken(problem)
            case .locked(let until):
                status = .tooManyRequests
                notice = "<p class=\"galat\" role=\"alert\">\(text("editor.server.sign-in.locked", ["time": .text(Self.clock(until))]))</p>\n"
            }
        }
        // The page asked for before signing in, kept through the form.
        let returnTo = Self.returnAddress(call.isPost ? call.form.value("lanjut") : call.query("lanjut"))
        let title = text("editor.server.sign-in.title")
        let body = """
            <h1>\(title)</h1>
            \(notice)<form method="post" action="\(Editor.prefix)/masuk" class="masuk">
            <input type="hidden" name="_csrf" value="\(EditorHTML.escape(session.csrf))">
            \(returnTo.map { "<input type=\"hidden\" name=\"lanjut\" value=\"\(EditorHTML.escape($0))\">\n" } ?? "")<p><label for="nama">\(text("editor.server.sign-in.name"))</label>
            <input id="nama" name="nama" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="\(EditorHTML.escape(name))"></p>
            <p><label for="sandi">\(text("editor.server.sign-in.password"))</label>
            <input id="sandi" name="sandi" type="password" autocomplete="current-password" required></p>
            <p><button type="submit">\(text("editor.server.sign-in.submit"))</button></p>
            </form>
            <p class="catatan">\(text("editor.server.sign-in.help"))</p>
            """
        var response = EditorPage(text: text).response(status, title: title, body: body)
        if fresh { response.setCookie(sessionCookie(session.id)) }
        // A 401 is sent with a challenge: this one is the form on the page.
        if status == .unauthorized { response.headers[.wwwAuthenticate] = "Form" }
        return response
    }

    /// 503 while `pengguna.yaml` is malformed: nobody signs in or edits, and no session
    /// is ended (the officers carry on once the admin has fixed the file).
    func accountsBroken(_ problem: EditorFileError) -> Response {
        var response = EditorPage(text: text).message(.serviceUnavailable, title: text("editor.server.accounts-broken.title"),
                                                      paragraph: text("editor.server.accounts-broken", ["problem": .text(Self.problemText(problem, in: options.language))]))
        response.headers[.retryAfter] = "60"
        return response
    }

    /// A problem of the accounts file with its place: `pengguna.yaml:4:1: …`.
    static func problemText(_ problem: EditorFileError, in language: Language) -> String {
        (problem.diagnostic.location.map { $0.description + ": " } ?? "") + problem.diagnostic.summary.text(in: language)
    }

    /// The time a lockout ends, on the server's clock, with its zone: `14.35 WIB`, `06.35 UTC`
    /// (and the date when not today). The zone is named because an officer's clock is often
    /// not the server's (a server on UTC, an officer in WITA), as the history names it.
    static func clock(_ date: Date, now: Date = Date(), timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "id_ID")
        formatter.timeZone = timeZone
        formatter.dateFormat = calendar.isDate(date, inSameDayAs: now) ? "HH.mm zzz" : "yyyy-MM-dd HH.mm zzz"
        return formatter.string(from: date)
    }
}
