import LenteraDomain
import LenteraTemplate

// The completeness page (`/kelengkapan/`): per instansi, a row per unit with its standing on
// every obligation of `Obligations.all`; and its open data (`data/kelengkapan.csv|json`).

extension SiteModel {
    static func obligationClass(_ status: ObligationStatus) -> String {
        switch status {
        case .met: "status-met"
        case .notMet: "status-not-met"
        case .unknown: "status-unknown"
        case .notApplicable: "status-na"
        }
    }

    /// A verdict word in the portal's language.
    func statusLabel(_ status: ObligationStatus) -> String {
        switch status {
        case .met: texts["statusMet"]
        case .notMet: texts["statusNotMet"]
        case .unknown: texts["statusUnknown"]
        case .notApplicable: texts["statusNotApplicable"]
        }
    }

    func completenessView(route: String) -> CompletenessView {
        let report = completeness
        let t = texts, lang = t.language
        func n(_ value: Int) -> String { Formatting.integer(value, lang) }
        let obligations = Obligations.all.map { obligation in
            ObligationRuleView(id: obligation.id, title: obligation.title, statement: obligation.statement,
                               source: obligation.source.caption, reading: obligation.reading,
                               methodologyHref: methodologyLink(route, rule: "kewajiban-\(obligation.id)"))
        }
        let sections = report.instansi.filter { !$0.units.isEmpty }.map { section in
            // Made as the template reaches each unit (`OnDemandList`): a national portal has
            // 25,000 units, each with a row per obligation.
            let units = OnDemandList(section.units) { row in
                CompletenessUnitView(
                    id: "unit-\(row.unit.slug)", name: row.unit.name, href: link(route, to: Routes.unit(row.unit.slug)),
                    summary: unitSummary(row), statusClass: row.count(.notMet) > 0 ? "status-not-met" : (row.count(.unknown) > 0 ? "status-unknown" : "status-met"),
                    cells: row.entries.map { entry in
                        CompletenessCellView(obligation: entry.obligation.title, status: statusLabel(entry.finding.status),
                                             statusClass: Self.obligationClass(entry.finding.status), detail: entry.finding.detail,
                                             fixes: entry.finding.fixes.map { fix in
                                                 FixView(file: fix.file, field: fix.field, what: fix.what)
                                             }, hasFixes: !entry.finding.fixes.isEmpty)
                    })
            }
            let complete = section.units.filter(\.isComplete).count
            return CompletenessInstansiView(id: "instansi-\(section.instansi.slug)", name: section.instansi.name,
                                            summary: t.count("completenessInstansiSummary", section.units.count, ["complete": n(complete)], on: "units"),
                                            units: units)
        }
        let summary = report.summary
        return CompletenessView(
            referenceDate: Formatting.date(referenceDate, lang),
            summary: t.format("completenessSummary", ["complete": t.count("unitsCount", summary.completeUnits),
                                                      "notMetUnits": t.count("unitsCount", summary.unitsNotMet),
                                                      "notMet": t.count("obligationsCount", summary.obligationsNotMet),
                                                      "unknownUnits": t.count("unitsCount", summary.unitsUnknown),
                                                      "unknown": t.count("obligationsCount", summary.obligationsUnknown)]),
            obligations: obligations, instansi: sections, hasInstansi: !sections.isEmpty,
            dataHref: link(route, to: Routes.openData + "kelengkapan.json"), csvHref: link(route, to: Routes.openData + "kelengkapan.csv"))
    }

    func unitSummary(_ row: CompletenessReport.UnitRow) -> String {
        let notMet = row.count(.notMet), unknown = row.count(.unknown)
        if notMet == 0 && unknown == 0 { return texts["completenessUnitAllMet"] }
        var parts: [String] = []
        if notMet > 0 { parts.append(texts.count("completenessUnitNotMet", notMet)) }
        if unknown > 0 { parts.append(texts.format("completenessUnitUnknown", ["n": Formatting.integer(unknown, texts.language)])) }
        return parts.joined(separator: ", ") + "."
    }

    /// The unit page's line: its standing, linked to its row on the completeness page.
    func unitCompletenessLink(_ unit: WorkUnit, route: String) -> LinkView? {
        guard let row = completeness.row(of: unit.slug) else { return nil }
        return LinkView(title: texts["completenessUnitLink"] + unitSummary(row).lowercasedFirst,
                        href: link(route, to: Routes.completeness) + "#unit-\(unit.slug)")
    }

