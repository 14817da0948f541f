import LenteraDomain

extension SiteModel {
    /// Above this many services the services index is a list of instansi, each with its
    /// own services page, and the dashboard counts per instansi: one page listing every
    /// service of a national portal would weigh tens of megabytes on a phone.
    public static let servicesOnOnePage = 1000

    var splitsServicesIndex: Bool { content.services.count > Self.servicesOnOnePage && servicesOfInstansi.count > 1 }

    func dashboardView(route: String) -> DashboardView {
        let summary = standardsSummary
        let t = texts, lang = t.language
        // A large portal is counted per instansi (each linked to its services page), a
        // small one per unit.
        let perInstansi = splitsServicesIndex
        let groups = perInstansi
            ? summary.grouped(content.portal.instansi.map(\.slug), groupOf: { tree.instansiOf[$0] })
            : summary.units
        let withServices = groups.filter { $0.services > 0 }
        func name(_ group: String) -> String { perInstansi ? instansiBySlug[group]?.name ?? group : unitName(group) }
        func href(_ group: String) -> String { link(route, to: perInstansi ? Routes.servicesIndex(instansi: group) : Routes.unit(group)) }
        func count(_ n: Int) -> String { t.count("servicesCount", n) }
        let groupLabel = perInstansi ? t["instansiLower"] : t["workUnitLower"]

        let perUnitBars = withServices.map {
            BarChart.Bar(label: name($0.unit), value: Double($0.services), valueText: count($0.services))
        }
        let perUnit = chart(id: "grafik-layanan-per-unit", title: "\(t["dashboardStandardsPer"]) \(groupLabel)", bars: perUnitBars,
                            columns: [perInstansi ? t["instansi"] : t["workUnit"], t["services"]],
                            rows: withServices.map { TableRowView(cells: [Formatting.integer($0.services, lang)], header: name($0.unit), href: href($0.unit)) })

        var bandBars = DurationBand.allCases.map { band in
            let n = summary.durationBands[band] ?? 0
            return BarChart.Bar(label: bandLabel(band), value: Double(n), valueText: count(n))
        }
        if summary.unknownDuration > 0 {
            bandBars.append(BarChart.Bar(label: t["unreadable"], value: Double(summary.unknownDuration), valueText: count(summary.unknownDuration)))
        }
        let durations = chart(id: "grafik-jangka-waktu", title: t["dashboardDurationSpread"], bars: bandBars,
                              columns: [t["dashboardDurationColumn"], t["services"]],
                              rows: bandBars.map { TableRowView(cells: [$0.valueText], header: $0.label, href: nil) })

        let unitRows = withServices.map { figures in
            TableRowView(
                cells: [Formatting.integer(figures.services, lang), Formatting.integer(figures.complete, lang),
                        figures.completeness.map { Formatting.percent($0, lang) } ?? "–",
                        Formatting.integer(figures.enacted, lang), Formatting.integer(figures.free, lang)],
                header: name(figures.unit), href: href(figures.unit))
        }
        let serviceRows = perInstansi ? [] : unitsInOrder.flatMap { servicesByUnit[$0.slug] ?? [] }.map { service in
            ServiceCompletenessRowView(
                header: service.name, href: link(route, to: Routes.service(unit: service.unit, slug: service.slug)),
                unit: unitName(service.unit), components: "\(service.presentComponents.count)/\(ServiceComponent.allCases.count)",
                missing: service.missingComponents.isEmpty ? "–" : service.missingComponents.map(\.title).joined(separator: "; "),
                enacted: service.enactment == nil ? t["notYet"] : t["yes"])
        }
        let total = summary.totalServices
        func share(_ part: Int) -> String { "\(Formatting.integer(part, lang)) \(t["of"]) \(Formatting.integer(total, lang))" }
        return DashboardView(
            figures: [
                FactView(label: t["dashboardStandards"], value: Formatting.integer(total, lang)),
                FactView(label: t["dashboardAll14"], value: share(summary.completeServices)),
                FactView(label: t["dashboardEnactedByDecree"], value: share(summary.enactedServices)),
                FactView(label: t["dashboardFreeShare"], value: summary.freeShare.map { Formatting.percent($0, lang) } ?? "–"),
            ],
            servicesPerUnit: perUnit,
            durations: durations,
            groupLabel: groupLabel,
            completenessUnits: unitRows,
            completenessServices: serviceRows,
            perServiceElsewhere: perInstansi,
            servicesHref: link(route, to: Routes.servicesIndex),
            free: summary.freeShare.map { Formatting.percent($0, lang) } ?? "–",
            freeDetail: t.count("dashboardFreeDetail", total, ["free": Formatting.integer(summary.freeServices, lang)], on: "total"),
            completenessHref: link(route, to: Routes.completeness),
            componentsSource: Obligations.components.source.caption,
            componentsHref: methodologyLink(route, rule: "kewajiban-\(Obligations.components.id)"))
    }

    /// A band of completion times as the dashboard names it, in the portal's language.
    func bandLabel(_ band: DurationBand) -> String {
        switch band {
        case .withinAnHour: texts["bandWithinAnHour"]
        case .withinADay: texts["bandWithinADay"]
        case .upToFiveDays: texts["bandUpToFiveDays"]
        case .upToFourteenDays: texts["bandUpToFourteenDays"]
        case .longer: texts["bandLonger"]
        }
    }

    /// A chart and its table: the SVG's description lists every bar, so the figures are
    /// there for screen readers too.
    /// `labelLanguage`: the language of the bars' labels and rows' headers when it is not the
    /// page's (`id` for the regulation's names on an English page).
    func chart(id: String, title: String, bars: [BarChart.Bar], maximum: Double? = nil, reference: (value: Double, label: String)? = nil,
               columns: [String], rows: [TableRowView], labelLanguage: String? = nil) -> ChartView {
        var description = bars.map { "\($0.label): \($0.valueText)" }.joined(separator: "; ")
        if let reference { description += "; \(texts["dashedLine"]): \(reference.label)" }
        var drawing = BarChart(id: id, title: title, description: description, bars: bars, maximum: maximum, reference: reference)
        drawing.labelLanguage = labelLanguage
        var view = ChartView(svgHtml: drawing.svg, caption: title, columns: columns, rows: rows)
        view.rowLanguage = labelLanguage
        return view
    }
}
