import Foundation
import LenteraDiagnostics

/// The history as Git commits, when the content folder is inside a Git work tree: each save
/// is one commit of exactly the saved file, with the officer as its author.
///
/// Only that file is committed (`git commit --only`): whatever else the repository has
/// staged or changed stays as it was, for its owner to commit. The committer is the editor
/// itself (`Lentera Sunting <sunting@lentera.invalid>`), so a machine with no `user.name` still
/// commits, and the log tells a change made in the browser from one made by hand.
struct GitHistory: ChangeHistory {
    /// The committer of every save.
    static let committer = (name: "Lentera Sunting", email: "sunting@lentera.invalid")
    /// The line that names the account in a commit message (`git log` gives names and
    /// addresses only); read back into `ChangeAuthor.account`.
    static let accountTrailer = "Lentera-Akun: "

    let git: GitCommand

    /// Nil when the folder is not inside a Git work tree, git does not run, or the work
    /// tree ignores the folder (its owner keeps the content out of Git: the log is used).
    init?(content: URL, timeLimit: Duration = .seconds(30), environment: [String: String] = ProcessInfo.processInfo.environment) {
        var git = GitCommand(folder: content)
        git.timeLimit = timeLimit
        git.baseEnvironment = environment
        guard let inside = git.run(["rev-parse", "--is-inside-work-tree", "--show-toplevel"]), inside.succeeded,
              inside.text.hasPrefix("true") else { return nil }
        // (`check-ignore` refuses literal pathspecs; "." is no pattern anyway.)
        if let ignored = git.run(["check-ignore", "-q", "--", "."], environment: ["GIT_LITERAL_PATHSPECS": "0"]),
           ignored.status == 0 { return nil }
        self.git = git
    }

    /// One process at a time commits (two at once would race for the index's lock).
    private static let committing = NSLock()

    func record(path: String, before: String?, after: String?, author: ChangeAuthor, date: Date, message: String) throws(EditorFileError) {
        let path = try HistoryPath.checked(path)
        let status: FileDifference.Status = before == nil ? .added : after == nil ? .removed : .changed
        let text = Self.commitMessage(path: path, status: status, note: message, account: author.account)
        Self.committing.lock()
        defer { Self.committing.unlock() }
        // The file as it is now: added (also over a `.gitignore` pattern: the history holds
        // every save), or its removal staged.
        if FileManager.default.fileExists(atPath: git.folder.appendingPathComponent(path).path) {
            _ = try git.require(["add", "--force", "--", path], path: path)
        } else {
            _ = try git.require(["rm", "--cached", "--quiet", "--ignore-unmatch", "--", path], path: path)
        }
        // Nothing to commit when the file is as the last commit has it (or was never there).
        if try hasHead() {
            // `diff --quiet`: 0 the same, 1 different, anything else a failure.
            let compared = git.run(["diff", "--cached", "--quiet", "HEAD", "--", path])
            if compared?.status == 0 { return }
            if compared?.status != 1 { _ = try git.require(["diff", "--cached", "--quiet", "HEAD", "--", path], path: path) }
        } else {
            guard !(try git.require(["ls-files", "-z", "--", path], path: path)).output.isEmpty else { return }
        }
        let stamp = "\(Int(date.timeIntervalSince1970.rounded(.down))) +0000"
        let identity = [
            "GIT_AUTHOR_NAME": Self.identityText(author.name.isEmpty ? author.account : author.name),
            "GIT_AUTHOR_EMAIL": Self.identityText(Self.address(of: author)),
            "GIT_AUTHOR_DATE": stamp,
            "GIT_COMMITTER_NAME": Self.committer.name,
            "GIT_COMMITTER_EMAIL": Self.committer.email,
            "GIT_COMMITTER_DATE": stamp,
        ]
        // `--no-verify` as well as the empty hooks path: no pre-commit or commit-msg hook
        // whatever git version runs.
        _ = try git.require(["commit", "--only", "--no-verify", "--quiet", "--cleanup=whitespace", "-m", text, "--", path],
                            path: path, environment: identity)
    }

    /// Whether the branch has a commit yet (not in a repository just made by `git init`).
    private func hasHead() throws(EditorFileError) -> Bool {
        // `--verify --quiet`: 0 and the hash when there is one, 1 and nothing when there is not.
        guard let result = git.run(["rev-parse", "--verify", "--quiet", "HEAD"]), result.status <= 1 else {
            _ = try git.require(["rev-parse", "--verify", "--quiet", "HEAD"])
            return false
        }
        return result.succeeded
    }

