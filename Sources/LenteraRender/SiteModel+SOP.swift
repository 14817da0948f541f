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
    var actors: [SOPActorView]
    var actorCount: String
    var steps: [SOPStepView]
    var total: String
    var equivalent: String?
    var unreadableNote: String?
    var rule: String
    var dataHref: String
}

extension SOPView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "title": TemplateValue(title)
        case "unitName": TemplateValue(unitName)
        case "unitHref": TemplateValue(unitHref)
        case "facts": TemplateValue(facts)
        case "caption": TemplateValue(caption)
        case "actors": TemplateValue(actors)
        case "actorCount": TemplateValue(actorCount)
        case "steps": TemplateValue(steps)
        case "total": TemplateValue(total)
        case "equivalent": TemplateValue(equivalent)
        case "unreadableNote": TemplateValue(unreadableNote)
        case "rule": TemplateValue(rule)
        case "dataHref": TemplateValue(dataHref)
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
}

extension SOPStepView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
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
}

extension SOPSummaryView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
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
    static let sopTotalRule = "Menit dijumlahkan menjadi jam (60 menit = 1 jam); hari (hari kerja) dijumlahkan tersendiri, jam tidak diubah menjadi hari."

    func sopView(_ sop: StandardOperatingProcedure, unit: WorkUnit, route: String) -> SOPView {
        let sops = sopIndex[unit.slug] ?? [:]
        var facts: [FactView] = []
        if let number = sop.number { facts.append(FactView(label: "Nomor SOP", value: number)) }
        facts += [
            FactView(label: "Ditetapkan dengan", value: sop.enactment.number),
            FactView(label: "Tanggal penetapan", value: Formatting.date(sop.enactment.date)),
            FactView(label: "Ditetapkan oleh", value: sop.enactment.enactedBy),
            FactView(label: "Jumlah langkah", value: Formatting.integer(sop.steps.count)),
        ]
        let steps = sop.steps.enumerated().map { index, step in
            SOPStepView(
                number: String(index + 1),
                activity: step.activity,
                cells: sop.actors.map { SOPActorCellView(actor: $0, acting: $0 == step.actor) },
                requirements: step.requirements ?? "",
                time: step.time.text,
                timeUnreadable: step.time.duration == nil,
                output: step.output ?? "",
                remark: step.remarks ?? step.link.flatMap { sops[$0]?.title } ?? "",
                remarkHref: step.link.map { link(route, to: Routes.sop(unit: unit.slug, slug: $0)) })
        }
        let total = sop.totalDuration
        var note: String?
        if !total.unreadableSteps.isEmpty {
            note = "Waktu \(Formatting.stepList(total.unreadableSteps)) tidak dapat dibaca sebagai lama waktu, sehingga tidak termasuk dalam jumlah ini."
        }
        return SOPView(
            title: sop.title,
            unitName: unit.name,
            unitHref: link(route, to: Routes.unit(unit.slug)),
            facts: facts,
            caption: "Langkah-langkah \(sop.title): pelaksana dan mutu baku (kelengkapan, waktu, output) setiap kegiatan",
            actors: sop.actors.map { SOPActorView(name: $0) },
            actorCount: String(sop.actors.count),
            steps: steps,
            total: Formatting.sopTotal(total),
            equivalent: total.isUnknown ? nil : Formatting.sopWorkingDays(total),
            unreadableNote: note,
            rule: Self.sopTotalRule,
            dataHref: link(route, to: Routes.openData + "sop-durasi.csv"))
    }

    func unitSOPsView(_ unit: WorkUnit, route: String) -> UnitSOPsView? {
        guard let sops = sopsByUnit[unit.slug], !sops.isEmpty else { return nil }
        return UnitSOPsView(items: sops.map { sop in
            SOPSummaryView(title: sop.title, href: link(route, to: Routes.sop(unit: unit.slug, slug: sop.slug)),
                           steps: "\(Formatting.integer(sop.steps.count)) langkah", total: Formatting.sopTotal(sop.totalDuration))
        })
    }
}
