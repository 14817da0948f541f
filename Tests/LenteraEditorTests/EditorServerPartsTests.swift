import Foundation
import LenteraContent
import Testing
@testable import LenteraEditor

/// The editor server's own pieces: content paths from addresses, form bodies, tokens, and
/// the conflict page's difference with its context.
@Suite struct EditorServerPartsTests {
    /// The lockout's end names the server's time zone: a new officer's trial read "dikunci
    /// sampai pukul 20.55 (waktu server)" on a server on UTC, in WITA, and could not tell when.
    @Test func theLockoutsEndNamesItsTimeZone() throws {
        let now = Date(timeIntervalSince1970: 1_796_590_800)  // 2026-12-06 21:00 UTC
        let end = now.addingTimeInterval(15 * 60)
        #expect(EditorServer.clock(end, now: now, timeZone: try #require(TimeZone(identifier: "Etc/UTC"))) == "21.15 UTC")
        #expect(EditorServer.clock(end, now: now, timeZone: try #require(TimeZone(identifier: "Asia/Jakarta"))) == "04.15 WIB")
        #expect(EditorServer.clock(end, now: now, timeZone: try #require(TimeZone(identifier: "Asia/Makassar"))) == "05.15 WITA")
        // Another day (here: in Jakarta it is already tomorrow at the end): with the date.
        let late = Date(timeIntervalSince1970: 1_796_604_300)  // 2026-12-07 00:45 UTC, 07.45 WIB
        #expect(EditorServer.clock(late.addingTimeInterval(15 * 60), now: late.addingTimeInterval(-3600),
                                   timeZone: try #require(TimeZone(identifier: "Etc/UTC"))) == "2026-12-07 01.00 UTC")
    }

    @Test func contentPathsAreKnownKindsInTheirPlacesAndNothingElse() throws {
        let service = try #require(EditorPath.kind(of: "units/dinas-a/layanan/ktp-el.md"))
        #expect(service.kind.name == ContentKinds.layanan.name)
        #expect(service.unit == "dinas-a")
        let unit = try #require(EditorPath.kind(of: "units/dinas-a/unit.md"))
        #expect(unit.kind.name == ContentKinds.unit.name)
        #expect(unit.unit == "dinas-a")
        #expect(EditorPath.kind(of: "portal.yaml")?.kind.name == ContentKinds.portal.name)
        #expect(EditorPath.kind(of: "portal.yaml")?.unit == nil)
        #expect(EditorPath.kind(of: "units/dinas-a/survei/skm-2026-Q1.yaml")?.kind.name == ContentKinds.survei.name)
        for refused in ["units/dinas-a/../dinas-b/unit.md", "/etc/passwd", "units//unit.md", "units/dinas-a/layanan/x.txt",
                        "units/dinas-a/layanan/.x.md", "units/dinas-a/lain/x.md", "pengguna.yaml", "units/a b/unit.md",
                        "units/dinas-a/layanan/x.md/", ""] {
            #expect(EditorPath.kind(of: refused) == nil, "\(refused)")
        }
        #expect(EditorPath.unit(of: "units/dinas-a/maklumat.md") == "dinas-a")
        #expect(EditorPath.unit(of: "pages/tentang.md") == nil)
    }

    @Test func anUploadIsNamedRelativeToTheFileThatUsesIt() {
        #expect(EditorPath.relative("units/a/berkas/p.png", from: "units/a/layanan/x.md") == "../berkas/p.png")
        #expect(EditorPath.relative("units/a/berkas/sk.pdf", from: "units/a/maklumat.md") == "berkas/sk.pdf")
        #expect(EditorPath.relative("berkas/logo.png", from: "portal.yaml") == "berkas/logo.png")
    }

