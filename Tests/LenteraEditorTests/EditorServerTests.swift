import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraTesting
import Testing
@testable import LenteraEditor

/// The editor's server over HTTP, started for real with the preview: sign-in, lockout,
/// sessions, CSRF, permissions, saving, conflicts, sign-out.
@Suite(.serialized) struct EditorServerTests {
    static let other = "dinas-lain"
    static let otherService = TestPortal.servicePath("layanan-lain", unit: other)
    static let portal = TestPortal()
        .with("units/\(other)/unit.md", TestPortal.unitMarkdown("Dinas Lain", instansi: TestPortal.instansi))
        .with(otherService, SampleService.markdown(name: "Layanan Lain"))
    static let accounts: [String: (Role, [String])] = ["budi": (.officer, [TestPortal.unit]), "admin": (.admin, [])]
    static let ownForm = Editor.prefix + "/berkas/" + TestPortal.serviceFile
    static let otherForm = Editor.prefix + "/berkas/" + otherService

    @Test func signingInGivesANewSessionAndAWrongNameOrPasswordTheSameAnswer() async throws {
        let editor = try await RunningEditor.start(Self.portal, accounts: Self.accounts)
        let browser = editor.browser()
        // Not signed in: sent to the sign-in page.
        let home = try await browser.get(Editor.prefix + "/")
        #expect(home.status == 303)
        #expect(home.location == Editor.prefix + "/masuk")
        let form = try await browser.get(Editor.prefix + "/masuk")
        #expect(form.status == 200)
        #expect(form.body.contains("<html lang=\"id\">"))
        let before = try #require(browser.cookie.withLock { $0 })
        let csrf = try #require(form.csrf)

        let wrongPassword = try await browser.post(Editor.prefix + "/masuk", [("_csrf", csrf), ("nama", "budi"), ("sandi", "salah-sekali-123")])
        let unknownName = try await browser.post(Editor.prefix + "/masuk", [("_csrf", csrf), ("nama", "tidak-ada"), ("sandi", "salah-sekali-123")])
        #expect(wrongPassword.status == 401)
        #expect(unknownName.status == 401)
        let rejected = Message("editor.server.sign-in.rejected").text(in: .id)
        #expect(wrongPassword.body.contains(EditorHTML.escape(rejected)))
        #expect(unknownName.body.contains(EditorHTML.escape(rejected)))

        let accepted = try await browser.post(Editor.prefix + "/masuk", [("_csrf", csrf), ("nama", "budi"), ("sandi", RunningEditor.password)])
        #expect(accepted.status == 303)
        #expect(accepted.location == Editor.prefix + "/")
        let after = try #require(browser.cookie.withLock { $0 })
        #expect(after != before)
        #expect(after.count == 64)
        let signedIn = try await browser.get(Editor.prefix + "/")
        #expect(signedIn.status == 200)
        #expect(signedIn.body.contains("href=\"\(Editor.prefix)/unit/\(TestPortal.unit)\""))
        // The officer's units only.
        #expect(!signedIn.body.contains(Self.other))

        // The id from before sign-in is worth nothing now (no fixation).
        let planted = Browser(port: editor.port)
        planted.cookie.withLock { $0 = before }
        #expect(try await planted.get(Editor.prefix + "/").status == 303)
        await editor.stop()
    }

    @Test func theSessionCookieIsHttpOnlyStrictAndForTheEditorsPathsOnlySecureBehindTLS() async throws {
        let editor = try await RunningEditor.start(Self.portal, accounts: Self.accounts)
        let page = try await editor.browser().get(Editor.prefix + "/masuk")
        let cookie = try #require(page.cookies.first { $0.hasPrefix(Sessions.cookieName + "=") })
        #expect(cookie.contains("HttpOnly"))
        #expect(cookie.contains("SameSite=Strict"))
        #expect(cookie.contains("Path=\(Editor.prefix)"))
        #expect(!cookie.contains("Secure"))
        #expect(page.headers[.cacheControl] == "no-store")
        await editor.stop()

        let behind = try await RunningEditor.start(Self.portal, accounts: Self.accounts, behindTLS: true)
        let secure = try await behind.browser().get(Editor.prefix + "/masuk")
        #expect(secure.cookies.contains { $0.hasPrefix(Sessions.cookieName + "=") && $0.contains("Secure") })
        await behind.stop()
    }

