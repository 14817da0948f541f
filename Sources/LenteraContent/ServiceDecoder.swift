import Foundation
import LenteraDiagnostics
import LenteraDomain
import Yams

/// Reads a service standard, `units/<unit>/layanan/<slug>.md` or `.json`: the name, the
/// 14 components, the enacting decree.
enum ServiceDecoder {
    static let bodyKey = "keterangan"

    /// - Parameter date: the reference date (`--date`, the build's day): a `diperbarui` after
    ///   it is reported. Nil: not judged.
    static func decode(_ document: Document, unit: String, fileSlug: String, date referenceDate: CalendarDate? = nil) -> ServiceStandard? {
        let context = document.context
        guard let fields = Fields(document.root, context: context, what: Message("thing.service"), set: ContentKinds.layanan.fields, markdown: document.body != nil) else { return nil }
        let name = fields.string("nama", what: Message("thing.service"))
        let slug = SlugField.read(fields, fallback: fileSlug)

        var components: [ServiceComponent: ComponentValue] = [:]
        // Components given with a value that could not be read: already reported as errors.
        var unreadable: Set<ServiceComponent> = []
        for component in ServiceComponent.allCases {
            guard let node = fields.value(component.key) else { continue }
            let value: ComponentValue? = switch component.form {
            case .list: readList(node, key: component.key, context: context).map { .list($0) }
            case .duration: readDuration(node, context: context).map { .duration($0) }
            case .cost: readCost(node, context: context).map { .cost($0) }
            case .text: fields.string(component.key).map { .text($0) }
            }
            if let value {
                if !value.isEmpty { components[component] = value }
            } else {
                unreadable.insert(component)
            }
        }

        // `ditetapkan: belum`: knowingly not yet enacted; otherwise the decree's fields.
        let notYetEnacted = EnactmentField.isNotYet(fields)
        let enactment = notYetEnacted ? nil : EnactmentField.decree(fields)
        let description = document.body ?? fields.string(bodyKey)

        guard let name, let slug else { return nil }
        var service = ServiceStandard(
            slug: slug, unit: unit, name: name, summary: fields.string("ringkasan"),
            description: description?.isEmpty == true ? nil : description,
            enactment: enactment, order: fields.int("urutan", within: Limits.order), components: components)
        service.notYetEnacted = notYetEnacted
        service.shortName = shortName(fields)
        service.poster = FileLinkField.read(fields, "poster")
        service.updated = fields.date("diperbarui")
        if let updated = service.updated {
            // The feed takes the later of the two (`feedDate`); an earlier `diperbarui` is a
            // slip: a standard is not updated before it is enacted.
            if let enacted = enactment?.date, updated < enacted {
                context.warning("service.updated-before-decree", fields.value("diperbarui"),
                                Message("service.updated-before-decree", ["updated": .text(updated.iso), "decree": .text(enacted.iso)]),
                                advice: Message("service.updated-before-decree.hint"))
            }
            if let referenceDate, updated > referenceDate {
                context.warning("content.future-date", fields.value("diperbarui"),
                                Message("content.future-date", ["field": "diperbarui", "value": .text(updated.iso), "date": .text(referenceDate.iso)]),
                                advice: Message("content.future-date.hint.feed"))
            }
        }

        // Completeness (PermenPANRB 15/2014): each missing component is named.
        for component in service.missingComponents where !unreadable.contains(component) && !fields.misspelt.contains(component.key) {
            context.warning("service.missing-component", fields.node,
                            Message("service.missing-component", ["field": .text(component.key), "title": .text(component.title)]),
                            advice: Message(component.part == .delivery ? "service.missing-component.hint.delivery" : "service.missing-component.hint.management",
                                            ["field": .text(component.key)]))
        }
        if enactment == nil && fields.value("ditetapkan") == nil {
            context.warning("service.not-enacted", fields.node, Message("service.not-enacted"), advice: Message("service.not-enacted.hint"))
        } else if notYetEnacted || enactment != nil, service.feedDate == nil, fields.value("diperbarui") == nil {
            // Enacted without a decree date, or `ditetapkan: belum`: the feed has no day to
            // give it (it never makes one up). Without `ditetapkan` at all, the warning above
            // already asks for the decree and its date, and a `ditetapkan` that is neither has
            // its own error: one mistake, one message.
            context.warning("service.undated", fields.value("ditetapkan") ?? fields.node, Message("service.undated"), advice: Message("service.undated.hint"))
        }
        return service
    }

