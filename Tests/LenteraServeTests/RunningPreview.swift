import Foundation
import HummingbirdTesting
import LenteraDiagnostics
import LenteraServe
import LenteraTesting

/// A preview started for real, on a port the system chooses, over a portal written into a
/// temporary folder (and the repository's theme); requests go over TCP through the HTTP
/// client Hummingbird ships for tests.
final class RunningPreview: Sendable {
    let folder: URL
    let content: URL
    let port: Int
    private let task: Task<Void, any Error>
    let events: EventLog

    private init(folder: URL, content: URL, port: Int, task: Task<Void, any Error>, events: EventLog) {
        self.folder = folder
        self.content = content
        self.port = port
        self.task = task
        self.events = events
    }

    /// `templates`: the portal's own templates folder; nil for none named (`templates`
    /// beside the content, when it exists, else the built-in theme alone).
    static func start(_ portal: TestPortal, templates: String? = Repository.templates.path, port: Int = 0,
                      host: String = PreviewOptions.defaultHost, addOns: [any PreviewAddOn] = [],
                      pollInterval: Duration = .milliseconds(50), kernelWatch: Bool = true) async throws -> RunningPreview {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lentera-serve-test-\(UUID().uuidString)")
        let content = folder.appendingPathComponent("content")
        try portal.write(to: content)
        var options = PreviewOptions(content: content.path, templates: templates, host: host, port: port, language: .id)
        options.pollInterval = pollInterval
        options.kernelWatch = kernelWatch
        options.reloadWait = .seconds(10)
        options.addOns = addOns
        let events = EventLog()
        let settings = options
        let task = Task { try await PreviewServer.run(settings, signals: [], events: { events.add($0) }) }
        // Generous: in the whole suite, tests that block the (two-thread) cooperative pool
        // can hold the server's tasks back for most of the run.
        let deadline = ContinuousClock.now + .seconds(600)
        while ContinuousClock.now < deadline {
            if let address = events.address, let port = Int(address.split(separator: ":").last!.dropLast()) {
                return RunningPreview(folder: folder, content: content, port: port, task: task, events: events)
            }
            if task.isCancelled { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        task.cancel()
        _ = await task.result
        throw Failure(description: "the preview did not start; events: \(events.all)")
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Stops the server, and says how it ended.
    @discardableResult
    func stop() async -> Result<Void, any Error> {
        task.cancel()
        let result = await task.result
        try? FileManager.default.removeItem(at: folder)
        return result
    }

    struct Page {
        let status: Int
        let contentType: String
        let body: String
        /// The build the page was served from, as its reload script names it.
        var token: String? {
            guard let start = body.range(of: "data-build=\"") else { return nil }
            return String(body[start.upperBound...].prefix { $0 != "\"" })
        }
    }

    /// `host`: the Host header (the address the browser used), when not the preview's own.
    func get(_ path: String, host: String? = nil, connectingTo address: String = "127.0.0.1") async throws -> Page {
        try await TestClient.withClient(host: address, port: port, configuration: .init(timeout: .seconds(120))) { client in
            let response = try await client.execute(TestClient.Request(path, method: .get, authority: host ?? "127.0.0.1:\(self.port)"))
            let body = response.body.map { String(buffer: $0) } ?? ""
            return Page(status: Int(response.status.code), contentType: response.headers[.contentType] ?? "", body: body)
        }
    }

    /// The build after `token`, as the live-reload wait tells a page of that build (asked
    /// again when a wait ends with no new build, as the script does, for up to 2 minutes).
    func nextBuild(after token: String) async throws -> String {
        let deadline = ContinuousClock.now + .seconds(120)
        var current = token
        repeat {
            let answer = try await get("/_lentera/reload?build=\(token)").body
            guard let start = answer.range(of: "\"build\":\"") else { return "" }
            current = String(answer[start.upperBound...].prefix { $0 != "\"" })
        } while current == token && ContinuousClock.now < deadline
        return current
    }

    /// Writes a content file, as an editor saves it.
    func save(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: content.appendingPathComponent(path))
    }
}

/// The events the preview reported, in order.
final class EventLog: @unchecked Sendable {
    // Invariant: `events` is only touched while `lock` is held.
    private let lock = NSLock()
    private var events: [PreviewEvent] = []

    func add(_ event: PreviewEvent) {
        lock.lock()
        events.append(event)
        lock.unlock()
    }

    var all: [PreviewEvent] {
        lock.lock()
        defer { lock.unlock() }
        return events
    }

    var address: String? {
        for case .listening(let address, _) in all { return address }
        return nil
    }
}
