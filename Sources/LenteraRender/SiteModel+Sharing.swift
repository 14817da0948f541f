import LenteraDomain
import LenteraMarkdown

/// What a page tells the places it is shared to and the search engines that read it: the
/// meta description, Open Graph and the summary card (see docs/sharing.md).
extension SiteModel {
    /// The longest description written, in characters: what search results and link
    /// previews show before they cut the text themselves.
    static let descriptionLimit = 160

    /// The page's description from its content: never empty, and specific to the page
    /// wherever the content has something to say.
    func description(of page: PageKind) -> String {
        let portal = content.portal
        let lang = texts.language
        let text: String
        switch page {
        case .home:
            text = portal.description.flatMap { MarkdownRenderer.leadText($0) }
                ?? texts.format("describeHome", ["instansi": portal.instansi.map(\.name).joined(separator: ", ")])
        case .unit(let slug):
            let unit = tree.unitsBySlug[slug]!
            text = MarkdownRenderer.leadText(unit.profile) ?? unitFallbackDescription(unit)
        case .service(let unit, let slug):
            text = serviceDescription(servicesByUnit[unit]![serviceIndex[unit]![slug]!], unitName: unitName(unit))
        case .maklumat(let unit):
            text = maklumatByUnit[unit].flatMap { MarkdownRenderer.leadText($0.text) } ?? texts.format("describeMaklumat", ["unit": unitName(unit)])
        case .sop(let unit, let slug):
            let sop = sopIndex[unit]![slug]!
            text = texts.format("describeSOP", ["title": sop.title, "unit": unitName(unit), "steps": Formatting.integer(sop.steps.count, lang)])
        case .surveyCalculation(let unit, let period):
            text = texts.format("describeSurveyCalculation", ["unit": unitName(unit), "period": Formatting.period(period, lang)])
        case .servicesIndex:
            text = texts.count("describeServicesIndex", content.services.count)
        case .servicesIndexOf(let slug):
            text = texts.count("describeServicesIndexOf", servicesOfInstansi[slug] ?? 0, ["instansi": instansiBySlug[slug]?.name ?? slug])
        case .dashboard:
            text = texts["describeDashboard"]
        case .surveyDashboard:
            text = texts["describeSurveyDashboard"]
        case .ziDashboard:
            text = texts["describeZIDashboard"]
        case .completeness:
            text = texts["describeCompleteness"]
        case .methodology:
            text = texts["describeMethodology"]
        case .accessibility:
            text = texts.format("describeAccessibility", ["site": portal.title])
        case .page(let slug):
            let page = pagesBySlug[slug]!
            text = page.summary ?? MarkdownRenderer.leadText(page.body) ?? "\(page.title) — \(portal.title)."
        case .search:
            text = texts.format("describeSearch", ["site": portal.title])
        case .notFound:
            text = texts.format("describeNotFound", ["site": portal.title])
        }
        return Self.shortened(text)
    }

    /// A service's description: its summary, or else its first requirement; then its time
    /// and cost, what a citizen asks first.
    func serviceDescription(_ service: ServiceStandard, unitName: String) -> String {
        var parts: [String] = []
        if let summary = service.summary.flatMap { MarkdownRenderer.leadText($0) } {
            parts.append(summary.hasSuffix(".") ? summary : summary + ".")
        } else if case .text(let first)? = service.list(.persyaratan).first, let requirement = MarkdownRenderer.leadText(first) {
            parts.append(texts.format("describeServiceRequirement", ["service": service.name, "unit": unitName, "requirement": requirement]))
        } else {
            parts.append(texts.format("describeService", ["service": service.name, "unit": unitName]))
        }
        // The time as the standard writes it (content); the cost in the portal's language.
        if let time = service.completionTime { parts.append(texts.format("describeTime", ["time": time.text])) }
        if let cost = service.cost { parts.append(texts.format("describeCost", ["cost": Formatting.cost(cost, texts.language)])) }
        return Self.shortened(parts.joined(separator: " "))
    }

    func unitFallbackDescription(_ unit: WorkUnit) -> String {
        let count = servicesByUnit[unit.slug]?.count ?? 0
        return count == 0
            ? texts.format("describeUnit", ["unit": unit.name])
            : texts.count("describeUnitServices", count, ["unit": unit.name])
    }

    /// The text cut at a word boundary to at most `descriptionLimit` characters, an
    /// ellipsis marking the cut.
    ///
    /// Text whose every scalar is a character of its own (`DescriptionText`: Latin
    /// letters, punctuation, dashes — every synthetic and nearly every real description)
    /// is cut in one pass over its scalars; anything else by `shortenedByCharacters`, the
    /// same rule on `Character`s, which measured every candidate cut again (about 210,000
    /// instructions for a service's description; a differential test compares both).
    static func shortened(_ text: String, limit: Int = descriptionLimit) -> String {
        DescriptionText(text)?.shortened(limit: limit) ?? shortenedByCharacters(text, limit: limit)
    }

    /// `shortened`, character by character: the rule as first written, for any text.
    static func shortenedByCharacters(_ text: String, limit: Int = descriptionLimit) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        guard words.count > limit else { return words }
        var cut = ""
        for word in words.split(separator: " ") {
            let next = cut.isEmpty ? String(word) : cut + " " + word
            if next.count + 1 > limit { break }
            cut = next
        }
        if cut.isEmpty { cut = String(words.prefix(limit - 1)) }
        while let last = cut.last, ",;:.–—-".contains(last) { cut.removeLast() }
        return cut + "…"
    }

    /// Open Graph and the summary card of a page; no address for the 404 page, which is
    /// served at any missing address.
    func openGraph(of page: PageKind, title: String, route: String, description: String) -> OpenGraphView {
        let portal = content.portal
        return OpenGraphView(
            title: title,
            description: description,
            type: Self.openGraphType(of: page),
            url: page == .notFound ? nil : portal.baseURL + route,
            siteName: portal.title,
            locale: Self.openGraphLocale(portal.language),
            image: logoAddress)
    }

    /// `article` for a page that is one piece of content (a standard, a maklumat, an SOP, a
    /// free page); `website` for the pages that list or sum up the portal (home, indexes,
    /// unit pages, dashboards, statements).
    static func openGraphType(of page: PageKind) -> String {
        switch page {
        case .service, .maklumat, .sop, .surveyCalculation, .page: "article"
        case .home, .unit, .servicesIndex, .servicesIndexOf, .dashboard, .surveyDashboard, .ziDashboard, .completeness,
             .methodology, .accessibility, .search, .notFound: "website"
        }
    }

    /// `og:locale` of the portal's language: `id_ID`, `en_US`.
    static func openGraphLocale(_ language: String) -> String {
        switch language.lowercased() {
        case "en": "en_US"
        case "id": "id_ID"
        default: language
        }
    }
}
