/// The figures of the standards dashboard: how many services each unit publishes, how
/// complete their standards are, how many are free, and how long they take.
public struct StandardsSummary: Sendable, Equatable {
    public struct UnitFigures: Sendable, Equatable {
        public var unit: String
        public var services: Int
        /// Services stating all 14 components.
        public var complete: Int
        /// Components stated, summed over the unit's services (out of 14 × services).
        public var componentsStated: Int
        public var free: Int
        public var enacted: Int

        /// Share of the 14 components stated, over all the unit's services (0…1); nil
        /// without services.
        public var completeness: Double? {
            services == 0 ? nil : Double(componentsStated) / Double(services * ServiceComponent.allCases.count)
        }
    }

    public var units: [UnitFigures]
    public var totalServices: Int
    public var completeServices: Int
    public var freeServices: Int
    public var enactedServices: Int
    /// How many services fall in each duration band; services whose time could not be
    /// read are counted in `unknownDuration`.
    public var durationBands: [DurationBand: Int]
    public var unknownDuration: Int

    /// Share of free services (0…1); nil without services.
    public var freeShare: Double? { totalServices == 0 ? nil : Double(freeServices) / Double(totalServices) }

    /// Summarises the services of the given units (in the order given).
    public init(units unitSlugs: [String], services: [ServiceStandard]) {
        let byUnit = Dictionary(grouping: services, by: \.unit)
        units = unitSlugs.map { slug in
            let list = byUnit[slug] ?? []
            return UnitFigures(
                unit: slug,
                services: list.count,
                complete: list.filter(\.isComplete).count,
                componentsStated: list.reduce(0) { $0 + $1.presentComponents.count },
                free: list.filter { $0.cost?.isFree == true }.count,
                enacted: list.filter { $0.enactment != nil }.count)
        }
        let counted = services.filter { unitSlugs.contains($0.unit) }
        totalServices = counted.count
        completeServices = counted.filter(\.isComplete).count
        freeServices = counted.filter { $0.cost?.isFree == true }.count
        enactedServices = counted.filter { $0.enactment != nil }.count
        var bands: [DurationBand: Int] = [:]
        var unknown = 0
        for service in counted {
            if let band = service.completionTime?.duration?.band { bands[band, default: 0] += 1 } else { unknown += 1 }
        }
        durationBands = bands
        unknownDuration = unknown
    }
}
