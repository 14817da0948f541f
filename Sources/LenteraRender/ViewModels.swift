/// View models: ready-to-print values for the templates. They hold text, never domain
/// values, and every field a template reads is a stored property (the engine reads them
/// by reflection). Fields ending in `Html` hold rendered Markdown or generated markup and
/// are printed unescaped (`{{{…}}}`); everything else is escaped by the engine.

struct LinkView {
    var title: String
    var href: String
    var current: Bool = false
}

struct FactView {
    var label: String
    var value: String
    var href: String? = nil
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
    var nav: [LinkView]
    var breadcrumbs: [LinkView]
    var hasBreadcrumbs: Bool
    var exampleNotice: String?
    var contentHtml: String
    var jsonLDHtml: String?
    var footerContact: [FactView]
    var hasFooterContact: Bool
    var complaintChannels: [ChannelView]
}

struct ChannelView {
    var name: String
    var href: String?
    var note: String?
}

struct ItemView {
    var html: String
    var isGroup: Bool
    var items: [ItemView]
}

struct ComponentView {
    var key: String
    var number: Int
    var title: String
    var missing: Bool
    var checklist: Bool
    var ordered: Bool
    var bullets: Bool
    var items: [ItemView]
    var text: String?
    var time: TimeView?
    var cost: CostView?
}

struct TimeView {
    var text: String
    var normalised: String?
}

struct CostView {
    var free: Bool
    var fees: [FeeView]
    var legalBasis: String?
}

struct FeeView {
    var description: String
    var amount: String
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

struct UnitNodeView {
    var name: String
    var href: String
    var kind: String
    var services: Int
    var hasChildren: Bool
    var children: [UnitNodeView]
}

struct InstansiTreeView {
    var name: String
    var units: [UnitNodeView]
    var hasUnits: Bool
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
}

struct OfficialView {
    var name: String
    var position: String?
    var nip: String?
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
    var sops: UnitSOPsView?
}

struct MaklumatView {
    var title: String
    var unitName: String
    var unitHref: String
    var textHtml: String
    var placeAndDate: String
    var signatory: OfficialView
}

struct DecreeView {
    var number: String
    var date: String?
    var about: String?
    var href: String?
}

struct ServiceView {
    var name: String
    var unitName: String
    var unitHref: String
    var summary: String?
    var descriptionHtml: String?
    var glance: [FactView]
    var hasGlance: Bool
    var completeness: String
    var complete: Bool
    var missingTitles: String?
    var delivery: [ComponentView]
    var management: [ComponentView]
    var decree: DecreeView?
    var channels: [ChannelView]
}

struct ServicesIndexView {
    var total: String
    var byUnit: [UnitServicesView]
    var letters: [LetterView]
}

struct UnitServicesView {
    var name: String
    var href: String
    var services: [ServiceSummaryView]
}

struct LetterView {
    var letter: String
    var anchor: String
    var services: [ServiceSummaryView]
}

struct TableRowView {
    var cells: [String]
    var header: String
    var href: String?
}

struct ChartView {
    var svgHtml: String
    var caption: String
    var columns: [String]
    var rows: [TableRowView]
}

struct DashboardView {
    var figures: [FactView]
    var servicesPerUnit: ChartView
    var durations: ChartView
    var completenessUnits: [TableRowView]
    var completenessServices: [TableRowView]
    var free: String
    var freeDetail: String
}

struct PageView {
    var title: String
    var bodyHtml: String
}

struct NotFoundView {
    var homeHref: String
    var servicesHref: String
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
}

struct ProfileTableView {
    var label: String
    var rows: [FactView]
}

struct AnalysisView {
    var title: String
    var html: String
}

struct UnitZIView {
    var rule: String
    var periods: [TableRowView]
    var average: String?
    var averageNote: String
    var thresholds: [TableRowView]
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
    var ziBelow: [LinkView]
    var hasZIBelow: Bool
    var stale: [TableRowView]
    var hasStale: Bool
    var referenceDate: String
    var weighting: String
    var data: [LinkView]
}

// MARK: - Zona Integritas

struct ZICriterionView {
    var name: String
    var rule: String
    var figure: String
    var status: String
    var statusClass: String
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
}

struct ZIPredicateGroupView {
    var title: String
    var count: String
    var units: [LinkView]
    var hasUnits: Bool
}

struct ZIEligibilityView {
    var year: String
    var status: String
    var statusClass: String
    var criteria: [ZICriterionView]
}

struct ZIInstansiView {
    var id: String
    var name: String
    var population: String
    var groups: [ZIPredicateGroupView]
    var withoutPredicate: String
    var yearly: [TableRowView]
    var hasYearly: Bool
    var shareChart: ChartView?
    var successChart: ChartView?
    var iacm: [FactView]
    var hasIACM: Bool
    var eligibility: [ZIEligibilityView]
}

struct ZIDashboardView {
    var referenceDate: String
    var instansi: [ZIInstansiView]
    var hasInstansi: Bool
    var without: [String]
    var hasWithout: Bool
    var data: [LinkView]
}
