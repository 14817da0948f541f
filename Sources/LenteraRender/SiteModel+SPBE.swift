import LenteraDomain
import LenteraTemplate

// MARK: - View models

/// The "Aplikasi dan peta jalan SPBE" section of a unit page.
struct UnitSPBEView {
    var source: String?
    var applications: [ApplicationView]
    var hasApplications: Bool
    var years: [RoadmapYearView]
    var hasRoadmap: Bool
    var data: [LinkView]
}

extension UnitSPBEView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "source": TemplateValue(source)
        case "applications": TemplateValue(applications)
        case "hasApplications": TemplateValue(hasApplications)
        case "years": TemplateValue(years)
        case "hasRoadmap": TemplateValue(hasRoadmap)
        case "data": TemplateValue(data)
        default: .missing
        }
    }
}

struct ApplicationView {
    var name: String
    var data: [String]
    var services: [LinkView]
    var hasServices: Bool
    var improvements: [ImprovementView]
}

extension ApplicationView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "name": TemplateValue(name)
        case "data": TemplateValue(data)
        case "services": TemplateValue(services)
        case "hasServices": TemplateValue(hasServices)
        case "improvements": TemplateValue(improvements)
        default: .missing
        }
    }
}

struct ImprovementView {
    var text: String
    var years: String?
}

extension ImprovementView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "text": TemplateValue(text)
        case "years": TemplateValue(years)
        default: .missing
        }
    }
}

struct RoadmapYearView {
    var year: String
    var areas: [RoadmapAreaView]
}

extension RoadmapYearView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "year": TemplateValue(year)
        case "areas": TemplateValue(areas)
        default: .missing
        }
    }
}

struct RoadmapAreaView {
    var area: String?
    var activities: [String]
}

extension RoadmapAreaView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "area": TemplateValue(area)
        case "activities": TemplateValue(activities)
        default: .missing
        }
    }
}

// MARK: - Building them

extension SiteModel {
    func unitSPBEView(_ unit: WorkUnit, route: String) -> UnitSPBEView? {
        guard let architecture = spbeByUnit[unit.slug]?.first else { return nil }
        let services = Dictionary((servicesByUnit[unit.slug] ?? []).map { ($0.slug, $0.name) }, uniquingKeysWith: { a, _ in a })
        let applications = architecture.applications.map { application in
            let linked = application.services.map {
                LinkView(title: services[$0] ?? $0, href: link(route, to: Routes.service(unit: unit.slug, slug: $0)))
            }
            return ApplicationView(name: application.name, data: application.data, services: linked, hasServices: !linked.isEmpty,
                                   improvements: application.improvements.map { ImprovementView(text: $0.text, years: $0.years?.description) })
        }
        let years = architecture.roadmapByYear.map { entry in
            RoadmapYearView(year: "\(entry.year)", areas: entry.areas.map { RoadmapAreaView(area: $0.area, activities: $0.activities) })
        }
        return UnitSPBEView(source: architecture.source, applications: applications, hasApplications: !applications.isEmpty,
                            years: years, hasRoadmap: !years.isEmpty,
                            data: [LinkView(title: "Aplikasi SPBE (CSV)", href: link(route, to: Routes.openData + "spbe-aplikasi.csv")),
                                   LinkView(title: "Aplikasi SPBE (JSON)", href: link(route, to: Routes.openData + "spbe-aplikasi.json"))])
    }
}
