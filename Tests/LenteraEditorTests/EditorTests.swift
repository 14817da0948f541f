import Testing
@testable import LenteraEditor

@Suite struct EditorTests {
    @Test func livesUnderThePreviewsOwnPrefix() {
        #expect(Editor.prefix.hasPrefix("/_lentera/"))
    }
}