    @Test func repeatedWrongPasswordsLockTheNameAndSayUntilWhen() async throws {
        let editor = try await RunningEditor.start(Self.portal, accounts: Self.accounts)
        let browser = editor.browser()
        for _ in 0..<LockoutPolicy.standard.attempts {
            _ = try await browser.signIn("budi", password: "bukan-sandinya-1")
        }
        // Even the right password is refused now, with the time the lock ends.
        let locked = try await browser.signIn("budi")
        #expect(locked.status == 429)
        #expect(locked.body.contains("dikunci sampai pukul"))
        #expect(browser.cookie.withLock { $0 } != nil)
        #expect(try await browser.get(Editor.prefix + "/").status == 303)
        await editor.stop()
    }

    @Test func anOfficerGets403OnAnotherUnitsFormAndOnAForgedPostToIt() async throws {
        let editor = try await RunningEditor.start(Self.portal, accounts: Self.accounts)
        let browser = editor.browser()
        #expect(try await browser.signIn("budi").status == 303)
        let own = try await browser.get(Self.ownForm)
        #expect(own.status == 200)
        let csrf = try #require(own.csrf)
        #expect(try await browser.get(Self.otherForm).status == 403)
        #expect(try await browser.get(Editor.prefix + "/unit/\(Self.other)").status == 403)
        #expect(try await browser.get(Editor.prefix + "/riwayat/\(Self.other)").status == 403)
        #expect(try await browser.get(Editor.prefix + "/baru/layanan?unit=\(Self.other)").status == 403)
        #expect(try await browser.get(Editor.prefix + "/berkas/portal.yaml").status == 403)

        let before = try editor.file(Self.otherService)
        let forged = try await browser.post(Self.otherForm, [("_csrf", csrf), ("_versi", ""), ("f.nama", "Dibajak"), ("_aksi", "simpan")], multipart: true)
        #expect(forged.status == 403)
        let newFile = try await browser.post(Editor.prefix + "/baru/layanan?unit=\(Self.other)&berkas=baru",
                                             [("_csrf", csrf), ("_versi", ""), ("f.nama", "Dibajak"), ("_aksi", "simpan")])
        #expect(newFile.status == 403)
        #expect(try editor.file(Self.otherService) == before)
        #expect(!FileManager.default.fileExists(atPath: editor.content.appendingPathComponent(TestPortal.servicePath("baru", unit: Self.other)).path))
        // Paths that are not content files are not found, whoever asks.
        #expect(try await browser.get(Editor.prefix + "/berkas/units/\(TestPortal.unit)/../\(Self.other)/unit.md").status == 404)
        #expect(try await browser.get(Editor.prefix + "/berkas/units/\(TestPortal.unit)/layanan/x.txt").status == 404)
        await editor.stop()
    }

