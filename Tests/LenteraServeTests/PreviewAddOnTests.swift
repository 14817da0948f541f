import Foundation
import Hummingbird
import LenteraDiagnostics
import LenteraServe
import LenteraTesting
import Testing

/// What an add-on (the browser editor) gets from the preview: its routes served under
/// `/_lentera/`, and a handle that waits for the build holding a change.
@Suite(.serialized) struct PreviewAddOnTests {
    /// An add-on that answers one path and keeps the handle it was given.
    struct Probe: PreviewAddOn {
        let handle = Locked<PreviewHandle?>(nil)

        func install(on router: Router<BasicRequestContext>, preview: PreviewHandle) {
            handle.withLock { $0 = preview }
            router.get("/_lentera/uji") { _, _ in "dari add-on" }
        }
    }

    @Test func anAddOnsRoutesAreServedAndItsHandleWaitsForTheBuildThatHoldsAChange() async throws {
        let probe = Probe()
        let preview = try await RunningPreview.start(TestPortal(), addOns: [probe])
        defer { Task { await preview.stop() } }
        let own = try await preview.get("/_lentera/uji")
        #expect(own.status == 200)
        #expect(own.body == "dari add-on")
        // The site's pages are still the preview's.
        #expect(try await preview.get(PreviewServerTests.servicePage).status == 200)

        let handle = try #require(probe.handle.withLock { $0 })
        #expect(await handle.address() == "http://127.0.0.1:\(preview.port)/")
        let folder = try #require(await handle.builtSite())
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("index.html").path))

        // Nothing changed: the wait ends at its limit, saying no such build came.
        #expect(await handle.waitForBuild(seeingChangesBefore: .now, limit: .milliseconds(300)) == false)
        try preview.save(TestPortal.serviceFile, SampleService.markdown(name: "Layanan Lewat Add-on"))
        let saved = ContinuousClock.now
        #expect(await handle.waitForBuild(seeingChangesBefore: saved, limit: .seconds(120)))
        // Once it returns, the page is the rebuilt one.
        let page = try await preview.get(PreviewServerTests.servicePage)
        #expect(page.body.contains("Layanan Lewat Add-on"))
        #expect(await handle.problems().isEmpty)
        await preview.stop()
    }

    /// A preview that looks at its folders only every ten minutes (and is not told of changes
    /// by the kernel) builds a change at once when the add-on asks for a look (the editor,
    /// after writing a file).
    @Test func aLookAskedForSeesAChangeBeforeTheNextTurn() async throws {
        let probe = Probe()
        let preview = try await RunningPreview.start(TestPortal(), addOns: [probe], pollInterval: .seconds(600), kernelWatch: false)
        let handle = try #require(probe.handle.withLock { $0 })
        _ = try #require(await handle.builtSite())
        try preview.save(TestPortal.serviceFile, SampleService.markdown(name: "Layanan Dilihat Segera"))
        let saved = ContinuousClock.now
        #expect(await handle.waitForBuild(seeingChangesBefore: saved, limit: .milliseconds(500)) == false)
        await handle.lookNow()
        #expect(await handle.waitForBuild(seeingChangesBefore: saved, limit: .seconds(120)))
        #expect(try await preview.get(PreviewServerTests.servicePage).body.contains("Layanan Dilihat Segera"))
        // Stopping does not wait for the ten minutes either.
        let stopping = ContinuousClock.now
        await preview.stop()
        #expect(ContinuousClock.now - stopping < .seconds(60))
    }
}
