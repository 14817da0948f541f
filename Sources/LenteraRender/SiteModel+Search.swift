import LenteraDomain
import LenteraTemplate

/// What the search index reads of a page (docs/search.md): whether its main content is
/// indexed (`data-pagefind-body`), the title a result shows, and the filters it is found
/// under. Services, units, maklumat and free pages are indexed; dashboards, open data,
/// the Metodologi page and the indexes themselves are not.
struct SearchMarkers {
    var indexed = false
    var title: String?
    var filters: [SearchFilterView] = []

    static let none = SearchMarkers()
}

/// One `<meta data-pagefind-filter>` of a page's head.
struct SearchFilterView {
    var name: String
    var value: String
}

extension SearchFilterView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "name": TemplateValue(name)
        case "value": TemplateValue(value)
        default: .missing
        }
    }
}

extension SiteModel {
    /// The filters' names, as the search page shows them, in the portal's language.
    private var kindFilter: String { texts["searchFilterKind"] }

    private func filter(_ name: String, _ value: String) -> SearchFilterView { SearchFilterView(name: name, value: value) }

    /// The markers of a page that is not a service's (`serviceSearchMarkers`).
    func searchMarkers(for page: PageKind) -> SearchMarkers {
        switch page {
        case .unit(let slug):
            guard let unit = tree.unitsBySlug[slug] else { return .none }
            // "Halaman unit", not "Unit kerja": that is the name of another filter.
            return SearchMarkers(indexed: true, title: unit.name, filters: [filter(kindFilter, texts["searchKindUnit"])] + placeFilters(of: unit))
        case .maklumat(let slug):
            guard let unit = tree.unitsBySlug[slug], let pledge = maklumatByUnit[slug] else { return .none }
            return SearchMarkers(indexed: true, title: "\(pledge.title) — \(unit.name)",
                                 filters: [filter(kindFilter, texts["searchKindMaklumat"])] + placeFilters(of: unit))
        case .page(let slug):
            guard let page = pagesBySlug[slug] else { return .none }
            return SearchMarkers(indexed: true, title: page.title, filters: [filter(kindFilter, texts["searchKindPage"])])
        default:
            return .none
        }
    }

    /// A service is found under its instansi and unit, free or paid (when its cost is
    /// stated), and its completion time's band (when one can be read), the bands of the
    /// dashboard (`DurationBand`) written in words.
    func serviceSearchMarkers(_ service: ServiceStandard, unit: WorkUnit) -> SearchMarkers {
        var filters = [filter(kindFilter, texts["searchKindService"])] + placeFilters(of: unit)
        if let cost = service.cost {
            filters.append(filter(texts["searchFilterCost"], cost.isFree ? texts["free"] : texts["searchPaid"]))
        }
        if let duration = service.completionTime?.duration {
            filters.append(filter(texts["searchFilterTime"], searchTime(duration.band)))
        }
        return SearchMarkers(indexed: true, title: "\(service.name) — \(unit.name)", filters: filters)
    }

    /// The words of a completion-time band as a filter value (the dashboard's chart keeps
    /// its short labels, `≤ 1 jam`, beside the bars; a filter has room for words, which a
    /// screen reader also reads better than `≤`).
    func searchTime(_ band: DurationBand) -> String {
        switch band {
        case .withinAnHour: texts["searchTimeWithinAnHour"]
        case .withinADay: texts["searchTimeWithinADay"]
        case .upToFiveDays: texts["searchTimeUpToFiveDays"]
        case .upToFourteenDays: texts["searchTimeUpToFourteenDays"]
        case .longer: texts["searchTimeLonger"]
        }
    }

    /// The unit's instansi and the unit itself.
    private func placeFilters(of unit: WorkUnit) -> [SearchFilterView] {
        var filters: [SearchFilterView] = []
        if let instansi = tree.instansiOf[unit.slug].flatMap({ instansiBySlug[$0] }) {
            filters.append(filter(texts["searchFilterInstansi"], instansi.name))
        }
        filters.append(filter(texts["searchFilterUnit"], unit.name))
        return filters
    }

    /// The search page: Pagefind's search box when the index is built; always the ways
    /// to every service that need no JavaScript (the A–Z index and the unit tree).
    func searchView(route: String) -> SearchPageView {
        let bundle = link(route, to: Routes.searchBundle)
        // A large portal's tree is long: its search page links to the home page's instead.
        let instansi: [InstansiTreeView] = splitsServicesIndex ? [] : content.portal.instansi.map { agency in
            let units = (tree.roots[agency.slug] ?? []).map { unitNode($0, route: route) }
            return InstansiTreeView(name: agency.name, units: units, hasUnits: !units.isEmpty)
        }
        return SearchPageView(available: searchAvailable, bundleHref: bundle,
                              stylesheetHref: bundle + "pagefind-ui.css", uiScriptHref: bundle + "pagefind-ui.js",
                              scriptHref: link(route, to: Routes.searchScript),
                              // A large portal's index lists the instansi, each page of them A–Z.
                              servicesHref: link(route, to: Routes.servicesIndex) + (splitsServicesIndex ? "" : "#a-z"),
                              unitsHref: link(route, to: Routes.home) + "#unit-kerja",
                              instansi: instansi, hasTree: !instansi.isEmpty)
    }
}

struct SearchPageView {
    /// Whether the index was built with the site.
    var available: Bool
    var bundleHref: String
    var stylesheetHref: String
    var uiScriptHref: String
    /// The theme's script that starts Pagefind's UI (`assets/search.js`).
    var scriptHref: String
    var servicesHref: String
    var unitsHref: String
    var instansi: [InstansiTreeView]
    var hasTree: Bool
}

extension SearchPageView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "available": TemplateValue(available)
        case "bundleHref": TemplateValue(bundleHref)
        case "stylesheetHref": TemplateValue(stylesheetHref)
        case "uiScriptHref": TemplateValue(uiScriptHref)
        case "scriptHref": TemplateValue(scriptHref)
        case "servicesHref": TemplateValue(servicesHref)
        case "unitsHref": TemplateValue(unitsHref)
        case "instansi": TemplateValue(instansi)
        case "hasTree": TemplateValue(hasTree)
        default: .missing
        }
    }
}
