import Foundation

/// The editor's sessions, in memory (a restart signs everyone out). A session's id is 256
/// random bits from the system's generator, sent only in the `lentera_sesi` cookie; its
/// CSRF token is another 256 random bits, put in a hidden `_csrf` field of every form.
/// A session is made before sign-in too (so that the sign-in form has a token: no one can
/// sign a browser in from another site), and a new one, with a new id and token, at
/// sign-in (so an id planted before sign-in is worth nothing).
actor Sessions {
    struct Session: Sendable {
        let id: String
        /// The signed-in account's name; nil before sign-in.
        let account: String?
        let csrf: String
        var lastSeen: ContinuousClock.Instant
    }

    static let cookieName = "lentera_sesi"
    /// At most this many sessions are kept: the oldest unused ones go first, those not
    /// signed in before any signed in (sign-in pages opened without end must neither fill
    /// the memory nor sign officers out).
    static let capacity = 10_000
    /// A session not signed in lasts an hour.
    static let anonymousTimeout = Duration.seconds(3600)

    private var sessions: [String: Session] = [:]
    let idleTimeout: Duration

    init(idleTimeout: Duration) {
        self.idleTimeout = idleTimeout
    }

    /// The session with this id, if it has not expired; marks it used.
    func session(_ id: String?, now: ContinuousClock.Instant = .now) -> Session? {
        guard let id, var session = sessions[id] else { return nil }
        let limit = session.account == nil ? Self.anonymousTimeout : idleTimeout
        guard now - session.lastSeen <= limit else {
            sessions[id] = nil
            return nil
        }
        session.lastSeen = now
        sessions[id] = session
        return session
    }

    /// A new session (signed in as `account`, or not yet signed in).
    func start(account: String?, now: ContinuousClock.Instant = .now) -> Session {
        if sessions.count >= Self.capacity { prune(now: now) }
        let session = Session(id: Self.randomToken(), account: account, csrf: Self.randomToken(), lastSeen: now)
        sessions[session.id] = session
        return session
    }

    /// How many sessions are kept (signed in or not).
    var count: Int { sessions.count }

    func end(_ id: String) {
        sessions[id] = nil
    }

    /// Ends every session of an account (when it no longer exists).
    func end(account: String) {
        sessions = sessions.filter { $0.value.account != account }
    }

    private func prune(now: ContinuousClock.Instant) {
        sessions = sessions.filter { now - $0.value.lastSeen <= ($0.value.account == nil ? Self.anonymousTimeout : idleTimeout) }
        // Sessions not signed in go first: anyone can make them (a sign-in page opened
        // again and again), and they must never push out an officer's.
        while sessions.count >= Self.capacity,
              let oldest = sessions.filter({ $0.value.account == nil }).min(by: { $0.value.lastSeen < $1.value.lastSeen })
                ?? sessions.min(by: { $0.value.lastSeen < $1.value.lastSeen }) {
            sessions[oldest.key] = nil
        }
    }

    /// 256 bits from `SystemRandomNumberGenerator` (the kernel's `getrandom`), as 64
    /// hexadecimal digits.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let word = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - word.count) + word
        }.joined()
    }

    /// Whether two tokens are equal, in a time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
