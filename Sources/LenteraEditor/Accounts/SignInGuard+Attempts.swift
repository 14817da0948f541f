#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation
import LenteraContent

extension SignInGuard {
    /// The state file in the editor's state folder.
    public static let stateFileName = "masuk.json"

    /// The account of that name in the accounts file as it is now (re-read when it changed):
    /// for a server checking, on every request, that a session's account still exists and
    /// what it may do.
    public func account(named name: String) -> Account? {
        refreshBook()
        return book?.account(named: Self.key(name))
    }

    /// Why nobody can sign in, when the accounts file is malformed (nil otherwise).
    public func accountsProblem() -> EditorFileError? {
        refreshBook()
        return bookProblem
    }

    /// Names are lowercase: `Budi ` signs in as `budi`.
    static func key(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    func attempt(name: String, password: String, now: Date) async -> SignInResult {
        refreshBook()
        if let bookProblem { return .unavailable(bookProblem) }
        let key = Self.key(name)
        let account = book?.account(named: key)
        // A name no account could have is refused without being counted (nothing to lock,
        // and the state file does not fill with junk), but after the same work.
        let tracked = AccountsFile.isValidName(key)
        var entry = tracked ? loadedAttempts().entry(key, now: now, policy: policy) : SignInAttempts.Entry()
        if let until = entry.lockedUntil, until > now { return .locked(until: until) }

        // Counted before the password is checked: attempts made while this one is being
        // checked (the check waits off the actor) see it, so no more than `policy.attempts`
        // passwords are ever tried in a row, however many arrive at once.
        entry.failures += 1
        entry.last = now
        if entry.failures >= policy.attempts { entry.lockedUntil = now.addingTimeInterval(policy.seconds) }
        if tracked { store(entry, for: key, now: now) }

        // Made (once) whether the name exists or not, so that the first answer does not tell either.
        let dummy = await dummyHash()
        let hash = account?.passwordHash ?? dummy
        let matches = await Self.verifyOffTheActor(password, hash)
        if let account, matches {
            if tracked { store(nil, for: key, now: now) }
            return .accepted(account)
        }
        if let until = entry.lockedUntil { return .locked(until: until) }
        return .rejected
    }

    /// bcrypt takes a quarter of a second: run on a thread of its own, not the actor's,
    /// behind the gate that keeps half the cores for everything else.
    static func verifyOffTheActor(_ password: String, _ hash: String) async -> Bool {
        await WorkGate.passwords.run { PasswordHash.verify(password, against: hash) }
    }

    /// A hash of a random password at the cost of the book's hashes: checking a name that
    /// has no account costs the same time as checking one that has, so the time of an
    /// answer does not tell which names exist.
    func dummyHash() async -> String {
        let cost = book?.accounts.first.flatMap { PasswordHash.cost(of: $0.passwordHash) } ?? PasswordHash.defaultCost
        if let hash = dummyHashes[cost] { return hash }
        let random = (0..<4).map { _ in String(UInt64.random(in: .min ... .max), radix: 36) }.joined()
        let hash = await WorkGate.passwords.run { PasswordHash.make(random, cost: cost) }
        dummyHashes[cost] = hash
        return hash
    }

    /// Reads the accounts file again when its stamp changed (so `lentera user` applies to a
    /// running editor without a restart).
    func refreshBook() {
        let stamp = FileStamp(accountsFile.path)
        if stamp == bookStamp, book != nil || bookProblem != nil { return }
        bookStamp = stamp
        do {
            book = try AccountBook.load(accountsFile)
            bookProblem = nil
        } catch {
            book = nil
            bookProblem = error
        }
    }

    /// The counts, read again when `masuk.json` changed behind the guard's back (`lentera
    /// user passwd` lifts a lock by removing the name from it).
    func loadedAttempts() -> SignInAttempts {
        let file = stateFolder.appendingPathComponent(Self.stateFileName)
        let stamp = FileStamp(file.path)
        if let attempts, stamp == attemptsStamp { return attempts }
        let loaded = SignInAttempts.read(file)
        attempts = loaded
        attemptsStamp = stamp
        return loaded
    }

    func store(_ entry: SignInAttempts.Entry?, for key: String, now: Date) {
        var state = loadedAttempts()
        state.entries[key] = entry
        attempts = state
        // A state that cannot be written is kept in memory: the lock still holds until a
        // restart. (`masuk.json` is written again at the next attempt.)
        try? state.write(into: stateFolder, now: now, policy: policy)
        attemptsStamp = FileStamp(stateFolder.appendingPathComponent(Self.stateFileName).path)
    }

    /// `.lentera-sunting` beside the content folder: the editor's state (never published).
    public static func stateFolder(besideContent content: URL) -> URL {
        URL(fileURLWithPath: PathText.containingFolder(AccountBook.file(besideContent: content).path), isDirectory: true)
            .appendingPathComponent(".lentera-sunting", isDirectory: true)
    }

    /// Forgets the wrong passwords counted for `name` in the state folder `state`, lifting
    /// its lock (a running editor reads the change at the next sign-in). Whether there
    /// were any.
    @discardableResult
    public static func forgetAttempts(of name: String, state: URL) throws -> Bool {
        let file = state.appendingPathComponent(stateFileName)
        var attempts = SignInAttempts.read(file)
        guard attempts.entries.removeValue(forKey: key(name)) != nil else { return false }
        try attempts.write(into: state, now: Date(), policy: .standard)
        return true
    }
}

extension LockoutPolicy {
    var seconds: TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}

/// What tells that a file changed: inode, size, modification and change times.
struct FileStamp: Equatable {
    let inode: UInt64, size: Int64, modified: Int, modifiedNanoseconds: Int, changed: Int, changedNanoseconds: Int

    /// nil when there is no file.
    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modified = info.st_mtimespec.tv_sec; modifiedNanoseconds = info.st_mtimespec.tv_nsec
        changed = info.st_ctimespec.tv_sec; changedNanoseconds = info.st_ctimespec.tv_nsec
        #else
        modified = info.st_mtim.tv_sec; modifiedNanoseconds = info.st_mtim.tv_nsec
        changed = info.st_ctim.tv_sec; changedNanoseconds = info.st_ctim.tv_nsec
        #endif
    }
}
