#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LenteraContent
import LenteraFiles

/// The wrong passwords counted per name, kept in `.lentera-sunting/masuk.json` beside the
/// content folder so that a restart does not lift a lock. A file that cannot be read as
/// this is ignored (counting starts again) and replaced at the next write.
struct SignInAttempts: Codable, Equatable {
    struct Entry: Codable, Equatable {
        /// Wrong passwords in a row.
        var failures = 0
        /// When the last one was tried.
        var last: Date?
        var lockedUntil: Date?
    }

    var version = 1
    var entries: [String: Entry] = [:]

    /// At most this many names are kept (the oldest dropped first): unknown names are
    /// counted too, and the file must not grow without end.
    static let maximumEntries = 10_000

    /// The entry for `key` as it stands at `now`: a lock that has run out, or failures
    /// older than the lock's duration, start the count again.
    func entry(_ key: String, now: Date, policy: LockoutPolicy) -> Entry {
        guard let entry = entries[key] else { return Entry() }
        if let until = entry.lockedUntil { return until > now ? entry : Entry() }
        if let last = entry.last, now.timeIntervalSince(last) >= policy.seconds { return Entry() }
        return entry
    }

    static func read(_ file: URL) -> SignInAttempts {
        guard case .success(let bytes) = RegularFile.read(file.path),
              let state = try? decoder.decode(SignInAttempts.self, from: Data(bytes)), state.version == 1 else { return SignInAttempts() }
        return state
    }

    /// Writes the state (entries that no longer count dropped) into `folder`, made (mode
    /// 0700) when missing; whole or not at all, mode 0600.
    func write(into folder: URL, now: Date, policy: LockoutPolicy) throws {
        var kept = entries.filter { _, entry in
            if let until = entry.lockedUntil { return until > now }
            return entry.last.map { now.timeIntervalSince($0) < policy.seconds } ?? false
        }
        if kept.count > Self.maximumEntries {
            let newest = kept.sorted { ($0.value.last ?? .distantPast) > ($1.value.last ?? .distantPast) }.prefix(Self.maximumEntries)
            kept = Dictionary(uniqueKeysWithValues: newest.map { ($0.key, $0.value) })
        }
        let bytes = try Self.encoder.encode(SignInAttempts(version: 1, entries: kept))
        if mkdir(folder.path, 0o700) != 0 && errno != EEXIST { throw AtomicFile.Failure(reason: String(cString: strerror(errno)), code: errno) }
        let opened = try OpenFolder(path: folder.path)
        let temporary = ".\(SignInGuard.stateFileName).\(getpid()).\(UInt32.random(in: .min ... .max)).tmp"
        let outcome = bytes.withUnsafeBytes { buffer in
            Result { () throws(AtomicFile.Failure) in
                try AtomicFile.write(buffer, as: SignInGuard.stateFileName, in: opened, temporary: temporary, sync: false, mode: 0o600)
            }
        }
        try outcome.get()
    }

    /// Dates as seconds since 1970, with their fractions: a lock ends when it was said to.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }
}
