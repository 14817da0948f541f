import ArgumentParser
import Foundation
import LenteraDiagnostics
import LenteraEditor
import LenteraServe

extension Lentera {
    /// `lentera serve`: the preview, with live reload. The work is `PreviewServer`'s; this
    /// only reads the options and prints what happens.
    struct Serve: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: text("cli.help.serve.abstract"), discussion: text("cli.help.serve.discussion"))
        }

        @OptionGroup var input: InputOptions

        @Option(name: .long, help: ArgumentHelp(text("cli.help.serve.port"), valueName: "N"))
        var port = PreviewOptions.defaultPort

        @Option(name: .long, help: ArgumentHelp(text("cli.help.serve.bind"), valueName: "ADDR"))
        var bind = PreviewOptions.defaultHost

        @Flag(name: .long, help: ArgumentHelp(text("cli.help.serve.edit")))
        var edit = false

        @Flag(name: .customLong("behind-tls"), help: ArgumentHelp(text("cli.help.serve.behind-tls")))
        var behindTLS = false

        @OptionGroup var search: SearchOptions

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard (0...65535).contains(port) else {
                throw ValidationError(Message("cli.serve.invalid-port", ["port": .text(String(port))]).text())
            }
            if behindTLS && !edit {
                throw ValidationError(Message("cli.serve.behind-tls-without-edit").text())
            }
        }

        func run() throws {
            Console.configure(output)
            var preview = PreviewOptions(content: input.content, templates: input.templates, host: bind, port: port)
            preview.search = try search.setting()
            if edit {
                let content = URL(fileURLWithPath: input.content)
                // No account, no one could sign in: say how to make one instead of starting.
                guard BrowserEditor.hasAccounts(content: content) else {
                    Console.error(Diagnostic.error("cli.serve.no-accounts", at: nil,
                                                   Message("cli.serve.no-accounts", ["file": .text(AccountBook.file(besideContent: content).path)]),
                                                   advice: Message("cli.serve.no-accounts.hint")).formatted)
                    throw ExitCode(1)
                }
                preview.addOns = [BrowserEditor(options: EditorOptions(content: content, language: .current, behindTLS: behindTLS))]
            }
            let options = preview
            let editing = edit
            if options.isReachableFromNetwork {
                Console.error(Message("cli.serve.network-warning", ["host": .text(bind)]).text())
            }
            let outcome = Blocking.run {
                try await PreviewServer.run(options) { event in
                    Self.print(event)
                    if editing, case .listening(let address, _) = event {
                        Console.out(Message("cli.serve.edit-listening", ["address": .text(BrowserEditor.signInAddress(preview: address))]).text())
                    }
                }
            }
            switch outcome {
            case .success:
                Console.out(Message("cli.serve.stopped").text())
            case .failure(let busy as PreviewServer.PortBusy):
                let other = busy.port == 65535 ? 8081 : busy.port + 1
                Console.error(Diagnostic.error("cli.serve.port-busy", at: nil,
                                               Message("cli.serve.port-busy", ["port": .text(String(busy.port)), "host": .text(busy.host)]),
                                               advice: Message("cli.serve.port-busy.hint", ["other": .text(String(other))])).formatted)
                throw ExitCode(1)
            case .failure(let failure as PreviewServer.CannotListen):
                Console.error(Diagnostic.error("cli.serve.cannot-listen", at: nil,
                                               Message("cli.serve.cannot-listen", ["host": .text(failure.host), "port": .text(String(failure.port)),
                                                                                   "reason": .text(failure.reason)]),
                                               advice: Message("cli.serve.cannot-listen.hint")).formatted)
                throw ExitCode(1)
            case .failure(let error):
                throw error
            }
        }

        /// What the terminal shows: the result of every build (the errors like `check`
        /// prints them), and the address once the first build is done.
        static func print(_ event: PreviewEvent) {
            switch event {
            case .listening(let address, let network):
                Console.out(Message("cli.serve.listening", ["address": .text(address)]).text())
                for other in network {
                    Console.out(Message("cli.serve.listening-network", ["address": .text(other)]).text())
                }
                Console.out(Message("cli.serve.stop-hint").text())
            case .rebuilding:
                break
            case .built(let pages, let warnings, let seconds, let first):
                Console.printDiagnostics(warnings)
                let time = Console.seconds(seconds)
                Console.out(first ? Message("cli.serve.built", ["pages": .text(String(pages)), "time": .text(time)]).text()
                                  : Message("cli.serve.rebuilt", ["time": .text(time)]).text())
            case .failed(let diagnostics, let keptPrevious):
                Console.printDiagnostics(diagnostics)
                let counts = Message("summary.counts", ["errors": .text(String(diagnostics.errorCount)),
                                                        "warnings": .text(String(diagnostics.warningCount))])
                Console.error(Message(keptPrevious ? "cli.serve.failed" : "cli.serve.failed-first", ["counts": .message(counts)]).text())
            }
        }
    }
}

/// An async piece of work run to its end from a synchronous command (the commands are
/// synchronous; only `serve` waits on a server).
enum Blocking {
    static func run(_ work: @escaping @Sendable () async throws -> Void) -> Result<Void, any Error> {
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Task {
            do { try await work() } catch { outcome.set(.failure(error)) }
            done.signal()
        }
        done.wait()
        return outcome.value
    }

    /// The result, handed from the task to the waiting thread.
    private final class Outcome: @unchecked Sendable {
        // Invariant: written by the task before it signals, read by the thread after the wait.
        var value: Result<Void, any Error> = .success(())
        func set(_ result: Result<Void, any Error>) { value = result }
    }
}