    /// The author's address, or a placeholder made from the account name under the reserved
    /// domain `.invalid` (RFC 2606) when the account has none: Git needs one, and it must not
    /// reach anybody.
    static func address(of author: ChangeAuthor) -> String {
        if let email = author.email?.trimmingCharacters(in: .whitespaces), !email.isEmpty { return email }
        let local = author.account.unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) }
        return (local.isEmpty ? "pengguna" : String(String.UnicodeScalarView(local))) + "@pengguna.lentera.invalid"
    }

    /// A name or address as Git stores it: no angle brackets or line breaks, which would
    /// break the commit's author line.
    static func identityText(_ text: String) -> String {
        let kept = text.unicodeScalars.map { "<>\n\r\0".unicodeScalars.contains($0) ? " " : Character($0) }
        let result = String(kept).trimmingCharacters(in: .whitespaces)
        return result.isEmpty ? "?" : result
    }

    /// The commit message: a first line in Indonesian naming the file (`Ubah units/…/ktp-el.md
    /// lewat editor`), the officer's own note if any, and the account.
    static func commitMessage(path: String, status: FileDifference.Status, note: String, account: String) -> String {
        let key = switch status {
        case .added: "editor.history.commit.added"
        case .changed: "editor.history.commit.changed"
        case .removed: "editor.history.commit.removed"
        }
        var text = Message(key, ["path": .text(path)]).text(in: .id)
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        if !note.isEmpty, note != text { text += "\n\n" + note }
        let account = identityText(account)
        return text + "\n\n" + accountTrailer + account + "\n"
    }

    func changes(under prefix: String, limit: Int) throws(EditorFileError) -> [Change] {
        guard let prefix = HistoryPath.prefix(prefix) else {
            throw .history("editor.history.invalid-path", "editor.history.invalid-path", ["path": .text(prefix)])
        }
        guard limit > 0, try hasHead() else { return [] }
        // Each commit starts with a record separator; the fields and then the names of its
        // files (relative to the content folder) are separated by NUL, which no message or
        // path can hold.
        let result = try git.require([
            "log", "-z", "--relative", "--name-only", "--no-renames", "-n", String(limit),
            "--format=%x1e%H%x00%an%x00%ae%x00%at%x00%B",
            "--", prefix.isEmpty ? "." : prefix,
        ])
        return Self.parseLog(result.output)
    }

    /// `git log -z` output (the format of `changes`) into changes.
    static func parseLog(_ output: Data) -> [Change] {
        var changes: [Change] = []
        var fields: [String] = []
        func finish() {
            guard fields.count >= 5, HistoryPath.isID(fields[0]) else { fields = []; return }
            let (message, account) = splitAccount(fields[4])
            let paths = fields.dropFirst(5).map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
            changes.append(Change(id: fields[0], author: ChangeAuthor(account: account, name: fields[1], email: fields[2]),
                                  date: Date(timeIntervalSince1970: TimeInterval(fields[3]) ?? 0), paths: paths, message: message))
            fields = []
        }
        for token in output.split(separator: 0, omittingEmptySubsequences: false) {
            var text = String(decoding: token, as: UTF8.self)
            if text.hasPrefix("\u{1E}") {
                finish()
                text.removeFirst()
            }
            fields.append(text)
        }
        finish()
        return changes
    }

    /// A message without its account line, and the account it names ("" for a commit not
    /// made by the editor).
    static func splitAccount(_ body: String) -> (message: String, account: String) {
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var account = ""
        if let index = lines.lastIndex(where: { $0.hasPrefix(accountTrailer) }) {
            account = String(lines[index].dropFirst(accountTrailer.count)).trimmingCharacters(in: .whitespaces)
            lines.remove(at: index)
        }
        return (lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines), account)
    }

    func difference(of id: String) throws(EditorFileError) -> [FileDifference] {
        guard HistoryPath.isID(id), let found = git.run(["rev-list", "--parents", "-n", "1", id + "^{commit}", "--"]),
              found.succeeded else { throw .unknownChange(id) }
        // The first parent (none for the first commit): a merge shows what it brought in.
        let hashes = found.text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let commit = hashes.first else { throw .unknownChange(id) }
        let range = hashes.count > 1 ? [hashes[1], commit] : ["--root", commit]
        let raw = try git.require(["diff-tree", "-r", "-z", "--relative", "--no-renames", "--no-commit-id", "--raw"] + range + ["--", "."])
        return try Self.parseRaw(raw.output).map { entry throws(EditorFileError) in
            let before = try entry.old.map { hash throws(EditorFileError) in try blob(hash) }
            let after = try entry.new.map { hash throws(EditorFileError) in try blob(hash) }
            return FileDifference(path: entry.path, before: before, after: after)
        }
    }

    private func blob(_ hash: String) throws(EditorFileError) -> Data {
        try git.require(["cat-file", "blob", hash]).output
    }

    /// `git diff-tree -z --raw` output: per file `:mode mode old new status` and the path,
    /// NUL-separated; a hash of zeros is a side where the file does not exist.
    static func parseRaw(_ output: Data) -> [(path: String, old: String?, new: String?)] {
        let tokens = output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        var entries: [(path: String, old: String?, new: String?)] = []
        var index = 0
        while index + 1 < tokens.count {
            let header = tokens[index].split(separator: " ").map(String.init)
            index += 1
            guard header.count >= 5, header[0].hasPrefix(":") else { continue }
            let path = tokens[index]
            index += 1
            // A submodule's entry names a commit of another repository, not a file.
            if header[0] == ":160000" || header[1] == "160000" { continue }
            func side(_ hash: String) -> String? { hash.allSatisfy { $0 == "0" } ? nil : hash }
            entries.append((path, side(header[2]), side(header[3])))
        }
        return entries
    }
}
