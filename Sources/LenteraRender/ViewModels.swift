import LenteraTemplate

/// View models: ready-to-print values for the templates. They hold text (or an Int or a
/// Bool), never domain values, and every field a template reads is a stored property.
/// Each view model answers the template engine by a `switch` over its stored property
/// names, in an extension right below it: a new field needs its `case` too (in debug
/// builds, `TemplateContextAudit` fails the render of any page whose view forgot one).
/// Fields ending in `Html` hold rendered Markdown or generated markup and are printed
/// unescaped (`{{{…}}}`); everything else is escaped by the engine.

struct LinkView {
    var title: String
    var href: String
    var current: Bool = false
}

extension LinkView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "title": TemplateValue(title)
        case "href": TemplateValue(href)
        case "current": TemplateValue(current)
        default: .missing
        }
    }
}

struct FactView {
    var label: String
    var value: String
    var href: String? = nil
    /// The value in pieces a line may break between (an e-mail address before its `@` and
    /// its dots, `SiteModel.emailParts`); nil: the text breaks as text does.
    var parts: [String]? = nil
}

extension FactView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "label": TemplateValue(label)
        case "value": TemplateValue(self.value)
        case "href": TemplateValue(href)
        case "parts": TemplateValue(parts)
        default: .missing
        }
    }
}

struct LayoutView {
    var lang: String
    var siteTitle: String
    var pageTitle: String
    var documentTitle: String
    var description: String?
    /// Nil on the 404 page, which is served at any missing address and must not be indexed.
    var canonical: String?
    var noIndex: Bool
    var root: String
    var homeHref: String
    var stylesheet: String
    /// The theme's stylesheet itself, on the 404 page only: that page is served at any
    /// missing address on any host (a staging copy, a local preview), where no address
    /// of the stylesheet is sure to resolve, so it carries its styles in a `<style>`.
    var inlineStylesheet: String?
    var nav: [LinkView]
    var breadcrumbs: [LinkView]
    var hasBreadcrumbs: Bool
    var exampleNotice: String?
    var contentHtml: String
    var jsonLDHtml: String?
    var footerContact: [FactView]
    var hasFooterContact: Bool
    var complaintChannels: [ChannelView]
    /// The Metodologi page, linked from every page's footer.
    var methodologyHref: String
    /// The agency's logo (`logo` in portal.yaml), beside the portal's name.
    var logo: LogoView? = nil
    /// The logo, or the theme's own icon.
    var favicon: FaviconView? = nil
    /// Open Graph and the summary card (`SiteModel+Sharing.swift`).
    var og: OpenGraphView
    /// The Atom feed, linked from every page's head and footer.
    var feedHref: String
    /// Search (`SearchMarkers`): whether `<main>` is indexed, the title a result shows,
    /// and the filters the page is found under (`<meta data-pagefind-filter>` in the head).
    var searchIndexed = false
    var searchTitle: String?
    var searchFilters: [SearchFilterView] = []
    // Theme chrome: header, navigation, footer, colour.
    /// Where the header's search form goes (`cari/`, read with `?q=`).
    var searchHref: String
    /// Whether the header shows its search form: not on the home page, whose own large
    /// search form comes first.
    var headerSearch: Bool
    /// The free pages and the portal's own information pages, in the header's disclosure menu.
    var infoPages: [LinkView]
    /// The page shown is one of `infoPages` (the menu's summary is marked).
    var infoCurrent: Bool
    /// The colours derived from `warna`; nil keeps the stylesheet's own.
    var accent: AccentView?
    var ppidHref: String?
    var accessibilityHref: String
}

/// The colours of `AccentPalette`, printed in a `<style>` block of the page's head.
struct AccentView {
    var brand: String
    var onBrand: String
    var link: String
    var linkDark: String
}

extension AccentView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "brand": TemplateValue(brand)
        case "onBrand": TemplateValue(onBrand)
        case "link": TemplateValue(link)
        case "linkDark": TemplateValue(linkDark)
        default: .missing
        }
    }
}

