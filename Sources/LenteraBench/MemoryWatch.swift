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
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
        }
        return nil
    }
}
