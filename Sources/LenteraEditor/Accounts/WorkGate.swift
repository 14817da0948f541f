import Foundation

/// At most `limit` pieces of work at a time; the others wait their turn, first come first
/// served. bcrypt is made slow on purpose: a flood of sign-ins (each name is counted
/// separately, so the lockout does not stop it) would otherwise take every core, and the
/// preview and the forms with it. Behind the gate they queue, and only the sign-in is slow.
actor WorkGate {
    let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Half the cores (at least one) check passwords; the rest serve pages.
    static let passwords = WorkGate(limit: ProcessInfo.processInfo.activeProcessorCount / 2)

    /// Waits for a place, then runs `work` on a thread of its own (not the caller's executor).
    func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await enter()
        let result = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
        leave()
        return result
    }

    private func enter() async {
        if running < limit {
            running += 1
            return
        }
        // The place is handed over by `leave`, which does not decrease `running`.
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
