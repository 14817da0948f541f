import LenteraDomain

extension SiteModel {
    func homeView(route: String) -> HomeView {
        let summary = standardsSummary
        var figures = [
            FactView(label: texts["instansi"], value: Formatting.integer(content.portal.instansi.count, texts.language)),
            FactView(label: texts["workUnit"], value: Formatting.integer(unitsInOrder.count, texts.language)),
            FactView(label: texts["dashboardStandards"], value: Formatting.integer(summary.totalServices, texts.language)),
        ]
        if summary.totalServices > 0 {
            figures.append(FactView(label: texts["homeAll14"],
                                    value: Formatting.percent(Double(summary.completeServices) / Double(summary.totalServices), digits: 1, texts.language)))
            if let free = summary.freeShare { figures.append(FactView(label: texts["dashboardFreeShare"], value: Formatting.percent(free, digits: 1, texts.language))) }
        }
        let instansi = content.portal.instansi.map { agency in
            let units = (tree.roots[agency.slug] ?? []).map { unitNode($0, route: route) }
            return InstansiTreeView(name: agency.name, units: units, hasUnits: !units.isEmpty)
        }
        return HomeView(
            title: content.portal.title,
            descriptionHtml: content.portal.description.map { markdown.html($0, resolve: destinations(from: "", route: route)) },
            figures: figures,
            instansi: instansi,
            pages: pagesInOrder.map { LinkView(title: $0.title, href: link(route, to: Routes.page($0.slug))) },
            hasPages: !content.pages.isEmpty,
            servicesHref: link(route, to: Routes.servicesIndex),
            dashboardHref: link(route, to: Routes.dashboard),
            completenessHref: link(route, to: Routes.completeness),
            searchHref: link(route, to: Routes.search))
    }

    func unitNode(_ slug: String, route: String) -> UnitNodeView {
        let unit = tree.unitsBySlug[slug]!
        let children = (tree.children[slug] ?? []).map { unitNode($0, route: route) }
        let services = servicesByUnit[slug]?.count ?? 0
        let servicesText = services == 0 ? nil
            : services == 1 ? texts["homeOneService"] : texts.count("servicesCount", services)
        return UnitNodeView(name: unit.name, href: link(route, to: Routes.unit(slug)), kind: unit.kind.label,
                            services: services, servicesText: servicesText, hasChildren: !children.isEmpty, children: children)
    }

    func unitView(_ unit: WorkUnit, route: String) -> UnitView {
        var contact: [FactView] = []
        if let address = unit.contact.address { contact.append(FactView(label: texts["unitAddress"], value: address)) }
        if let phone = unit.contact.phone { contact.append(FactView(label: texts["unitPhone"], value: phone, href: Self.telephoneHref(phone))) }
        if let email = unit.contact.email { contact.append(FactView(label: texts["unitEmail"], value: email, href: "mailto:" + email)) }
        if let website = unit.contact.website { contact.append(FactView(label: texts["unitWebsite"], value: website, href: Self.externalHref(website))) }
        let services = (servicesByUnit[unit.slug] ?? []).map { serviceSummary($0, route: route) }
        let subunits = (tree.children[unit.slug] ?? []).compactMap { tree.unitsBySlug[$0] }
            .map { LinkView(title: $0.name, href: link(route, to: Routes.unit($0.slug))) }
        let pledge = maklumatByUnit[unit.slug]
        var view = UnitView(
            name: unit.name,
            kind: unit.kind.label,
            instansi: tree.instansiOf[unit.slug].flatMap { instansiBySlug[$0]?.name } ?? "",
            shortName: unit.shortName,
            contact: contact,
            hasContact: !contact.isEmpty || !unit.serviceHours.isEmpty || unit.head != nil,
            hours: unit.serviceHours.map { FactView(label: $0.days, value: $0.hours) },
            head: unit.head.map(officialView),
            profileHtml: unit.profile.isEmpty ? nil : markdown.under(2).html(unit.profile, resolve: destinations(from: unitFolder(unit.slug), route: route)),
            maklumat: pledge.map { maklumatView($0, unit: unit, route: route, under: 2) },
            maklumatHref: pledge.map { _ in link(route, to: Routes.maklumat(unit: unit.slug)) },
            services: services,
            hasServices: !services.isEmpty,
            subunits: subunits,
            hasSubunits: !subunits.isEmpty,
            channels: complaintChannels,
            survey: unitSurveyView(unit, route: route),
            performance: unitPerformanceView(unit, route: route),
            spbe: unitSPBEView(unit, route: route),
            zonaIntegritas: unitZIView(unit, route: route),
            completeness: unitCompletenessLink(unit, route: route),
            sops: unitSOPsView(unit, route: route),
            documents: attachments(ofUnit: unit.slug).map { fileLinkView($0, route: route) },
            hasDocuments: !attachments(ofUnit: unit.slug).isEmpty)
        view.contents = unitContents(view)
        return view
    }

