import Foundation

/// A national-scale portal invented for benchmarks: instansi with units nested two or
/// three levels deep, 10–30 services per unit with all 14 components, maklumat, survey
/// results over several periods, performance indicators, SOPs and Zona Integritas
/// records, in Lentera's content format, and optionally the same site for Hugo.
///
/// The same `servicePages` and `seed` always give the same bytes.
public struct SyntheticPortal: Sendable {
    public let servicePages: Int
    public let seed: UInt64
    let plan: PortalPlan

    /// The day the generated data is set at: surveys up to 2026-Q3, the latest decrees in 2025.
    /// Build with `lentera build --date` set to it, so the survey figures do not age.
    public static let referenceDate = "2026-11-21"

    public init(servicePages: Int, seed: UInt64 = SplitMix64.defaultSeed) {
        self.servicePages = max(1, servicePages)
        self.seed = seed
        plan = PortalPlan(servicePages: servicePages, seed: seed)
    }

    public var instansiCount: Int { plan.instansi.count }
    public var unitCount: Int { plan.units.count }

    /// What was written.
    public struct Summary: Sendable, Equatable {
        public var instansi = 0
        public var units = 0
        public var services = 0
        public var sops = 0
        public var surveyResults = 0
        public var performanceReports = 0
        /// Files and bytes of the Lentera content folder.
        public var files = 0
        public var bytes = 0
        /// Files and bytes of the Hugo site (0 without one).
        public var hugoFiles = 0
        public var hugoBytes = 0
    }

    /// Writes the content folder `content` (created; it must not exist yet, nor its files)
    /// and, when `hugo` is given, the Hugo twin there. Units are written by `jobs` threads.
    @discardableResult
    public func write(content: URL, hugo: URL? = nil, jobs: Int = 2) throws -> Summary {
        let writer = PortalWriter(plan: plan, content: content.path, hugo: hugo?.path)
        return try writer.write(jobs: max(1, jobs))
    }
}
