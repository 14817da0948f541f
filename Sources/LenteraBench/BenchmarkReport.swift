/// The results of `lentera-bench run`: per run, what Lentera, Hugo and the floor cost.
public struct BenchmarkReport: Sendable {
    public enum Tool: String, Sendable, CaseIterable {
        case lentera = "Lentera"
        case hugo = "Hugo"
        case floor = "floor"
    }

    /// One build by one tool.
    public struct Measurement: Sendable {
        public var cost: ProcessCost
        /// HTML pages in the tool's output (the floor writes Lentera's).
        public var pages: Int
        /// Lentera's phases, from `lentera build --timings`, in order.
        public var phases: [(name: String, seconds: Double)] = []

        public var pagesPerSecond: Double? {
            guard cost.succeeded, cost.wallSeconds > 0 else { return nil }
            return Double(pages) / cost.wallSeconds
        }
    }

    /// One run: each tool once, into fresh folders.
    public struct Run: Sendable {
        public var number: Int
        /// The tools in the order they ran.
        public var order: [Tool]
        public var lentera: Measurement
        public var hugo: Measurement?
        public var floor: Measurement?

        public var lenteraOverHugoWall: Double? { ratio(lentera, hugo) { $0.cost.wallSeconds } }
        public var lenteraOverHugoCPU: Double? { ratio(lentera, hugo) { $0.cost.cpuSeconds } }
        public var lenteraOverHugoRSS: Double? { ratio(lentera, hugo) { Double($0.cost.peakRSSKiB) } }
        public var lenteraOverFloorWall: Double? { ratio(lentera, floor) { $0.cost.wallSeconds } }
        public var lenteraOverFloorCPU: Double? { ratio(lentera, floor) { $0.cost.cpuSeconds } }

        public func measurement(of tool: Tool) -> Measurement? {
            switch tool {
            case .lentera: lentera
            case .hugo: hugo
            case .floor: floor
            }
        }

        private func ratio(_ top: Measurement, _ bottom: Measurement?, _ value: (Measurement) -> Double) -> Double? {
            guard let bottom, bottom.cost.succeeded, top.cost.succeeded, value(bottom) > 0 else { return nil }
            return value(top) / value(bottom)
        }
    }

    /// Service pages of the synthetic portal, and its seed.
    public var servicePages: Int
    public var seed: UInt64
    /// The day the measurements were taken (YYYY-MM-DD).
    public var date: String
    public var runs: [Run] = []
    /// Files and bytes of Lentera's output (from its first run).
    public var lenteraFiles = 0
    public var lenteraBytes = 0
    /// Seconds spent generating the portal (0 when it came from the cache).
    public var generationSeconds = 0.0
    /// Where the outputs and the copies of the inputs were.
    public var place: OutputPlace?
    /// Whether Lentera made its search index.
    public var search = false

    public init(servicePages: Int, seed: UInt64, date: String) {
        self.servicePages = servicePages
        self.seed = seed
        self.date = date
    }

    /// The median of the values present (nil when none is).
    public static func median(_ values: [Double?]) -> Double? {
        let present = values.compactMap { $0 }.sorted()
        guard !present.isEmpty else { return nil }
        let middle = present.count / 2
        return present.count % 2 == 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2
    }

    public func median(_ tool: Tool, _ value: (Measurement) -> Double?) -> Double? {
        BenchmarkReport.median(runs.map { $0.measurement(of: tool).flatMap { $0.cost.succeeded ? value($0) : nil } })
    }

    /// Each phase's median over the runs, in the order of the first run.
    public var medianPhases: [(name: String, seconds: Double)] {
        guard let first = runs.first else { return [] }
        return first.lentera.phases.compactMap { phase in
            BenchmarkReport.median(runs.map { run in run.lentera.phases.first { $0.name == phase.name }?.seconds })
                .map { (phase.name, $0) }
        }
    }
}
