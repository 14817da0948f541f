import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Deletes a spare set aside as `trash-…` in the state folder, after the publish and
/// outside the build's time: by a child process of its own (`rm -rf`, at the lowest CPU
/// priority and, where `ionice` exists, in the idle I/O class), started and left to run
/// while the build returns. Deleting a national portal's tree takes seconds that no one
/// waits for.
///
/// Only a folder named `trash-…` directly in a state folder is ever given to it (see
/// `start`): never the spare, never the published tree. A deletion that is killed, or
/// still running when the next build starts, leaves a `trash-…` folder that the next
/// build's `StateFolder.removeLeftovers` removes under the lock.
enum TrashRemoval {
    /// Whether `path` may be deleted here: its last part starts with `trash-`, and no slash
    /// ends it (`rm` would follow a link named so).
    static func isTrash(_ path: String) -> Bool {
        guard !path.hasSuffix("/") else { return false }
        let name = path.split(separator: "/").last ?? ""
        return name.hasPrefix("trash-") && name.count > "trash-".count
    }

    /// Starts deleting `path` (which must be a `trash-…` folder) in the background and
    /// returns at once; deletes it here when no child process can be started. Returns false,
    /// deleting nothing, for any other path.
    @discardableResult
    static func start(_ path: String) -> Bool {
        guard isTrash(path) else { return false }
        guard let pid = spawn(path) else {
            try? FileManager.default.removeItem(atPath: path)
            return true
        }
        // The lowest CPU priority (inherited through ionice's exec of rm).
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(pid), 19)
        // Reaped by a thread of its own, so that a long-lived process (`serve`, the tests)
        // keeps no zombie; a process that exits first leaves the child to init.
        let reaper = Thread {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        reaper.start()
        return true
    }

    /// `ionice -c 3 rm -rf -- PATH` (or `rm -rf -- PATH`), standard streams on /dev/null, in
    /// a process group of its own (a Ctrl+C meant for the build does not reach it). Other
    /// descriptors are not inherited as long as they are opened close-on-exec, as the
    /// build's are (the output's lock above all: `ExclusiveLock` opens it `O_CLOEXEC`, and
    /// the child is started once the lock is released).
    private static func spawn(_ path: String) -> pid_t? {
        let removers: [String] = ["/bin/rm", "/usr/bin/rm"], ionices: [String] = ["/usr/bin/ionice", "/bin/ionice"]
        guard let remove = removers.first(where: { access($0, X_OK) == 0 }) else { return nil }
        let ionice = ionices.first(where: { access($0, X_OK) == 0 })
        let arguments = (ionice.map { [$0, "-c", "3"] } ?? []) + [remove, "-rf", "--", path]

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ) == 0 else { return nil }
        return pid
    }
}
