import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// `aksesibilitas` in `portal.yaml`: the statement's review date and reply time.
@Suite struct AccessibilitySettingsTests {
    static func portal(_ settings: String) -> TestPortal {
        TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML + "aksesibilitas:\n" + settings)
    }

    @Test func theSettingsAreRead() throws {
        let loaded = try load(Self.portal("  ditinjau: 2026-10-05\n  tanggapan_hari_kerja: 7\n"))
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.content?.portal.accessibility == AccessibilitySettings(reviewed: CalendarDate(year: 2026, month: 10, day: 5), replyDays: 7))
    }

    @Test func aReplyTimeOutOfRangeIsAnErrorAtItsValue() throws {
        let loaded = try load(Self.portal("  tanggapan_hari_kerja: 0\n"))
        let found = loaded.diagnostics("content.out-of-range")
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(file: "content/portal.yaml", line: 7, column: 25))
    }

    @Test func aReviewDateThatIsNoDateIsAnErrorAtItsValue() throws {
        let loaded = try load(Self.portal("  ditinjau: kemarin\n"))
        let found = loaded.diagnostics("content.invalid-date")
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(file: "content/portal.yaml", line: 7, column: 13))
    }

    @Test func anUnknownKeyIsRefusedWithTheKeysAllowed() throws {
        let loaded = try load(Self.portal("  tanggapan: 7\n"))
        #expect(loaded.diagnostics("content.unknown-key").count == 1)
    }
}