    @Test func aPostWithoutOrWithAWrongTokenOrFromAnotherSiteIsRefusedAndNothingWritten() async throws {
        let editor = try await RunningEditor.start(Self.portal, accounts: Self.accounts)
        let browser = editor.browser()
        #expect(try await browser.signIn("budi").status == 303)
        let form = try await browser.get(Self.ownForm)
        let csrf = try #require(form.csrf)
        let before = try editor.file(TestPortal.serviceFile)
        var pairs = Form.pairs(in: form.body).filter { $0.name != "_csrf" }
        pairs = Form.setting("f.nama", to: "Diubah Tanpa Token", in: pairs) + [("_aksi", "simpan")]

        let missing = try await browser.post(Self.ownForm, pairs, multipart: true)
        #expect(missing.status == 403)
        #expect(missing.body.contains("Muat ulang"))
        let wrong = try await browser.post(Self.ownForm, [("_csrf", String(repeating: "0", count: 64))] + pairs, multipart: true)
        #expect(wrong.status == 403)
        let elsewhere = try await browser.post(Self.ownForm, [("_csrf", csrf)] + pairs, multipart: true, origin: "https://penyerang.example")
        #expect(elsewhere.status == 403)
        let crossSite = try await browser.post(Self.ownForm, [("_csrf", csrf)] + pairs, multipart: true, extra: [.init("Sec-Fetch-Site")!: "cross-site"])
        #expect(crossSite.status == 403)
        #expect(try editor.file(TestPortal.serviceFile) == before)
        await editor.stop()
    }

