/// Every unit's standing on every obligation of `Obligations.all`, on a day, grouped by
/// instansi: what the completeness page, its open data and `lentera check` show.
public struct CompletenessReport: Sendable {
    public struct Entry: Sendable {
        public var obligation: Obligation
        public var finding: ObligationFinding
    }

    public struct UnitRow: Sendable {
        public var unit: WorkUnit
        public var entries: [Entry]

        public func count(_ status: ObligationStatus) -> Int { entries.filter { $0.finding.status == status }.count }

        /// Every obligation met (or not applicable).
        public var isComplete: Bool { count(.notMet) == 0 && count(.unknown) == 0 }
    }

    public struct InstansiSection: Sendable {
        public var instansi: Instansi
        /// In tree order.
        public var units: [UnitRow]
    }

    public var referenceDate: CalendarDate
    public var instansi: [InstansiSection]
    /// Unit slug → (section, row) positions in `instansi`.
    private var positions: [String: (Int, Int)] = [:]

    /// A unit's row; nil for a unit outside the tree.
    public func row(of unit: String) -> UnitRow? {
        positions[unit].map { instansi[$0.0].units[$0.1] }
    }

    /// Every unit, in the order of the sections.
    public var units: [UnitRow] { instansi.flatMap(\.units) }

    /// Judges every unit of the tree (each instansi's units, depth first) on `referenceDate`.
    public init(content: PortalContent, tree: UnitTree, referenceDate: CalendarDate) {
        self.referenceDate = referenceDate
        let servicesByUnit = Dictionary(grouping: content.services, by: \.unit)
        let maklumatByUnit = Dictionary(content.maklumat.map { ($0.unit, $0) }, uniquingKeysWith: { first, _ in first })
        let surveysByUnit = Dictionary(grouping: content.surveys, by: \.unit)
        let analysesByUnit = Dictionary(grouping: content.surveyAnalyses, by: \.unit)
        let recordOf = Dictionary(content.zonaIntegritas.map { ($0.instansi, $0) }, uniquingKeysWith: { first, _ in first })
        var designationsByUnit: [String: [Designation]] = [:]
        for record in content.zonaIntegritas {
            for designation in record.designations { designationsByUnit[designation.unit, default: []].append(designation) }
        }
        instansi = content.portal.instansi.map { instansi in
            let slugs = (tree.roots[instansi.slug] ?? []).flatMap { tree.subtree(of: $0) }
            let rows = slugs.compactMap { tree.unitsBySlug[$0] }.map { unit in
                let dossier = UnitDossier(
                    unit: unit, instansi: instansi.slug, services: (servicesByUnit[unit.slug] ?? []).inDisplayOrder(),
                    maklumat: maklumatByUnit[unit.slug], complaintChannels: content.portal.complaintChannels.filter { $0.name != ComplaintChannel.lapor.name },
                    surveys: surveysByUnit[unit.slug] ?? [], analyses: analysesByUnit[unit.slug] ?? [],
                    zonaIntegritas: recordOf[instansi.slug], designations: designationsByUnit[unit.slug] ?? [],
                    ziConversion: content.portal.survey.ziConversion,
                    files: content.files, referenceDate: referenceDate)
                return UnitRow(unit: unit, entries: Obligations.evaluate(dossier).map { Entry(obligation: $0.obligation, finding: $0.finding) })
            }
            return InstansiSection(instansi: instansi, units: rows)
        }
        for (section, rows) in instansi.enumerated() {
            for (index, row) in rows.units.enumerated() { positions[row.unit.slug] = (section, index) }
        }
    }

    /// The figures `lentera check` prints.
    public struct Summary: Sendable, Equatable {
        /// Units with every obligation met or not applicable.
        public var completeUnits: Int
        /// Units with at least one obligation not met, and those obligations in all.
        public var unitsNotMet: Int
        public var obligationsNotMet: Int
        /// Units with no obligation not met but at least one unknown, and those obligations.
        public var unitsUnknown: Int
        public var obligationsUnknown: Int

        public init(completeUnits: Int, unitsNotMet: Int, obligationsNotMet: Int, unitsUnknown: Int, obligationsUnknown: Int) {
            self.completeUnits = completeUnits
            self.unitsNotMet = unitsNotMet
            self.obligationsNotMet = obligationsNotMet
            self.unitsUnknown = unitsUnknown
            self.obligationsUnknown = obligationsUnknown
        }
    }

    public var summary: Summary {
        var summary = Summary(completeUnits: 0, unitsNotMet: 0, obligationsNotMet: 0, unitsUnknown: 0, obligationsUnknown: 0)
        for row in units {
            let notMet = row.count(.notMet), unknown = row.count(.unknown)
            if notMet > 0 {
                summary.unitsNotMet += 1
                summary.obligationsNotMet += notMet
            } else if unknown > 0 {
                summary.unitsUnknown += 1
                summary.obligationsUnknown += unknown
            } else {
                summary.completeUnits += 1
            }
        }
        return summary
    }
}
