import Foundation
import LenteraDiagnostics
@testable import LenteraServe
import LenteraSite
import LenteraTesting
import Testing

/// The errors' bar in the browser: the parts of a message between backticks as code,
/// everything the content put into it escaped, and a bar that does not cover the page.
struct ProblemsViewTests {
    @Test func theQuotedPartsAreCodeAndNothingOfTheContentBecomesMarkup() {
        #expect(ProblemsView.withCode("kolom `jangka_waktu` tidak dikenal") == "kolom <code>jangka_waktu</code> tidak dikenal")
        #expect(ProblemsView.withCode("a `b` c `d` e") == "a <code>b</code> c <code>d</code> e")
        // A backtick with no partner stays one.
        #expect(ProblemsView.withCode("a `b` c `d") == "a <code>b</code> c `d")
        // Hostile text inside and outside the quotes stays text.
        let hostile = ProblemsView.withCode("x <script>alert(1)</script> `<script>alert(\"2\")</script>` `</code><img src=x onerror=alert(3)>`")
        #expect(hostile == "x &lt;script&gt;alert(1)&lt;/script&gt; <code>&lt;script&gt;alert(&quot;2&quot;)&lt;/script&gt;</code> "
            + "<code>&lt;/code&gt;&lt;img src=x onerror=alert(3)&gt;</code>")
    }

    @Test func theBarIsAnAlertInThePageFlowWithALabelledButton() {
        let problem = Diagnostic.error("test.hostile", at: SourceLocation(file: "a.md", line: 3),
                                       Message(untranslated: "kolom `<script>alert(1)</script>` tidak dikenal"),
                                       advice: Message(untranslated: "hapus `x` <b>"))
        let bar = ProblemsView(problems: [problem], language: .id).overlay
        #expect(!bar.contains("<script>"))
        #expect(!bar.contains("<b>"))
        #expect(bar.contains("<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>"))
        #expect(bar.contains("hapus <code>x</code> &lt;b&gt;"))
        #expect(bar.contains("role=\"alert\""))
        #expect(bar.contains("<details open>"))
        #expect(bar.contains("Sembunyikan daftar galat"))
        #expect(bar.contains("Tampilkan daftar galat"))
        // Not laid over the page (the old panel was fixed at the top, over the header).
        #expect(!bar.contains("position:fixed"))
        #expect(bar.contains("position:relative"))
        let english = ProblemsView(problems: [problem], language: .en).overlay
        #expect(english.contains("Hide the list of errors"))
    }

    /// Regression: the page was `<main role="alert">`, which has no main landmark left
    /// (axe: aria-allowed-role, landmark-one-main, found by check_serve.py).
    @Test func theProblemsPageIsAMainLandmarkWithTheAlertInsideIt() {
        let problem = Diagnostic.error("test.problem", at: SourceLocation(file: "a.md", line: 3), Message(untranslated: "salah"))
        let page = ProblemsView(problems: [problem], language: .id).page(reloadTag: "")
        #expect(page.contains("<main id=\"lentera-problems\">\n<h1>"))
        #expect(!page.contains("<main id=\"lentera-problems\" role="))
        let alert = page.range(of: "<div role=\"alert\">")
        let list = page.range(of: "<code style=\"font-weight:bold\">a.md:3</code>")
        #expect(alert != nil && list != nil && alert!.upperBound < list!.lowerBound)
        #expect(page.components(separatedBy: "<main").count == 2)
    }

    @Test func aHostileFieldNameInTheContentIsShownAsText() async throws {
        let preview = try await RunningPreview.start(TestPortal())
        defer { Task { await preview.stop() } }
        let good = try await preview.get(PreviewServerTests.servicePage)
        async let changed = preview.nextBuild(after: try #require(good.token))
        try await Task.sleep(for: .milliseconds(200))
        try preview.save(TestPortal.serviceFile, SampleService.markdown(extra: "\"<script>alert(1)</script>`b`\": salah"))
        _ = try await changed
        let shown = try await preview.get(PreviewServerTests.servicePage)
        let start = try #require(shown.body.range(of: "<div id=\"lentera-problems\""))
        let end = try #require(shown.body[start.upperBound...].range(of: "</div>"))
        let bar = String(shown.body[start.lowerBound..<end.upperBound])
        #expect(!bar.contains("<script"), "\(bar)")
        #expect(bar.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(bar)")
        await preview.stop()
    }
}
