import LenteraDiagnostics
import LenteraDomain
import Yams

/// Reads `units/<unit>/spbe.yaml`: the applications that support the unit's services and
/// its SPBE roadmap (docs/content.md).
enum SPBEDecoder {
    static var keys: [String] { ContentKinds.spbe.fields.keys }
    static var applicationKeys: [String] { ContentKinds.application.keys }
    static var improvementKeys: [String] { ContentKinds.improvement.keys }
    static var roadmapKeys: [String] { ContentKinds.roadmapRow.keys }

    /// `unreadable`: the unit's services whose file has an error (reported there): a link
    /// to one is dropped without a second message.
    static func decode(_ document: Document, unit: String, services: Set<String>, unreadable: Set<String> = []) -> SPBEArchitecture? {
        let context = document.context
        guard let fields = Fields(document.root, context: context, what: Message("thing.spbe-file"), set: ContentKinds.spbe.fields) else { return nil }
        if !fields.has("aplikasi") && !fields.has("peta_jalan") {
            context.error("spbe.empty-list", fields.node, Message("spbe.empty-file"), advice: Message("spbe.empty-file.hint"))
            return nil
        }
        var valid = true
        let applications = nonEmptyList(fields, "aplikasi", valid: &valid).compactMap { node -> SupportingApplication? in
            let application = readApplication(node, context: context, services: services, unreadable: unreadable)
            if application == nil { valid = false }
            return application
        }
        let roadmap = nonEmptyList(fields, "peta_jalan", valid: &valid).flatMap { node -> [RoadmapItem] in
            guard let items = readRoadmapRow(node, context: context) else { valid = false; return [] }
            return items
        }
        let reconstructions = fields.reconstructions(of: SPBEPart.self)
        guard valid, let reconstructions else { return nil }
        return SPBEArchitecture(unit: unit, source: fields.string("dasar"), applications: applications, roadmap: roadmap,
                                reconstructions: reconstructions)
    }

    /// A list field that, when given, holds at least one entry; an empty one is reported.
    static func nonEmptyList(_ fields: Fields, _ key: String, valid: inout Bool) -> [Node] {
        guard fields.keyNode(key) != nil else { return [] }
        let list = fields.list(key) ?? []
        if list.isEmpty {
            fields.context.error("spbe.empty-list", fields.value(key) ?? fields.keyNode(key), Message("spbe.empty-list", ["field": .text(key)]),
                                 advice: Message("spbe.empty-list.hint", ["field": .text(key)]))
            valid = false
        }
        return list
    }

    static func readApplication(_ node: Node, context: FileContext, services: Set<String>, unreadable: Set<String> = []) -> SupportingApplication? {
        guard let entry = Fields(node, context: context, what: Message("thing.application"), set: ContentKinds.application) else { return nil }
        let name = entry.string("nama", what: Message("thing.application"))
        var valid = true
        var linked: [String] = []
        for item in entry.list("layanan") ?? [] {
            guard let slug = item.scalar?.string.trimmedSpaces(), !slug.isEmpty else { continue }
            guard services.contains(slug) else {
                if unreadable.contains(slug) { valid = false; continue }
                context.error("spbe.unknown-service", item, Message("survey.unknown-service", ["service": .text(slug)]),
                              advice: Suggestion.advice(for: slug, among: Array(services), then: Message("spbe.unknown-service.hint")))
                valid = false
                continue
            }
            linked.append(slug)
        }
        let data = texts(entry.list("data") ?? [])
        let improvements = (entry.list("perbaikan") ?? []).compactMap { item -> PlannedImprovement? in
            let improvement = readImprovement(item, context: context)
            if improvement == nil { valid = false }
            return improvement
        }
        guard let name, valid else { return nil }
        return SupportingApplication(name: name, services: linked, data: data, improvements: improvements)
    }

    /// A point of improvement: a line of text (no year given), or `teks` and `tahun`.
    static func readImprovement(_ node: Node, context: FileContext) -> PlannedImprovement? {
        if let text = node.scalar?.string.trimmed() {
            return text.isEmpty ? nil : PlannedImprovement(text: text)
        }
        guard let entry = Fields(node, context: context, what: Message("thing.improvement"), set: ContentKinds.improvement) else { return nil }
        let text = entry.string("teks", what: Message("thing.improvement"))
        var years: PlannedYears?
        var valid = true
        if let node = entry.value("tahun") {
            years = readYears(node, context: context)
            valid = years != nil
        }
        guard let text, valid else { return nil }
        return PlannedImprovement(text: text, years: years)
    }

    /// A roadmap row: a year (or a range, one row per year), an optional area, and activities.
    static func readRoadmapRow(_ node: Node, context: FileContext) -> [RoadmapItem]? {
        guard let entry = Fields(node, context: context, what: Message("thing.roadmap-row"), set: ContentKinds.roadmapRow) else { return nil }
        var years: ClosedRange<Int>?
        if let node = entry.value("tahun") {
            switch readYears(node, context: context) {
            case .everyYear?:
                context.error("spbe.invalid-years", node, Message("spbe.invalid-years.every-year"), advice: Message("spbe.invalid-years.every-year.hint"))
            case let planned?:
                years = planned.years
            case nil:
                break
            }
        } else {
            entry.missing("tahun", what: Message("thing.roadmap-row"))
        }
        var valid = true
        let activities = texts(nonEmptyList(entry, "kegiatan", valid: &valid))
        if entry.keyNode("kegiatan") == nil { entry.missing("kegiatan", what: Message("thing.roadmap-row")); valid = false }
        guard let years, valid else { return nil }
        let area = entry.string("bidang")
        let note = entry.string("rekonstruksi")
        return years.flatMap { year in activities.map { RoadmapItem(year: year, area: area, activity: $0, reconstruction: note) } }
    }

    static func readYears(_ node: Node, context: FileContext) -> PlannedYears? {
        let text = node.scalar?.string ?? ""
        switch PlannedYears.parse(text) {
        case .success(let years):
            return years
        case .failure(.outOfRange(let year)):
            context.error("spbe.year-out-of-range", node,
                          Message("spbe.year-out-of-range", ["year": .text(String(year)),
                                                             "range": .text("\(PlannedYears.allowed.lowerBound)–\(PlannedYears.allowed.upperBound)")]),
                          advice: Message("spbe.year-out-of-range.hint"))
        case .failure(.reversed(let first, let last)):
            context.error("spbe.reversed-range", node, Message("spbe.reversed-range", ["range": .text("\(first)–\(last)")]),
                          advice: Message("spbe.reversed-range.hint", ["range": .text("\(last)–\(first)")]))
        case .failure(.unreadable):
            context.error("spbe.invalid-years", node, Message("spbe.invalid-years", ["value": .text(text)]), advice: Message("spbe.invalid-years.hint"))
        }
        return nil
    }

    /// The non-empty lines of a list of texts.
    static func texts(_ nodes: [Node]) -> [String] {
        nodes.compactMap { $0.scalar?.string.trimmed() }.filter { !$0.isEmpty }
    }
}
