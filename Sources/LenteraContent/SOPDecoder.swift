import LenteraDiagnostics
import LenteraDomain
import Yams

/// Reads a standard operating procedure, `units/<unit>/sop/<slug>.yaml` (or `.json`).
/// Links to other SOPs are checked by the loader, once every SOP of the unit is read.
enum SOPDecoder {
    static var keys: [String] { ContentKinds.sop.fields.keys }
    static var enactmentKeys: [String] { ContentKinds.sopDecree.keys }
    static var stepKeys: [String] { ContentKinds.sopStep.keys }

    /// A decoded SOP with the nodes of its step links, for the loader's link check.
    struct Decoded {
        var sop: StandardOperatingProcedure
        /// Each step link, with the node of its value.
        var links: [(slug: String, node: Node)]
    }

    static func decode(_ document: Document, unit: String, fileSlug: String) -> Decoded? {
        let context = document.context
        guard let fields = Fields(document.root, context: context, what: Message("thing.sop"), set: ContentKinds.sop.fields) else { return nil }
        let title = fields.string("judul", what: Message("thing.sop"))
        if !Slug.isValid(fileSlug) {
            context.error("slug.invalid", nil, Slug.message(fileSlug),
                          advice: Message("sop.invalid-file-name.hint", ["suggestion": .text("\(Slug.suggestion(for: fileSlug)).yaml")]))
        }
        let enactment = readEnactment(fields)
        let actors = readActors(fields)
        let (steps, links) = readSteps(fields, actors: actors)
        let days = readDays(fields)
        let columns = readColumns(fields)
        let reconstructions = fields.reconstructions(of: SOPPart.self)
        guard let title, let enactment, let actors, let steps, let days, let reconstructions, Slug.isValid(fileSlug) else { return nil }
        let sop = StandardOperatingProcedure(unit: unit, slug: fileSlug, title: title, number: fields.string("nomor"),
                                             enactment: enactment, actors: actors.map(\.name), steps: steps, order: fields.int("urutan", within: Limits.order),
                                             plainDays: days, reconstructions: reconstructions, columns: columns)
        return Decoded(sop: sop, links: links)
    }

    /// `penetapan`: the decree's `nomor`, `tanggal` and who enacted it (`oleh`), all required.
    static func readEnactment(_ fields: Fields) -> SOPEnactment? {
        guard fields.value("penetapan") != nil else {
            fields.missing("penetapan", what: Message("thing.sop"))
            return nil
        }
        guard let decree = fields.fields("penetapan", what: Message("thing.field", ["field": "penetapan"])) else { return nil }
        let number = decree.string("nomor", what: Message("thing.field", ["field": "penetapan"]))
        let date = decree.date("tanggal", what: Message("thing.field", ["field": "penetapan"]))
        let by = decree.string("oleh", what: Message("thing.field", ["field": "penetapan"]))
        Placeholder.check(decree, "nomor", Placeholder.decreeNumber, field: "penetapan.nomor", instead: .decreeNumber)
        Placeholder.check(decree, "oleh", Placeholder.officialPosition, field: "penetapan.oleh", instead: .enactedBy)
        guard let number, let date, let by else { return nil }
        return SOPEnactment(number: number, date: date, enactedBy: by)
    }

    /// `hari`: what the SOP's plain `hari` means; `.unstated` when absent, nil when wrong (reported).
    static func readDays(_ fields: Fields) -> SOPDayKind? {
        guard fields.has("hari") else { return .unstated }
        let choices = [SOPDayKind.working, .calendar].map(\.rawValue)
        return fields.choice("hari", among: choices).flatMap(SOPDayKind.init(rawValue:))
    }

    /// `kolom_mutu_baku`: the headings of the mutu-baku columns where the source names them
    /// otherwise; the usual ones for those not given.
    static func readColumns(_ fields: Fields) -> SOPColumnLabels {
        var labels = SOPColumnLabels()
        guard let columns = fields.fields("kolom_mutu_baku", what: Message("thing.field", ["field": "kolom_mutu_baku"])) else { return labels }
        if let text = columns.string("kelengkapan") { labels.requirements = text }
        if let text = columns.string("waktu") { labels.time = text }
        if let text = columns.string("output") { labels.output = text }
        return labels
    }

    /// `pelaksana`: the actors, each named once. Nil when absent or empty (reported).
    static func readActors(_ fields: Fields) -> [(name: String, node: Node)]? {
        let context = fields.context
        guard let list = fields.list("pelaksana") else {
            fields.missing("pelaksana", what: Message("thing.sop"))
            return nil
        }
        var actors: [(name: String, node: Node)] = []
        for node in list {
            guard let scalar = node.scalar else {
                context.error("content.expected-text", node, Message("sop.actor-not-text", ["shape": .message(node.shapeName)]),
                              advice: Message("sop.actor-not-text.hint"))
                continue
            }
            let name = scalar.string.trimmed()
            if name.isEmpty { continue }
            if let first = actors.first(where: { $0.name.lowercased() == name.lowercased() }) {
                context.error("sop.duplicate-actor", node, Message("sop.duplicate-actor", ["actor": .text(name), "line": .text(String(context.location(first.node).line ?? 0))]),
                              advice: Message("sop.duplicate-actor.hint"))
                continue
            }
            actors.append((name, node))
        }
        if actors.isEmpty && list.allSatisfy({ $0.scalar != nil }) {
            context.error("sop.no-actors", fields.value("pelaksana"), Message("sop.no-actors"), advice: Message("sop.no-actors.hint"))
        }
        return actors.isEmpty ? nil : actors
    }

