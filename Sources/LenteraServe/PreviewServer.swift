import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// `lentera serve`: the portal built into a private folder and served over HTTP (on
/// loopback unless told otherwise), rebuilt when the content or the theme changes, open
/// pages reloaded by the script `LiveReload` adds to the HTML it sends, and the content's
/// errors shown in the browser while the last good build stays served.
public enum PreviewServer {
    /// Another program listens on the port already.
    public struct PortBusy: Error, Sendable {
        public let host: String
        public let port: Int
    }

    /// The server could not listen for another reason (an address this machine does not
    /// have, a port below 1024 without the right to it).
    public struct CannotListen: Error, Sendable {
        public let host: String
        public let port: Int
        public let reason: String
    }

    /// Runs until Ctrl+C or SIGTERM (or until the calling task is cancelled); the private
    /// build folder is removed on the way out. `events` tells the terminal what happens.
    public static func run(_ options: PreviewOptions, signals: [UnixSignal] = [.sigint, .sigterm],
                           events: @escaping @Sendable (PreviewEvent) -> Void) async throws {
        let workspace = FileManager.default.temporaryDirectory
            .appendingPathComponent("lentera-serve-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let output = workspace.appendingPathComponent("site", isDirectory: true)

        var logger = Logger(label: "lentera-serve")
        logger.logLevel = .critical
        let state = PreviewState()
        let (ports, portSink) = AsyncStream<Int>.makeStream()
        let responder = PreviewResponder(state: state, language: options.language, reloadWait: options.reloadWait)
        let app = Application(
            router: responder.router(addOns: options.addOns),
            configuration: .init(address: .hostname(options.host, port: options.port)),
            onServerRunning: { channel in
                portSink.yield(channel.localAddress?.port ?? options.port)
                portSink.finish()
            },
            logger: logger
        )
        let watcher = PreviewWatcher(options: options, state: state, output: output, port: ports, events: events)
        // Stopped in the reverse order: the watcher first (it answers the waiting pages),
        // then the server.
        let group = ServiceGroup(services: [app, watcher], gracefulShutdownSignals: signals, logger: logger)
        do {
            try await group.run()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw PortBusy(host: options.host, port: options.port)
        } catch let error as IOError {
            throw CannotListen(host: options.host, port: options.port, reason: String(cString: strerror(error.errnoCode)))
        } catch let error as SocketAddressError {
            throw CannotListen(host: options.host, port: options.port, reason: "\(error)")
        }
    }
}
