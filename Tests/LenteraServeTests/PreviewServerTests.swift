import Foundation
import LenteraDiagnostics
import LenteraServe
import LenteraSite
import LenteraTesting
import Testing

/// `lentera serve` over HTTP: the pages with the reload script, a change reaching a waiting
/// page, the errors shown over the last good build, and a recovery.
@Suite(.serialized) struct PreviewServerTests {
    static let servicePage = "/unit/\(TestPortal.unit)/layanan/\(TestPortal.service)/"
    static let scriptTag = "<script src=\"/_lentera/live-reload.js\""

    @Test func aPageIsServedWithTheReloadScriptAndTheBuiltFileHasNone() async throws {
        let preview = try await RunningPreview.start(TestPortal())
        defer { Task { await preview.stop() } }
        let page = try await preview.get(Self.servicePage)
        #expect(page.status == 200)
        #expect(page.contentType == "text/html; charset=utf-8")
        #expect(page.body.contains(Self.scriptTag))
        #expect(page.body.contains("Layanan Contoh"))
        #expect(page.token != nil)

        // The same page as `lentera build` writes it (with the preview's address as the base
        // URL, as the preview builds): no script.
        let built = try buildWithTheExecutable(preview.content, baseURL: "http://127.0.0.1:\(preview.port)/")
        let file = try String(contentsOf: built.appendingPathComponent(String(Self.servicePage.dropFirst()) + "index.html"), encoding: .utf8)
        #expect(file.contains("</body>"))
        #expect(!file.contains("_lentera"))
        #expect(!file.contains("<script src"))
        // The served page is the built one with the script, and nothing else, added.
        #expect(page.body.replacingOccurrences(of: LiveReloadTag.of(page.body) + "\n", with: "") == file)
        await preview.stop()
    }

    @Test func theScriptAndOtherFilesHaveTheirTypesAndTheNotFoundPageItsStatus() async throws {
        let preview = try await RunningPreview.start(TestPortal())
        defer { Task { await preview.stop() } }
        let script = try await preview.get("/_lentera/live-reload.js")
        #expect(script.status == 200)
        #expect(script.contentType == "text/javascript; charset=utf-8")
        #expect(script.body.contains("window.location.reload()"))
        let style = try await preview.get("/assets/style.css")
        #expect(style.status == 200)
        #expect(style.contentType == "text/css; charset=utf-8")
        #expect(!style.body.contains("_lentera"))
        let missing = try await preview.get("/tidak-ada/")
        #expect(missing.status == 404)
        #expect(missing.body.contains(Self.scriptTag))
        // The 404 page's links lead back to the preview, not to the portal's `base_url`.
        #expect(missing.body.contains("href=\"http://127.0.0.1:\(preview.port)/"))
        #expect(!missing.body.contains("transparansi.contoh.go.id"))
        // Opened from another machine by this one's network address: the links use it.
        let remote = try await preview.get("/tidak-ada/", host: "192.168.1.5:\(preview.port)")
        #expect(remote.body.contains("href=\"http://192.168.1.5:\(preview.port)/"))
        #expect(!remote.body.contains("127.0.0.1"))
        // A Host header that is not a plain address changes nothing.
        let odd = try await preview.get("/tidak-ada/", host: "x\"><script>")
        #expect(odd.body.contains("href=\"http://127.0.0.1:\(preview.port)/"))
        // No folder listing, nothing outside the folder, no hidden file.
        #expect(try await preview.get("/assets/").status == 404)
        #expect(try await preview.get("/../../etc/passwd").status == 404)
        #expect(try await preview.get("/%2e%2e/%2e%2e/etc/passwd").status == 404)
        let folder = try await preview.get("/unit/\(TestPortal.unit)")
        #expect(folder.status == 301)
        await preview.stop()
    }

    @Test func aChangeReachesTheWaitingPageAndTheNewTextIsServed() async throws {
        let preview = try await RunningPreview.start(TestPortal())
        defer { Task { await preview.stop() } }
        let before = try await preview.get(Self.servicePage)
        let token = try #require(before.token)
        #expect(!before.body.contains("Layanan Pratinjau Baru"))

        async let next = preview.nextBuild(after: token)
        try await Task.sleep(for: .milliseconds(200))
        try preview.save(TestPortal.serviceFile, SampleService.markdown(name: "Layanan Pratinjau Baru"))
        let newToken = try await next
        #expect(newToken != token)
        let after = try await preview.get(Self.servicePage)
        #expect(after.body.contains("Layanan Pratinjau Baru"))
        #expect(after.token == newToken)
        await preview.stop()
    }