    @Test func aSaveWritesTheFileAndLeadsToItsPublishedPage() async throws {
        let editor = try await RunningEditor.start(Self.portal, accounts: Self.accounts)
        let browser = editor.browser()
        #expect(try await browser.signIn("budi").status == 303)
        let form = try await browser.get(Self.ownForm)
        #expect(form.body.contains("enctype=\"multipart/form-data\""))
        // Simpan at the top of the fields and at their end (a service is twenty phone
        // screens long); the unseen button Enter presses stays the form's first.
        let saves = form.body.ranges(of: "<button type=\"submit\" name=\"_aksi\" value=\"simpan\">")
        let fields = try #require(form.body.range(of: "class=\"ef-field"))
        let unseen = try #require(form.body.range(of: "class=\"bawaan\""))
        #expect(saves.count == 2)
        if saves.count == 2 {
            #expect(unseen.lowerBound < saves[0].lowerBound && saves[0].lowerBound < fields.lowerBound && fields.lowerBound < saves[1].lowerBound)
        }
        // A list button: the form again, the new requirement focused (the browser brings it into
        // view: without JavaScript the page comes back at its top), nothing written.
        let requirements = Form.pairs(in: form.body).filter { $0.name.hasPrefix("f.persyaratan.") }.count
        let added = try await browser.post(Self.ownForm, Form.pairs(in: form.body) + [("_aksi", "tambah:persyaratan:0")], multipart: true)
        #expect(added.status == 200)
        #expect(added.body.ranges(of: " autofocus").count == 1)
        #expect(added.body.contains("name=\"f.persyaratan.\(requirements)\" value=\"\" autocomplete=\"off\" autofocus")
                || added.body.range(of: "name=\"f.persyaratan.\(requirements)\"[^>]* autofocus", options: .regularExpression) != nil)
        // With problems, the summary comes first, then the top Simpan.
        let bad = try await browser.post(Self.ownForm, Form.setting("f.urutan", to: "satu", in: Form.pairs(in: form.body)) + [("_aksi", "simpan")],
                                         multipart: true)
        #expect(bad.status == 422)
        if let summary = bad.body.range(of: "class=\"ef-summary"), let top = bad.body.range(of: "class=\"simpan-atas\"") {
            #expect(summary.lowerBound < top.lowerBound)
        } else {
            Issue.record("no summary or no top Simpan on a form with problems")
        }
        let pairs = Form.setting("f.nama", to: "Layanan Sudah Disunting", in: Form.pairs(in: form.body))
        #expect(pairs.contains { $0.name == "f.nama" })
        let saved = try await browser.post(Self.ownForm, pairs + [("_aksi", "simpan")], multipart: true)
        #expect(saved.status == 303)
        let page = "/unit/\(TestPortal.unit)/layanan/\(TestPortal.service)/"
        #expect(saved.location == page)
        #expect(try editor.file(TestPortal.serviceFile).contains("Layanan Sudah Disunting"))
        // The preview has been rebuilt before the answer: the page shows the new name.
        let published = try await browser.get(page)
        #expect(published.status == 200)
        #expect(published.body.contains("Layanan Sudah Disunting"))
        await editor.stop()
    }

    /// A save the check passes with warnings is saved and published, and the officer is
    /// shown the warnings (where, what, what to do) before the page: they would not see them
    /// on the published page.
    @Test func aSaveWithWarningsIsPublishedAndItsWarningsShown() async throws {
        let editor = try await RunningEditor.start(Self.portal, accounts: Self.accounts)
        let browser = editor.browser()
        #expect(try await browser.signIn("budi").status == 303)
        let form = try await browser.get(Self.ownForm)
        #expect(Form.pairs(in: form.body).contains { $0.name == "f.jangka_waktu.teks" })
        // A time Lentera cannot read: a warning (the dashboards leave the service out).
        let pairs = Form.setting("f.jangka_waktu.durasi", to: "", in: Form.setting("f.jangka_waktu.teks", to: "secepatnya", in: Form.pairs(in: form.body)))
        let saved = try await browser.post(Self.ownForm, pairs + [("_aksi", "simpan")], multipart: true)
        #expect(saved.status == 200)
        #expect(saved.body.contains("Tersimpan, dengan 1 peringatan"))
        #expect(saved.body.contains("service.duration-unreadable") || saved.body.contains("secepatnya"))
        #expect(saved.body.contains("layanan/\(TestPortal.service).md"), "the warning says where")
        let page = "/unit/\(TestPortal.unit)/layanan/\(TestPortal.service)/"
        #expect(saved.body.contains("href=\"\(page)\""), "a link to the published page")
        #expect(saved.body.contains("href=\"\(Self.ownForm)\""), "a link back to the form")
        #expect(try editor.file(TestPortal.serviceFile).contains("secepatnya"))
        let published = try await browser.get(page)
        #expect(published.body.contains("secepatnya"))
        await editor.stop()
    }

    @Test func twoSavesOfOneFileAnswerTheSecondWith409AndBothVersions() async throws {
        let editor = try await RunningEditor.start(Self.portal, accounts: Self.accounts)
        let first = editor.browser(), second = editor.browser()
        #expect(try await first.signIn("budi").status == 303)
        #expect(try await second.signIn("admin").status == 303)
        let formOfFirst = try await first.get(Self.ownForm)
        let formOfSecond = try await second.get(Self.ownForm)

        let pairsOfSecond = Form.setting("f.nama", to: "Versi Admin", in: Form.pairs(in: formOfSecond.body))
        #expect(try await second.post(Self.ownForm, pairsOfSecond + [("_aksi", "simpan")], multipart: true).status == 303)
        let afterSecond = try editor.file(TestPortal.serviceFile)

        let pairsOfFirst = Form.setting("f.nama", to: "Versi Budi", in: Form.pairs(in: formOfFirst.body))
        let conflict = try await first.post(Self.ownForm, pairsOfFirst + [("_aksi", "simpan")], multipart: true)
        #expect(conflict.status == 409)
        #expect(conflict.body.contains("Versi Admin"))
        #expect(conflict.body.contains("Versi Budi"))
        // Nothing overwritten; the way on is a form with the current version.
        #expect(try editor.file(TestPortal.serviceFile) == afterSecond)
        let overwrite = Form.pairs(in: conflict.body)
        let current = try #require(Form.pairs(in: try await first.get(Self.ownForm).body).first { $0.name == "_versi" }?.value)
        #expect(overwrite.contains { $0.name == "_versi" && $0.value == current })
        #expect(overwrite.contains { $0.name == "f.nama" && $0.value == "Versi Budi" })
        // Choosing "save mine over it" saves.
        let again = try await first.post(Self.ownForm, overwrite + [("_aksi", "simpan")])
        #expect(again.status == 303)
        #expect(try editor.file(TestPortal.serviceFile).contains("Versi Budi"))
        await editor.stop()
    }

    @Test func signingOutEndsTheSession() async throws {
        let editor = try await RunningEditor.start(Self.portal, accounts: Self.accounts)
        let browser = editor.browser()
        #expect(try await browser.signIn("budi").status == 303)
        let session = try #require(browser.cookie.withLock { $0 })
        let home = try await browser.get(Editor.prefix + "/")
        let csrf = try #require(home.csrf)
        let out = try await browser.post(Editor.prefix + "/keluar", [("_csrf", csrf)])
        #expect(out.status == 303)
        #expect(out.location == Editor.prefix + "/masuk?keluar=1")
        #expect(out.cookies.contains { $0.hasPrefix(Sessions.cookieName + "=;") && $0.contains("Max-Age=0") })
        // The old id no longer opens anything.
        let old = Browser(port: editor.port)
        old.cookie.withLock { $0 = session }
        #expect(try await old.get(Editor.prefix + "/").status == 303)
        #expect(try await old.get(Self.ownForm).status == 303)
        await editor.stop()
    }

    @Test func aNewServiceGetsItsAddressProposedFromItsNameAndCheckedToBeFree() async throws {
        let editor = try await RunningEditor.start(Self.portal, accounts: Self.accounts)
        let browser = editor.browser()
        #expect(try await browser.signIn("budi").status == 303)
        let new = Editor.prefix + "/baru/layanan?unit=\(TestPortal.unit)"
        let first = try await browser.get(new)
        #expect(first.status == 200)
        let csrf = try #require(first.csrf)
        // The name of an existing service: the address proposed is the next free one.
        let proposed = try await browser.post(new, [("_csrf", csrf), ("_langkah", "alamat"), ("nama", "Layanan Contoh")])
        #expect(proposed.status == 200)
        #expect(Form.pairs(in: proposed.body).contains { $0.name == "alamat" && $0.value == "layanan-contoh-2" })
        let taken = try await browser.post(new, [("_csrf", csrf), ("_langkah", "periksa"), ("nama", "Layanan Contoh"), ("alamat", TestPortal.service)])
        #expect(taken.status == 422)
        #expect(taken.body.contains("sudah dipakai"))
        let invalid = try await browser.post(new, [("_csrf", csrf), ("_langkah", "periksa"), ("nama", "Layanan Contoh"), ("alamat", "../unit")])
        #expect(invalid.status == 422)
        let form = try await browser.post(new, [("_csrf", csrf), ("_langkah", "periksa"), ("nama", "Layanan Baru"), ("alamat", "layanan-baru")])
        #expect(form.status == 200)
        #expect(form.body.contains("action=\"\(Editor.prefix)/baru/layanan?unit=\(TestPortal.unit)&amp;berkas=layanan-baru\""))
        #expect(Form.pairs(in: form.body).contains { $0.name == "f.nama" && $0.value == "Layanan Baru" })
        #expect(Form.pairs(in: form.body).contains { $0.name == "_versi" && $0.value == "" })
        // Nothing is written before Simpan.
        #expect(!FileManager.default.fileExists(atPath: editor.content.appendingPathComponent(TestPortal.servicePath("layanan-baru")).path))
        // New units are for admins.
        #expect(try await browser.get(Editor.prefix + "/baru/unit").status == 403)
        await editor.stop()
    }

    @Test func signingInAfterTheSessionEndedLeadsBackToThePageAsked() async throws {
        let editor = try await RunningEditor.start(Self.portal, accounts: Self.accounts)
        let browser = editor.browser()
        let asked = try await browser.get(Self.ownForm)
        #expect(asked.status == 303)
        let location = try #require(asked.location)
        #expect(location.hasPrefix(Editor.prefix + "/masuk?lanjut="))
        let form = try await browser.get(location)
        #expect(Form.pairs(in: form.body).contains { $0.name == "lanjut" && $0.value == Self.ownForm })
        let signedIn = try await browser.post(Editor.prefix + "/masuk", [("_csrf", form.csrf ?? ""), ("lanjut", Self.ownForm), ("nama", "budi"),
                                                                          ("sandi", RunningEditor.password)])
        #expect(signedIn.location == Self.ownForm)
        // Never anywhere else.
        let other = editor.browser()
        let page = try await other.get(Editor.prefix + "/masuk")
        let elsewhere = try await other.post(Editor.prefix + "/masuk", [("_csrf", page.csrf ?? ""), ("lanjut", "https://penyerang.example/"),
                                                                          ("nama", "budi"), ("sandi", RunningEditor.password)])
        #expect(elsewhere.location == Editor.prefix + "/")
        await editor.stop()
    }

    @Test func thePagesSpeakTheLanguageOfTheMessages() async throws {
        let editor = try await RunningEditor.start(Self.portal, accounts: Self.accounts, language: .en)
        let browser = editor.browser()
        let page = try await browser.get(Editor.prefix + "/masuk")
        #expect(page.body.contains("<html lang=\"en\">"))
        #expect(page.body.contains(">Sign in</button>"))
        #expect(try await browser.signIn("budi").status == 303)
        let forbidden = try await browser.get(Self.otherForm)
        #expect(forbidden.status == 403)
        #expect(forbidden.body.contains("<h1>Not allowed</h1>"))
        await editor.stop()
    }

    /// A PNG of one pixel: what `FileSignature` recognises as an image.
    static let onePixelPNG: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
        0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41,
        0x54, 0x78, 0x9C, 0x63, 0xF8, 0xFF, 0xFF, 0x3F, 0x00, 0x05, 0xFE, 0x02, 0xFE, 0xA7, 0x35, 0x81, 0x84, 0x00, 0x00, 0x00,
        0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]

    /// Runs once the forms name the service's poster as an upload field (the forms part).
    @Test(.enabled(if: EditForm.uploadFields(of: ContentKinds.layanan).contains(FieldPath(["poster"]))))
    func anUploadIsStoredInTheUnitsFolderAndItsFieldFilled() async throws {
        let editor = try await RunningEditor.start(Self.portal, accounts: Self.accounts)
        let browser = editor.browser()
        #expect(try await browser.signIn("budi").status == 303)
        let form = try await browser.get(Self.ownForm)
        #expect(form.body.contains("name=\"u.poster\""))
        let pairs = Form.pairs(in: form.body) + [("_aksi", "simpan")]
        let saved = try await browser.post(Self.ownForm, pairs, files: [("u.poster", "poster-layanan.png", Self.onePixelPNG)])
        #expect(saved.status == 303, "\(saved.body)")
        let stored = editor.content.appendingPathComponent("units/\(TestPortal.unit)/berkas/poster-layanan.png")
        #expect(FileManager.default.contents(atPath: stored.path).map(Array.init) == Self.onePixelPNG)
        #expect(try editor.file(TestPortal.serviceFile).contains("poster: ../berkas/poster-layanan.png"))
        // An upload to a field that takes none is ignored.
        let again = try await browser.get(Self.ownForm)
        _ = try await browser.post(Self.ownForm, Form.pairs(in: again.body), files: [("u.nama", "x.png", Self.onePixelPNG)])
        #expect(!FileManager.default.fileExists(atPath: editor.content.appendingPathComponent("units/\(TestPortal.unit)/berkas/x.png").path))
        await editor.stop()
    }

    @Test func theEditorStartsOnlyWithAnAccount() throws {
        try withTemporaryFolder { folder in
            let content = folder.appendingPathComponent("content")
            try TestPortal().write(to: content)
            #expect(!BrowserEditor.hasAccounts(content: content))
            var book = try AccountBook.load(AccountBook.file(besideContent: content))
            book.accounts = [Account(name: "admin", fullName: "Admin", email: nil, role: .admin, units: [], passwordHash: PasswordHash.make("kata-sandi-uji-123"))]
            try book.save(to: AccountBook.file(besideContent: content))
            #expect(BrowserEditor.hasAccounts(content: content))
        }
    }
}