    /// The unit page's contents list, in the order of `unit.mustache`: what a citizen
    /// needs first (the services, when and where the unit serves, where to complain, its
    /// maklumat, then who the unit is), then the figures for the evaluation team (surveys,
    /// Zona Integritas, performance assessment, SOP, SPBE). Each link names a section's id.
    func unitContents(_ view: UnitView) -> [LinkView] {
        let sections: [(shown: Bool, title: String, id: String)] = [
            (true, texts["services"], "layanan"),
            (view.hasContact, texts["unitContact"], "kontak"),
            (true, texts["unitComplaintsShort"], "pengaduan"),
            (view.maklumat != nil, view.maklumat?.title ?? "", "maklumat"),
            (view.profileHtml != nil, texts["unitProfile"], "profil"),
            (view.hasSubunits, texts["unitSubunits"], "sub-unit"),
            (view.hasDocuments, texts["unitDocuments"], "dokumen"),
            (view.survey != nil, texts["unitSurveys"], "survei"),
            (view.zonaIntegritas != nil, texts["unitZI"], "zona-integritas"),
            (view.performance != nil, texts["unitPerformance"], "kinerja"),
            (view.sops != nil, "SOP", "sop"),
            (view.spbe != nil, "SPBE", "spbe"),
        ]
        return sections.filter(\.shown).map { LinkView(title: $0.title, href: "#" + $0.id) }
    }

    /// `level`: the heading the maklumat's text stands under (the page's `<h1>`, or the
    /// unit page's `<h2>` of the section).
    func maklumatView(_ pledge: Maklumat, unit: WorkUnit, route: String, under level: Int = 1) -> MaklumatView {
        let date = Formatting.date(pledge.date, texts.language)
        return MaklumatView(
            title: pledge.title,
            unitName: unit.name,
            unitHref: link(route, to: Routes.unit(unit.slug)),
            textHtml: markdown.under(level).html(pledge.text, resolve: destinations(from: unitFolder(unit.slug), route: route)),
            placeAndDate: pledge.place.map { "\($0), \(date)" } ?? date,
            signatory: officialView(pledge.signatory),
            scan: pledge.scan.flatMap { attachment($0.written, from: unitFolder(unit.slug)) }.map { fileLinkView($0, route: route) })
    }

    func serviceSummary(_ service: ServiceStandard, route: String) -> ServiceSummaryView {
        ServiceSummaryView(
            name: service.name,
            href: link(route, to: Routes.service(unit: service.unit, slug: service.slug)),
            unitName: unitName(service.unit),
            unitHref: link(route, to: Routes.unit(service.unit)),
            summary: service.summary,
            time: service.completionTime?.text ?? texts["notYetListed"],
            cost: service.cost.map { Formatting.cost($0, texts.language) } ?? texts["notYetListed"],
            completeness: texts.format("componentsOf", ["n": "\(service.presentComponents.count)", "total": "\(ServiceComponent.allCases.count)"]),
            complete: service.isComplete)
    }
}
