import ArgumentParser

/// The `lentera` command.
public struct Lentera: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "lentera",
        abstract: "Builds the transparency portal of an Indonesian government agency from Markdown and JSON content.",
        discussion: """
        Content format: docs/content.md. Commands: docs/cli.md.
        Examples:
          lentera check                 validate content/ and templates/
          lentera build                 build content/ into public/
          lentera serve                 preview at http://127.0.0.1:8080/, reloaded on every change
          lentera survey import jawaban.csv --unit UNIT --period 2024-Q1
          lentera theme export tema     write the built-in theme out, to change it
          lentera build --output /var/www/portal --base-url https://transparansi.contoh.go.id/
        """,
        version: version,
        subcommands: [Build.self, Check.self, Serve.self, Survey.self, Theme.self]
    )

    public init() {}
}

/// The folders every command reads.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "DIR"))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp(
        "The portal's own templates folder: its files override the built-in theme's, file by file. Default: `templates` beside the content folder, when it exists.",
        valueName: "DIR"))
    var templates: String?
}
