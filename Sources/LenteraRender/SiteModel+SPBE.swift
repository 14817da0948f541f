import LenteraDomain

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

struct ApplicationView {
    var name: String
    var data: [String]
    var services: [LinkView]
    var hasServices: Bool
    var improvements: [ImprovementView]
}

struct ImprovementView {
    var text: String
    var years: String?
}

struct RoadmapYearView {
    var year: String
    var areas: [RoadmapAreaView]
}

struct RoadmapAreaView {
    var area: String?
    var activities: [String]
}

// MARK: - Building them

extension SiteModel {
    func unitSPBEView(_ unit: WorkUnit, route: String) -> UnitSPBEView? {
        guard let architecture = content.spbe.first(where: { $0.unit == unit.slug }) else { return nil }
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
