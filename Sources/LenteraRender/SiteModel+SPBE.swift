import LenteraDomain
import LenteraTemplate

// MARK: - View models

/// The "Aplikasi dan peta jalan SPBE" section of a unit page.
struct UnitSPBEView {
    var source: String?
    /// `kecuali bagian yang ditandai direkonstruksi`, when parts are not the decree's.
    var sourceException: String?
    /// Notes on the reconstructed parts, each beside the table or list it concerns.
    var applicationNotes: [SOPReconstructionView]
    var roadmapNotes: [SOPReconstructionView]
    var servicesHeading: String
    var applications: [ApplicationView]
    var hasApplications: Bool
    var years: [RoadmapYearView]
    var hasRoadmap: Bool
    var data: [LinkView]
    /// The headlines of the folded table and roadmap: how many applications, which years.
    var applicationsSummary = ""
    var roadmapSummary = ""
}

extension UnitSPBEView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "source": TemplateValue(source)
        case "sourceException": TemplateValue(sourceException)
        case "applicationNotes": TemplateValue(applicationNotes)
        case "roadmapNotes": TemplateValue(roadmapNotes)
        case "servicesHeading": TemplateValue(servicesHeading)
        case "applications": TemplateValue(applications)
        case "hasApplications": TemplateValue(hasApplications)
        case "years": TemplateValue(years)
        case "hasRoadmap": TemplateValue(hasRoadmap)
        case "data": TemplateValue(data)
        case "applicationsSummary": TemplateValue(applicationsSummary)
        case "roadmapSummary": TemplateValue(roadmapSummary)
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
    var activities: [RoadmapActivityView]
}

/// One activity of a roadmap year; `reconstructed` when its row is not the decree's.
struct RoadmapActivityView {
    var text: String
    var reconstructed: Bool
}

extension RoadmapActivityView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "text": TemplateValue(text)
        case "reconstructed": TemplateValue(reconstructed)
        default: .missing
        }
    }
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
            RoadmapYearView(year: "\(entry.year)", areas: entry.areas.map { area in
                RoadmapAreaView(area: area.area, activities: area.activities.map {
                    RoadmapActivityView(text: $0.activity, reconstructed: $0.reconstruction != nil || architecture.reconstruction(of: .petaJalan) != nil)
                })
            })
        }
        let t = texts, lang = t.language
        let mark = reconstructedMark
        let names: [SPBEPart: String] = [.layanan: t["unitSPBEServiceLinks"], .aplikasi: t["unitSPBEApplicationList"], .data: t["unitDataUsed"],
                                         .perbaikan: t["unitImprovements"], .petaJalan: t["unitRoadmap"]]
        func notes(_ parts: [SPBEPart]) -> [SOPReconstructionView] {
            parts.compactMap { part in architecture.reconstruction(of: part).map { SOPReconstructionView(part: "\(names[part] ?? part.rawValue) \(mark)", note: $0) } }
        }
        var rowNotes: [String] = []
        for item in architecture.roadmap {
            if let note = item.reconstruction, !rowNotes.contains(note) { rowNotes.append(note) }
        }
        let roadmapNotes = notes([.petaJalan]) + rowNotes.map { SOPReconstructionView(part: t.format("unitRowsMarked", ["mark": mark]), note: $0) }
        let reconstructed = !architecture.reconstructions.isEmpty || !rowNotes.isEmpty
        let activities = years.reduce(0) { $0 + $1.areas.reduce(0) { $0 + $1.activities.count } }
        let roadmapSummary = years.isEmpty ? "" : t.count("unitRoadmapSummary", activities, [
            "years": years.count == 1 ? years[0].year : "\(years[0].year)–\(years[years.count - 1].year)"])
        return UnitSPBEView(source: architecture.source, sourceException: reconstructed ? t.format("unitSPBEExcept", ["mark": mark]) : nil,
                            applicationNotes: notes([.aplikasi, .data, .layanan, .perbaikan]), roadmapNotes: roadmapNotes,
                            servicesHeading: architecture.reconstruction(of: .layanan) == nil ? t["services"] : "\(t["services"]) (\(mark))",
                            applications: applications, hasApplications: !applications.isEmpty,
                            years: years, hasRoadmap: !years.isEmpty,
                            data: [LinkView(title: t["unitSPBEData"] + " (CSV)", href: link(route, to: Routes.openData + "spbe-aplikasi.csv")),
                                   LinkView(title: t["unitSPBEData"] + " (JSON)", href: link(route, to: Routes.openData + "spbe-aplikasi.json"))],
                            applicationsSummary: t.count("unitApplicationsSummary", applications.count),
                            roadmapSummary: roadmapSummary)
    }
}
