import LenteraDomain
import LenteraTemplate

// MARK: - View models

/// An SOP's page: its decree, the table of steps with one column per actor, and the total.
struct SOPView {
    var title: String
    var unitName: String
    var unitHref: String
    var facts: [FactView]
    var caption: String
    /// Notes on the reconstructed parts of the table, shown right above it.
    var reconstructions: [SOPReconstructionView]
    var columns: SOPColumnsView
    var actors: [SOPActorView]
    var actorCount: String
    var steps: [SOPStepView]
    var total: String
    var equivalent: String?
    var notes: [String]
    var unreadableNote: String?
    /// The rule the total follows (Indonesian, as the Metodologi page states it) and its source.
    var rule: String
    var ruleSource: String
    var dataHref: String
    var methodologyHref: String
}

extension SOPView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "title": TemplateValue(title)
        case "unitName": TemplateValue(unitName)
        case "unitHref": TemplateValue(unitHref)
        case "facts": TemplateValue(facts)
        case "caption": TemplateValue(caption)
        case "reconstructions": TemplateValue(reconstructions)
        case "columns": TemplateValue(columns)
        case "actors": TemplateValue(actors)
        case "actorCount": TemplateValue(actorCount)
        case "steps": TemplateValue(steps)
        case "total": TemplateValue(total)
        case "equivalent": TemplateValue(equivalent)
        case "notes": TemplateValue(notes)
        case "unreadableNote": TemplateValue(unreadableNote)
        case "rule": TemplateValue(rule)
        case "ruleSource": TemplateValue(ruleSource)
        case "dataHref": TemplateValue(dataHref)
        case "methodologyHref": TemplateValue(methodologyHref)
        default: .missing
        }
    }
}

/// A reconstructed part of an SOP's table: which column, and the authors' note.
struct SOPReconstructionView {
    var part: String
    var note: String
}

extension SOPReconstructionView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "part": TemplateValue(part)
        case "note": TemplateValue(note)
        default: .missing
        }
    }
}

/// The headings of the SOP table's columns, as the source names them, each followed by
/// "(direkonstruksi)" where the file marks the column so; also the cells' labels at phone
/// width.
struct SOPColumnsView {
    var activity: String
    var actors: String
    var requirements: String
    var time: String
    var output: String
    var remarks: String
}

extension SOPColumnsView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "activity": TemplateValue(activity)
        case "actors": TemplateValue(actors)
        case "requirements": TemplateValue(requirements)
        case "time": TemplateValue(time)
        case "output": TemplateValue(output)
        case "remarks": TemplateValue(remarks)
        default: .missing
        }
    }
}

struct SOPActorView {
    var name: String
}

extension SOPActorView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "name": TemplateValue(name)
        default: .missing
        }
    }
}

/// One row of the SOP table. The acting actor's cell carries the actor's name as text.
struct SOPStepView {
    var number: String
    var activity: String
    var cells: [SOPActorCellView]
    var requirements: String
    var time: String
    var timeUnreadable: Bool
    var output: String
    var remark: String
    var remarkHref: String?
    /// `bersamaan dengan langkah 4`, for a step that runs at the same time as others.
    var parallel: String?
}

extension SOPStepView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "parallel": TemplateValue(parallel)
        case "number": TemplateValue(number)
        case "activity": TemplateValue(activity)
        case "cells": TemplateValue(cells)
        case "requirements": TemplateValue(requirements)
        case "time": TemplateValue(time)
        case "timeUnreadable": TemplateValue(timeUnreadable)
        case "output": TemplateValue(output)
        case "remark": TemplateValue(remark)
        case "remarkHref": TemplateValue(remarkHref)
        default: .missing
        }
    }
}

struct SOPActorCellView {
    var actor: String
    var acting: Bool
}

extension SOPActorCellView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "actor": TemplateValue(actor)
        case "acting": TemplateValue(acting)
        default: .missing
        }
    }
}

/// The list of a unit's SOPs on the unit page.
struct UnitSOPsView {
    var items: [SOPSummaryView]
}