extension LayoutView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "lang": TemplateValue(lang)
        case "siteTitle": TemplateValue(siteTitle)
        case "pageTitle": TemplateValue(pageTitle)
        case "documentTitle": TemplateValue(documentTitle)
        case "description": TemplateValue(description)
        case "canonical": TemplateValue(canonical)
        case "noIndex": TemplateValue(noIndex)
        case "root": TemplateValue(root)
        case "homeHref": TemplateValue(homeHref)
        case "stylesheet": TemplateValue(stylesheet)
        case "inlineStylesheet": TemplateValue(inlineStylesheet)
        case "nav": TemplateValue(nav)
        case "breadcrumbs": TemplateValue(breadcrumbs)
        case "hasBreadcrumbs": TemplateValue(hasBreadcrumbs)
        case "exampleNotice": TemplateValue(exampleNotice)
        case "contentHtml": TemplateValue(contentHtml)
        case "jsonLDHtml": TemplateValue(jsonLDHtml)
        case "footerContact": TemplateValue(footerContact)
        case "hasFooterContact": TemplateValue(hasFooterContact)
        case "complaintChannels": TemplateValue(complaintChannels)
        case "methodologyHref": TemplateValue(methodologyHref)
        case "searchIndexed": TemplateValue(searchIndexed)
        case "searchTitle": TemplateValue(searchTitle)
        case "searchFilters": TemplateValue(searchFilters)
        case "searchHref": TemplateValue(searchHref)
        case "headerSearch": TemplateValue(headerSearch)
        case "infoPages": TemplateValue(infoPages)
        case "infoCurrent": TemplateValue(infoCurrent)
        case "accent": TemplateValue(accent)
        case "logo": TemplateValue(logo)
        case "ppidHref": TemplateValue(ppidHref)
        case "accessibilityHref": TemplateValue(accessibilityHref)
        case "favicon": TemplateValue(favicon)
        case "og": TemplateValue(og)
        case "feedHref": TemplateValue(feedHref)
        default: .missing
        }
    }
}

/// What a link preview shows (Open Graph; the summary card reads the same tags).
struct OpenGraphView {
    var title: String
    var description: String
    /// `website` for the home page, `article` for the others.
    var type: String
    /// The page's absolute address; nil on the 404 page.
    var url: String?
    var siteName: String
    /// `id_ID` or `en_US`, from the portal's language.
    var locale: String
    /// An absolute address of the image shown with the link (the portal's logo, once the
    /// layout has one); nil shows the text alone.
    var image: String?
}

extension OpenGraphView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "title": TemplateValue(title)
        case "description": TemplateValue(description)
        case "type": TemplateValue(type)
        case "url": TemplateValue(url)
        case "siteName": TemplateValue(siteName)
        case "locale": TemplateValue(locale)
        case "image": TemplateValue(image)
        default: .missing
        }
    }
}

struct ChannelView {
    var name: String
    var href: String?
    var note: String?
}

extension ChannelView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "name": TemplateValue(name)
        case "href": TemplateValue(href)
        case "note": TemplateValue(note)
        default: .missing
        }
    }
}

struct ItemView {
    var html: String
    var isGroup: Bool
    var items: [ItemView]
}

extension ItemView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "html": TemplateValue(html)
        case "isGroup": TemplateValue(isGroup)
        case "items": TemplateValue(items)
        default: .missing
        }
    }
}

struct ComponentView {
    var key: String
    var number: Int
    var title: String
    var missing: Bool
    /// The component's list is shown in the page's summary (the requirements, as a
    /// checklist); the component points to it.
    var inSummary: Bool
    var ordered: Bool
    var bullets: Bool
    var items: [ItemView]
    var text: String?
    var time: TimeView?
    var cost: CostView?
    /// The complaint component lists every channel (the summary's "other channels" link).
    var channels: ComplaintChannelsView?
}

extension ComponentView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "key": TemplateValue(self.key)
        case "number": TemplateValue(number)
        case "title": TemplateValue(title)
        case "missing": TemplateValue(missing)
        case "inSummary": TemplateValue(inSummary)
        case "ordered": TemplateValue(ordered)
        case "bullets": TemplateValue(bullets)
        case "items": TemplateValue(items)
        case "text": TemplateValue(text)
        case "time": TemplateValue(time)
        case "cost": TemplateValue(cost)
        case "channels": TemplateValue(channels)
        default: .missing
        }
    }
}

struct TimeView {
    var text: String
    var normalised: String?
}

extension TimeView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "text": TemplateValue(text)
        case "normalised": TemplateValue(normalised)
        default: .missing
        }
    }
}

struct CostView {
    var free: Bool
    var fees: [FeeView]
    var legalBasis: String?
}

