import LenteraDiagnostics
import LenteraDomain
import Yams

/// The editor's accounts file, `pengguna.yaml` beside the content folder (docs/editor.md,
/// "Accounts"), read like a content file: YAML through the same reader (`Document`), so a
/// broken file is reported at its line and column with the same words as `lentera check`;
/// unknown and repeated keys refused (`Fields`). What an account may do is the editor's
/// business (`LenteraEditor.Account`); this only reads the file and checks each entry.
public enum AccountsFile {
    /// One account as the file writes it.
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var fullName: String
        public var email: String?
        /// `admin` or `petugas`.
        public var role: String
        public var units: [String]
        /// A bcrypt hash (`$2b$…`, 60 characters).
        public var passwordHash: String

        public init(name: String, fullName: String, email: String?, role: String, units: [String], passwordHash: String) {
            self.name = name
            self.fullName = fullName
            self.email = email
            self.role = role
            self.units = units
            self.passwordHash = passwordHash
        }
    }

    /// The keys of the file and of an entry, in the order the file is written.
    public static let fileKeys = ["pengguna"]
    public static let entryKeys = ["nama", "nama_lengkap", "surel", "peran", "unit", "sandi"]
    public static let roles = ["admin", "petugas"]
    /// An account name: 2 to 32 of `a`–`z`, `0`–`9`, `.`, `_`, `-`.
    public static let nameLength = 2...32
    /// A full name is shown in the editor and written as a change's author.
    public static let fullNameLength = 1...120

    /// Whether `name` is a valid account name.
    public static func isValidName(_ name: String) -> Bool {
        nameLength.contains(name.unicodeScalars.count) && name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-"
        }
    }

    /// Whether `text` is a full name the file can hold: not blank, no control characters.
    public static func isValidFullName(_ text: String) -> Bool {
        fullNameLength.contains(text.count) && !text.trimmed().isEmpty
            && !text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    /// An address as `lentera check` takes one: one `@`, a dot after it, no space.
    public static func isValidEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !text.unicodeScalars.contains { $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    /// A bcrypt hash in the modular crypt format: `$2a$`, `$2b$` or `$2y$`, a two-digit
    /// cost from 04 to 31, 53 characters of bcrypt's base 64.
    public static func isBcryptHash(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 60, bytes[0] == UInt8(ascii: "$"), bytes[1] == UInt8(ascii: "2"),
              [UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "y")].contains(bytes[2]), bytes[3] == UInt8(ascii: "$"),
              bytes[6] == UInt8(ascii: "$"), let cost = Int(String(decoding: bytes[4...5], as: UTF8.self)), (4...31).contains(cost)
        else { return false }
        return bytes[7...].allSatisfy { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0)
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// The entries of the file's `text`, or nil with the reasons (the file `displayPath`).
    /// A file with nothing but comments holds no account.
    public static func read(_ text: String, displayPath: String) -> (entries: [Entry]?, diagnostics: [Diagnostic]) {
        let (document, context) = Document.parse(text: text, displayPath: displayPath, format: .yaml)
        guard let document else {
            if context.diagnostics.map(\.code) == ["content.empty"] { return ([], []) }
            return (nil, context.diagnostics)
        }
        let entries = decode(document.root, context: context)
        return (context.diagnostics.hasErrors ? nil : entries, context.diagnostics)
    }

    static func decode(_ root: Node, context: FileContext) -> [Entry] {
        guard let file = Fields(root, context: context, what: Message("editor.accounts.what.file"), allowed: fileKeys) else { return [] }
        guard let node = file.value("pengguna") else { return [] }
        guard case .sequence(let items) = node else {
            context.error("editor.accounts.not-a-list", node, Message("editor.accounts.not-a-list"), advice: Message("editor.accounts.fix-hint"))
            return []
        }
        var entries: [Entry] = []
        var seen: [String: Int] = [:]
        for item in items {
            guard let entry = decodeEntry(item, context: context) else { continue }
            if let line = seen[entry.name] {
                context.error("editor.accounts.duplicate-name", item, Message("editor.accounts.duplicate-name", ["name": .text(entry.name), "line": .text(String(line))]),
                              advice: Message("editor.accounts.duplicate-name.hint"))
                continue
            }
            seen[entry.name] = context.location(item).line ?? 0
            entries.append(entry)
        }
        return entries
    }

    static func decodeEntry(_ node: Node, context: FileContext) -> Entry? {
        let what = Message("editor.accounts.what.account")
        let before = context.diagnostics.count
        guard let fields = Fields(node, context: context, what: what, allowed: entryKeys) else { return nil }
        let name = fields.string("nama", required: true, what: what)
        if let name, !isValidName(name) {
            context.error("editor.accounts.invalid-name", fields.value("nama"), Message("editor.accounts.invalid-name", ["name": .text(name)]),
                          advice: Message("editor.accounts.invalid-name.hint"))
        }
        let fullName = fields.string("nama_lengkap", required: true, what: what)
        if let fullName, !isValidFullName(fullName) {
            context.error("editor.accounts.invalid-full-name", fields.value("nama_lengkap"), Message("editor.accounts.invalid-full-name"),
                          advice: Message("editor.accounts.invalid-full-name.hint"))
        }
        let email = fields.string("surel")
        if let email, !isValidEmail(email) {
            context.error("editor.accounts.invalid-email", fields.value("surel"), Message("editor.accounts.invalid-email", ["value": .text(email)]),
                          advice: Message("editor.accounts.invalid-email.hint"))
        }
        let role = fields.string("peran", required: true, what: what)
        if let role, !roles.contains(role) {
            context.error("editor.accounts.unknown-role", fields.value("peran"), Message("editor.accounts.unknown-role", ["role": .text(role)]),
                          advice: Suggestion.advice(for: role, among: roles, then: Message("editor.accounts.unknown-role.hint")))
        }
        var units: [String] = []
        for item in fields.list("unit") ?? [] {
            guard let slug = item.scalar?.string.trimmed(), Slug.isValid(slug) else {
                context.error("editor.accounts.invalid-unit", item, Message("editor.accounts.invalid-unit", ["value": .text(item.scalar?.string ?? "")]),
                              advice: Message("editor.accounts.invalid-unit.hint"))
                continue
            }
            if !units.contains(slug) { units.append(slug) }
        }
        if role == "petugas", units.isEmpty, fields.value("unit") == nil {
            context.error("editor.accounts.officer-without-unit", node, Message("editor.accounts.officer-without-unit", ["name": .text(name ?? "")]),
                          advice: Message("editor.accounts.officer-without-unit.hint"))
        }
        if role == "admin", let unitNode = fields.value("unit") {
            context.error("editor.accounts.admin-with-units", unitNode, Message("editor.accounts.admin-with-units"),
                          advice: Message("editor.accounts.admin-with-units.hint"))
        }
        let hash = fields.string("sandi", required: true, what: what)
        if let hash, !isBcryptHash(hash) {
            context.error("editor.accounts.invalid-hash", fields.value("sandi"), Message("editor.accounts.invalid-hash"),
                          advice: Message("editor.accounts.invalid-hash.hint", ["name": .text(name ?? "NAMA")]))
        }
        guard context.diagnostics.count == before, let name, let fullName, let role, let hash else { return nil }
        return Entry(name: name, fullName: fullName, email: email, role: role, units: units, passwordHash: hash)
    }
}
