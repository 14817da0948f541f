import LenteraDomain
import LenteraMarkdown
import LenteraTemplate

/// One page of the site.
public enum PageKind: Sendable, Hashable {
    case home
    case unit(String)
    case service(unit: String, slug: String)
    case maklumat(unit: String)
    case sop(unit: String, slug: String)
    /// The calculation sheet of a unit's IKM in one period (lembar perhitungan).
    case surveyCalculation(unit: String, period: SurveyPeriod)
    case servicesIndex
    /// The services of one instansi (large portals only; see `SiteModel.splitsServicesIndex`).
    case servicesIndexOf(instansi: String)
    case dashboard
    case surveyDashboard
    case ziDashboard
    /// Every unit's standing on the obligations the portal checks (`/kelengkapan/`).
    case completeness
    /// The Metodologi page: every rule, its source and its reading.
    case methodology
    /// The accessibility statement (`/aksesibilitas/`).
    case accessibility
    case page(String)
    /// The search page (`cari/`): Pagefind's search box, the A–Z index without JavaScript.
    case search
    case notFound
}

/// The content prepared for rendering: the unit tree, lookups, and what every page
/// needs. Built once per build; read concurrently by the page renderers.
public struct SiteModel: Sendable {
    public let content: PortalContent
    public let tree: UnitTree
    let markdown: MarkdownRenderer
    let servicesByUnit: [String: [ServiceStandard]]
    /// Unit → service slug → service (the first in display order, should two share a slug).
    let serviceIndex: [String: [String: Int]]
    let maklumatByUnit: [String: Maklumat]
    let sopsByUnit: [String: [StandardOperatingProcedure]]
    /// Unit → SOP slug → SOP (the first in display order).
    let sopIndex: [String: [String: StandardOperatingProcedure]]
    /// The content's pages in menu order, and by slug.
    let pagesInOrder: [Page]
    let pagesBySlug: [String: Page]
    /// Per unit, in content order: performance reports, SPBE architectures, survey analyses.
    let performanceByUnit: [String: [PerformanceReport]]
    let spbeByUnit: [String: [SPBEArchitecture]]
    let analysesByUnit: [String: [SurveyAnalysis]]
    /// What the layout prints the same on every page.
    let footerContact: [FactView]
    let complaintChannels: [ChannelView]
    let instansiBySlug: [String: Instansi]
    /// Number of services of each instansi (only instansi that have some).
    let servicesOfInstansi: [String: Int]
    /// The standards' figures per unit and in all, for the home page and the dashboard.
    let standardsSummary: StandardsSummary
    /// Units in tree order (each instansi's roots, depth first).
    public let unitsInOrder: [WorkUnit]
    public let surveys: SurveyBook
    let surveyFigures: [String: UnitSurveyFigures]
    /// Zona Integritas predicates of each unit, oldest first.
    let designationsByUnit: [String: [Designation]]
    /// The day the figures are judged on (whether a unit's last survey is more than a year old).
    public let referenceDate: CalendarDate
    /// Every unit's standing on every obligation of `Obligations.all`, on `referenceDate`.
    public let completeness: CompletenessReport
    /// Whether the search index is built with the site: the search page offers the search
    /// box, or says that search is unavailable and offers the A–Z index.
    public var searchAvailable = false
    /// The rules the Metodologi page lists (`Methodology.all`; a test may give its own).
    let methodology: [RuleDescription]
    /// Files published beside the content, by their path in the content folder.
    public let attachmentsByPath: [String: Attachment]
    /// The theme's texts in the portal's language (`bahasa`), as templates read them (`t`).
    public let texts: ThemeText