extension CostView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "free": TemplateValue(free)
        case "fees": TemplateValue(fees)
        case "legalBasis": TemplateValue(legalBasis)
        default: .missing
        }
    }
}

struct FeeView {
    var description: String
    var amount: String
}

extension FeeView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "description": TemplateValue(description)
        case "amount": TemplateValue(amount)
        default: .missing
        }
    }
}

struct ServiceSummaryView {
    var name: String
    var href: String
    var unitName: String
    var unitHref: String
    var summary: String?
    var time: String
    var cost: String
    var completeness: String
    var complete: Bool
}

extension ServiceSummaryView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "name": TemplateValue(name)
        case "href": TemplateValue(href)
        case "unitName": TemplateValue(unitName)
        case "unitHref": TemplateValue(unitHref)
        case "summary": TemplateValue(summary)
        case "time": TemplateValue(time)
        case "cost": TemplateValue(cost)
        case "completeness": TemplateValue(completeness)
        case "complete": TemplateValue(complete)
        default: .missing
        }
    }
}

struct UnitNodeView {
    var name: String
    var href: String
    var kind: String
    var services: Int
    /// "3 layanan"; nil for a unit without services (the tree says nothing rather than "0").
    var servicesText: String?
    var hasChildren: Bool
    var children: [UnitNodeView]
}

extension UnitNodeView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "name": TemplateValue(name)
        case "href": TemplateValue(href)
        case "kind": TemplateValue(kind)
        case "services": TemplateValue(services)
        case "servicesText": TemplateValue(servicesText)
        case "hasChildren": TemplateValue(hasChildren)
        case "children": TemplateValue(children)
        default: .missing
        }
    }
}

struct InstansiTreeView {
    var name: String
    var units: [UnitNodeView]
    var hasUnits: Bool
}

extension InstansiTreeView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "name": TemplateValue(name)
        case "units": TemplateValue(units)
        case "hasUnits": TemplateValue(hasUnits)
        default: .missing
        }
    }
}

struct HomeView {
    var title: String
    var descriptionHtml: String?
    var figures: [FactView]
    var instansi: [InstansiTreeView]
    var pages: [LinkView]
    var hasPages: Bool
    var servicesHref: String
    var dashboardHref: String
    var completenessHref: String
    /// The home page's own search form, first on the page (`cari/`).
    var searchHref: String
}

extension HomeView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "title": TemplateValue(title)
        case "descriptionHtml": TemplateValue(descriptionHtml)
        case "figures": TemplateValue(figures)
        case "instansi": TemplateValue(instansi)
        case "pages": TemplateValue(pages)
        case "hasPages": TemplateValue(hasPages)
        case "servicesHref": TemplateValue(servicesHref)
        case "dashboardHref": TemplateValue(dashboardHref)
        case "completenessHref": TemplateValue(completenessHref)
        case "searchHref": TemplateValue(searchHref)
        default: .missing
        }
    }
}

struct OfficialView {
    var name: String
    var position: String?
    var nip: String?
}

extension OfficialView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "name": TemplateValue(name)
        case "position": TemplateValue(position)
        case "nip": TemplateValue(nip)
        default: .missing
        }
    }
}

struct UnitView {
    var name: String
    var kind: String
    var instansi: String
    var shortName: String?
    var contact: [FactView]
    var hasContact: Bool
    var hours: [FactView]
    var head: OfficialView?
    var profileHtml: String?
    var maklumat: MaklumatView?
    var maklumatHref: String?
    var services: [ServiceSummaryView]
    var hasServices: Bool
    var subunits: [LinkView]
    var hasSubunits: Bool
    var channels: [ChannelView]
    var survey: UnitSurveyView?
    var performance: UnitPerformanceView?
    var spbe: UnitSPBEView?
    var zonaIntegritas: UnitZIStatusView?
    /// The unit's standing on its obligations, linked to its row on the completeness page.
    var completeness: LinkView?
    var sops: UnitSOPsView?
    /// The page's contents list: one link per section shown, in the page's order.
    var contents: [LinkView] = []
    /// The unit's files (`berkas/`), with type and size.
    var documents: [FileLinkView] = []
    var hasDocuments = false
}

