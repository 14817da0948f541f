import Foundation
import LenteraDiagnostics
import LenteraTesting
import Testing
@testable import LenteraEditor

/// Accounts, passwords and the lockout, on real files in a temporary folder. Hashes are
/// made at bcrypt's lowest cost (4) so the suite stays quick; one test checks the default.
@Suite struct AccountsTests {
    static let password = "kata sandi panjang"
    static let hash = PasswordHash.make(password, cost: 4)

    static func officer(_ name: String = "budi", units: [String] = ["dinas-contoh"]) -> Account {
        Account(name: name, fullName: "Budi Santoso", email: "budi@contoh.go.id", role: .officer, units: units, passwordHash: hash)
    }

    static let admin = Account(name: "admin", fullName: "Admin Portal", role: .admin, passwordHash: hash)

    /// A portal folder holding `content/` and, when given, the accounts file beside it.
    func withPortal<T>(_ accounts: AccountBook?, _ body: (_ content: URL, _ accountsFile: URL, _ state: URL) async throws -> T) async throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lentera-test-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content", isDirectory: true)
        try TestPortal().write(to: content)
        let file = AccountBook.file(besideContent: content)
        if let accounts { try accounts.save(to: file) }
        return try await body(content, file, folder.appendingPathComponent(".lentera-sunting", isDirectory: true))
    }

    // MARK: - The book

    @Test func theFileLivesBesideTheContentFolderNotInIt() {
        let file = AccountBook.file(besideContent: URL(fileURLWithPath: "/srv/portal/content", isDirectory: true))
        #expect(file.path == "/srv/portal/pengguna.yaml")
        #expect(AccountBook.file(besideContent: URL(fileURLWithPath: "/srv/portal/content/")).path == "/srv/portal/pengguna.yaml")
    }

    @Test func aBookComesBackAsItWasWrittenAtMode0600() async throws {
        var tricky = Self.officer("ani.r_2", units: ["dinas-contoh", "upt-contoh"])
        tricky.fullName = "Ani \"Rahma\": #1 'Staf' \\ null"
        tricky.email = nil
        var special = Self.officer("null", units: ["dinas-contoh"])
        special.fullName = "- #1: yes"
        let words = ["yes", "on", "no", "true", "123", "off"].map { name in
            Account(name: name, fullName: name == "off" ? "'q' x #y" : name, role: .admin, passwordHash: Self.hash)
        }
        let book = AccountBook(accounts: [Self.admin, tricky, Self.officer(), special] + words)
        try await withPortal(book) { _, file, _ in
            let loaded = try AccountBook.load(file)
            #expect(loaded.accounts == book.accounts)
            let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text == book.text)
            #expect(text.hasPrefix("# Akun penyunting portal"))
            #expect(text.contains("`lentera user`") && text.contains(".gitignore"))
            #expect(!text.contains(Self.password))
            // Saved again, the same text: the form is canonical.
            try loaded.save(to: file)
            #expect(try String(contentsOf: file, encoding: .utf8) == text)
        }
    }

    @Test func aMissingFileIsAnEmptyBook() async throws {
        try await withPortal(nil) { _, file, _ in
            let book = try AccountBook.load(file)
            #expect(book.accounts.isEmpty)
        }
    }

    @Test func theCanonicalTextIsFixed() {
        let account = Account(name: "budi", fullName: "Budi Santoso", role: .officer, units: ["dinas-contoh"],
                              passwordHash: "$2b$04$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234")
        #expect(AccountBook(accounts: [account]).text.split(separator: "\n").filter { !$0.hasPrefix("#") } == [
            "pengguna:",
            "  - nama: budi",
            "    nama_lengkap: Budi Santoso",
            "    peran: petugas",
            "    unit:",
            "      - dinas-contoh",
            "    sandi: $2b$04$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234",
        ])
        #expect(AccountBook().text.hasSuffix("pengguna: []\n"))
    }

    /// The first problem of a malformed file, rendered in English.
    func problem(_ text: String) async throws -> String {
        try await withPortal(nil) { _, file, _ in
            try Data(text.utf8).write(to: file)
            return Self.loaded(file)
        }
    }

    static func loaded(_ file: URL) -> String {
        do {
            _ = try AccountBook.load(file, displayPath: "pengguna.yaml")
            return "loaded"
        } catch {
            return error.diagnostic.formatted(in: .en)
        }
    }

    static let validEntry = """
        pengguna:
          - nama: budi
            nama_lengkap: Budi
            peran: petugas
            unit: [dinas-contoh]
            sandi: \(hash)

        """

    @Test func malformedFilesAreRefusedAtTheirLineWithWhatToDo() async throws {
        #expect(try await problem(Self.validEntry) == "loaded")
        #expect(try await problem("# only comments\n") == "loaded")
        #expect(try await problem(Self.validEntry.replacingOccurrences(of: "    peran:", with: "    peranan: admin\n    peran:")) == """
            pengguna.yaml:4:5: error: unknown field `peranan` in this account [content.unknown-key]
              hint: did you mean `peran`? the fields allowed here are: nama, nama_lengkap, surel, peran, unit, sandi
            """)
        #expect(try await problem(Self.validEntry.replacingOccurrences(of: "peran: petugas", with: "peran: petugass")) == """
            pengguna.yaml:4:12: error: unknown role `petugass` [editor.accounts.unknown-role]
              hint: did you mean `petugas`? the roles are `admin` (every unit and the portal settings) and `petugas` (officer: only the units listed)
            """)
        #expect(try await problem(Self.validEntry.replacingOccurrences(of: "sandi: \(Self.hash)", with: "sandi: rahasia123")) == """
            pengguna.yaml:6:12: error: `sandi` is not a bcrypt hash; a password is never stored as it is [editor.accounts.invalid-hash]
              hint: set the password with `lentera user passwd budi`
            """)
        #expect(try await problem(Self.validEntry.replacingOccurrences(of: "nama: budi", with: "nama: Budi Santoso")) == """
            pengguna.yaml:2:11: error: the account name `Budi Santoso` cannot be used [editor.accounts.invalid-name]
              hint: an account name is 2–32 lowercase letters a–z, digits, dots, underscores or hyphens, such as `budi.santoso`
            """)
        #expect(try await problem(Self.validEntry + Self.validEntry.replacingOccurrences(of: "pengguna:\n", with: "")) == """
            pengguna.yaml:7:5: error: account `budi` is already on line 2 [editor.accounts.duplicate-name]
              hint: each account name may appear once: remove one of the entries
            """)
        #expect(try await problem(Self.validEntry.replacingOccurrences(of: "    unit: [dinas-contoh]\n", with: "")) == """
            pengguna.yaml:2:5: error: officer `budi` has no unit, so cannot edit anything [editor.accounts.officer-without-unit]
              hint: add `unit:` with the unit's folder name, or make the account `peran: admin`
            """)
        #expect(try await problem("pengguna:\n  - nama: budi\n\tperan: admin\n").hasPrefix("pengguna.yaml:3:1: error: "))
        #expect(try await problem("akun: []\n").hasPrefix("pengguna.yaml:1:1: error: unknown field `akun` in the accounts file"))
    }

    // MARK: - Roles

    @Test func anOfficerEditsExactlyTheUnitsListedAndAnAdminEverything() {
        let officer = Self.officer(units: ["dinas-contoh", "upt-contoh"])
        #expect(officer.mayEdit(unit: "dinas-contoh"))
        #expect(officer.mayEdit(unit: "upt-contoh"))
        #expect(!officer.mayEdit(unit: "dinas-lain"))
        #expect(!officer.mayEdit(unit: "dinas-contoh-2"))
        #expect(!officer.mayEditPortal)
        #expect(Self.admin.mayEdit(unit: "dinas-lain"))
        #expect(Self.admin.mayEditPortal)
        #expect(Role(rawValue: "petugas") == .officer)
    }

    // MARK: - Passwords

    @Test func hashesAreSaltedBcryptAndNeverThePassword() {
        let first = PasswordHash.make(Self.password, cost: 4)
        let second = PasswordHash.make(Self.password, cost: 4)
        #expect(first.hasPrefix("$2b$04$") && first.count == 60)
        #expect(first != second)
        #expect(!first.contains(Self.password))
        #expect(PasswordHash.verify(Self.password, against: first))
        #expect(!PasswordHash.verify(Self.password + "!", against: first))
        #expect(!PasswordHash.verify(Self.password, against: "kata sandi panjang"))
        // PHP's `$2y$` is the same algorithm.
        #expect(PasswordHash.verify(Self.password, against: "$2y$" + first.dropFirst(4)))
    }

    @Test func newHashesTakeCost12() {
        let hash = PasswordHash.make("sepuluh karakter")
        #expect(hash.hasPrefix("$2b$12$"))
        #expect(PasswordHash.verify("sepuluh karakter", against: hash))
    }

    @Test func passwordsAreLongButNeverCut() {
        #expect(PasswordRules.problem(with: "123456789")?.key == "editor.password.too-short")
        #expect(PasswordRules.problem(with: "1234567890") == nil)
        #expect(PasswordRules.problem(with: String(repeating: "a", count: 72)) == nil)
        #expect(PasswordRules.problem(with: String(repeating: "a", count: 73))?.key == "editor.password.too-long")
        // 25 characters of 3 bytes each: 75 bytes.
        #expect(PasswordRules.problem(with: String(repeating: "€", count: 25))?.key == "editor.password.too-long")
        #expect(PasswordRules.problem(with: "1234567890\u{0}abc")?.key == "editor.password.control-character")
        // bcrypt reads 72 bytes: a longer password sharing them must not verify.
        let long = String(repeating: "a", count: 72)
        #expect(!PasswordHash.verify(long + "b", against: PasswordHash.make(long, cost: 4)))
        #expect(!PasswordHash.verify("1234567890\u{0}x", against: PasswordHash.make("1234567890", cost: 4)))
    }

    // MARK: - Sign-in and lockout

    static let start = Date(timeIntervalSince1970: 1_800_000_000)
    static let policy = LockoutPolicy.standard

    @Test func theRightPasswordSignsInAndAWrongOneIsRejected() async throws {
        try await withPortal(AccountBook(accounts: [Self.officer()])) { _, file, state in
            let guardian = SignInGuard(accounts: file, state: state)
            guard case .accepted(let account) = await guardian.signIn(name: " Budi", password: Self.password, now: Self.start) else {
                Issue.record("not accepted")
                return
            }
            #expect(account.name == "budi")
            guard case .rejected = await guardian.signIn(name: "budi", password: "salah sekali", now: Self.start) else {
                Issue.record("not rejected")
                return
            }
        }
    }

    /// The results of `count` wrong passwords for `name`, one a second from `start`.
    func wrongPasswords(_ guardian: SignInGuard, _ name: String, count: Int, from start: Date = start) async -> [SignInResult] {
        var results: [SignInResult] = []
        for index in 0..<count {
            results.append(await guardian.signIn(name: name, password: "salah \(index) salah", now: start.addingTimeInterval(Double(index))))
        }
        return results
    }

    static func isLocked(_ result: SignInResult) -> Date? {
        if case .locked(let until) = result { return until }
        return nil
    }

    static func isRejected(_ result: SignInResult) -> Bool {
        if case .rejected = result { return true }
        return false
    }

    @Test func theFifthWrongPasswordLocksForFifteenMinutesThenTheLockEnds() async throws {
        try await withPortal(AccountBook(accounts: [Self.officer()])) { _, file, state in
            let guardian = SignInGuard(accounts: file, state: state)
            let results = await wrongPasswords(guardian, "budi", count: 5)
            #expect(results.prefix(4).allSatisfy(Self.isRejected))
            let fifth = Self.start.addingTimeInterval(4)
            #expect(Self.isLocked(results[4]) == fifth.addingTimeInterval(15 * 60))
            // Locked: even the right password is not checked.
            let during = await guardian.signIn(name: "budi", password: Self.password, now: fifth.addingTimeInterval(15 * 60 - 1))
            #expect(Self.isLocked(during) == fifth.addingTimeInterval(15 * 60))
            // Once the lock has run out, the right password signs in.
            guard case .accepted = await guardian.signIn(name: "budi", password: Self.password, now: fifth.addingTimeInterval(15 * 60)) else {
                Issue.record("still locked after the duration")
                return
            }
        }
    }

    @Test func aSuccessResetsTheCount() async throws {
        try await withPortal(AccountBook(accounts: [Self.officer()])) { _, file, state in
            let guardian = SignInGuard(accounts: file, state: state)
            _ = await wrongPasswords(guardian, "budi", count: 4)
            guard case .accepted = await guardian.signIn(name: "budi", password: Self.password, now: Self.start.addingTimeInterval(10)) else {
                Issue.record("not accepted")
                return
            }
            let again = await wrongPasswords(guardian, "budi", count: 4, from: Self.start.addingTimeInterval(20))
            #expect(again.allSatisfy(Self.isRejected))
        }
    }

    @Test func aLockSurvivesARestart() async throws {
        try await withPortal(AccountBook(accounts: [Self.officer()])) { _, file, state in
            _ = await wrongPasswords(SignInGuard(accounts: file, state: state), "budi", count: 5)
            let stateFile = state.appendingPathComponent("masuk.json")
            let attributes = try FileManager.default.attributesOfItem(atPath: stateFile.path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            let restarted = SignInGuard(accounts: file, state: state)
            let result = await restarted.signIn(name: "budi", password: Self.password, now: Self.start.addingTimeInterval(60))
            #expect(Self.isLocked(result) == Self.start.addingTimeInterval(4 + 15 * 60))
        }
    }

    @Test func forgettingTheAttemptsLiftsTheLockOfARunningGuard() async throws {
        try await withPortal(AccountBook(accounts: [Self.officer()])) { content, file, state in
            #expect(SignInGuard.stateFolder(besideContent: content) == state)
            let guardian = SignInGuard(accounts: file, state: state)
            let results = await wrongPasswords(guardian, "budi", count: 5)
            #expect(Self.isLocked(results[4]) != nil)
            // As `lentera user passwd` does, in another process.
            let forgotten = try SignInGuard.forgetAttempts(of: "budi", state: state)
            let again = try SignInGuard.forgetAttempts(of: "budi", state: state)
            #expect(forgotten && !again)
            guard case .accepted = await guardian.signIn(name: "budi", password: Self.password, now: Self.start.addingTimeInterval(10)) else {
                Issue.record("still locked")
                return
            }
        }
    }

    @Test func aDamagedStateFileIsIgnoredAndReplaced() async throws {
        try await withPortal(AccountBook(accounts: [Self.officer()])) { _, file, state in
            try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
            let stateFile = state.appendingPathComponent("masuk.json")
            try Data("{\"version\": 1, \"entries\": [1,".utf8).write(to: stateFile)
            let guardian = SignInGuard(accounts: file, state: state)
            #expect(Self.isRejected(await guardian.signIn(name: "budi", password: "salah salah", now: Self.start)))
            let written = try JSONSerialization.jsonObject(with: Data(contentsOf: stateFile)) as? [String: Any]
            let entries = written?["entries"] as? [String: Any]
            #expect(entries?["budi"] != nil)
        }
    }

    @Test func unknownNamesAreLockedTooSoNamesCannotBeTold() async throws {
        try await withPortal(AccountBook(accounts: [Self.officer()])) { _, file, state in
            let guardian = SignInGuard(accounts: file, state: state)
            let results = await wrongPasswords(guardian, "siapa", count: 5)
            #expect(results.prefix(4).allSatisfy(Self.isRejected))
            #expect(Self.isLocked(results[4]) != nil)
            // The lock of one name is not another's.
            guard case .accepted = await guardian.signIn(name: "budi", password: Self.password, now: Self.start.addingTimeInterval(5)) else {
                Issue.record("budi was locked by another name's failures")
                return
            }
        }
    }

    @Test func anUnknownNameIsCheckedAgainstAHashOfTheSameCost() async throws {
        try await withPortal(AccountBook(accounts: [Self.officer()])) { _, file, state in
            let guardian = SignInGuard(accounts: file, state: state)
            _ = await guardian.signIn(name: "siapa", password: "salah salah", now: Self.start)
            let dummy = await guardian.dummyHash()
            // The book's hashes are at cost 4: so is the one an unknown name is checked against.
            #expect(dummy.hasPrefix("$2b$04$"))
            #expect(await guardian.dummyHash() == dummy)
        }
    }

    @Test func concurrentAttemptsCannotTryMoreThanFivePasswords() async throws {
        try await withPortal(AccountBook(accounts: [Self.officer()])) { _, file, state in
            let guardian = SignInGuard(accounts: file, state: state)
            let results = await withTaskGroup(of: SignInResult.self) { group in
                for index in 0..<12 {
                    group.addTask { await guardian.signIn(name: "budi", password: "tebakan \(index) salah", now: Self.start) }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results.filter(Self.isRejected).count == 4)
            #expect(results.compactMap(Self.isLocked).count == 8)
        }
    }

    @Test func theGateRunsNoMoreThanItsLimitAtOnce() async {
        let gate = WorkGate(limit: 2)
        let counter = Locked((now: 0, most: 0))
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    _ = await gate.run {
                        counter.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
                        Thread.sleep(forTimeInterval: 0.02)
                        counter.withLock { $0.now -= 1 }
                        return 0
                    }
                }
            }
        }
        #expect(counter.withLock { $0.most } == 2)
    }

    @Test func changesToTheFileApplyWithoutARestart() async throws {
        try await withPortal(AccountBook(accounts: [Self.officer()])) { _, file, state in
            let guardian = SignInGuard(accounts: file, state: state)
            #expect(await guardian.account(named: "budi") != nil)
            #expect(await guardian.account(named: "admin") == nil)
            try AccountBook(accounts: [Self.admin]).save(to: file)
            #expect(await guardian.account(named: "budi") == nil)
            guard case .accepted(let account) = await guardian.signIn(name: "admin", password: Self.password, now: Self.start) else {
                Issue.record("the new account was not read")
                return
            }
            #expect(account.role == .admin)
            // A file broken by hand: nobody signs in, the problem is told, and nothing is
            // counted (the right password typed meanwhile locks no one out).
            try Data("pengguna: [".utf8).write(to: file)
            for _ in 0...LockoutPolicy.standard.attempts {
                guard case .unavailable = await guardian.signIn(name: "admin", password: Self.password, now: Self.start) else {
                    Issue.record("a broken file must make the sign-in unavailable")
                    return
                }
            }
            #expect(await guardian.accountsProblem() != nil)
            try AccountBook(accounts: [Self.admin]).save(to: file)
            guard case .accepted = await guardian.signIn(name: "admin", password: Self.password, now: Self.start) else {
                Issue.record("the name was locked while the file was broken")
                return
            }
        }
    }
}
