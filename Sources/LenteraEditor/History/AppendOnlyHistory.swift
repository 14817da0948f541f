#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LenteraDiagnostics
import LenteraFiles

/// The history when the content is not in Git: `riwayat.jsonl` in the editor's state folder
/// (`.lentera-sunting/`, beside the content folder, never published), one JSON object per
/// save, appended and never rewritten.
///
/// Each record is written by one `write` on a descriptor opened with `O_APPEND`, under an
/// exclusive `flock` of the log (so that two saves, of this process or another, never
/// interleave), then synced before `record` returns. A record cut short by a crash leaves a
/// last line that is not JSON: reading skips it, and the next record starts on a line of
/// its own.
struct AppendOnlyHistory: ChangeHistory {
    /// One line of the log.
    struct Record: Codable, Equatable {
        var id: String
        var account: String
        var name: String
        var email: String?
        /// ISO 8601, UTC (`2026-12-06T19:12:33Z`).
        var date: String
        var path: String
        var message: String
        var before: String?
        var after: String?
    }

    static let fileName = "riwayat.jsonl"

    let state: URL
    var file: URL { state.appendingPathComponent(Self.fileName) }
    /// How long a record waits for another writer before it gives up.
    var lockWait: Duration = .seconds(10)

    init(state: URL) { self.state = state }

    func record(path: String, before: String?, after: String?, author: ChangeAuthor, date: Date, message: String) throws(EditorFileError) {
        let path = try HistoryPath.checked(path)
        let status: FileDifference.Status = before == nil ? .added : after == nil ? .removed : .changed
        let record = Record(id: Self.newID(date), account: author.account, name: author.name, email: author.email,
                            date: Self.dateText(date), path: path,
                            message: Self.message(path: path, status: status, note: message), before: before, after: after)
        var line: Data
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            line = try encoder.encode(record)
        } catch {
            throw failure("editor.history.log-failed", reason: "\(error)")
        }
        line.append(UInt8(ascii: "\n"))
        try append(line)
    }

    /// The first line of the record's message: the same sentence a commit starts with, and
    /// the officer's note after it.
    static func message(path: String, status: FileDifference.Status, note: String) -> String {
        let full = GitHistory.commitMessage(path: path, status: status, note: note, account: "")
        return GitHistory.splitAccount(full).message
    }

    private func append(_ line: Data) throws(EditorFileError) {
        if mkdir(state.path, 0o700) != 0 && errno != EEXIST { throw failure("editor.history.log-failed", reason: Self.reason()) }
        let descriptor = open(file.path, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("editor.history.log-failed", reason: Self.reason()) }
        defer { close(descriptor) }
        // A lock of our own open file: it excludes every other opening, in this process too.
        let deadline = ContinuousClock.now + lockWait
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, ContinuousClock.now < deadline else {
                throw failure("editor.history.log-busy", reason: Self.reason())
            }
            usleep(5_000)
        }
        defer { flock(descriptor, LOCK_UN) }
        // A last line left without its end by a crash: this record starts a line of its own.
        // (Opened for reading too, for this one byte.)
        var bytes = line
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_size > 0 {
            var last: UInt8 = 0
            if pread(descriptor, &last, 1, off_t(info.st_size - 1)) == 1, last != UInt8(ascii: "\n") {
                bytes.insert(UInt8(ascii: "\n"), at: 0)
            }
        }
        let written: AtomicFile.Failure? = bytes.withUnsafeBytes { buffer in
            do throws(AtomicFile.Failure) { try AtomicFile.writeAll(buffer, to: descriptor) } catch { return error }
            return nil
        }
        if let written { throw failure("editor.history.log-failed", reason: written.reason) }
        guard fsync(descriptor) == 0 else { throw failure("editor.history.log-failed", reason: Self.reason()) }
    }

    func changes(under prefix: String, limit: Int) throws(EditorFileError) -> [Change] {
        guard let prefix = HistoryPath.prefix(prefix) else {
            throw .history("editor.history.invalid-path", "editor.history.invalid-path", ["path": .text(prefix)])
        }
        guard limit > 0 else { return [] }
        var changes: [Change] = []
        for record in try records().reversed() where HistoryPath.path(record.path, isUnder: prefix) {
            changes.append(record.change)
            if changes.count == limit { break }
        }
        return changes
    }

    func difference(of id: String) throws(EditorFileError) -> [FileDifference] {
        guard HistoryPath.isID(id), let record = try records().last(where: { $0.id == id }) else { throw .unknownChange(id) }
        return [FileDifference(path: record.path, before: record.before, after: record.after)]
    }

    /// Every whole record, oldest first; lines that are not a record (cut short, damaged) skipped.
    func records() throws(EditorFileError) -> [Record] {
        // Read whole (not through `RegularFile`, whose bound is for content files: the log
        // holds the texts of every save and grows past it).
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch CocoaError.fileReadNoSuchFile {
            return []
        } catch {
            throw self.failure("editor.history.log-unreadable", reason: error.localizedDescription)
        }
        let decoder = JSONDecoder()
        return data.split(separator: UInt8(ascii: "\n")).compactMap { line in
            guard let record = try? decoder.decode(Record.self, from: Data(line)),
                  HistoryPath.isID(record.id), Self.date(record.date) != nil else { return nil }
            return record
        }
    }

    /// A new id: the time in milliseconds and 64 random bits, in hexadecimal (sorts by time,
    /// never repeats in practice, safe in an address).
    static func newID(_ date: Date) -> String {
        let milliseconds = UInt64(max(0, date.timeIntervalSince1970 * 1000))
        let time = String(milliseconds, radix: 16)
        let random = String(UInt64.random(in: .min ... .max), radix: 16)
        return String(repeating: "0", count: max(0, 12 - time.count)) + time
            + String(repeating: "0", count: 16 - random.count) + random
    }

    static func dateText(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false).timeSeparator(.colon).timeZone(separator: .omitted))
    }

    static func date(_ text: String) -> Date? {
        try? Date.ISO8601FormatStyle().parse(text)
    }

    private static func reason() -> String { String(cString: strerror(errno)) }

    private func failure(_ key: String, reason: String) -> EditorFileError {
        .history(key, key, ["file": .text(file.path), "reason": .text(reason)],
                 advice: key + ".hint")
    }
}

extension AppendOnlyHistory.Record {
    var change: Change {
        Change(id: id, author: ChangeAuthor(account: account, name: name, email: email),
               date: AppendOnlyHistory.date(date) ?? Date(timeIntervalSince1970: 0), paths: [path], message: message)
    }
}
