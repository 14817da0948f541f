import HummingbirdBcrypt
import LenteraContent
import LenteraDiagnostics

/// What a new password must be. Long rather than complicated (at least 10 characters; a
/// phrase of a few words is best), and at most 72 bytes: bcrypt reads no further, so a
/// longer password would be cut without a word, and Lentera refuses it instead.
public enum PasswordRules {
    public static let minimumCharacters = 10
    public static let maximumBytes = 72

    /// Why `password` cannot be used, or nil when it can.
    public static func problem(with password: String) -> Message? {
        if password.count < minimumCharacters {
            return Message("editor.password.too-short", ["minimum": .text(String(minimumCharacters))])
        }
        if password.utf8.count > maximumBytes {
            return Message("editor.password.too-long", ["maximum": .text(String(maximumBytes)), "bytes": .text(String(password.utf8.count))])
        }
        // bcrypt takes a C string: a NUL would end the password there.
        if password.utf8.contains(0) { return Message("editor.password.control-character") }
        return nil
    }
}

extension PasswordHash {
    /// A hash at `cost` (4…31); the tests use a low one.
    static func make(_ password: String, cost: UInt8) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// Whether `password` is the one `hash` was made from. A password bcrypt would cut or
    /// end early (over 72 bytes, a NUL) never matches; `$2y$` (PHP's name for the same
    /// algorithm as `$2b$`) is read as `$2b$`; anything not a bcrypt hash never matches.
    static func verifyHash(_ password: String, against hash: String) -> Bool {
        guard password.utf8.count <= PasswordRules.maximumBytes, !password.utf8.contains(0), AccountsFile.isBcryptHash(hash) else {
            return false
        }
        let usable = hash.hasPrefix("$2y$") ? "$2b$" + hash.dropFirst(4) : hash
        return Bcrypt.verify(password, hash: usable)
    }

    /// The cost written in a bcrypt hash (`$2b$12$…` → 12).
    static func cost(of hash: String) -> UInt8? {
        let bytes = Array(hash.utf8)
        guard bytes.count >= 7 else { return nil }
        return UInt8(String(decoding: bytes[4...5], as: UTF8.self))
    }
}
