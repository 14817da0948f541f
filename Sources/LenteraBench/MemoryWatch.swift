import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a child's resident memory (`VmRSS` in /proc/<pid>/status) every 100 ms on its
/// own thread and kills the child when it goes over a limit: Hugo holds the whole site
/// in memory, and at national scale it would take the machine down with it.
final class MemoryWatch: @unchecked Sendable {
    private let pid: pid_t
    private let limitKiB: Int
    private let start: Double
    private let lock = NSLock()
    private var finished = false
    private var killedAt: (rssKiB: Int, seconds: Double)?
    /// The resident set and time at which the child was killed, if it was.
    var stopped: (rssKiB: Int, seconds: Double)? { lock.withLock { killedAt } }
    private var thread: Thread?
    private let done = DispatchSemaphore(value: 0)

    init(pid: pid_t, limitKiB: Int, start: Double) {
        self.pid = pid
        self.limitKiB = limitKiB
        self.start = start
    }

    func begin() {
        let thread = Thread { [self] in
            defer { done.signal() }
            while true {
                let over: Bool = lock.withLock {
                    guard !finished else { return false }
                    guard let rss = MemoryWatch.residentKiB(of: pid), rss > limitKiB else { return false }
                    // The child cannot have been reaped yet (see ChildProcess.run): its pid is its own.
                    kill(pid, SIGKILL)
                    killedAt = (rss, ChildProcess.monotonicSeconds() - start)
                    finished = true
                    return true
                }
                if over || lock.withLock({ finished }) { return }
                usleep(100_000)
            }
        }
        self.thread = thread
        thread.start()
    }

    /// Called once the child has ended (but before it is reaped).
    func stop() {
        lock.withLock { finished = true }
        done.wait()
    }

    static func residentKiB(of pid: pid_t) -> Int? {
        // Files under /proc report a size of 0, so they are read until the end rather than
        // by their size (which reads nothing: the watch never saw the child's memory).
        let descriptor = open("/proc/\(pid)/status", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return residentKiB(inStatus: String(decoding: bytes, as: UTF8.self))
    }

    /// The `VmRSS` of a `/proc/<pid>/status` text, in KiB.
    static func residentKiB(inStatus status: String) -> Int? {
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            // `VmRSS:\t  307456 kB`; from 10 GB on the number fills its column and follows
            // the tab directly (`VmRSS:\t22077976 kB`), so split on tabs and spaces alike.
            return line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap { Int($0) }
        }
        return nil
    }
}