extension UnitSOPsView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "items": TemplateValue(items)
        default: .missing
        }
    }
}

struct SOPSummaryView {
    var title: String
    var href: String
    var steps: String
    var total: String
    /// `pelaksana direkonstruksi`, when parts of the SOP are not copied from its source.
    var reconstructed: String?
}

extension SOPSummaryView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "reconstructed": TemplateValue(reconstructed)
        case "title": TemplateValue(title)
        case "href": TemplateValue(href)
        case "steps": TemplateValue(steps)
        case "total": TemplateValue(total)
        default: .missing
        }
    }
}

// MARK: - Building them

extension SiteModel {
    /// The rule the total follows, with its source, as the Metodologi page states it.
    /// The notes beside the total say how steps that run at the same time and plain `hari`
    /// were counted; the Metodologi page has every rule.
    static var sopTotalRule: (statement: String, source: String) {
        guard let rule = Methodology.sop.first(where: { $0.id == "sop-jumlah-waktu" }) else { return ("", "") }
        return (rule.statement, rule.source.caption)
    }

    static let reconstructedMark = "direkonstruksi"
    /// `direkonstruksi` (`reconstructed`) in the portal's language.
    var reconstructedMark: String { texts["sopReconstructed"] }

    func sopView(_ sop: StandardOperatingProcedure, unit: WorkUnit, route: String) -> SOPView {
        let sops = sopIndex[unit.slug] ?? [:]
        let t = texts, lang = t.language
        var facts: [FactView] = []
        if let number = sop.number { facts.append(FactView(label: t["sopNumber"], value: number)) }
        facts += [
            FactView(label: t["sopEnactedWith"], value: sop.enactment.number),
            FactView(label: t["sopEnactmentDate"], value: Formatting.date(sop.enactment.date, lang)),
            FactView(label: t["sopEnactedBy"], value: sop.enactment.enactedBy),
        ]
        if let note = sop.reconstruction(of: .penetapan) {
            facts.append(FactView(label: t.format("sopPartReconstructed", ["part": t["sopEnactment"], "mark": reconstructedMark]), value: note))
        }
        facts.append(FactView(label: t["sopStepCount"], value: Formatting.integer(sop.steps.count, lang)))
        func heading(_ label: String, _ part: SOPPart) -> String {
            sop.reconstruction(of: part) == nil ? label : "\(label) (\(reconstructedMark))"
        }
        // The column names the SOP's source form uses, unless the file names its own.
        let labels = sop.columns == SOPColumnLabels()
            ? SOPColumnLabels(requirements: t["sopRequirements"], time: t["sopTime"], output: t["sopOutput"]) : sop.columns
        let columns = SOPColumnsView(activity: heading(t["sopActivity"], .kegiatan), actors: heading(t["sopActors"], .pelaksana),
                                     requirements: heading(labels.requirements, .kelengkapan), time: heading(labels.time, .waktu),
                                     output: heading(labels.output, .output), remarks: heading(t["sopRemarks"], .keterangan))
        let partNames: [SOPPart: String] = [.pelaksana: t["sopActors"], .kegiatan: t["sopActivity"], .kelengkapan: labels.requirements,
                                            .waktu: labels.time, .output: labels.output, .keterangan: t["sopRemarks"]]
        let reconstructions = SOPPart.allCases.compactMap { part -> SOPReconstructionView? in
            guard let name = partNames[part], let note = sop.reconstruction(of: part) else { return nil }
            return SOPReconstructionView(part: t.format("sopPartReconstructed", ["part": name, "mark": reconstructedMark]), note: note)
        }
        let groups = sop.parallelGroups
        let steps = sop.steps.enumerated().map { index, step in
            let others = groups.first { $0.contains(index + 1) }?.filter { $0 != index + 1 } ?? []
            return SOPStepView(
                number: String(index + 1),
                activity: step.activity,
                cells: sop.actors.map { SOPActorCellView(actor: $0, acting: $0 == step.actor) },
                requirements: step.requirements ?? "",
                time: step.time.text,
                timeUnreadable: step.time.duration == nil,
                output: step.output ?? "",
                remark: step.remarks ?? step.link.flatMap { sops[$0]?.title } ?? "",
                remarkHref: step.link.map { link(route, to: Routes.sop(unit: unit.slug, slug: $0)) },
                parallel: others.isEmpty ? nil : t.format("sopParallelWith", ["steps": Formatting.stepList(others, lang)]))
        }
        let total = sop.totalDuration
        var note: String?
        if !total.unreadableSteps.isEmpty {
            note = t.format("sopUnreadableNote", ["steps": Formatting.stepList(total.unreadableSteps, lang)])
        }
        return SOPView(
            title: sop.title,
            unitName: unit.name,
            unitHref: link(route, to: Routes.unit(unit.slug)),
            facts: facts,
            caption: t.format("sopCaption", ["title": sop.title, "columns": [labels.requirements, labels.time, labels.output].map { $0.lowercased() }.joined(separator: ", ")]),
            reconstructions: reconstructions,
            columns: columns,
            actors: sop.actors.map { SOPActorView(name: $0) },
            actorCount: String(sop.actors.count),
            steps: steps,
            total: Formatting.sopTotal(total, lang),
            equivalent: total.isUnknown ? nil : Formatting.sopWorkingDays(total, lang),
            notes: sopTotalNotes(sop, total),
            unreadableNote: note,
            rule: Self.sopTotalRule.statement,
            ruleSource: Self.sopTotalRule.source,
            dataHref: link(route, to: Routes.openData + "sop-durasi.csv"),
            methodologyHref: methodologyLink(route, rule: "sop-jumlah-waktu"))
    }

