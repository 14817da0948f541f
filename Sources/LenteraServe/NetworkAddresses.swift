import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The addresses other machines on the network reach this one by: the IPv4 addresses of
/// its network interfaces that are up, loopback left out (what `serve --bind 0.0.0.0`
/// prints, so that colleagues have an address they can open).
public enum NetworkAddresses {
    /// Each address once, in the order the system lists the interfaces.
    public static func ipv4() -> [String] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0 else { return [] }
        defer { freeifaddrs(first) }
        var found: [String] = []
        var next = first
        while let interface = next {
            next = interface.pointee.ifa_next
            let flags = Int32(interface.pointee.ifa_flags)
            guard flags & Int32(IFF_UP) != 0, flags & Int32(IFF_LOOPBACK) == 0,
                  let address = interface.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else { continue }
            var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            let written = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { inet in
                var raw = inet.pointee.sin_addr
                return inet_ntop(AF_INET, &raw, &text, socklen_t(text.count))
            }
            guard written != nil else { continue }
            let shown = String(cString: text)
            if !shown.hasPrefix("127.") && !found.contains(shown) { found.append(shown) }
        }
        return found
    }

    /// The addresses to print for a preview listening on `host`: the network's when it
    /// listens on every address (`0.0.0.0`, `::`), none otherwise (a named address is
    /// printed as it is).
    public static func shown(host: String, port: Int) -> [String] {
        guard ["0.0.0.0", "", "::", "[::]"].contains(host) else { return [] }
        return ipv4().map { "http://\($0):\(port)/" }
    }
}