extension UnitView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "name": TemplateValue(name)
        case "kind": TemplateValue(kind)
        case "instansi": TemplateValue(instansi)
        case "shortName": TemplateValue(shortName)
        case "contact": TemplateValue(contact)
        case "hasContact": TemplateValue(hasContact)
        case "hours": TemplateValue(hours)
        case "head": TemplateValue(head)
        case "profileHtml": TemplateValue(profileHtml)
        case "maklumat": TemplateValue(maklumat)
        case "maklumatHref": TemplateValue(maklumatHref)
        case "services": TemplateValue(services)
        case "hasServices": TemplateValue(hasServices)
        case "subunits": TemplateValue(subunits)
        case "hasSubunits": TemplateValue(hasSubunits)
        case "channels": TemplateValue(channels)
        case "survey": TemplateValue(survey)
        case "performance": TemplateValue(performance)
        case "spbe": TemplateValue(spbe)
        case "zonaIntegritas": TemplateValue(zonaIntegritas)
        case "completeness": TemplateValue(completeness)
        case "sops": TemplateValue(sops)
        case "contents": TemplateValue(contents)
        case "documents": TemplateValue(documents)
        case "hasDocuments": TemplateValue(hasDocuments)
        default: .missing
        }
    }
}

struct MaklumatView {
    var title: String
    var unitName: String
    var unitHref: String
    var textHtml: String
    var placeAndDate: String
    var signatory: OfficialView
    /// The signed scan, when given.
    var scan: FileLinkView? = nil
}

extension MaklumatView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "title": TemplateValue(title)
        case "unitName": TemplateValue(unitName)
        case "unitHref": TemplateValue(unitHref)
        case "textHtml": TemplateValue(textHtml)
        case "placeAndDate": TemplateValue(placeAndDate)
        case "signatory": TemplateValue(signatory)
        case "scan": TemplateValue(scan)
        default: .missing
        }
    }
}

struct DecreeView {
    var number: String
    var date: String?
    var about: String?
    var href: String?
    /// The decree's document beside the content, when given.
    var document: FileLinkView? = nil
}

extension DecreeView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "number": TemplateValue(number)
        case "date": TemplateValue(date)
        case "about": TemplateValue(about)
        case "href": TemplateValue(href)
        case "document": TemplateValue(document)
        default: .missing
        }
    }
}

struct ServiceView {
    var name: String
    var unitName: String
    var unitHref: String
    var summary: String?
    var descriptionHtml: String?
    /// The first screen: what to bring, how long, how much, what it yields, where to complain.
    var answers: ServiceAnswersView
    var completeness: String
    var complete: Bool
    var missingTitles: String?
    var delivery: [ComponentView]
    var management: [ComponentView]
    var decree: DecreeView?
    /// The standard says it is not yet enacted (`ditetapkan: belum`).
    var notYetEnacted = false
    var poster: ImageView? = nil
}

extension ServiceView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "name": TemplateValue(name)
        case "unitName": TemplateValue(unitName)
        case "unitHref": TemplateValue(unitHref)
        case "summary": TemplateValue(summary)
        case "descriptionHtml": TemplateValue(descriptionHtml)
        case "answers": TemplateValue(answers)
        case "completeness": TemplateValue(completeness)
        case "complete": TemplateValue(complete)
        case "missingTitles": TemplateValue(missingTitles)
        case "delivery": TemplateValue(delivery)
        case "management": TemplateValue(management)
        case "decree": TemplateValue(decree)
        case "notYetEnacted": TemplateValue(notYetEnacted)
        case "poster": TemplateValue(poster)
        default: .missing
        }
    }
}

struct TableRowView {
    var cells: [String]
    var header: String
    var href: String?
    /// A cell after `cells` in the regulation's words (a quality's name, `B (Baik)`), which
    /// a template marks `lang="id"`, and the cells after it.
    var indonesian: String? = nil
    var rest: [String] = []
}

extension TableRowView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "cells": TemplateValue(cells)
        case "header": TemplateValue(header)
        case "href": TemplateValue(href)
        case "indonesian": TemplateValue(indonesian)
        case "rest": TemplateValue(rest)
        default: .missing
        }
    }
}

struct ChartView {
    var svgHtml: String
    var caption: String
    var columns: [String]
    var rows: [TableRowView]
    /// The language of the rows' headers when it is not the page's (`lang` on each `<th>`).
    var rowLanguage: String? = nil
}

