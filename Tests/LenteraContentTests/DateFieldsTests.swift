import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// Dates that cannot be right (review findings 6–9, 11): a `diperbarui` before the decree or
/// after the reference date, a blank date, a date given as a list, a future review of the
/// accessibility statement, a blank or hidden-character `nama_singkat`. Each is reported at
/// its value; each failed before the fix (no message, or the advice for texts).
@Suite struct DateFieldsTests {
    static let file = "content/" + TestPortal.serviceFile
    static let day = CalendarDate(year: 2026, month: 6, day: 1)!

    func service(_ extra: String, date: CalendarDate? = day) throws -> LoadedContent {
        try load(TestPortal().with(TestPortal.serviceFile, SampleService.markdown(extra: extra)), date: date)
    }

    @Test func aDiperbaruiBeforeTheDecreeIsAWarningAndTheFeedTakesTheDecree() throws {
        // SampleService's decree: 2020-01-02.
        let loaded = try service("diperbarui: 2010-01-01")
        let found = loaded.diagnostics("service.updated-before-decree")
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.location == SourceLocation(file: Self.file, line: 3, column: 13))
        #expect(found.first?.summary.text(in: .id).contains("2020-01-02") == true)
        #expect(loaded.content?.services.first?.feedDate == CalendarDate(year: 2020, month: 1, day: 2))
        // Later than the decree, or the same day: nothing to say.
        #expect(try service("diperbarui: 2020-01-02").diagnostics("service.updated-before-decree").isEmpty)
        let later = try service("diperbarui: 2025-01-02")
        #expect(later.diagnostics("service.updated-before-decree").isEmpty && later.diagnostics("content.future-date").isEmpty)
        #expect(later.content?.services.first?.feedDate == CalendarDate(year: 2025, month: 1, day: 2))
    }

    @Test func aDiperbaruiAfterTheReferenceDateIsAFutureDateWarning() throws {
        let loaded = try service("diperbarui: 2030-01-01")
        let found = loaded.diagnostics("content.future-date")
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.location == SourceLocation(file: Self.file, line: 3, column: 13))
        #expect(found.first?.summary.text(in: .id).contains("masa depan") == true)
        #expect(found.first?.summary.text(in: .id).contains("2026-06-01") == true)
        // The reference date itself is not the future; without one, nothing is judged.
        #expect(try service("diperbarui: 2026-06-01").diagnostics("content.future-date").isEmpty)
        #expect(try service("diperbarui: 2030-01-01", date: nil).diagnostics("content.future-date").isEmpty)
    }

    @Test func aBlankDiperbaruiIsAnErrorThatSaysWhatToDo() throws {
        for blank in [#"diperbarui: """#, "diperbarui: '   '"] {
            let loaded = try service(blank)
            let found = loaded.diagnostics("content.blank-date")
            #expect(found.count == 1, "\(blank)")
            #expect(found.first?.severity == .error)
            #expect(found.first?.location == SourceLocation(file: Self.file, line: 3, column: 13))
            #expect(found.first?.advice?.text(in: .id).contains("hapus baris") == true)
            #expect(found.first?.advice?.text(in: .en).contains("remove the line") == true)
            // One mistake, one message.
            #expect(loaded.diagnostics("service.undated").isEmpty)
        }
        // `diperbarui:` with nothing after it is YAML's null: the field is absent.
        #expect(try service("diperbarui:").diagnostics("content.blank-date").isEmpty)
    }

    @Test func aDateGivenAsAListOrAMappingAsksForADate() throws {
        for (extra, shape) in [("diperbarui: [2026-01-01]", "list"), ("diperbarui: {tanggal: 2026-01-01}", "mapping")] {
            let loaded = try service(extra)
            let found = loaded.diagnostics("content.expected-date")
            #expect(found.count == 1, "\(shape)")
            #expect(found.first?.location == SourceLocation(file: Self.file, line: 3, column: 13))
            #expect(found.first?.advice?.text(in: .en).contains("2018-11-27") == true)
            #expect(found.first?.advice?.text(in: .id).contains("`|`") == false)
            #expect(loaded.diagnostics("content.expected-text").isEmpty)
        }
        // The same in the portal's settings.
        let portal = TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML + "aksesibilitas:\n  ditinjau: [2026-01-01]\n")
        #expect(try load(portal, date: Self.day).diagnostics("content.expected-date").count == 1)
    }

    @Test func aReviewOfTheAccessibilityStatementInTheFutureIsAWarning() throws {
        let portal = TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML + "aksesibilitas:\n  ditinjau: 2030-01-01\n")
        let loaded = try load(portal, date: Self.day)
        let found = loaded.diagnostics("content.future-date")
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.location?.file == "content/" + TestPortal.portalFile)
        #expect(found.first?.summary.text(in: .id).contains("aksesibilitas.ditinjau") == true)
        let past = TestPortal().with(TestPortal.portalFile, TestPortal.portalYAML + "aksesibilitas:\n  ditinjau: 2026-01-01\n")
        #expect(try load(past, date: Self.day).diagnostics("content.future-date").isEmpty)
    }

    @Test func aBlankShortNameIsAnErrorLikeTheSchemas() throws {
        for blank in [#"nama_singkat: """#, "nama_singkat: '   '"] {
            let loaded = try service(blank)
            let found = loaded.diagnostics("service.blank-short-name")
            #expect(found.count == 1, "\(blank)")
            #expect(found.first?.severity == .error)
            #expect(found.first?.location == SourceLocation(file: Self.file, line: 3, column: 15))
        }
    }

    @Test func aShortNameWithAControlOrBidiCharacterIsRefused() throws {
        for (written, shown) in [(#"KTP\tel"#, "KTPU+0009el"), (#"KTP\rel"#, "KTPU+000Del"), (#"KTP\u202Eel"#, "KTPU+202Eel"),
                                 (#"KTP\u2066el"#, "KTPU+2066el"), (#"KTP\u0085"#, "KTPU+0085"), (#"KTP\n"#, "KTPU+000A")] {
            let loaded = try service("nama_singkat: \"\(written)\"")
            let found = loaded.diagnostics("service.invalid-short-name")
            #expect(found.count == 1, "\(written)")
            #expect(found.first?.summary.text(in: .en).contains(shown) == true, "\(written)")
            #expect(loaded.content?.services.first?.shortName == nil)
        }
        // Letters beyond ASCII, signs and spaces inside stay allowed.
        let right = try service("nama_singkat: \"KTP-el (Ré) & KK\"")
        #expect(right.diagnostics("service.invalid-short-name").isEmpty)
        #expect(right.content?.services.first?.shortName == "KTP-el (Ré) & KK")
    }
}
