import LenteraDomain

extension SiteModel {
    func layout(route: String, title: String, breadcrumbs: [LinkView], body: String, jsonLD: String?, isNotFound: Bool,
                description: String, og: OpenGraphView, inlineStylesheet: String? = nil) -> LayoutView {
        let portal = content.portal
        // The 404 page is served at any address, so its links cannot be relative.
        let href: (String) -> String = { target in isNotFound ? portal.baseURL + target : link(route, to: target) }
        let entry: (String, String) -> LinkView = { title, target in
            LinkView(title: title, href: href(target), current: !isNotFound && route == target)
        }
        // A few main entries that fit a 360 px phone on two lines; everything else in the menu.
        // Entries in sentence case, as a citizen names them.
        let nav = [
            entry(texts["layoutHome"], Routes.home),
            entry(texts["services"], Routes.servicesIndex),
            entry(texts["layoutDashboard"], Routes.dashboard),
            entry(texts["layoutSurveys"], Routes.surveyDashboard),
            entry(texts["layoutZI"], Routes.ziDashboard),
        ]
        let infoPages = pagesInOrder.map { entry($0.title, Routes.page($0.slug)) } + [
            entry(texts["layoutCompleteness"], Routes.completeness),
            entry(texts["methodology"], Routes.methodology),
            entry(texts["layoutAccessibility"], Routes.accessibility),
        ]
        let root = isNotFound ? portal.baseURL : Routes.rootPrefix(from: route)
        var view = LayoutView(
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
            methodologyHref: href(Routes.methodology),
            og: og,
            feedHref: href(Routes.feed),
            searchHref: href(Routes.search),
            headerSearch: route != Routes.home && route != Routes.search,
            infoPages: infoPages,
            infoCurrent: infoPages.contains(where: \.current),
            accent: portal.colour.flatMap(AccentPalette.init(hex:)).map {
                AccentView(brand: $0.brand, onBrand: $0.onBrand, link: $0.link, linkDark: $0.linkDark)
            },
            ppidHref: Self.externalHref(portal.ppid),
            accessibilityHref: href(Routes.accessibility))
        // The 404 page is served at any address on any host: a logo or an icon named by the
        // base URL would come from elsewhere, or show broken (a staging copy, a preview), so
        // it names neither; the portal's name stays in the band.
        view.logo = isNotFound ? nil : logoView(route: route, root: root)
        view.favicon = isNotFound ? nil : faviconView(root: root)
        return view
    }

    /// Home › instansi's units › … › the unit › (current page).
    func breadcrumbs(for unit: WorkUnit, route: String, current: String?) -> [LinkView] {
        var crumbs = [LinkView(title: texts["layoutHome"], href: link(route, to: Routes.home))]
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

    /// The 404 page's links, absolute (it is served at any missing address), each saying
    /// where it leads.
    func notFoundView(base: String) -> NotFoundView {
        NotFoundView(homeHref: base, homeLink: texts.format("notFoundHome", ["site": content.portal.title]),
                     servicesHref: base + Routes.servicesIndex, searchHref: base + Routes.search)
    }

    /// An e-mail address in the pieces a line may break between: before the `@` and before
    /// each dot, where a reader sees that the address goes on (`redaksi`, `@transparansi`,
    /// `.contoh`, `.go`, `.id`). A narrow footer column then breaks it there, never inside a word.
    static func emailParts(_ address: String) -> [String] {
        var parts: [String] = []
        var current = ""
        for character in address {
            if (character == "@" || character == "."), !current.isEmpty {
                parts.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { parts.append(current) }
        return parts
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
