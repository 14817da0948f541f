/// A regulation's numbers over time. Each version applies from its date until the day
/// before the next version's date, so a period is judged by the version in force for it and
/// a new regulation never reclassifies a past period.
public struct DatedTable<Value: Sendable>: Sendable {
    public struct Version: Sendable {
        /// The first day the version applies.
        public var from: CalendarDate
        public var source: RuleSource
        public var value: Value

        public init(from: CalendarDate, source: RuleSource, value: Value) {
            self.from = from
            self.source = source
            self.value = value
        }
    }

    /// Oldest first.
    public let versions: [Version]

    /// At least one version; versions are sorted by their first day.
    public init(_ versions: [Version]) {
        precondition(!versions.isEmpty, "a dated table needs at least one version")
        self.versions = versions.sorted { $0.from < $1.from }
    }

    /// The version in force on a day; the oldest one for a day before every version (a
    /// period older than the first regulation the portal knows is judged by that one, and
    /// the Metodologi page says from when each applies).
    public func inForce(on day: CalendarDate) -> Version {
        versions.last { $0.from <= day } ?? versions[0]
    }

    /// The newest version.
    public var current: Version { versions[versions.count - 1] }
}
