import Foundation

/// The language of every message a user reads: Indonesian by default, English with
/// `--lang en` or `LENTERA_LANG=en`.
public enum Language: String, Sendable, CaseIterable {
    case id
    case en

    /// Chosen once by the command line before anything is printed (`--lang`, else the
    /// environment variable `LENTERA_LANG`); Indonesian otherwise.
    public static var current: Language {
        get { storage.withLock { $0 } }
        set { storage.withLock { $0 = newValue } }
    }

    private static let storage = Locked<Language>(fromEnvironment())

    /// `LENTERA_LANG` (`id`, `en`, or a locale such as `en_US.UTF-8`), else Indonesian.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        guard let value = environment["LENTERA_LANG"] else { return .id }
        return Language(code: value) ?? .id
    }

    /// `id`, `en`, `en_US.UTF-8`, `EN`: the language named by the first two letters.
    public init?(code: String) {
        let lead = code.lowercased().prefix(2)
        guard let language = Language(rawValue: String(lead)) else { return nil }
        self = language
    }
}

/// A value behind a lock, for settings chosen once and read by every printer (the
/// language here, the console's settings in LenteraCLI). Foundation's
/// `OSAllocatedUnfairLock` is not on Linux.
public final class Locked<Value: Sendable>: @unchecked Sendable {
    // Invariant: `value` is only touched while `lock` is held.
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    public func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