    @Test func formBodiesKeepTheirOrderAndMakeLineEndsNewlines() throws {
        let pairs = FormBody.urlEncoded("f.persyaratan.1=b&f.persyaratan.0=a+b%26c&kosong&f.teks=x%0D%0Ay")
        #expect(pairs.map(\.name) == ["f.persyaratan.1", "f.persyaratan.0", "kosong", "f.teks"])
        #expect(pairs.map(\.value) == ["b", "a b&c", "", "x\ny"])

        let body = "--B\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nabc\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"f.keterangan\"\r\n\r\nbaris 1\r\nbaris 2\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"u.poster\"; filename=\"C:\\\\dok\\\\poster \\\"baru\\\".png\"\r\nContent-Type: image/png\r\n\r\n\u{1}PNG\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"u.kosong\"; filename=\"\"\r\n\r\n\r\n--B--\r\n"
        let form = try FormBody.multipart(Array(body.utf8), boundary: "B")
        #expect(form.pairs.map(\.name) == ["_csrf", "f.keterangan"])
        #expect(form.value("f.keterangan") == "baris 1\nbaris 2")
        #expect(form.uploads.count == 1)
        #expect(form.uploads.first?.name == "u.poster")
        #expect(form.uploads.first?.fileName == "poster \"baru\".png")
        #expect(form.uploads.first?.bytes == Array("\u{1}PNG".utf8))
        #expect(FormBody.parameter("boundary", of: "multipart/form-data; boundary=----x1") == "----x1")
    }

    @Test func afterSigningInOnlyAnEditorPageOfThisServerIsShown() {
        let prefix = Editor.prefix
        #expect(EditorServer.returnAddress(prefix + "/berkas/units/a/unit.md") == prefix + "/berkas/units/a/unit.md")
        #expect(EditorServer.returnAddress(prefix + "/baru/layanan?unit=a") == prefix + "/baru/layanan?unit=a")
        for refused in ["https://penyerang.example/", "//penyerang.example/", prefix + "//penyerang.example", "/unit/a/",
                        prefix + "/../../x", prefix + "/masuk", prefix + "/keluar", prefix + "/\\x", prefix + "/a b", "", prefix + "x"] {
            #expect(EditorServer.returnAddress(refused) == nil, "\(refused)")
        }
    }

    @Test func tokensAre256RandomBitsComparedWhole() {
        let tokens = (0..<100).map { _ in Sessions.randomToken() }
        #expect(Set(tokens).count == 100)
        #expect(tokens.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
        #expect(Sessions.same(tokens[0], tokens[0]))
        #expect(!Sessions.same(tokens[0], tokens[1]))
        #expect(!Sessions.same(tokens[0], String(tokens[0].dropLast())))
        #expect(!Sessions.same("", ""))
    }

    @Test func sessionsExpireWhenIdleAndANewOneIsNew() async {
        let sessions = Sessions(idleTimeout: .seconds(60))
        let start = ContinuousClock.now
        let signedIn = await sessions.start(account: "budi", now: start)
        #expect(await sessions.session(signedIn.id, now: start + .seconds(59))?.account == "budi")
        // Used at 59 s: idle again from then.
        #expect(await sessions.session(signedIn.id, now: start + .seconds(118)) != nil)
        #expect(await sessions.session(signedIn.id, now: start + .seconds(179)) == nil)
        let other = await sessions.start(account: nil, now: start)
        #expect(other.id != signedIn.id && other.csrf != signedIn.csrf)
        await sessions.end(other.id)
        #expect(await sessions.session(other.id, now: start) == nil)
    }

    @Test func theConflictsDifferenceKeepsThreeLinesAroundEachChange() {
        let same = (1...20).map { DiffLine.same("s\($0)") }
        let lines = same + [.removed("lama"), .added("baru")] + same
        let shown = EditorServer.withContext(lines)
        #expect(shown.first == .skipped(17))
        #expect(shown[1...3] == [.line(.same("s18")), .line(.same("s19")), .line(.same("s20"))])
        #expect(shown[4...5] == [.line(.removed("lama")), .line(.added("baru"))])
        #expect(shown[6...8] == [.line(.same("s1")), .line(.same("s2")), .line(.same("s3"))])
        #expect(shown.last == .skipped(17))
        #expect(shown.count == 10)
        // A short run between changes is kept whole.
        let near: [DiffLine] = [.added("a")] + (1...7).map { .same("t\($0)") } + [.added("b")]
        #expect(EditorServer.withContext(near).count == 9)
    }
}