    /// `langkah`: the steps, in order. Nil when absent, empty, or any step is wrong (each reported).
    static func readSteps(_ fields: Fields, actors: [(name: String, node: Node)]?) -> ([SOPStep]?, [(slug: String, node: Node)]) {
        let context = fields.context
        guard let node = fields.value("langkah") else {
            fields.missing("langkah", what: Message("thing.sop"))
            return (nil, [])
        }
        guard case .sequence(let list) = node else {
            context.error("content.expected-list", node, Message("sop.steps-not-list", ["shape": .message(node.shapeName)]),
                          advice: Message("sop.steps-not-list.hint"))
            return (nil, [])
        }
        if list.isEmpty {
            context.error("sop.no-steps", node, Message("sop.no-steps"), advice: Message("sop.no-steps.hint"))
            return (nil, [])
        }
        let names = actors?.map(\.name) ?? []
        var used: Set<String> = []
        var steps: [SOPStep] = []
        var links: [(slug: String, node: Node)] = []
        var valid = true
        for (index, item) in list.enumerated() {
            guard let step = Fields(item, context: context, what: Message("thing.step", ["number": .text(String(index + 1))]), set: ContentKinds.sopStep) else { valid = false; continue }
            let what = Message("thing.step", ["number": .text(String(index + 1))])
            let activity = step.string("kegiatan", what: what)
            let actor = step.string("pelaksana", what: what)
            let timeText = step.string("waktu", what: what)
            if let actor, actors != nil, !names.contains(actor) {
                context.error("sop.unknown-actor", step.value("pelaksana"),
                              Message("sop.unknown-actor", ["step": .text(String(index + 1)), "actor": .text(actor)]),
                              advice: Suggestion.advice(for: actor, among: names, then: Message("sop.unknown-actor.hint", ["actors": .text(names.joined(separator: ", "))])))
                valid = false
            }
            if let actor { used.insert(actor) }
            var duration: Duration?
            if let timeText {
                let reading = Duration.read(timeText)
                if case .duration(let read) = reading { duration = read }
                if let problem = reading.problem {
                    context.error("sop.time-out-of-range", step.value("waktu"), Message("sop.time-out-of-range", ["step": .text(String(index + 1)), "problem": .message(problem)]),
                                  advice: Message("sop.time-out-of-range.hint"))
                    valid = false
                } else if duration == nil {
                    context.warning("sop.unreadable-time", step.value("waktu"), Message("sop.unreadable-time", ["step": .text(String(index + 1)), "value": .text(timeText)]),
                                    advice: Message("sop.unreadable-time.hint"))
                }
            }
            let link = step.string("sop")
            if let link, let node = step.value("sop") { links.append((link, node)) }
            var parallel: Int?
            if step.has("bersamaan_dengan") {
                parallel = readParallel(step, number: index + 1, count: list.count)
                if parallel == nil { valid = false }
            }
            guard let activity, let actor, let timeText else { valid = false; continue }
            steps.append(SOPStep(activity: activity, actor: actor, requirements: step.string("kelengkapan"),
                                 time: CompletionTime(text: timeText, duration: duration),
                                 output: step.string("output"), remarks: step.string("keterangan"), link: link, parallelWith: parallel))
        }
        if let actors, valid {
            for actor in actors where !used.contains(actor.name) {
                context.warning("sop.unused-actor", actor.node, Message("sop.unused-actor", ["actor": .text(actor.name)]),
                                advice: Message("sop.unused-actor.hint", ["actor": .text(actor.name)]))
            }
        }
        return (valid ? steps : nil, links)
    }

    /// `bersamaan_dengan` of step `number`: another step of the SOP. Nil when it is not
    /// (reported at the value).
    static func readParallel(_ step: Fields, number: Int, count: Int) -> Int? {
        guard let target = step.int("bersamaan_dengan", within: Limits.wholeNumber) else { return nil }
        switch SOPParallelSteps.problem(step: number, target: target, stepCount: count) {
        case .itself?:
            step.context.error("sop.parallel-with-itself", step.value("bersamaan_dengan"), Message("sop.parallel-with-itself", ["step": .text(String(number))]),
                               advice: Message("sop.parallel-with-itself.hint"))
            return nil
        case .unknownStep?:
            step.context.error("sop.unknown-parallel-step", step.value("bersamaan_dengan"),
                               Message("sop.unknown-parallel-step", ["step": .text(String(number)), "target": .text(String(target)), "count": .text(String(count))]),
                               advice: Message("sop.unknown-parallel-step.hint"))
            return nil
        case nil:
            return target
        }
    }
}
