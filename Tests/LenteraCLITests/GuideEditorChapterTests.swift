import Foundation
import LenteraTesting
import Testing

/// The officers' guide chapter on the browser editor (docs/panduan/11-menyunting-di-peramban.md)
/// shows `lentera user` as an admin types it, with what the program prints. Every such
/// block is run here, in its order, on a portal with the unit `dinas-contoh`, and must print
/// exactly what the chapter says, so the chapter cannot drift from the program.
@Suite struct GuideEditorChapterTests {
    static let chapter = Repository.root.appendingPathComponent("docs/panduan/11-menyunting-di-peramban.md")

    /// One command of the chapter (`lentera user …`) and the lines shown under it.
    struct Shown {
        let arguments: [String]
        let output: [String]
    }

    /// The fenced blocks of `text`, each as its lines.
    static func blocks(_ text: String) -> [[String]] {
        var blocks: [[String]] = [], current: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                if let finished = current { blocks.append(finished); current = nil } else { current = [] }
            } else if current != nil {
                current?.append(line)
            }
        }
        return blocks
    }

    /// `add ani --full-name "Ani Rahmawati"` → `["add", "ani", "--full-name", "Ani Rahmawati"]`.
    static func words(_ line: String) -> [String] {
        var words: [String] = [], word = "", quoted = false, started = false
        for character in line {
            if character == "\"" { quoted.toggle(); started = true; continue }
            if character == " " && !quoted {
                if started { words.append(word) }
                word = ""; started = false
            } else {
                word.append(character); started = true
            }
        }
        if started { words.append(word) }
        return words
    }

    /// Every `$ lentera user …` of the chapter with its output lines. The password prompts
    /// are left out: they are printed on a terminal only, and here the password comes on
    /// standard input.
    static func commands() throws -> [Shown] {
        let text = try String(contentsOf: chapter, encoding: .utf8)
        var shown: [Shown] = []
        for block in blocks(text) {
            var inBlock: [Shown] = []
            for line in block {
                if line.hasPrefix("$ lentera user ") {
                    inBlock.append(Shown(arguments: words(String(line.dropFirst("$ lentera user ".count))), output: []))
                } else if line.hasPrefix("$ ") {
                    break
                } else if let last = inBlock.popLast() {
                    let prompt = line.hasPrefix("Sandi baru untuk `") || line.hasPrefix("Ketik sandi itu sekali lagi")
                    inBlock.append(Shown(arguments: last.arguments, output: last.output + (prompt ? [] : [line])))
                }
            }
            shown += inBlock
        }
        return shown
    }

    @Test func everyUserCommandOfTheChapterPrintsWhatItShows() throws {
        let shown = try Self.commands()
        // The chapter shows adding, listing, changing a password and removing.
        #expect(shown.map { $0.arguments.first ?? "" } == ["add", "add", "list", "passwd", "remove"], "\(shown.map(\.arguments))")
        try withTemporaryFolder { folder in
            try TestPortal().write(to: folder.appendingPathComponent("content"))
            for command in shown {
                let result = try UserCommandTests().user(command.arguments, in: folder, input: "kopi pagi di dinas contoh\n", language: "id")
                let printed = (result.stdout + result.stderr).split(separator: "\n").map(String.init)
                #expect(result.status == 0, "lentera user \(command.arguments.joined(separator: " ")): \(result.stderr)")
                #expect(printed == command.output, "lentera user \(command.arguments.joined(separator: " "))")
            }
        }
    }

    /// The refusals the chapter quotes (a short password, a misspelt unit) as the program
    /// words them; the one for two different passwords needs a terminal and is checked by
    /// UserCommandTests through the same catalogue key.
    @Test func theRefusalsOfTheChapterAreThoseOfTheProgram() throws {
        let text = try String(contentsOf: Self.chapter, encoding: .utf8)
        let quoted = Self.blocks(text).filter { $0.first?.hasPrefix("galat: ") == true }.map { $0.joined(separator: "\n") }
        try withTemporaryFolder { folder in
            try TestPortal().write(to: folder.appendingPathComponent("content"))
            let short = try UserCommandTests().user(["add", "ani", "--role", "petugas", "--unit", "dinas-contoh"], in: folder,
                                                    input: "pendek\n", language: "id")
            let misspelt = try UserCommandTests().user(["add", "ani", "--role", "petugas", "--unit", "dinas-conto"], in: folder,
                                                       input: "kopi pagi di dinas contoh\n", language: "id")
            for refused in [short, misspelt] {
                #expect(refused.status == 1)
                let printed = refused.stderr.trimmingCharacters(in: .newlines)
                #expect(quoted.contains(printed), "the chapter quotes:\n\(printed)")
            }
        }
    }
}
