import Foundation
import LenteraServe
import LenteraTesting
import Testing

/// `serve --bind 0.0.0.0` names the addresses colleagues open: this machine's IPv4
/// addresses on its network, each of which reaches the preview.
@Suite(.serialized) struct NetworkAddressesTests {
    @Test func theAddressesAreThoseOfTheInterfacesWithoutLoopback() throws {
        let found = NetworkAddresses.ipv4()
        #expect(found.allSatisfy { !$0.hasPrefix("127.") && $0.split(separator: ".").count == 4 }, "\(found)")
        // The same list as `hostname -I` gives (its IPv4 part), where that exists.
        let hostname = URL(fileURLWithPath: "/usr/bin/hostname")
        guard FileManager.default.isExecutableFile(atPath: hostname.path) else { return }
        let process = Process()
        let pipe = Pipe()
        process.executableURL = hostname
        process.arguments = ["-I"]
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let expected = output.split(whereSeparator: \.isWhitespace).map(String.init).filter { !$0.contains(":") }
        #expect(Set(found) == Set(expected))
    }

    @Test func onlyAPreviewOnEveryAddressNamesThem() {
        #expect(NetworkAddresses.shown(host: "127.0.0.1", port: 8080) == [])
        #expect(NetworkAddresses.shown(host: "192.168.1.20", port: 8080) == [])
        #expect(NetworkAddresses.shown(host: "0.0.0.0", port: 8080) == NetworkAddresses.ipv4().map { "http://\($0):8080/" })
    }

    @Test func eachNamedAddressReachesThePreview() async throws {
        let preview = try await RunningPreview.start(TestPortal(), host: "0.0.0.0")
        defer { Task { await preview.stop() } }
        var network: [String] = []
        for case .listening(_, let addresses) in preview.events.all { network = addresses }
        #expect(network == NetworkAddresses.ipv4().map { "http://\($0):\(preview.port)/" })
        for address in NetworkAddresses.ipv4() {
            let home = try await preview.get("/", host: "\(address):\(preview.port)", connectingTo: address)
            #expect(home.status == 200)
            #expect(home.body.contains("<html"))
        }
        await preview.stop()
    }
}
