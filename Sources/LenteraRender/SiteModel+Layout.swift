import LenteraDomain

extension SiteModel {
    func layout(route: String, title: String, breadcrumbs: [LinkView], body: String, jsonLD: String?, isNotFound: Bool,
                description: String, og: OpenGraphView, inlineStylesheet: String? = nil) -> LayoutView {
        let portal = content.portal
        var nav = [
            LinkView(title: "Beranda", href: link(route, to: Routes.home), current: route == Routes.home),
            LinkView(title: "Layanan", href: link(route, to: Routes.servicesIndex), current: route == Routes.servicesIndex),
            LinkView(title: "Dasbor", href: link(route, to: Routes.dashboard), current: route == Routes.dashboard),
            LinkView(title: "Survei", href: link(route, to: Routes.surveyDashboard), current: route == Routes.surveyDashboard),
            LinkView(title: "Zona Integritas", href: link(route, to: Routes.ziDashboard), current: route == Routes.ziDashboard),
        ]
        nav += pagesInOrder.map { page in
            LinkView(title: page.title, href: link(route, to: Routes.page(page.slug)), current: route == Routes.page(page.slug))
        }
        // The 404 page is served at any address, so its links cannot be relative.
        let root = isNotFound ? portal.baseURL : Routes.rootPrefix(from: route)
        if isNotFound {
            nav = nav.map { LinkView(title: $0.title, href: portal.baseURL + String($0.href.drop { $0 == "." || $0 == "/" }), current: false) }
        }
        return LayoutView(
            lang: portal.language,
            siteTitle: portal.title,
            pageTitle: title,
            documentTitle: route == Routes.home ? portal.title : "\(title) | \(portal.title)",
            description: description,
            canonical: isNotFound ? nil : portal.baseURL + route,
            noIndex: isNotFound,
            root: root,
            homeHref: isNotFound ? portal.baseURL : link(route, to: Routes.home),
            stylesheet: root + Routes.stylesheet,
            inlineStylesheet: isNotFound ? inlineStylesheet : nil,
            nav: nav,
            breadcrumbs: breadcrumbs,
            hasBreadcrumbs: !breadcrumbs.isEmpty,
            exampleNotice: portal.exampleDataNotice,
            contentHtml: body,
            jsonLDHtml: jsonLD,
            footerContact: footerContact,
            hasFooterContact: !footerContact.isEmpty,
            complaintChannels: complaintChannels,
            methodologyHref: isNotFound ? portal.baseURL + Routes.methodology : link(route, to: Routes.methodology),
            og: og,
            feedHref: isNotFound ? portal.baseURL + Routes.feed : link(route, to: Routes.feed))
    }

    /// Home › instansi's units › … › the unit › (current page).
    func breadcrumbs(for unit: WorkUnit, route: String, current: String?) -> [LinkView] {
        var crumbs = [LinkView(title: "Beranda", href: link(route, to: Routes.home))]
        for ancestor in tree.ancestors(of: unit.slug) {
            crumbs.append(LinkView(title: ancestor.name, href: link(route, to: Routes.unit(ancestor.slug))))
        }
        if let current {
            crumbs.append(LinkView(title: unit.name, href: link(route, to: Routes.unit(unit.slug))))
            crumbs.append(LinkView(title: current, href: "", current: true))
        } else {
            crumbs.append(LinkView(title: unit.name, href: "", current: true))
        }
        return crumbs
    }

    /// A link from content as a page may print it: only `https:`, `http:`, `mailto:` and
    /// `tel:` (the loader has refused anything else with a positioned error already).
    static func externalHref(_ link: String?) -> String? {
        link.flatMap { LinkScheme.of($0) == nil ? nil : $0 }
    }

    static func telephoneHref(_ phone: String) -> String? {
        let digits = phone.filter { $0.isNumber || $0 == "+" }
        return digits.count >= 3 ? "tel:" + digits : nil
    }

    func officialView(_ official: Official) -> OfficialView {
        OfficialView(name: official.name, position: official.position, nip: official.nip)
    }
}
