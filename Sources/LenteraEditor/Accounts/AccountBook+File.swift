#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraFiles

extension AccountBook {
    /// The book as `save` writes it: a header saying what the file is, then one entry per
    /// account in the order of the book, the keys in a fixed order, 2-space indentation,
    /// quotes only where YAML needs them. The same book always gives the same text.
    public var text: String {
        var lines = Self.header
        lines.append(accounts.isEmpty ? "pengguna: []" : "pengguna:")
        for account in accounts {
            lines.append("  - nama: \(YAMLScalar.written(account.name))")
            lines.append("    nama_lengkap: \(YAMLScalar.written(account.fullName))")
            if let email = account.email { lines.append("    surel: \(YAMLScalar.written(email))") }
            lines.append("    peran: \(account.role.rawValue)")
            if account.role == .officer {
                lines.append("    unit:")
                for unit in account.units { lines.append("      - \(YAMLScalar.written(unit))") }
            }
            lines.append("    sandi: \(YAMLScalar.written(account.passwordHash))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Always Indonesian: the file belongs to the portal, whatever language a command printed in.
    static let header = [
        "# Akun penyunting portal (lentera serve --edit).",
        "# Berkas ini dikelola dengan perintah `lentera user` (add, passwd, remove, list);",
        "# jangan diubah dengan tangan. Sandi hanya disimpan sebagai hash bcrypt.",
        "# Berkas ini tidak pernah diterbitkan. Jangan masukkan ke Git atau cadangan yang",
        "# dapat dibaca orang lain: tambahkan `pengguna.yaml` ke .gitignore.",
    ]
}

/// Reading and writing `pengguna.yaml`.
enum AccountBookFile {
    /// The file's text, nil when there is no file.
    static func text(of file: URL, displayPath: String) throws(EditorFileError) -> String? {
        var info = stat()
        if lstat(file.path, &info) != 0 && errno == ENOENT { return nil }
        switch RegularFile.read(file.path, followingLinks: true) {
        case .success(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw EditorFileError(diagnostic: .error("content.not-utf8", at: SourceLocation(file: displayPath), Message("content.not-utf8"),
                                                         advice: Message("content.not-utf8.hint")))
            }
            return text
        case .failure(.unreadable(let reason)):
            throw EditorFileError(diagnostic: .error("editor.accounts.unreadable", at: SourceLocation(file: displayPath),
                                                     Message("editor.accounts.unreadable", ["reason": .message(reason)]),
                                                     advice: Message("editor.accounts.unreadable.hint")))
        case .failure:
            // A FIFO, a device, a link to nothing, a file of megabytes: not an accounts file.
            throw EditorFileError(diagnostic: .error("editor.accounts.not-a-file", at: SourceLocation(file: displayPath),
                                                     Message("editor.accounts.not-a-file"), advice: Message("editor.accounts.not-a-file.hint")))
        }
    }

    /// Writes `text` as `file`, whole or not at all, mode 0600.
    static func write(_ text: String, to file: URL) throws(EditorFileError) {
        let display = file.path
        let folderPath = PathText.containingFolder(file.path)
        let folder: OpenFolder
        do { folder = try OpenFolder(path: folderPath.isEmpty ? "." : folderPath) } catch {
            throw EditorFileError(diagnostic: .error("editor.accounts.not-written", at: SourceLocation(file: display),
                                                     Message("editor.accounts.not-written", ["reason": .message(error.message)])))
        }
        let name = PathText.lastComponent(file.path)
        let temporary = ".\(name).\(getpid()).\(UInt32.random(in: .min ... .max)).tmp"
        let bytes = Array(text.utf8)
        let outcome = bytes.withUnsafeBytes { buffer in
            Result { () throws(AtomicFile.Failure) in
                try AtomicFile.write(buffer, as: name, in: folder, temporary: temporary, sync: true, mode: 0o600)
            }
        }
        if case .failure(let failure) = outcome {
            throw EditorFileError(diagnostic: .error("editor.accounts.not-written", at: SourceLocation(file: display),
                                                     Message("editor.accounts.not-written", ["reason": .text(failure.reason)])))
        }
    }
}

/// A scalar of the accounts file: written as the content store writes text (plain when
/// YAML reads it back as the same text, double-quoted otherwise).
enum YAMLScalar {
    static func written(_ text: String) -> String { YAMLText.scalar(text, textual: true) }
}