    /// The kernel tells the preview of a save (`FolderWatch`): with looks ten minutes apart,
    /// a saved file and a file in a folder made after the start still reach the page at once.
    @Test func aSaveIsSeenWithoutWaitingForTheNextLook() async throws {
        let preview = try await RunningPreview.start(TestPortal(), pollInterval: .seconds(600))
        defer { Task { await preview.stop() } }
        let before = try await preview.get(Self.servicePage)
        let token = try #require(before.token)
        async let next = preview.nextBuild(after: token)
        try await Task.sleep(for: .milliseconds(200))
        try preview.save(TestPortal.serviceFile, SampleService.markdown(name: "Layanan Dilihat Kernel"))
        let newToken = try await next
        #expect(newToken != token, "the save was not seen before the long poll ended")
        #expect(try await preview.get(Self.servicePage).body.contains("Layanan Dilihat Kernel"))

        // A unit made while serving: its folder is watched from the look that found it.
        let second = newToken
        async let third = preview.nextBuild(after: second)
        try await Task.sleep(for: .milliseconds(200))
        try FileManager.default.createDirectory(at: preview.content.appendingPathComponent("units/dinas-baru"), withIntermediateDirectories: true)
        try preview.save("units/dinas-baru/unit.md", TestPortal.unitMarkdown("Dinas Baru", instansi: TestPortal.instansi))
        let thirdToken = try await third
        #expect(thirdToken != second)
        async let fourth = preview.nextBuild(after: thirdToken)
        try await Task.sleep(for: .milliseconds(200))
        try preview.save("units/dinas-baru/unit.md", TestPortal.unitMarkdown("Dinas Baru Diganti", instansi: TestPortal.instansi))
        #expect(try await fourth != thirdToken)
        #expect(try await preview.get("/unit/dinas-baru/").body.contains("Dinas Baru Diganti"))
        await preview.stop()
    }

