import Foundation
import LenteraContent
import LenteraDiagnostics

/// What an account may do in the editor (docs/editor.md, "Accounts").
public enum Role: String, Sendable, CaseIterable {
    /// Every unit, the portal settings, the free pages, Zona Integritas, and the history.
    case admin
    /// An officer (`petugas`): only the units listed in the account.
    case officer = "petugas"
}

/// One person who may sign in to the editor.
public struct Account: Sendable, Equatable {
    /// The sign-in name: 2 to 32 of `a`–`z`, `0`–`9`, `.`, `_`, `-` (`AccountsFile.isValidName`).
    public var name: String
    /// Shown in the editor and written as the author of every change.
    public var fullName: String
    public var email: String?
    public var role: Role
    /// The units an officer edits (slugs, the folder names under `units/`); empty for an admin.
    public var units: [String]
    /// bcrypt, never the password (`PasswordHash`).
    public var passwordHash: String

    public init(name: String, fullName: String, email: String? = nil, role: Role, units: [String] = [], passwordHash: String) {
        self.name = name
        self.fullName = fullName
        self.email = email
        self.role = role
        self.units = units
        self.passwordHash = passwordHash
    }

    /// An admin edits every unit; an officer exactly the units listed. A sub-unit (a unit
    /// whose `induk` is a listed unit) is NOT included: it has its own officers, and the
    /// head office's officer who should edit it too has it listed (`--unit` twice). So
    /// adding a sub-unit never widens what an existing account may do.
    public func mayEdit(unit: String) -> Bool {
        role == .admin || units.contains(unit)
    }

    /// The portal settings, free pages and Zona Integritas: admins only.
    public var mayEditPortal: Bool { role == .admin }
}

/// The accounts of a portal: the file `pengguna.yaml` beside the content folder, never
/// inside it (so never published), written by `lentera user` (docs/editor.md).
public struct AccountBook: Sendable {
    public static let fileName = "pengguna.yaml"

    /// `<the folder holding the content folder>/pengguna.yaml`.
    public static func file(besideContent content: URL) -> URL {
        let folder = PathText.containingFolder(content.standardizedFileURL.path)
        return URL(fileURLWithPath: folder.isEmpty ? "." : folder, isDirectory: true).appendingPathComponent(fileName)
    }

    /// The book in `file`; a missing file is an empty book. A file that cannot be read or
    /// is malformed is an error (its first problem, at its line and column), never a
    /// partial book.
    public static func load(_ file: URL) throws(EditorFileError) -> AccountBook {
        try load(file, displayPath: file.path)
    }

    /// `load`, the file named `displayPath` in messages (the path as the user wrote it).
    public static func load(_ file: URL, displayPath: String) throws(EditorFileError) -> AccountBook {
        guard let text = try AccountBookFile.text(of: file, displayPath: displayPath) else { return AccountBook() }
        let (entries, diagnostics) = AccountsFile.read(text, displayPath: displayPath)
        guard let entries else {
            let first = diagnostics.filter { $0.severity == .error }.sortedByLocation().first
            // `read` gives no entries only with an error among the diagnostics.
            throw EditorFileError(diagnostic: first!)
        }
        return AccountBook(accounts: entries.map { entry in
            Account(name: entry.name, fullName: entry.fullName, email: entry.email, role: Role(rawValue: entry.role) ?? .officer,
                    units: entry.units, passwordHash: entry.passwordHash)
        })
    }

    public var accounts: [Account]

    public init(accounts: [Account] = []) {
        self.accounts = accounts
    }

    /// The account of that name (names are lowercase: the name is compared as written).
    public func account(named name: String) -> Account? {
        accounts.first { $0.name == name }
    }

    /// Writes the book in its canonical form (`text`), whole or not at all, readable by
    /// its owner only (mode 0600).
    public func save(to file: URL) throws(EditorFileError) {
        try AccountBookFile.write(text, to: file)
    }
}

/// A password kept as bcrypt (hummingbird-auth's implementation): salted, slow, the cost
/// in the hash. Check `PasswordRules.problem` before `make`: bcrypt reads only the first
/// 72 bytes of a password, and Lentera refuses longer ones rather than cut them.
public enum PasswordHash {
    /// The cost (log2 of the rounds) of new hashes: about a quarter of a second here.
    public static let defaultCost: UInt8 = 12

    public static func make(_ password: String) -> String {
        make(password, cost: defaultCost)
    }

    public static func verify(_ password: String, against hash: String) -> Bool {
        verifyHash(password, against: hash)
    }
}

/// How many wrong passwords in a row lock a name, and for how long.
public struct LockoutPolicy: Sendable {
    public var attempts: Int
    public var duration: Duration

    public init(attempts: Int, duration: Duration) {
        self.attempts = attempts
        self.duration = duration
    }

    /// 5 wrong passwords in a row lock the name for 15 minutes.
    public static let standard = LockoutPolicy(attempts: 5, duration: .seconds(15 * 60))
}

/// What a sign-in gave.
public enum SignInResult: Sendable {
    case accepted(Account)
    /// A wrong name or password (the same answer for both).
    case rejected
    /// Too many wrong passwords: no password is checked until `until`.
    case locked(until: Date)
    /// The accounts file is malformed: no password was checked and nothing counted (an
    /// officer typing the right password while the admin's edit is broken is not locked out).
    case unavailable(EditorFileError)
}

/// Checks names and passwords against the accounts file, and locks a name after
/// `policy.attempts` wrong passwords in a row (docs/editor.md, "Accounts"). The counts are
/// kept in `masuk.json` of the editor's state folder, so a restart does not lift a lock.
public actor SignInGuard {
    let accountsFile: URL
    let stateFolder: URL
    let policy: LockoutPolicy
    /// The book as last read, nil while the file is malformed (then nobody signs in).
    var book: AccountBook?
    var bookProblem: EditorFileError?
    var bookStamp: FileStamp?
    var attempts: SignInAttempts?
    var attemptsStamp: FileStamp?
    var dummyHashes: [UInt8: String] = [:]

    /// - Parameters:
    ///   - accounts: the accounts file (`AccountBook.file(besideContent:)`).
    ///   - state: the editor's state folder, `.lentera-sunting` beside the content folder.
    public init(accounts: URL, state: URL, policy: LockoutPolicy = .standard) {
        self.accountsFile = accounts
        self.stateFolder = state
        self.policy = policy
    }

    public func signIn(name: String, password: String, now: Date = Date()) async -> SignInResult {
        await attempt(name: name, password: password, now: now)
    }
}
