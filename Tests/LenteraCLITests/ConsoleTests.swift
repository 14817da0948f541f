import Foundation
@testable import LenteraCLI
import LenteraDiagnostics
import Testing

/// The pieces of the console, without a process: the grouped summary, the language
/// scan, the colour decision, JSON strings and the progress line.
@Suite struct ConsoleTests {
    @Test func fortyCopiesOfOneMistakeAreOneLineOfTheSummary() {
        var diagnostics: [Diagnostic] = (1...40).map {
            .warning("service.not-enacted", at: SourceLocation(file: "content/units/u/layanan/l\($0 % 4).md", line: $0), "x")
        }
        diagnostics.append(.error("unit.unknown-parent", at: SourceLocation(file: "content/units/u/unit.md", line: 4), "y"))
        #expect(DiagnosticSummary(diagnostics).lines(in: .en) == [
            "Summary: 1 error, 40 warnings",
            "   1 × error [unit.unknown-parent]",
            "  40 × warning [service.not-enacted] in 4 files",
            "Files with the most problems:",
            "  10 in content/units/u/layanan/l0.md",
            "  10 in content/units/u/layanan/l1.md",
            "  10 in content/units/u/layanan/l2.md",
            "  10 in content/units/u/layanan/l3.md",
            "  1 in content/units/u/unit.md",
        ])
        #expect(DiagnosticSummary(diagnostics).lines(in: .id).first == "Ringkasan: 1 galat, 40 peringatan")
    }

    @Test func aShortListHasNoSummary() {
        let diagnostics: [Diagnostic] = (1...4).map { .warning("service.not-enacted", at: SourceLocation(file: "f\($0).md"), "x") }
        #expect(DiagnosticSummary(diagnostics).lines(in: .en) == [])
    }

    @Test func theLanguageIsTakenOutOfTheArgumentsAnywhereBeforeTheirEnd() {
        #expect(LanguageArgument.scan(["check", "--lang", "en", "--quiet"]) == .chosen(.en, rest: ["check", "--quiet"]))
        #expect(LanguageArgument.scan(["--lang=id", "build"]) == .chosen(.id, rest: ["build"]))
        #expect(LanguageArgument.scan(["build"]) == .chosen(nil, rest: ["build"]))
        #expect(LanguageArgument.scan(["survey", "import", "--", "--lang"]) == .chosen(nil, rest: ["survey", "import", "--", "--lang"]))
        #expect(LanguageArgument.scan(["check", "--lang", "english"]) == .invalid("english"))
        #expect(LanguageArgument.scan(["check", "--lang", "en_US.UTF-8"]) == .chosen(.en, rest: ["check"]))
        #expect(LanguageArgument.scan(["check", "--lang"]) == .missingValue)
    }

    @Test func colourOnlyOnATerminalUnlessTold() {
        #expect(ConsoleSettings.colour(.auto, isTerminal: true, environment: [:]))
        #expect(!ConsoleSettings.colour(.auto, isTerminal: false, environment: [:]))
        #expect(!ConsoleSettings.colour(.auto, isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(ConsoleSettings.colour(.auto, isTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!ConsoleSettings.colour(.auto, isTerminal: true, environment: ["TERM": "dumb"]))
        #expect(ConsoleSettings.colour(.always, isTerminal: false, environment: ["NO_COLOR": "1"]))
        #expect(!ConsoleSettings.colour(.never, isTerminal: true, environment: [:]))
    }

    @Test func anErrorIsRedItsLocationBoldAndQuotedEscapesStayVisible() {
        let diagnostic = Diagnostic.error("import.rejected-row", at: SourceLocation(file: "a\u{1B}[2J.csv", line: 2), "bad \u{1B}]0;x")
        let coloured = Console.formatted(diagnostic, ConsoleSettings(colour: true), in: .en)
        #expect(coloured == "\u{1B}[1ma\\u{1B}[2J.csv:2:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m bad \\u{1B}]0;x [import.rejected-row]")
        #expect(Console.formatted(diagnostic, ConsoleSettings(colour: false), in: .en) == Console.printable(diagnostic.formatted(in: .en)))
    }

    @Test func jsonStringsEscapeQuotesBackslashesAndControlCharacters() {
        #expect(DiagnosticJSON.string("a \"b\" \\ c\nd\u{1}\u{7F}é") == "\"a \\\"b\\\" \\\\ c\\nd\\u0001\\u007fé\"")
        let line = DiagnosticJSON(.warning("x.y", at: nil, "m"), in: .en).jsonLine()
        #expect(line == "{\"severity\":\"warning\",\"code\":\"x.y\",\"file\":null,\"line\":null,\"column\":null,\"message\":\"m\",\"hint\":null}")
    }

    @Test func theProgressLineAppearsAfterTheDelayAndIsErasedAtTheEnd() async throws {
        let written = Locked<[String]>([])
        let progress = BuildProgress(delay: 0.05) { text in written.withLock { $0.append(text) } }
        progress.update("render")
        try await Task.sleep(for: .milliseconds(400))
        progress.finish()
        let lines = written.withLock { $0 }
        #expect(lines.first == "\r\u{1B}[2K" + Message("cli.progress.line", ["phase": .message(Message("cli.progress.render")), "seconds": "0"]).text())
        #expect(lines.last == "\r\u{1B}[2K")
        let quick = BuildProgress(delay: 5) { text in written.withLock { $0.append("quick: " + text) } }
        quick.update("load")
        quick.finish()
        try await Task.sleep(for: .milliseconds(100))
        #expect(!written.withLock { $0 }.contains { $0.hasPrefix("quick") })
    }
}