extension ChartView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "svgHtml": TemplateValue(svgHtml)
        case "caption": TemplateValue(caption)
        case "columns": TemplateValue(columns)
        case "rows": TemplateValue(rows)
        case "rowLanguage": TemplateValue(rowLanguage)
        default: .missing
        }
    }
}

struct DashboardView {
    var figures: [FactView]
    var servicesPerUnit: ChartView
    var durations: ChartView
    /// What the per-group figures count: "unit kerja", or "instansi" on a large portal.
    var groupLabel: String
    var completenessUnits: [TableRowView]
    var completenessServices: [ServiceCompletenessRowView]
    /// On a large portal each service's completeness is on its instansi's services page.
    var perServiceElsewhere: Bool
    var servicesHref: String
    var free: String
    var freeDetail: String
    var completenessHref: String
    /// The source of the 14 components, with its standing.
    var componentsSource: String
    var componentsHref: String
}

extension DashboardView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "figures": TemplateValue(figures)
        case "servicesPerUnit": TemplateValue(servicesPerUnit)
        case "durations": TemplateValue(durations)
        case "groupLabel": TemplateValue(groupLabel)
        case "completenessUnits": TemplateValue(completenessUnits)
        case "completenessServices": TemplateValue(completenessServices)
        case "perServiceElsewhere": TemplateValue(perServiceElsewhere)
        case "servicesHref": TemplateValue(servicesHref)
        case "free": TemplateValue(free)
        case "freeDetail": TemplateValue(freeDetail)
        case "completenessHref": TemplateValue(completenessHref)
        case "componentsSource": TemplateValue(componentsSource)
        case "componentsHref": TemplateValue(componentsHref)
        default: .missing
        }
    }
}

struct PageView {
    var title: String
    var bodyHtml: String
}

extension PageView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "title": TemplateValue(title)
        case "bodyHtml": TemplateValue(bodyHtml)
        default: .missing
        }
    }
}

struct NotFoundView {
    var homeHref: String
    /// The home link's text: where it leads (the portal by name).
    var homeLink: String
    var servicesHref: String
    var searchHref: String
}

extension NotFoundView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "homeHref": TemplateValue(homeHref)
        case "homeLink": TemplateValue(homeLink)
        case "servicesHref": TemplateValue(servicesHref)
        case "searchHref": TemplateValue(searchHref)
        default: .missing
        }
    }
}

// MARK: - Surveys

struct UnitSurveyView {
    var hasIKM: Bool
    var latest: IKMHeadlineView?
    var elements: ChartView?
    var trend: ChartView?
    var hasTrend: Bool
    var services: [TableRowView]
    var hasServices: Bool
    var profile: [ProfileTableView]
    var hasProfile: Bool
    var analyses: [AnalysisView]
    var hasAnalyses: Bool
    var zi: UnitZIView?
    var weighting: String
    var data: [LinkView]
    var dashboardHref: String
    /// The headlines of the folded figures (`<summary>`): the trend's first and last IKM,
    /// the number of services surveyed on their own, the respondents of the profile.
    var trendSummary = ""
    var servicesSummary = ""
    var profileSummary = ""
    /// The headlines of the folded analyses and open-data links: how many, of which periods.
    var analysesSummary = ""
    var dataSummary = ""
}

extension UnitSurveyView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "hasIKM": TemplateValue(hasIKM)
        case "latest": TemplateValue(latest)
        case "elements": TemplateValue(elements)
        case "trend": TemplateValue(trend)
        case "hasTrend": TemplateValue(hasTrend)
        case "services": TemplateValue(services)
        case "hasServices": TemplateValue(hasServices)
        case "profile": TemplateValue(profile)
        case "hasProfile": TemplateValue(hasProfile)
        case "analyses": TemplateValue(analyses)
        case "hasAnalyses": TemplateValue(hasAnalyses)
        case "zi": TemplateValue(zi)
        case "weighting": TemplateValue(weighting)
        case "data": TemplateValue(data)
        case "dashboardHref": TemplateValue(dashboardHref)
        case "trendSummary": TemplateValue(trendSummary)
        case "servicesSummary": TemplateValue(servicesSummary)
        case "profileSummary": TemplateValue(profileSummary)
        case "analysesSummary": TemplateValue(analysesSummary)
        case "dataSummary": TemplateValue(dataSummary)
        default: .missing
        }
    }
}