    public init(content: PortalContent, referenceDate: CalendarDate = CalendarDate(year: 2000, month: 1, day: 1)!,
                markdown: MarkdownRenderer = MarkdownRenderer(), methodology: [RuleDescription] = Methodology.all) {
        self.content = content
        self.methodology = methodology
        self.texts = ThemeText.forPortal(language: content.portal.language)
        self.tree = UnitTree.build(units: content.units, instansi: content.portal.instansi).tree
        self.markdown = markdown
        self.attachmentsByPath = Dictionary(content.attachments.map { ($0.contentPath, $0) }, uniquingKeysWith: { first, _ in first })
        var byUnit: [String: [ServiceStandard]] = [:]
        for service in content.services where tree.unitsBySlug[service.unit] != nil {
            byUnit[service.unit, default: []].append(service)
        }
        self.servicesByUnit = byUnit.mapValues { $0.inDisplayOrder() }
        // Positions in `servicesByUnit`, not copies: a national portal has 400,000 services.
        self.serviceIndex = servicesByUnit.mapValues { Dictionary($0.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first }) }
        self.maklumatByUnit = Dictionary(content.maklumat.map { ($0.unit, $0) }, uniquingKeysWith: { first, _ in first })
        self.instansiBySlug = Dictionary(content.portal.instansi.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let tree = self.tree
        self.sopsByUnit = Dictionary(grouping: content.sops.filter { tree.unitsBySlug[$0.unit] != nil }, by: \.unit).mapValues { $0.inDisplayOrder() }
        self.sopIndex = sopsByUnit.mapValues { Dictionary($0.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first }) }
        self.pagesInOrder = content.pages.inPageOrder
        self.pagesBySlug = Dictionary(content.pages.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        self.performanceByUnit = Dictionary(grouping: content.performance, by: \.unit)
        self.spbeByUnit = Dictionary(grouping: content.spbe, by: \.unit)
        self.analysesByUnit = Dictionary(grouping: content.surveyAnalyses, by: \.unit)
        let portal = content.portal
        var footer: [FactView] = []
        let texts = self.texts
        if let address = portal.contact.address { footer.append(FactView(label: texts["layoutAddress"], value: address)) }
        if let phone = portal.contact.phone { footer.append(FactView(label: texts["layoutPhone"], value: phone, href: Self.telephoneHref(phone))) }
        if let email = portal.contact.email {
            footer.append(FactView(label: texts["layoutEmail"], value: email, href: "mailto:" + email, parts: Self.emailParts(email)))
        }
        self.footerContact = footer
        // The national channel's note is the theme's text (in the portal's language); a
        // portal's own channels keep the words their settings give.
        self.complaintChannels = portal.allComplaintChannels.map {
            ChannelView(name: $0.name, href: Self.externalHref($0.url), note: $0 == ComplaintChannel.lapor ? texts["layoutLaporNote"] : $0.note)
        }
        self.unitsInOrder = content.portal.instansi.flatMap { instansi in
            (tree.roots[instansi.slug] ?? []).flatMap { tree.subtree(of: $0) }
        }.compactMap { tree.unitsBySlug[$0] }
        self.referenceDate = referenceDate
        var perInstansi: [String: Int] = [:]
        for (unit, services) in servicesByUnit {
            if let instansi = tree.instansiOf[unit] { perInstansi[instansi, default: 0] += services.count }
        }
        self.servicesOfInstansi = perInstansi
        self.standardsSummary = StandardsSummary(units: unitsInOrder.map(\.slug), services: content.services)
        let book = SurveyBook(results: content.surveys.filter { tree.unitsBySlug[$0.unit] != nil })
        self.surveys = book
        let services = servicesByUnit
        var figures: [String: UnitSurveyFigures] = [:]
        let instruments = Dictionary(content.zonaIntegritas.map { ($0.instansi, $0.instrument) }, uniquingKeysWith: { first, _ in first })
        for unit in unitsInOrder {
            let instrument = tree.instansiOf[unit.slug].flatMap { instruments[$0] } ?? .standard
            let judged = ZIJudgedDay.of(unit: unit.slug, instansi: tree.instansiOf[unit.slug], records: content.zonaIntegritas, referenceDate: referenceDate)
            let unitFigures = UnitSurveyFigures(unit: unit.slug, services: services[unit.slug] ?? [], book: book, settings: content.portal.survey,
                                                judged: judged, instrument: instrument)
            if !unitFigures.isEmpty { figures[unit.slug] = unitFigures }
        }
        self.surveyFigures = figures
        var designations: [String: [Designation]] = [:]
        for record in content.zonaIntegritas {
            for designation in record.designations where tree.unitsBySlug[designation.unit] != nil {
                designations[designation.unit, default: []].append(designation)
            }
        }
        self.designationsByUnit = designations.mapValues { $0.chronological() }
        self.completeness = CompletenessReport(content: content, tree: tree, referenceDate: referenceDate)
    }

    /// Every page to write, in a fixed order.
    public var plan: [PageKind] {
        var pages: [PageKind] = []
        forEachPage { pages.append($0) }
        return pages
    }

    /// Gives every page of `plan`, in its order, one at a time, without making the list (a
    /// national portal has 480,000 pages).
    public func forEachPage(_ body: (PageKind) throws -> Void) rethrows {
        for page in [PageKind.home, .servicesIndex, .search, .dashboard, .surveyDashboard, .ziDashboard, .completeness, .methodology, .accessibility, .notFound] {
            try body(page)
        }
        if splitsServicesIndex {
            for instansi in content.portal.instansi where servicesOfInstansi[instansi.slug] != nil { try body(.servicesIndexOf(instansi: instansi.slug)) }
        }
        for page in pagesInOrder { try body(.page(page.slug)) }
        for unit in unitsInOrder {
            try body(.unit(unit.slug))
            if maklumatByUnit[unit.slug] != nil { try body(.maklumat(unit: unit.slug)) }
            for period in calculationPeriods(of: unit.slug) { try body(.surveyCalculation(unit: unit.slug, period: period)) }
            for service in servicesByUnit[unit.slug] ?? [] { try body(.service(unit: unit.slug, slug: service.slug)) }
            for sop in sopsByUnit[unit.slug] ?? [] { try body(.sop(unit: unit.slug, slug: sop.slug)) }
        }
    }