    @Test func aBrokenEditKeepsTheLastGoodPageShowsTheErrorAndAFixRecovers() async throws {
        let preview = try await RunningPreview.start(TestPortal())
        defer { Task { await preview.stop() } }
        let good = try await preview.get(Self.servicePage)
        #expect(!good.body.contains("lentera-problems"))

        // A misspelt field: an error at its line.
        let broken = SampleService.markdown(extra: "namaa: salah ketik")
        async let changed = preview.nextBuild(after: try #require(good.token))
        try await Task.sleep(for: .milliseconds(200))
        try preview.save(TestPortal.serviceFile, broken)
        _ = try await changed
        let expected = try #require(SiteBuilder.diagnostics(BuildOptions(content: preview.content.path, templates: Repository.templates.path))
            .first { $0.severity == .error })
        let location = try #require(expected.location)
        #expect(location.line != nil)
        let shown = try await preview.get(Self.servicePage)
        #expect(shown.status == 200)
        // The last good page, with the errors over it: file, line, the message in Indonesian.
        #expect(shown.body.contains("Layanan Contoh"))
        #expect(shown.body.contains("id=\"lentera-problems\""))
        #expect(shown.body.contains(Escaped.html(location.description)))
        // The message, its parts between backticks as code.
        for part in expected.summary.text(in: .id).split(separator: "`") {
            #expect(shown.body.contains(Escaped.html(String(part))))
        }
        #expect(shown.body.contains(">galat<"))
        #expect(shown.body.contains("1 galat"))
        #expect(shown.body.contains(Message("cli.serve.page.last-good").text(in: .id)))
        #expect(preview.events.all.contains { if case .failed(_, keptPrevious: true) = $0 { true } else { false } })

        // Fixed: the next build is served, without the panel.
        async let fixed = preview.nextBuild(after: try #require(shown.token))
        try await Task.sleep(for: .milliseconds(200))
        try preview.save(TestPortal.serviceFile, SampleService.markdown(name: "Layanan Diperbaiki"))
        _ = try await fixed
        let recovered = try await preview.get(Self.servicePage)
        #expect(recovered.status == 200)
        #expect(recovered.body.contains("Layanan Diperbaiki"))
        #expect(!recovered.body.contains("lentera-problems"))
        await preview.stop()
    }

    @Test func whenTheFirstBuildFailsTheErrorsPageIsServedUntilFixed() async throws {
        let broken = TestPortal().with(TestPortal.unitFile, TestPortal.unitMarkdown("Dinas Contoh", instansi: TestPortal.instansi, extra: "alamatt: salah"))
        let preview = try await RunningPreview.start(broken)
        defer { Task { await preview.stop() } }
        let page = try await preview.get("/")
        #expect(page.status == 503)
        #expect(page.body.contains(Message("cli.serve.page.title").text(in: .id)))
        #expect(page.body.contains(Escaped.html(TestPortal.unitFile)))
        #expect(page.body.contains(Self.scriptTag))
        #expect(preview.events.all.contains { if case .failed(_, keptPrevious: false) = $0 { true } else { false } })

        async let fixed = preview.nextBuild(after: try #require(page.token))
        try await Task.sleep(for: .milliseconds(200))
        try preview.save(TestPortal.unitFile, TestPortal.unitMD)
        _ = try await fixed
        let home = try await preview.get("/")
        #expect(home.status == 200)
        #expect(!home.body.contains("lentera-problems"))
        #expect(home.body.contains(Self.scriptTag))
        await preview.stop()
    }

    @Test func aBusyPortIsRefused() async throws {
        let first = try await RunningPreview.start(TestPortal())
        defer { Task { await first.stop() } }
        let second = Task { try await PreviewServer.run(PreviewOptions(content: first.content.path, templates: Repository.templates.path, port: first.port),
                                                         signals: [], events: { _ in }) }
        let outcome = await second.result
        switch outcome {
        case .failure(let busy as PreviewServer.PortBusy):
            #expect(busy.port == first.port)
        default:
            Issue.record("expected PortBusy, got \(outcome)")
        }
        await first.stop()
    }

    /// `lentera build` of `content` with the repository's theme, by the built executable.
    private func buildWithTheExecutable(_ content: URL, baseURL: String) throws -> URL {
        let output = content.deletingLastPathComponent().appendingPathComponent("terbit")
        let process = Process()
        process.executableURL = try #require(BuiltProducts.folder).appendingPathComponent("lentera")
        process.arguments = ["build", "--content", content.path, "--templates", Repository.templates.path, "--output", output.path, "--base-url", baseURL]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return output
    }
}

/// The reload tag in a served page.
enum LiveReloadTag {
    static func of(_ page: String) -> String {
        guard let start = page.range(of: "<script src=\"/_lentera/"),
              let end = page[start.lowerBound...].range(of: "</script>") else { return "" }
        return String(page[start.lowerBound..<end.upperBound])
    }
}

/// Text as the preview escapes it in HTML.
enum Escaped {
    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}

/// The theme: the built-in one when the portal has no templates folder, and the portal's
/// own folder watched like the content, even when it is made while `serve` runs.
@Suite(.serialized) struct PreviewThemeTests {
    @Test func aTemplatesFolderMadeWhileServingOverridesTheBuiltInTheme() async throws {
        let preview = try await RunningPreview.start(TestPortal(), templates: nil)
        defer { Task { await preview.stop() } }
        let builtIn = try await preview.get("/assets/style.css")
        #expect(builtIn.status == 200)
        #expect(!builtIn.body.contains("/* gaya portal sendiri */"))
        let page = try await preview.get("/")
        async let next = preview.nextBuild(after: try #require(page.token))
        try await Task.sleep(for: .milliseconds(200))
        let assets = preview.folder.appendingPathComponent("templates/assets")
        try FileManager.default.createDirectory(at: assets, withIntermediateDirectories: true)
        try Data("/* gaya portal sendiri */\nbody { color: black; }\n".utf8).write(to: assets.appendingPathComponent("style.css"))
        _ = try await next
        let own = try await preview.get("/assets/style.css")
        #expect(own.body.hasPrefix("/* gaya portal sendiri */"))
        await preview.stop()
    }
}