struct IKMHeadlineView {
    var value: String
    var index: String
    var mutu: String
    var category: String
    var period: String
    var respondents: String
    var sample: String?
    var sampleMet: Bool
    var source: String
    /// The mutu table in force for the period, as one sentence, and its source.
    var mutuRule: String
    var mutuSource: String
    var methodologyHref: String
    /// How the elements are weighted, from the portal's settings.
    var weightRule: String
    var formulaSource: String
    var formulaHref: String
    /// The period's calculation sheet (`Routes.surveyCalculation`) and the link's text.
    var calculationHref: String
    var calculationLink: String
}

extension IKMHeadlineView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "value": TemplateValue(self.value)
        case "index": TemplateValue(index)
        case "mutu": TemplateValue(mutu)
        case "category": TemplateValue(category)
        case "period": TemplateValue(period)
        case "respondents": TemplateValue(respondents)
        case "sample": TemplateValue(sample)
        case "sampleMet": TemplateValue(sampleMet)
        case "source": TemplateValue(source)
        case "mutuRule": TemplateValue(mutuRule)
        case "mutuSource": TemplateValue(mutuSource)
        case "methodologyHref": TemplateValue(methodologyHref)
        case "weightRule": TemplateValue(weightRule)
        case "formulaSource": TemplateValue(formulaSource)
        case "formulaHref": TemplateValue(formulaHref)
        case "calculationHref": TemplateValue(calculationHref)
        case "calculationLink": TemplateValue(calculationLink)
        default: .missing
        }
    }
}

struct ProfileTableView {
    var label: String
    var rows: [FactView]
}

extension ProfileTableView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "label": TemplateValue(label)
        case "rows": TemplateValue(rows)
        default: .missing
        }
    }
}

struct AnalysisView {
    /// The period (and service) the analysis is of, in the portal's language.
    var title: String
    var html: String
    /// The survey's name as the regulation gives it ("Survei Kepuasan Masyarakat").
    var survey = ""
}

extension AnalysisView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "title": TemplateValue(title)
        case "html": TemplateValue(html)
        case "survey": TemplateValue(survey)
        default: .missing
        }
    }
}

struct UnitZIView {
    var rule: String
    var periods: [TableRowView]
    var average: String?
    var averageNote: String
    /// The day the window is judged for, and where that day comes from.
    var judgedFor: String
    /// The window and its staleness limit, as Lentera reads the circular.
    var windowRule: String
    /// The minimums' real source and standing.
    var thresholdsCaption: String
    var thresholds: [TableRowView]
    /// Per predicate: both indices and verdicts where the conversion rule decides, the rule used otherwise.
    var conversion: [String]
    var hasConversion: Bool
    /// Links to the Metodologi entries of the conversion, the window and the minimums.
    var conversionHref: String
    var windowHref: String
    var minimumsHref: String
    /// The headlines of the folded tables: the number of periods, the verdict per predicate.
    var periodsSummary = ""
    var thresholdItems: [SummaryItemView] = []
}

extension UnitZIView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "rule": TemplateValue(rule)
        case "periods": TemplateValue(periods)
        case "average": TemplateValue(average)
        case "averageNote": TemplateValue(averageNote)
        case "judgedFor": TemplateValue(judgedFor)
        case "windowRule": TemplateValue(windowRule)
        case "thresholdsCaption": TemplateValue(thresholdsCaption)
        case "conversion": TemplateValue(conversion)
        case "hasConversion": TemplateValue(hasConversion)
        case "thresholds": TemplateValue(thresholds)
        case "conversionHref": TemplateValue(conversionHref)
        case "windowHref": TemplateValue(windowHref)
        case "minimumsHref": TemplateValue(minimumsHref)
        case "periodsSummary": TemplateValue(periodsSummary)
        case "thresholdItems": TemplateValue(thresholdItems)
        default: .missing
        }
    }
}

struct SurveyDashboardView {
    var hasSurveys: Bool
    var figures: [FactView]
    var ranking: [TableRowView]
    var hasRanking: Bool
    var mutu: ChartView?
    var trend: ChartView?
    var trendTable: [TableRowView]
    var trendColumns: [String]
    var belowB: [TableRowView]
    var hasBelowB: Bool
    var zi: [TableRowView]
    var hasZI: Bool
    var ziRule: String
    /// The minimums in force on the build date, with their source.
    var ziMinimums: String
    var ziWindowRule: String
    var ziBelow: [LinkView]
    var hasZIBelow: Bool
    var stale: [TableRowView]
    var hasStale: Bool
    var referenceDate: String
    var weighting: String
    var data: [LinkView]
    /// The Metodologi page (its rules are anchored: `…#ikm-mutu`).
    var methodologyHref: String
    /// The survey-frequency rule with its source, from SurveyFrequency.table.
    var frequencyRule: String
    var frequencyHref: String
}