    /// `nama_singkat`, when it is one short line that starts with a letter or a digit and
    /// holds no control character (tab, CR, line break) and no bidirectional control
    /// (U+202A–202E, U+2066–2069): `ContentKinds.shortNamePattern`, the JSON Schema's
    /// pattern, matched on the text as written. An error at the value otherwise; a blank
    /// value too (the schema refuses it), never passed over.
    static func shortName(_ fields: Fields) -> String? {
        guard let node = fields.value("nama_singkat") else { return nil }
        guard let written = node.scalar?.string else {
            _ = fields.string("nama_singkat")  // a list or a mapping: reported as for any text
            return nil
        }
        if written.trimmed().isEmpty {
            fields.context.error("service.blank-short-name", node, Message("service.blank-short-name"),
                                 advice: Message("service.invalid-short-name.hint"))
            return nil
        }
        // `$` also matches before a final line break in ICU (and Python's `re`), not in
        // ECMAScript: a hidden character anywhere is refused here as the schema's class says.
        guard written.range(of: ContentKinds.shortNamePattern, options: .regularExpression) != nil,
              !written.unicodeScalars.contains(where: ShortNameText.isHidden) else {
            fields.context.error("service.invalid-short-name", node, Message("service.invalid-short-name", ["value": .text(ShortNameText.visible(written))]),
                                 advice: Message("service.invalid-short-name.hint"))
            return nil
        }
        return written.trimmed()
    }

    static func readList(_ node: Node, key: String, context: FileContext) -> [ListItem]? {
        let nodes: [Node]
        if case .sequence(let sequence) = node { nodes = Array(sequence) } else { nodes = [node] }
        var items: [ListItem] = []
        // An item reported as wrong: a list left empty by it is not also "missing".
        var failed = false
        for item in nodes {
            switch item {
            case .scalar(let scalar):
                let text = scalar.string.trimmed()
                if !text.isEmpty { items.append(.text(text)) }
            case .mapping(let mapping) where TextWithColon.isText(mapping):
                TextWithColon.report(item, mapping, list: key, context: context)
                failed = true
            case .mapping:
                guard let group = Fields(item, context: context, what: Message("thing.group-in", ["field": .text(key)]), set: ContentKinds.listGroup),
                      let title = group.string("kelompok", what: Message("thing.group")) else { failed = true; continue }
                let lines = (group.list("butir") ?? []).compactMap { line -> String? in
                    guard let text = line.scalar?.string else {
                        context.error("content.expected-text", line, Message("service.group-item-not-text"))
                        return nil
                    }
                    return text.trimmed()
                }
                if lines.isEmpty { group.missing("butir", what: Message("thing.group-named", ["title": .text(title)])) }
                items.append(.group(title: title, items: lines))
            default:
                failed = true
                context.error("content.expected-list", item, Message("service.list-item", ["field": .text(key)]),
                              advice: Message("service.list-item.hint"))
            }
        }
        return failed && items.isEmpty ? nil : items
    }