    public func route(of page: PageKind) -> String {
        switch page {
        case .home: Routes.home
        case .unit(let slug): Routes.unit(slug)
        case .service(let unit, let slug): Routes.service(unit: unit, slug: slug)
        case .maklumat(let unit): Routes.maklumat(unit: unit)
        case .sop(let unit, let slug): Routes.sop(unit: unit, slug: slug)
        case .surveyCalculation(let unit, let period): Routes.surveyCalculation(unit: unit, period: period)
        case .servicesIndex: Routes.servicesIndex
        case .servicesIndexOf(let instansi): Routes.servicesIndex(instansi: instansi)
        case .dashboard: Routes.dashboard
        case .surveyDashboard: Routes.surveyDashboard
        case .ziDashboard: Routes.ziDashboard
        case .completeness: Routes.completeness
        case .methodology: Routes.methodology
        case .accessibility: Routes.accessibility
        case .page(let slug): Routes.page(slug)
        case .search: Routes.search
        case .notFound: Routes.notFound
        }
    }

    /// Renders one page: its template, then the layout around it.
    public func render(_ page: PageKind, with templates: TemplateSet) throws -> String {
        String(decoding: try renderBytes(page, with: templates), as: UTF8.self)
    }

    /// The page as the UTF-8 bytes that are written (no `String` made of the whole page).
    public func renderBytes(_ page: PageKind, with templates: TemplateSet) throws -> [UInt8] {
        let route = route(of: page)
        let (template, context, title, crumbs, jsonLD): (String, any TemplateContext, String, [LinkView], String?)
        switch page {
        case .home:
            (template, context, title, crumbs, jsonLD) = ("home", homeView(route: route), content.portal.title, [], homeJSONLD())
        case .unit(let slug):
            let unit = tree.unitsBySlug[slug]!
            (template, context, title, crumbs, jsonLD) = ("unit", unitView(unit, route: route), unit.name, breadcrumbs(for: unit, route: route, current: nil),
                                                          unitJSONLD(unit))
        case .service(let unitSlug, let slug):
            return try renderServicePageBytes(servicesByUnit[unitSlug]![serviceIndex[unitSlug]![slug]!], with: templates)
        case .maklumat(let unitSlug):
            let unit = tree.unitsBySlug[unitSlug]!
            let pledge = maklumatByUnit[unitSlug]!
            (template, context, title, crumbs, jsonLD) = ("maklumat", maklumatView(pledge, unit: unit, route: route), "\(pledge.title) — \(unit.name)",
                                                          breadcrumbs(for: unit, route: route, current: pledge.title), nil)
        case .sop(let unitSlug, let slug):
            let unit = tree.unitsBySlug[unitSlug]!
            let sop = sopIndex[unitSlug]![slug]!
            (template, context, title, crumbs, jsonLD) = ("sop", sopView(sop, unit: unit, route: route), sop.title,
                                                          breadcrumbs(for: unit, route: route, current: sop.title), nil)
        case .surveyCalculation(let unitSlug, let period):
            let unit = tree.unitsBySlug[unitSlug]!
            let view = surveyCalculationView(unit: unit, period: period, route: route)!
            (template, context, title, crumbs, jsonLD) = ("survey-calculation", view, "\(view.title) — \(unit.name)",
                                                          breadcrumbs(for: unit, route: route, current: view.title), nil)
        case .servicesIndex:
            (template, context, title, crumbs, jsonLD) = ("services-index", servicesIndexView(route: route), texts["servicesIndexTitle"], [], nil)
        case .servicesIndexOf(let slug):
            let name = instansiBySlug[slug]?.name ?? slug
            (template, context, title, crumbs, jsonLD) = ("services-index", servicesIndexView(route: route, instansi: slug), "\(texts["servicesIndexTitle"]) — \(name)",
                                                          [LinkView(title: texts["layoutHome"], href: link(route, to: Routes.home)),
                                                           LinkView(title: texts["servicesIndexTitle"], href: link(route, to: Routes.servicesIndex)),
                                                           LinkView(title: name, href: "", current: true)], nil)
        case .dashboard:
            (template, context, title, crumbs, jsonLD) = ("dashboard", dashboardView(route: route), texts["dashboardTitle"], [], nil)
        case .surveyDashboard:
            (template, context, title, crumbs, jsonLD) = ("survey-dashboard", surveyDashboardView(route: route), texts["surveyTitle"], [], nil)
        case .ziDashboard:
            (template, context, title, crumbs, jsonLD) = ("zi-dashboard", ziDashboardView(route: route), texts["ziTitle"], [], nil)
        case .completeness:
            (template, context, title, crumbs, jsonLD) = ("completeness", completenessView(route: route), texts["completenessTitle"], [], nil)
        case .methodology:
            (template, context, title, crumbs, jsonLD) = ("methodology", methodologyView(route: route), texts["methodology"], [], nil)
        case .accessibility:
            (template, context, title, crumbs, jsonLD) = ("accessibility", accessibilityView(route: route), texts["accessibilityTitle"], [], nil)
        case .page(let slug):
            let page = pagesBySlug[slug]!
            (template, context, title, crumbs, jsonLD) = ("page", PageView(title: page.title, bodyHtml: markdown.html(page.body, resolve: destinations(from: "pages", route: route))), page.title, [], nil)
        case .search:
            (template, context, title, crumbs, jsonLD) = ("search", searchView(route: route), texts["searchTitle"], [], nil)
        case .notFound:
            // Served at any missing address, so its links are absolute.
            let base = content.portal.baseURL
            (template, context, title, crumbs, jsonLD) = ("not-found", notFoundView(base: base), texts["notFoundTitle"], [], nil)
        }
        let summary = description(of: page)
        return try renderInLayout(template, context, route: route, title: title, breadcrumbs: crumbs, jsonLD: jsonLD, isNotFound: page == .notFound,
                                  description: summary, og: openGraph(of: page, title: title, route: route, description: summary),
                                  search: searchMarkers(for: page), with: templates)
    }

