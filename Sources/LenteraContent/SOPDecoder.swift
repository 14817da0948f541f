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
        guard let fields = Fields(document.root, context: context, what: "the SOP", set: ContentKinds.sop.fields) else { return nil }
        let title = fields.string("judul", what: "the SOP")
        if !Slug.isValid(fileSlug) {
            context.error("slug.invalid", nil, Slug.message(fileSlug),
                          hint: "rename the file using only lowercase letters, digits and hyphens, e.g. `\(Slug.suggestion(for: fileSlug)).yaml`")
        }
        let enactment = readEnactment(fields)
        let actors = readActors(fields)
        let (steps, links) = readSteps(fields, actors: actors)
        guard let title, let enactment, let actors, let steps, Slug.isValid(fileSlug) else { return nil }
        let sop = StandardOperatingProcedure(unit: unit, slug: fileSlug, title: title, number: fields.string("nomor"),
                                             enactment: enactment, actors: actors.map(\.name), steps: steps, order: fields.int("urutan", within: Limits.order))
        return Decoded(sop: sop, links: links)
    }

    /// `penetapan`: the decree's `nomor`, `tanggal` and who enacted it (`oleh`), all required.
    static func readEnactment(_ fields: Fields) -> SOPEnactment? {
        guard fields.value("penetapan") != nil else {
            fields.missing("penetapan", what: "the SOP")
            return nil
        }
        guard let decree = fields.fields("penetapan", what: "`penetapan`") else { return nil }
        let number = decree.string("nomor", what: "`penetapan`")
        let date = decree.date("tanggal", what: "`penetapan`")
        let by = decree.string("oleh", what: "`penetapan`")
        guard let number, let date, let by else { return nil }
        return SOPEnactment(number: number, date: date, enactedBy: by)
    }

    /// `pelaksana`: the actors, each named once. Nil when absent or empty (reported).
    static func readActors(_ fields: Fields) -> [(name: String, node: Node)]? {
        let context = fields.context
        guard let list = fields.list("pelaksana") else {
            fields.missing("pelaksana", what: "the SOP")
            return nil
        }
        var actors: [(name: String, node: Node)] = []
        for node in list {
            guard let scalar = node.scalar else {
                context.error("content.expected-text", node, "each actor in `pelaksana` must be a name, not \(node.shapeName)",
                              hint: "write the actors as a list of names, e.g. `pelaksana: [Camat, Sekretaris, Staf]`")
                continue
            }
            let name = scalar.string.trimmed()
            if name.isEmpty { continue }
            if let first = actors.first(where: { $0.name.lowercased() == name.lowercased() }) {
                context.error("sop.duplicate-actor", node, "the actor `\(name)` is listed twice in `pelaksana` (first on line \(context.location(first.node).line ?? 0))",
                              hint: "give each actor once; when two people share a title, name them apart (`Staf Umum`, `Staf Keuangan`)")
                continue
            }
            actors.append((name, node))
        }
        if actors.isEmpty && list.allSatisfy({ $0.scalar != nil }) {
            context.error("sop.no-actors", fields.value("pelaksana"), "the SOP names no actor in `pelaksana`",
                          hint: "list the actors who carry out the steps, in the order of the table's columns, e.g. `pelaksana: [Camat, Sekretaris, Staf]`")
        }
        return actors.isEmpty ? nil : actors
    }

    /// `langkah`: the steps, in order. Nil when absent, empty, or any step is wrong (each reported).
    static func readSteps(_ fields: Fields, actors: [(name: String, node: Node)]?) -> ([SOPStep]?, [(slug: String, node: Node)]) {
        let context = fields.context
        guard let node = fields.value("langkah") else {
            fields.missing("langkah", what: "the SOP")
            return (nil, [])
        }
        guard case .sequence(let list) = node else {
            context.error("content.expected-list", node, "`langkah` must be a list of steps, not \(node.shapeName)",
                          hint: "begin each step with `- kegiatan: ...` on its own line under `langkah:`")
            return (nil, [])
        }
        if list.isEmpty {
            context.error("sop.no-steps", node, "the SOP has no steps in `langkah`",
                          hint: "give each step as `- kegiatan: ...` with its `pelaksana` and `waktu`")
            return (nil, [])
        }
        let names = actors?.map(\.name) ?? []
        var used: Set<String> = []
        var steps: [SOPStep] = []
        var links: [(slug: String, node: Node)] = []
        var valid = true
        for (index, item) in list.enumerated() {
            guard let step = Fields(item, context: context, what: "step \(index + 1)", set: ContentKinds.sopStep) else { valid = false; continue }
            let what = "step \(index + 1)"
            let activity = step.string("kegiatan", what: what)
            let actor = step.string("pelaksana", what: what)
            let timeText = step.string("waktu", what: what)
            if let actor, actors != nil, !names.contains(actor) {
                var hint = "`pelaksana` of a step must be one of the SOP's actors: \(names.joined(separator: ", "))"
                if let guess = Suggestion.closest(to: actor, among: names) { hint = "did you mean `\(guess)`? " + hint }
                context.error("sop.unknown-actor", step.value("pelaksana"), "step \(index + 1) names the actor `\(actor)`, who is not in the SOP's `pelaksana`",
                              hint: hint)
                valid = false
            }
            if let actor { used.insert(actor) }
            var duration: Duration?
            if let timeText {
                let reading = Duration.read(timeText)
                if case .duration(let read) = reading { duration = read }
                if let problem = reading.problem {
                    context.error("sop.time-out-of-range", step.value("waktu"), "the time of step \(index + 1): \(problem)",
                                  hint: "write how long the step takes as a positive number and a unit, e.g. `10 menit` or `1 hari`")
                    valid = false
                } else if duration == nil {
                    context.warning("sop.unreadable-time", step.value("waktu"), "no duration can be read from the time of step \(index + 1): `\(timeText)`",
                                    hint: "write a number and a unit: `10 menit`, `1 jam`, `1 hari` or `2 hari kerja` (`1,5 jam` too); until then the step is left out of the SOP's total, which says so")
                }
            }
            let link = step.string("sop")
            if let link, let node = step.value("sop") { links.append((link, node)) }
            guard let activity, let actor, let timeText else { valid = false; continue }
            steps.append(SOPStep(activity: activity, actor: actor, requirements: step.string("kelengkapan"),
                                 time: CompletionTime(text: timeText, duration: duration),
                                 output: step.string("output"), remarks: step.string("keterangan"), link: link))
        }
        if let actors, valid {
            for actor in actors where !used.contains(actor.name) {
                context.warning("sop.unused-actor", actor.node, "the actor `\(actor.name)` carries out none of the steps",
                                hint: "name `\(actor.name)` as the `pelaksana` of the steps they do, or remove them from the SOP's `pelaksana`")
            }
        }
        return (valid ? steps : nil, links)
    }
}