    static func readDuration(_ node: Node, context: FileContext) -> CompletionTime? {
        let text: String
        var durationNode = node
        let reading: DurationReading
        if case .mapping = node {
            guard let fields = Fields(node, context: context, what: Message("thing.field", ["field": "jangka_waktu"]), set: ContentKinds.completionTime),
                  let published = fields.string("teks", what: Message("thing.field", ["field": "jangka_waktu"])) else { return nil }
            text = published
            if let stated = fields.string("durasi") {
                durationNode = fields.value("durasi")!
                reading = Duration.read(stated)
                if reading == .unreadable {
                    context.error("service.invalid-duration", durationNode, Message("service.invalid-duration", ["value": .text(stated)]),
                                  advice: Message("service.invalid-duration.hint"))
                    return CompletionTime(text: text, duration: nil)
                }
            } else {
                reading = Duration.read(published)
            }
        } else if let scalar = node.scalar?.string {
            text = scalar.trimmed()
            reading = Duration.read(text)
        } else {
            context.error("content.expected-text", node, Message("service.completion-time-shape"),
                          advice: Message("service.completion-time-shape.hint"))
            return nil
        }
        switch reading {
        case .duration(let duration):
            return CompletionTime(text: text, duration: duration)
        case .outOfRange:
            context.error("service.duration-out-of-range", durationNode,
                          Message("service.duration-out-of-range", ["problem": reading.problem.map { .message($0) } ?? .text("")]),
                          advice: Message("service.duration-out-of-range.hint"))
            return nil
        case .unreadable:
            context.warning("service.duration-unreadable", durationNode, Message("service.duration-unreadable", ["value": .text(text)]),
                            advice: Message("service.duration-unreadable.hint"))
            return CompletionTime(text: text, duration: nil)
        }
    }

    static func readCost(_ node: Node, context: FileContext) -> Cost? {
        if let text = node.scalar?.string {
            if Cost.meansFree(text) { return .free }
            context.error("service.invalid-cost", node, Message("service.invalid-cost", ["value": .text(text.trimmed())]),
                          advice: Message("service.invalid-cost.hint"))
            return nil
        }
        guard let fields = Fields(node, context: context, what: Message("thing.field", ["field": "biaya"]), set: ContentKinds.cost) else { return nil }
        var fees: [Fee] = []
        var unreadable = false
        for entry in fields.list("tarif") ?? [] {
            guard let fee = Fields(entry, context: context, what: Message("thing.fee"), set: ContentKinds.fee),
                  let description = fee.string("uraian", what: Message("thing.fee")) else { unreadable = true; continue }
            guard let amountNode = fee.value("jumlah") else { fee.missing("jumlah", what: Message("thing.fee")); unreadable = true; continue }
            guard let amount = RupiahField.read(amountNode, context: context) else { unreadable = true; continue }
            fees.append(Fee(description: description, amount: amount))
        }
        if fees.isEmpty {
            if !unreadable {
                context.error("service.invalid-cost", node, Message("service.invalid-cost.no-tariff"),
                              advice: Message("service.invalid-cost.no-tariff.hint"))
            }
            return nil
        }
        // A tariff with an amount that could not be read is reported; publishing the
        // others alone would understate the cost.
        if unreadable { return nil }
        let legalBasis = fields.string("dasar_hukum")
        let cost = Cost.fees(fees, legalBasis: legalBasis)
        if legalBasis == nil && !cost.isFree {
            context.warning("service.fee-without-legal-basis", node, Message("service.fee-without-legal-basis"),
                            advice: Message("service.fee-without-legal-basis.hint"))
        }
        return cost
    }

    static func readDecree(_ fields: Fields?) -> Decree? {
        guard let fields, let number = fields.string("nomor", what: Message("thing.field", ["field": "ditetapkan"])) else { return nil }
        Placeholder.check(fields, "nomor", Placeholder.decreeNumber, field: "ditetapkan.nomor", instead: .decreeNumber)
        var decree = Decree(number: number, date: fields.date("tanggal"), about: fields.string("tentang"), url: fields.url("url", schemes: LinkScheme.web))
        decree.document = FileLinkField.read(fields, "berkas")
        return decree
    }
}

/// A short name as a message shows it: control and bidirectional characters written as
/// `U+XXXX`, so that the message shows what is wrong and is not itself reordered.
enum ShortNameText {
    static func visible(_ text: String) -> String {
        text.unicodeScalars.map { isHidden($0) ? "U+" + String(format: "%04X", $0.value) : String($0) }.joined()
    }

    /// A control character (C0, DEL, C1) or a bidirectional control: what the pattern's
    /// class refuses after the first character.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
}
