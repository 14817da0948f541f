import ArgumentParser
import LenteraDiagnostics
import LenteraSite

/// The `lentera` command.
public struct Lentera: ParsableCommand {
    public static let version = "0.1.0"

    // Computed, not stored: the help is written in the language chosen by `start` before
    // the arguments are parsed.
    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "lentera",
            abstract: text("cli.help.lentera.abstract"),
            discussion: text("cli.help.lentera.discussion"),
            version: version,
            subcommands: [Init.self, New.self, Check.self, Build.self, Serve.self, Schema.self, Survey.self, Theme.self, User.self, CatalogueCommand.self]
        )
    }

    public init() {}
}

/// A help text from the catalogues, in the current language.
func text(_ key: String) -> String { Message(key).text() }

/// The folders every command reads.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(text("cli.help.input.content"), valueName: "DIR"))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp(text("cli.help.input.templates"), valueName: "DIR"))
    var templates: String?
}

/// Whether `build` and `serve` make the search index, and with which Pagefind binary.
struct SearchOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(text("cli.help.search.pagefind"), valueName: "PATH"))
    var pagefind: String?

    @Flag(name: .customLong("no-search"), help: ArgumentHelp(text("cli.help.search.no-search")))
    var noSearch = false

    /// The setting for the build: off with `--no-search`, else the binary found
    /// (`Pagefind.locate`), else missing (the build warns). A path named that is not an
    /// executable file stops the command.
    func setting() throws -> SearchSetting {
        if noSearch { return .off }
        do {
            return try Pagefind.locate(explicit: pagefind)
        } catch let notFound as Pagefind.NotFound {
            throw ValidationError(Message(notFound.fromEnvironment ? "cli.pagefind-not-found.environment" : "cli.pagefind-not-found",
                                          ["path": .text(notFound.path)]).text())
        }
    }
}

/// How every command prints: `--lang`, `--color`, `--quiet`.
struct OutputOptions: ParsableArguments {
    /// Read by `Lentera.start` before parsing (so that the help itself is in the language);
    /// declared here so that every command shows and accepts it.
    @Option(name: .long, help: ArgumentHelp(text("cli.help.output.lang"), valueName: "id|en"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp(text("cli.help.output.color"), valueName: "auto|always|never"))
    var color = ColorChoice.auto.rawValue

    @Flag(name: .long, help: ArgumentHelp(text("cli.help.output.quiet")))
    var quiet = false

    var colorChoice: ColorChoice { ColorChoice(rawValue: color) ?? .auto }

    func validate() throws {
        if let lang, LanguageArgument.language(lang) == nil {
            throw ValidationError(Message("cli.invalid-lang", ["value": .text(lang)]).text())
        }
        guard ColorChoice(rawValue: color) != nil else {
            throw ValidationError(Message("cli.invalid-color", ["value": .text(color)]).text())
        }
    }
}
