// PLACEHOLDER of the server branch (server15): the contract declarations of the accounts part
// with trivial bodies, so that the server builds and its tests run. Replaced at merge by the
// accounts part's file; nothing else belongs here.
import Foundation
import LenteraDiagnostics

public enum Role: String, Sendable { case admin, officer = "petugas" }

public struct Account: Sendable, Equatable {
    public var name: String
    public var fullName: String
    public var email: String?
    public var role: Role
    public var units: [String]
    public var passwordHash: String
    public func mayEdit(unit: String) -> Bool { role == .admin || units.contains(unit) }
    public var mayEditPortal: Bool { role == .admin }
}

public struct AccountBook: Sendable {
    public static func file(besideContent content: URL) -> URL {
        content.standardizedFileURL.deletingLastPathComponent().appendingPathComponent("pengguna.yaml")
    }

    public static func load(_ file: URL) throws(EditorFileError) -> AccountBook {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return AccountBook(accounts: []) }
        let accounts = text.split(separator: "\n").compactMap { line -> Account? in
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 5, let role = Role(rawValue: parts[2]) else { return nil }
            return Account(name: parts[0], fullName: parts[1], email: nil, role: role,
                           units: parts[3].split(separator: ",").map(String.init), passwordHash: parts[4])
        }
        return AccountBook(accounts: accounts)
    }

    public var accounts: [Account]

    public func account(named: String) -> Account? { accounts.first { $0.name == named } }

    public func save(to file: URL) throws(EditorFileError) {
        let text = accounts.map { [$0.name, $0.fullName, $0.role.rawValue, $0.units.joined(separator: ","), $0.passwordHash].joined(separator: "\t") }
            .joined(separator: "\n")
        do { try Data(text.utf8).write(to: file, options: .atomic) } catch {
            throw EditorFileError(diagnostic: .error("editor.placeholder", at: nil, Message(untranslated: "\(error)")))
        }
    }
}

public enum PasswordHash {
    public static func make(_ password: String) -> String { "plain:" + password }
    public static func verify(_ password: String, against hash: String) -> Bool { hash == "plain:" + password }
}

public struct LockoutPolicy: Sendable {
    public var attempts: Int
    public var duration: Duration
    public static let standard = LockoutPolicy(attempts: 5, duration: .seconds(15 * 60))
}

public enum SignInResult: Sendable { case accepted(Account); case rejected; case locked(until: Date) }

public actor SignInGuard {
    private let accounts: URL
    private let policy: LockoutPolicy
    private var failures: [String: (count: Int, until: Date?)] = [:]

    public init(accounts: URL, state: URL, policy: LockoutPolicy = .standard) {
        self.accounts = accounts
        self.policy = policy
    }

    public func signIn(name: String, password: String, now: Date = Date()) async -> SignInResult {
        if let until = failures[name]?.until, until > now { return .locked(until: until) }
        if let account = (try? AccountBook.load(accounts))?.account(named: name),
           PasswordHash.verify(password, against: account.passwordHash) {
            failures[name] = nil
            return .accepted(account)
        }
        let count = (failures[name]?.count ?? 0) + 1
        if count >= policy.attempts {
            let until = now.addingTimeInterval(Double(policy.duration.components.seconds))
            failures[name] = (0, until)
            return .locked(until: until)
        }
        failures[name] = (count, nil)
        return .rejected
    }
}