    /// What the total needs said beside it: the steps counted once, and what its days are.
    func sopTotalNotes(_ sop: StandardOperatingProcedure, _ total: SOPTotalDuration) -> [String] {
        var notes: [String] = []
        let t = texts, lang = t.language
        for group in total.parallelGroups {
            let list = Formatting.stepList(group.steps, lang).capitalizedFirst
            if let counted = group.counted {
                notes.append(t.format("sopParallelCounted", ["steps": list, "step": "\(counted)", "time": sop.steps[counted - 1].time.text]))
            } else {
                notes.append(t.format("sopParallelUnreadable", ["steps": list]))
            }
        }
        if total.unstatedDays > 0 {
            notes.append(t["sopUnstatedDays"])
        } else if sop.plainDays != .unstated && sop.steps.contains(where: { Duration.writtenDays($0.time.text) == .plain }) {
            notes.append(t.format("sopPlainDaysMean", ["days": Formatting.dayWords(sop.plainDays, lang)]))
        }
        if total.calendarDays > 0 {
            notes.append(t["sopCalendarDays"])
        }
        return notes
    }

    /// A part of an SOP a file marks as reconstructed, in the portal's language
    /// (`pelaksana` → `performers`).
    func partName(_ part: SOPPart) -> String {
        switch part {
        case .pelaksana: texts["sopPartActors"]
        case .penetapan: texts["sopPartEnactment"]
        case .kegiatan: texts["sopPartActivity"]
        case .kelengkapan: texts["sopPartRequirements"]
        case .waktu: texts["sopPartTime"]
        case .output: texts["sopPartOutput"]
        case .keterangan: texts["sopPartRemarks"]
        }
    }

    func unitSOPsView(_ unit: WorkUnit, route: String) -> UnitSOPsView? {
        guard let sops = sopsByUnit[unit.slug], !sops.isEmpty else { return nil }
        return UnitSOPsView(items: sops.map { sop in
            let parts = sop.reconstructions.map { partName($0.part) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            return SOPSummaryView(title: sop.title, href: link(route, to: Routes.sop(unit: unit.slug, slug: sop.slug)),
                                  steps: texts.count("sopSteps", sop.steps.count),
                                  total: Formatting.sopTotal(sop.totalDuration, texts.language),
                                  reconstructed: parts.isEmpty ? nil : "\(parts.joined(separator: ", ")) \(reconstructedMark)")
        })
    }
}