    /// `kelengkapan`: one row per unit and obligation.
    func completenessTable(title: String) -> OpenDataTable {
        typealias F = OpenDataTable.Field
        let report = completeness
        let rows: ((OpenDataTable.Row) -> Void) -> Void = { row in
            for section in report.instansi {
                for unit in section.units {
                    for entry in unit.entries {
                        let finding = entry.finding
                        row([.text(section.instansi.slug), .text(unit.unit.slug), .text(unit.unit.name), .text(entry.obligation.id),
                             .text(entry.obligation.title), .text(finding.status.rawValue), .text(finding.detail),
                             .text(finding.fixes.map { fix in fix.file + (fix.field.map { " (`\($0)`)" } ?? "") + ": " + fix.what }.joined(separator: " | ")),
                             .text(entry.obligation.source.caption), .text(report.referenceDate.iso)])
                    }
                }
            }
        }
        return OpenDataTable(
            name: "kelengkapan", title: title,
            description: "Kewajiban setiap unit yang dapat diperiksa portal (14 komponen standar pelayanan, penetapan standar, maklumat, sarana pengaduan, SKM setahun terakhir dengan analisis, analisis SPKP/SPAK), dinilai pada tanggal_penilaian: terpenuhi, belum-terpenuhi, belum-diketahui atau tidak-berlaku, dengan perbaikannya.",
            fields: [F(name: "instansi", type: "string", description: "Slug instansi"),
                     F(name: "unit", type: "string", description: "Slug unit kerja (alamat halaman unit/<unit>/)"),
                     F(name: "nama_unit", type: "string", description: "Nama unit kerja"),
                     F(name: "kewajiban", type: "string", description: "Kode kewajiban: komponen, penetapan, maklumat, pengaduan, survei-skm, analisis-zi"),
                     F(name: "judul", type: "string", description: "Nama kewajiban"),
                     F(name: "status", type: "string", description: "terpenuhi, belum-terpenuhi, belum-diketahui atau tidak-berlaku"),
                     F(name: "keterangan", type: "string", description: "Apa yang ditemukan portal"),
                     F(name: "perbaikan", type: "string", description: "Berkas (relatif terhadap folder konten), kolom dan isi yang perlu ditulis; beberapa dipisah ` | `"),
                     F(name: "sumber", type: "string", description: "Dasar kewajiban, dengan \"sumber sekunder\" atau \"tafsiran Lentera\" bila demikian"),
                     F(name: "tanggal_penilaian", type: "string", description: "Tanggal penilaian portal (lentera build --date), YYYY-MM-DD")],
            rows: rows)
    }
}

extension String {
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

struct CompletenessView {
    var referenceDate: String
    var summary: String
    var obligations: [ObligationRuleView]
    var instansi: [CompletenessInstansiView]
    var hasInstansi: Bool
    var dataHref: String
    var csvHref: String
}

extension CompletenessView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "referenceDate": TemplateValue(referenceDate)
        case "summary": TemplateValue(summary)
        case "obligations": TemplateValue(obligations)
        case "instansi": TemplateValue(instansi)
        case "hasInstansi": TemplateValue(hasInstansi)
        case "dataHref": TemplateValue(dataHref)
        case "csvHref": TemplateValue(csvHref)
        default: .missing
        }
    }
}

struct ObligationRuleView {
    var id: String
    var title: String
    var statement: String
    var source: String
    var reading: String?
    var methodologyHref: String
}

extension ObligationRuleView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "id": TemplateValue(id)
        case "title": TemplateValue(title)
        case "statement": TemplateValue(statement)
        case "source": TemplateValue(source)
        case "reading": TemplateValue(reading)
        case "methodologyHref": TemplateValue(methodologyHref)
        default: .missing
        }
    }
}

struct CompletenessInstansiView {
    var id: String
    var name: String
    var summary: String
    var units: OnDemandList<CompletenessUnitView>
}

extension CompletenessInstansiView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "id": TemplateValue(id)
        case "name": TemplateValue(name)
        case "summary": TemplateValue(summary)
        case "units": TemplateValue(units)
        default: .missing
        }
    }
}

struct CompletenessUnitView {
    var id: String
    var name: String
    var href: String
    var summary: String
    var statusClass: String
    var cells: [CompletenessCellView]
}

extension CompletenessUnitView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "id": TemplateValue(id)
        case "name": TemplateValue(name)
        case "href": TemplateValue(href)
        case "summary": TemplateValue(summary)
        case "statusClass": TemplateValue(statusClass)
        case "cells": TemplateValue(cells)
        default: .missing
        }
    }
}

struct CompletenessCellView {
    var obligation: String
    var status: String
    var statusClass: String
    var detail: String
    var fixes: [FixView]
    var hasFixes: Bool
}

extension CompletenessCellView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "obligation": TemplateValue(obligation)
        case "status": TemplateValue(status)
        case "statusClass": TemplateValue(statusClass)
        case "detail": TemplateValue(detail)
        case "fixes": TemplateValue(fixes)
        case "hasFixes": TemplateValue(hasFixes)
        default: .missing
        }
    }
}

struct FixView {
    var file: String
    var field: String?
    var what: String
}

extension FixView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "file": TemplateValue(file)
        case "field": TemplateValue(field)
        case "what": TemplateValue(what)
        default: .missing
        }
    }
}