extension SurveyDashboardView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "methodologyHref": TemplateValue(methodologyHref)
        case "hasSurveys": TemplateValue(hasSurveys)
        case "figures": TemplateValue(figures)
        case "ranking": TemplateValue(ranking)
        case "hasRanking": TemplateValue(hasRanking)
        case "mutu": TemplateValue(mutu)
        case "trend": TemplateValue(trend)
        case "trendTable": TemplateValue(trendTable)
        case "trendColumns": TemplateValue(trendColumns)
        case "belowB": TemplateValue(belowB)
        case "hasBelowB": TemplateValue(hasBelowB)
        case "zi": TemplateValue(zi)
        case "hasZI": TemplateValue(hasZI)
        case "ziRule": TemplateValue(ziRule)
        case "ziMinimums": TemplateValue(ziMinimums)
        case "ziWindowRule": TemplateValue(ziWindowRule)
        case "ziBelow": TemplateValue(ziBelow)
        case "hasZIBelow": TemplateValue(hasZIBelow)
        case "stale": TemplateValue(stale)
        case "hasStale": TemplateValue(hasStale)
        case "referenceDate": TemplateValue(referenceDate)
        case "weighting": TemplateValue(weighting)
        case "data": TemplateValue(data)
        case "frequencyRule": TemplateValue(frequencyRule)
        case "frequencyHref": TemplateValue(frequencyHref)
        default: .missing
        }
    }
}

// MARK: - Zona Integritas

struct ZICriterionView {
    var name: String
    var rule: String
    var figure: String
    var status: String
    var statusClass: String
    /// Lentera's readings where the source is silent on this condition (dashboard only).
    var readings: [ZIReadingView] = []
    var hasReadings = false
}

extension ZICriterionView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "name": TemplateValue(name)
        case "rule": TemplateValue(rule)
        case "figure": TemplateValue(figure)
        case "status": TemplateValue(status)
        case "statusClass": TemplateValue(statusClass)
        case "readings": TemplateValue(readings)
        case "hasReadings": TemplateValue(hasReadings)
        default: .missing
        }
    }
}

/// A reading of Lentera's beside the condition it concerns, with the source's own words.
struct ZIReadingView {
    /// "tafsiran Lentera".
    var label: String
    var title: String
    var reading: String
    var sourceWords: String
    var citation: String
}

extension ZIReadingView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "label": TemplateValue(label)
        case "title": TemplateValue(title)
        case "reading": TemplateValue(reading)
        case "sourceWords": TemplateValue(sourceWords)
        case "citation": TemplateValue(citation)
        default: .missing
        }
    }
}

struct UnitZIStatusView {
    /// The predicate held on the build date; nil when none.
    var badge: String?
    var badgeClass: String
    var badgeMeaning: String?
    var since: String?
    var history: [TableRowView]
    var hasHistory: Bool
    var readiness: [ZICriterionView]
    var readinessNote: String
    var dashboardHref: String
    /// The headline of the folded history table ("Riwayat predikat: 2 penetapan").
    var historySummary = ""
    /// Who designated the predicate held (the authority as the circular names it) and by
    /// which decree; `since` is its year.
    var designator: String? = nil
    var decree: String? = nil
    /// The LKE minimums the portal cannot judge, as the rule states them (Indonesian).
    var readinessRule = ""
}

extension UnitZIStatusView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "badge": TemplateValue(badge)
        case "badgeClass": TemplateValue(badgeClass)
        case "badgeMeaning": TemplateValue(badgeMeaning)
        case "since": TemplateValue(since)
        case "history": TemplateValue(history)
        case "hasHistory": TemplateValue(hasHistory)
        case "readiness": TemplateValue(readiness)
        case "readinessNote": TemplateValue(readinessNote)
        case "dashboardHref": TemplateValue(dashboardHref)
        case "historySummary": TemplateValue(historySummary)
        case "designator": TemplateValue(designator)
        case "decree": TemplateValue(decree)
        case "readinessRule": TemplateValue(readinessRule)
        default: .missing
        }
    }
}