    /// Renders a service's page from the whole standard. A large build calls this as each
    /// service is read, on a model of the portal's units and pages alone (the service need
    /// not be in the model), and keeps only the elided standard afterwards.
    public func renderServicePage(_ service: ServiceStandard, with templates: TemplateSet) throws -> String {
        String(decoding: try renderServicePageBytes(service, with: templates), as: UTF8.self)
    }

    public func renderServicePageBytes(_ service: ServiceStandard, with templates: TemplateSet) throws -> [UInt8] {
        let unit = tree.unitsBySlug[service.unit]!
        let route = Routes.service(unit: service.unit, slug: service.slug)
        let page = PageKind.service(unit: service.unit, slug: service.slug)
        let description = serviceDescription(service, unitName: unit.name)
        return try renderInLayout("service", serviceView(service, unit: unit, route: route), route: route, title: service.name,
                                  breadcrumbs: breadcrumbs(for: unit, route: route, current: service.name),
                                  jsonLD: governmentServiceJSONLD(service, unit: unit, route: route, description: description), isNotFound: false,
                                  description: description, og: openGraph(of: page, title: service.name, route: route, description: description),
                                  search: serviceSearchMarkers(service, unit: unit), with: templates)
    }

    private func renderInLayout(_ template: String, _ context: any TemplateContext, route: String, title: String, breadcrumbs crumbs: [LinkView],
                                jsonLD: String?, isNotFound: Bool, description: String, og: OpenGraphView, search: SearchMarkers,
                                with templates: TemplateSet) throws -> [UInt8] {
        let body = try templates.render(template, Localized(base: context, texts: texts))
        var layout = layout(route: route, title: title, breadcrumbs: crumbs, body: body, jsonLD: jsonLD, isNotFound: isNotFound,
                            description: description, og: og, inlineStylesheet: isNotFound ? templates.inlineStylesheet : nil)
        (layout.searchIndexed, layout.searchTitle, layout.searchFilters) = (search.indexed, search.title, search.filters)
        #if DEBUG
        TemplateContextAudit.assertComplete(context, layout)
        #endif
        // The layout's output is sized for the page's body at once: grown by doubling past a
        // body of 40 MB (the completeness page of a national portal), it would take 80.
        var page: [UInt8] = []
        try templates.render("layout", Localized(base: layout, texts: texts), into: &page, expected: body.utf8.count)
        return page
    }

    func link(_ route: String, to target: String) -> String { Routes.link(from: route, to: target) }

    func unitName(_ slug: String) -> String { tree.unitsBySlug[slug]?.name ?? slug }
}

extension Array where Element == Page {
    var inPageOrder: [Page] {
        sorted { ($0.order ?? Int.max, $0.title, $0.slug) < ($1.order ?? Int.max, $1.title, $1.slug) }
    }
}
