import Foundation

/// Edits of what a unit publishes besides its services: survey results and their
/// analyses, SOPs, indicators, the maklumat; and of the free pages.
extension PortalEditor {
    static let skmPeriods = ["2024", "2025-S1", "2025-S2", "2026-Q1", "2026-S1", "2026-Q3", "2026-S2", "2027-Q1"]
    static let ziPeriods = ["2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01"]

    /// The periods a unit has no result of that kind (and service) for yet.
    static func freePeriods(_ unit: EditablePortal.Unit, zi: Bool, service: String?) -> [String] {
        let used = Set(unit.surveys.filter { $0.zi == zi && $0.service == service }.map(\.period))
        return (zi ? ziPeriods : skmPeriods).filter { !used.contains($0) }
    }

    static func addSurvey(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let u = unitIndex(&world) else { return nil }
        let unit = world.portal.units[u]
        let zi = world.random.chance(30)
        let service = !zi && !unit.services.isEmpty && world.random.chance(25) ? world.random.pick(unit.services).address : nil
        let periods = freePeriods(unit, zi: zi, service: service)
        guard !periods.isEmpty else { return nil }
        let period = world.random.pick(periods)
        let counts = EditablePortal.counts(respondents: world.random.int(10...60), zi: zi, &world.random)
        var file = "\(zi ? "zi" : "skm")-\(period)"
        if service != nil || unit.surveys.contains(where: { $0.file == file }) { file = world.fresh(file) }
        let analysis = world.random.chance(50) ? EditablePortal.analysis(version: world.random.int(1...9)) : nil
        world.portal.units[u].surveys.append(EditablePortal.Survey(file: file, zi: zi, period: period, counts: counts, service: service, analysis: analysis))
        return EditStep(description: "add survey result \(file) to \(unit.folder)\(service.map { " for service \($0)" } ?? "")")
    }

    static func changeSurvey(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let u = unitIndex(&world, matching: { !$0.surveys.isEmpty }) else { return nil }
        let s = world.random.below(world.portal.units[u].surveys.count)
        var survey = world.portal.units[u].surveys[s]
        let what: String
        if world.random.chance(70) {
            let respondents = world.random.chance(50) ? survey.respondents : world.random.int(10...60)
            survey.counts = EditablePortal.counts(respondents: respondents, zi: survey.zi, &world.random)
            what = "answers (\(respondents) respondents)"
        } else {
            let periods = freePeriods(world.portal.units[u], zi: survey.zi, service: survey.service)
            guard !periods.isEmpty else { return nil }
            survey.period = world.random.pick(periods)
            what = "period \(survey.period)"
        }
        world.portal.units[u].surveys[s] = survey
        return EditStep(description: "survey result \(survey.file) of \(world.portal.units[u].folder): \(what)")
    }

    static func deleteSurvey(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let u = unitIndex(&world, matching: { !$0.surveys.isEmpty }) else { return nil }
        let survey = world.portal.units[u].surveys.remove(at: world.random.below(world.portal.units[u].surveys.count))
        return EditStep(description: "delete survey result \(survey.file) of \(world.portal.units[u].folder)")
    }

    /// Adds, changes or removes the analysis beside a result.
    static func changeAnalysis(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let u = unitIndex(&world, matching: { !$0.surveys.isEmpty }) else { return nil }
        let s = world.random.below(world.portal.units[u].surveys.count)
        let had = world.portal.units[u].surveys[s].analysis != nil
        world.portal.units[u].surveys[s].analysis = had && world.random.chance(40) ? nil : EditablePortal.analysis(version: world.random.int(1...99))
        let now = world.portal.units[u].surveys[s].analysis != nil
        return EditStep(description: "\(now ? (had ? "change" : "add") : "remove") the analysis of \(world.portal.units[u].surveys[s].file) of \(world.portal.units[u].folder)")
    }

    static func addSOP(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let u = unitIndex(&world) else { return nil }
        let sop = EditablePortal.sop(file: world.fresh("sop"), title: "SOP " + phrase(&world), version: world.random.int(1...6))
        world.portal.units[u].sops.append(sop)
        return EditStep(description: "add \(sop.file) to \(world.portal.units[u].folder)")
    }

    static func changeSOP(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let u = unitIndex(&world, matching: { !$0.sops.isEmpty }) else { return nil }
        let s = world.random.below(world.portal.units[u].sops.count)
        var sop = world.portal.units[u].sops[s]
        let what: String
        switch world.random.below(3) {
        case 0:
            sop.title = "SOP " + phrase(&world, words: 3)
            what = "title"
        case 1:
            let step = world.random.below(sop.steps.count)
            sop.steps[step].time = "\(world.random.int(1...90)) \(world.random.pick(["menit", "jam", "hari kerja"]))"
            what = "time of step \(step + 1)"
        default:
            sop.steps.append((activity: "Memeriksa " + phrase(&world).lowercased(), actor: world.random.pick(sop.actors), time: "15 menit"))
            what = "a step added"
        }
        world.portal.units[u].sops[s] = sop
        return EditStep(description: "\(sop.file) of \(world.portal.units[u].folder): \(what)")
    }

