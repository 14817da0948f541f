import Foundation
import LenteraDiagnostics

// The history of every save (issue 15, [history]): the shared declarations. The two
// stores are `GitHistory` (a commit per save) and `AppendOnlyHistory` (a JSON Lines log);
// the pages are `HistoryView`. See docs/editor.md, "History".

/// Who made a change: the account that signed in, and the name and address it gives.
public struct ChangeAuthor: Sendable, Equatable {
    public var account: String
    public var name: String
    public var email: String?

    public init(account: String, name: String, email: String? = nil) {
        self.account = account
        self.name = name
        self.email = email
    }
}

/// One recorded change: a commit, or a line of the log.
public struct Change: Sendable, Equatable {
    /// A commit's hash, or the log's id: lower-case hexadecimal, safe in an address.
    public let id: String
    public let author: ChangeAuthor
    public let date: Date
    /// The files changed, relative to the content folder.
    public let paths: [String]
    public let message: String

    public init(id: String, author: ChangeAuthor, date: Date, paths: [String], message: String) {
        self.id = id
        self.author = author
        self.date = date
        self.paths = paths
        self.message = message
    }
}

/// One line of a difference, in file order.
public enum DiffLine: Equatable, Sendable {
    case same(String), added(String), removed(String)
}

/// What a change did to one file.
public struct FileDifference: Sendable, Equatable {
    /// Whether the change made, changed or removed the file.
    public enum Status: Sendable, Equatable { case added, changed, removed }

    public let path: String
    /// The lines of the file before and after, in file order; empty for a binary file.
    public let lines: [DiffLine]
    public let status: Status
    /// The file is not text (a PDF, an image): no lines are shown.
    public let binary: Bool

    public init(path: String, lines: [DiffLine], status: Status = .changed, binary: Bool = false) {
        self.path = path
        self.lines = lines
        self.status = status
        self.binary = binary
    }
}

/// The difference of two texts line by line (see LineDifference.swift).
public enum LineDifference {}

/// Where the saves are recorded. `record` is called after the file is written (or removed);
/// `before` is nil for a new file, `after` nil for a removed one.
public protocol ChangeHistory: Sendable {
    func record(path: String, before: String?, after: String?, author: ChangeAuthor, date: Date, message: String) throws(EditorFileError)
    /// The changes of files under `prefix` (a folder relative to the content folder, such as
    /// `units/dukcapil`; "" for all), newest first, at most `limit`.
    func changes(under prefix: String, limit: Int) throws(EditorFileError) -> [Change]
    /// The files a change touched, each with its lines before and after.
    func difference(of id: String) throws(EditorFileError) -> [FileDifference]
}

public enum ChangeHistories {
    /// Git when the content folder is inside a Git work tree (commits with the officer as author), else the append-only log.
    public static func open(content: URL, state: URL) -> any ChangeHistory {
        if let git = GitHistory(content: content) { return git }
        return AppendOnlyHistory(state: state)
    }
}

/// The history pages' HTML fragments (see HistoryView.swift).
public enum HistoryView {}
