import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What one child process cost, from the kernel's own accounting (`wait4`'s rusage) and
/// a monotonic clock around it.
public struct ProcessCost: Sendable, Codable, Equatable {
    /// Seconds from just before `posix_spawn` to `wait4` returning (CLOCK_MONOTONIC).
    public var wallSeconds: Double
    public var userSeconds: Double
    public var systemSeconds: Double
    /// The largest resident set the child reached, in KiB (`ru_maxrss`).
    public var peakRSSKiB: Int
    /// The exit status, or nil when a signal ended the child.
    public var exitStatus: Int32?
    public var signal: Int32?
    /// Set when the child was killed for going over the memory limit: the resident set
    /// seen then, in KiB, and the seconds since the start.
    public var stoppedAtRSSKiB: Int?
    public var stoppedAfterSeconds: Double?

    public var cpuSeconds: Double { userSeconds + systemSeconds }
    public var succeeded: Bool { exitStatus == 0 }
}

/// Starts a program with `posix_spawn` (standard output and error into files, standard
/// input from /dev/null), optionally watches its resident memory, and waits for it.
public enum ChildProcess {
    public struct SpawnFailure: Error, CustomStringConvertible {
        public let description: String
    }

    /// - Parameters:
    ///   - executable: a path, or a bare name looked up on `PATH` (`hugo`).
    ///   - memoryLimitKiB: when given, the child's VmRSS is read every 100 ms and the child
    ///     is killed (SIGKILL) as soon as it is above the limit.
    public static func run(_ executable: String, _ arguments: [String], stdout: String, stderr: String,
                           memoryLimitKiB: Int? = nil) throws -> ProcessCost {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }

        var pid: pid_t = 0
        let start = monotonicSeconds()
        let status = executable.contains("/")
            ? posix_spawn(&pid, executable, &actions, nil, argv, environ)
            : posix_spawnp(&pid, executable, &actions, nil, argv, environ)
        guard status == 0 else {
            throw SpawnFailure(description: "cannot start `\(executable)`: \(String(cString: strerror(status)))")
        }

        let watch = memoryLimitKiB.map { MemoryWatch(pid: pid, limitKiB: $0, start: start) }
        watch?.begin()

        // Wait without reaping first, so that the watcher can never signal a reused pid:
        // the child stays a zombie (its pid taken) until the watcher has stopped.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
        let end = monotonicSeconds()
        watch?.stop()

        var usage = rusage()
        var waitStatus: Int32 = 0
        while wait4(pid, &waitStatus, 0, &usage) < 0 && errno == EINTR {}

        let signalled = waitStatus & 0x7f
        var cost = ProcessCost(
            wallSeconds: end - start,
            userSeconds: seconds(usage.ru_utime), systemSeconds: seconds(usage.ru_stime),
            peakRSSKiB: Int(usage.ru_maxrss),
            exitStatus: signalled == 0 ? (waitStatus >> 8) & 0xff : nil,
            signal: signalled == 0 ? nil : signalled)
        if let stop = watch?.stopped {
            cost.stoppedAtRSSKiB = stop.rssKiB
            cost.stoppedAfterSeconds = stop.seconds
        }
        return cost
    }

    /// Seconds on the monotonic clock (CLOCK_MONOTONIC), from an arbitrary start.
    public static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    private static func seconds(_ value: timeval) -> Double {
        Double(value.tv_sec) + Double(value.tv_usec) / 1e6
    }
}
