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
        // One pass, counters only: a national portal has hundreds of thousands of services.
        var figures = Dictionary(unitSlugs.map { ($0, UnitFigures(unit: $0, services: 0, complete: 0, componentsStated: 0, free: 0, enacted: 0)) },
                                 uniquingKeysWith: { first, _ in first })
        var total = 0, complete = 0, free = 0, enacted = 0, unknown = 0
        var bands: [DurationBand: Int] = [:]
        for service in services {
            guard var unit = figures[service.unit] else { continue }
            let isComplete = service.isComplete, isFree = service.cost?.isFree == true, isEnacted = service.enactment != nil
            unit.services += 1
            unit.complete += isComplete ? 1 : 0
            unit.componentsStated += service.presentComponents.count
            unit.free += isFree ? 1 : 0
            unit.enacted += isEnacted ? 1 : 0
            figures[service.unit] = unit
            total += 1
            complete += isComplete ? 1 : 0
            free += isFree ? 1 : 0
            enacted += isEnacted ? 1 : 0
            if let band = service.completionTime?.duration?.band { bands[band, default: 0] += 1 } else { unknown += 1 }
        }
        units = unitSlugs.map { figures[$0]! }
        totalServices = total
        completeServices = complete
        freeServices = free
        enactedServices = enacted
        durationBands = bands
        unknownDuration = unknown
    }

    /// The figures of groups of units (an instansi's units, say), summed, in the order of
    /// `groups`; a unit in no group is left out.
    public func grouped(_ groups: [String], groupOf: (String) -> String?) -> [UnitFigures] {
        var sums = Dictionary(groups.map { ($0, UnitFigures(unit: $0, services: 0, complete: 0, componentsStated: 0, free: 0, enacted: 0)) },
                              uniquingKeysWith: { first, _ in first })
        for unit in units {
            guard let group = groupOf(unit.unit), var sum = sums[group] else { continue }
            sum.services += unit.services
            sum.complete += unit.complete
            sum.componentsStated += unit.componentsStated
            sum.free += unit.free
            sum.enacted += unit.enacted
            sums[group] = sum
        }
        return groups.map { sums[$0]! }
    }
}