    static func deleteSOP(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let u = unitIndex(&world, matching: { !$0.sops.isEmpty }) else { return nil }
        let sop = world.portal.units[u].sops.remove(at: world.random.below(world.portal.units[u].sops.count))
        return EditStep(description: "delete \(sop.file) of \(world.portal.units[u].folder)")
    }

    static func changeIndicators(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let u = unitIndex(&world, matching: { !$0.indicators.isEmpty }) else { return nil }
        let p = world.random.below(world.portal.units[u].indicators.count)
        var period = world.portal.units[u].indicators[p]
        let i = world.random.below(period.items.count)
        if world.random.chance(25) {
            period.items.append(EditablePortal.Indicator(code: "IK-\(period.items.count + 1)", text: "Indikator " + phrase(&world).lowercased(),
                                                         target: 100, realisation: world.random.int(40...100)))
        } else if world.random.chance(50) {
            period.items[i].realisation = world.random.chance(85) ? world.random.int(30...110) : nil
        } else {
            period.items[i].target = world.random.int(50...100)
        }
        world.portal.units[u].indicators[p] = period
        return EditStep(description: "change the indicators \(period.period) of \(world.portal.units[u].folder)")
    }

    static func addOrDeleteIndicators(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let u = unitIndex(&world) else { return nil }
        let used = Set(world.portal.units[u].indicators.map(\.period))
        let free = ["2025-S2", "2026-S1", "2026-S2", "2026"].filter { !used.contains($0) }
        if !used.isEmpty && (free.isEmpty || world.random.chance(40)) {
            let period = world.portal.units[u].indicators.remove(at: world.random.below(used.count))
            return EditStep(description: "delete the indicators \(period.period) of \(world.portal.units[u].folder)")
        }
        guard !free.isEmpty else { return nil }
        let period = world.random.pick(free)
        world.portal.units[u].indicators.append(EditablePortal.Indicators(period: period, items: [
            EditablePortal.Indicator(code: "IK-1", text: "Indikator " + phrase(&world).lowercased(), target: 100, realisation: world.random.int(40...100)),
        ]))
        return EditStep(description: "add the indicators \(period) to \(world.portal.units[u].folder)")
    }

    /// Changes a maklumat's text, signer or date, gives it a signed scan (a new PDF in
    /// `berkas/`) or takes it away; or adds or deletes the maklumat.
    static func changeMaklumat(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let u = unitIndex(&world) else { return nil }
        let folder = world.portal.units[u].folder
        guard var maklumat = world.portal.units[u].maklumat else {
            world.portal.units[u].maklumat = EditablePortal.Maklumat(text: sentence(&world))
            return EditStep(description: "add a maklumat to \(folder)")
        }
        let what: String
        switch world.random.below(5) {
        case 0:
            maklumat.text = sentence(&world)
            what = "text"
        case 1:
            maklumat.signer = "Kepala " + phrase(&world, words: 1)
            what = "signer"
        case 2:
            maklumat.date = world.random.pick(["2020-01-02", "2023-05-17", "2026-01-05"])
            what = "date"
        case 3:
            if maklumat.scan == nil {
                let scan = world.fresh("maklumat-ttd") + ".pdf"
                world.portal.units[u].files[scan] = SampleAttachment.pdf(world.random.int(100...999))
                maklumat.scan = scan
            } else {
                maklumat.scan = nil
            }
            what = "scan"
        default:
            world.portal.units[u].maklumat = nil
            return EditStep(description: "delete the maklumat of \(folder)")
        }
        world.portal.units[u].maklumat = maklumat
        return EditStep(description: "change the \(what) of the maklumat of \(folder)")
    }

    static func changePage(_ world: inout PropertyWorld) throws -> EditStep? {
        if world.portal.pages.isEmpty || world.random.chance(20) {
            let page = EditablePortal.FreePage(file: world.fresh("halaman"), title: "Halaman " + phrase(&world), body: sentence(&world),
                                               links: world.random.chance(50))
            world.portal.pages.append(page)
            return EditStep(description: "add page \(page.file)")
        }
        let p = world.random.below(world.portal.pages.count)
        switch world.random.below(4) {
        case 0:
            let page = world.portal.pages.remove(at: p)
            return EditStep(description: "delete page \(page.file)")
        case 1:
            world.portal.pages[p].title = "Halaman " + phrase(&world)
        case 2:
            world.portal.pages[p].order = world.portal.pages[p].order == nil ? world.random.int(1...5) : nil
        default:
            world.portal.pages[p].body = sentence(&world)
        }
        return EditStep(description: "change page \(world.portal.pages[p].file)")
    }
}
