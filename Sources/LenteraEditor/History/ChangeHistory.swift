// PLACEHOLDER of the server branch (server15): the contract declarations of the history part
// with trivial bodies, so that the server builds and its tests run. Replaced at merge by the
// history part's file; nothing else belongs here.
import Foundation
import LenteraDiagnostics

public struct ChangeAuthor: Sendable {
    public var account: String
    public var name: String
    public var email: String?
}

public struct Change: Sendable {
    public let id: String
    public let author: ChangeAuthor
    public let date: Date
    public let paths: [String]
    public let message: String
}

public enum DiffLine: Equatable, Sendable { case same(String), added(String), removed(String) }

public struct FileDifference: Sendable {
    public let path: String
    public let lines: [DiffLine]
}

public enum LineDifference {
    public static func between(_ old: String, _ new: String) -> [DiffLine] {
        old.split(separator: "\n").map { .removed(String($0)) } + new.split(separator: "\n").map { .added(String($0)) }
    }
}

public protocol ChangeHistory: Sendable {
    func record(path: String, before: String?, after: String?, author: ChangeAuthor, date: Date, message: String) throws(EditorFileError)
    func changes(under prefix: String, limit: Int) throws(EditorFileError) -> [Change]
    func difference(of id: String) throws(EditorFileError) -> [FileDifference]
}

public enum ChangeHistories {
    public static func open(content: URL, state: URL) -> any ChangeHistory { NoHistory() }
}

struct NoHistory: ChangeHistory {
    func record(path: String, before: String?, after: String?, author: ChangeAuthor, date: Date, message: String) throws(EditorFileError) {}
    func changes(under prefix: String, limit: Int) throws(EditorFileError) -> [Change] { [] }
    func difference(of id: String) throws(EditorFileError) -> [FileDifference] { [] }
}

public enum HistoryView {
    public static func list(_ changes: [Change], unit: String, language: Language) -> String {
        "<ul>" + changes.map { "<li><a href=\"/_lentera/sunting/riwayat/\(unit)/\($0.id)\">\($0.id)</a></li>" }.joined() + "</ul>"
    }
    public static func difference(_ change: Change, _ files: [FileDifference], language: Language) -> String { "<p>\(change.id)</p>" }
    public static let stylesheet = ""
}