struct ZIPredicateGroupView {
    var title: String
    var count: String
    var units: [LinkView]
    var hasUnits: Bool
}

extension ZIPredicateGroupView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "title": TemplateValue(title)
        case "count": TemplateValue(count)
        case "units": TemplateValue(units)
        case "hasUnits": TemplateValue(hasUnits)
        default: .missing
        }
    }
}

struct ZIEligibilityView {
    var year: String
    var status: String
    var statusClass: String
    /// The caption of the thresholds' source for the year.
    var source: String
    var criteria: [ZICriterionView]
}

extension ZIEligibilityView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "year": TemplateValue(year)
        case "status": TemplateValue(status)
        case "statusClass": TemplateValue(statusClass)
        case "source": TemplateValue(source)
        case "criteria": TemplateValue(criteria)
        default: .missing
        }
    }
}

struct ZIInstansiView {
    var id: String
    var name: String
    var population: String
    var groups: [ZIPredicateGroupView]
    var withoutPredicate: String
    /// The statements the instansi's units ask in SPKP and SPAK.
    var spkpStatements: [FactView]
    var spakStatements: [FactView]
    var additionalStatements: String
    /// Whether an added statement is asked only from a later period (the note on the
    /// instrument of earlier periods is shown then).
    var hasStatementStarts: Bool
    /// Column headers that carry the thresholds in force for the build year.
    var successRateHeader: String
    var shareHeader: String
    var thresholdsSource: String
    /// Every designation of the instansi's units, with who designated, the report to
    /// KemenPANRB and the revocation.
    var designations: [TableRowView]
    var hasDesignations: Bool
    var reportSource: String
    var reportDays: String
    var yearly: [TableRowView]
    var hasYearly: Bool
    var shareChart: ChartView?
    var successChart: ChartView?
    var iacm: [FactView]
    var hasIACM: Bool
    var eligibility: [ZIEligibilityView]
    /// Links to the Metodologi entries of the readings and of the conditions.
    var successReadingHref: String
    var revokedReadingHref: String
    var eligibilityHref: String
}

extension ZIInstansiView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "id": TemplateValue(id)
        case "name": TemplateValue(name)
        case "population": TemplateValue(population)
        case "groups": TemplateValue(groups)
        case "withoutPredicate": TemplateValue(withoutPredicate)
        case "spkpStatements": TemplateValue(spkpStatements)
        case "spakStatements": TemplateValue(spakStatements)
        case "additionalStatements": TemplateValue(additionalStatements)
        case "hasStatementStarts": TemplateValue(hasStatementStarts)
        case "successRateHeader": TemplateValue(successRateHeader)
        case "shareHeader": TemplateValue(shareHeader)
        case "thresholdsSource": TemplateValue(thresholdsSource)
        case "designations": TemplateValue(designations)
        case "hasDesignations": TemplateValue(hasDesignations)
        case "reportSource": TemplateValue(reportSource)
        case "reportDays": TemplateValue(reportDays)
        case "yearly": TemplateValue(yearly)
        case "hasYearly": TemplateValue(hasYearly)
        case "shareChart": TemplateValue(shareChart)
        case "successChart": TemplateValue(successChart)
        case "iacm": TemplateValue(iacm)
        case "hasIACM": TemplateValue(hasIACM)
        case "eligibility": TemplateValue(eligibility)
        case "successReadingHref": TemplateValue(successReadingHref)
        case "revokedReadingHref": TemplateValue(revokedReadingHref)
        case "eligibilityHref": TemplateValue(eligibilityHref)
        default: .missing
        }
    }
}

struct ZIDashboardView {
    var referenceDate: String
    var instansi: [ZIInstansiView]
    var hasInstansi: Bool
    var without: [String]
    var hasWithout: Bool
    var data: [LinkView]
    /// The Metodologi page, where each condition's source and reading are listed.
    var methodologyHref: String
}

extension ZIDashboardView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "methodologyHref": TemplateValue(methodologyHref)
        case "referenceDate": TemplateValue(referenceDate)
        case "instansi": TemplateValue(instansi)
        case "hasInstansi": TemplateValue(hasInstansi)
        case "without": TemplateValue(without)
        case "hasWithout": TemplateValue(hasWithout)
        case "data": TemplateValue(data)
        default: .missing
        }
    }
}
