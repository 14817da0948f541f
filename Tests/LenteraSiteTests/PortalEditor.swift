import Foundation
import LenteraDomain

/// The random edits of the property test, by weight: services, units, survey results and
/// analyses, SOPs, indicators, maklumat, the templates folder, the portal's settings,
/// attachments, the build date; below the content, touches and rewrites of unchanged
/// meaning (`DiskAction`); several edits at once; doing nothing; and, now and then, an
/// edit that breaks the portal for one step. An edit that does not apply (nothing to
/// delete) returns nil and another is drawn.
enum PortalEditor {
    typealias Edit = @Sendable (inout PropertyWorld) throws -> EditStep?

    static let catalogue: [(Int, Edit)] = [
        (6, addService), (6, changeServiceText), (6, changeServiceComponent), (3, renameService), (3, changeServiceSlug),
        (4, renameServiceFile), (3, deleteService), (2, swapServiceFiles), (2, convertServiceFormat),
        (3, addUnit), (4, changeUnit), (3, moveUnit), (3, renameUnitFolder), (2, changeUnitSlug), (2, deleteUnit),
        (3, addSurvey), (4, changeSurvey), (2, deleteSurvey), (3, changeAnalysis),
        (2, addSOP), (3, changeSOP), (2, deleteSOP), (3, changeIndicators), (2, addOrDeleteIndicators),
        (2, changeMaklumat), (2, changePage),
        (4, changeTemplate), (3, addOrRemoveTemplateFile),
        (6, changeSettings),
        (2, addAttachment), (3, replaceAttachment), (2, deleteAttachment),
        (4, changeDate),
        (4, { _ in EditStep(description: "touch a file", diskAction: .touch) }),
        (3, { _ in EditStep(description: "change a file and restore its bytes", diskAction: .changeAndRestore) }),
        (6, { _ in EditStep(description: "two saves within one clock tick", diskAction: .sameTickRewrite) }),
        (3, { _ in EditStep(description: "nothing") }),
        (2, burst),
        (6, breakPortal),
    ]

    /// One step's edit, drawn until one applies.
    static func step(_ world: inout PropertyWorld) throws -> EditStep {
        while true {
            let edit = world.random.pick(weighted: catalogue)
            if let step = try edit(&world) { return step }
        }
    }

    /// Two or three edits that keep the portal valid, in one step (a pull of several commits).
    static func burst(_ world: inout PropertyWorld) throws -> EditStep? {
        let valid: [(Int, Edit)] = [(1, addService), (1, changeServiceText), (1, renameServiceFile), (1, deleteService),
                                    (1, changeUnit), (1, moveUnit), (1, renameUnitFolder), (1, changeSurvey),
                                    (1, changeSOP), (1, changeTemplate), (1, changeSettings), (1, replaceAttachment), (1, changeDate)]
        var parts: [String] = []
        for _ in 0..<world.random.int(2...3) {
            if let step = try world.random.pick(weighted: valid)(&world) { parts.append(step.description) }
        }
        return parts.isEmpty ? nil : EditStep(description: "at once: " + parts.joined(separator: "; "))
    }

    static let dates = ["2025-05-01", "2026-02-14", "2026-07-01", "2026-11-21", "2027-03-31", "2028-01-02"]

    /// The day the builds judge survey figures and future dates on.
    static func changeDate(_ world: inout PropertyWorld) throws -> EditStep? {
        let day = world.random.pick(dates.filter { $0 != world.date.iso })
        world.date = CalendarDate(iso: day)!
        return EditStep(description: "build date \(day)")
    }

    // MARK: - Helpers

    /// A unit's index, drawn among those `matching`.
    static func unitIndex(_ world: inout PropertyWorld, matching: (EditablePortal.Unit) -> Bool = { _ in true }) -> Int? {
        let indices = world.portal.units.indices.filter { matching(world.portal.units[$0]) }
        return indices.isEmpty ? nil : world.random.pick(indices)
    }

    /// A service, as the indices of its unit and of itself, drawn among those `matching`.
    static func serviceIndex(_ world: inout PropertyWorld,
                             matching: (EditablePortal.Service) -> Bool = { _ in true }) -> (unit: Int, service: Int)? {
        var all: [(Int, Int)] = []
        for (u, unit) in world.portal.units.enumerated() {
            for (s, service) in unit.services.enumerated() where matching(service) { all.append((u, s)) }
        }
        return all.isEmpty ? nil : world.random.pick(all)
    }

    static func folder(_ unit: EditablePortal.Unit) -> String {
        "content/units/\(unit.folder)"
    }

    static let words = ["Pelayanan", "Cepat", "Terpadu", "Warga", "Kota", "Prima", "Mandiri", "Sehat", "Bersih", "Ramah",
                        "Tertib", "Aman", "Digital", "Keliling", "Malam"]

    /// A few capitalised words.
    static func phrase(_ world: inout PropertyWorld, words count: Int = 2) -> String {
        (0..<count).map { _ in world.random.pick(words) }.joined(separator: " ")
    }

    /// A sentence of plain prose (no Markdown but letters, spaces and a full stop).
    static func sentence(_ world: inout PropertyWorld) -> String {
        let lower = words.map { $0.lowercased() }
        return "Teks " + (0..<world.random.int(2...6)).map { _ in world.random.pick(lower) }.joined(separator: " ") + " untuk warga."
    }
}
