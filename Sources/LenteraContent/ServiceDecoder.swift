import LenteraDiagnostics
import LenteraDomain
import Yams

/// Reads a service standard, `units/<unit>/layanan/<slug>.md` or `.json`: the name, the
/// 14 components, the enacting decree.
enum ServiceDecoder {
    static let bodyKey = "keterangan"

    static func decode(_ document: Document, unit: String, fileSlug: String) -> ServiceStandard? {
        let context = document.context
        guard let fields = Fields(document.root, context: context, what: "the service standard", set: ContentKinds.layanan.fields,
                                  markdown: document.body != nil) else { return nil }
        let name = fields.string("nama", what: "the service standard")
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

        let enactment = readDecree(fields.fields("ditetapkan", what: "`ditetapkan`"))
        let description = document.body ?? fields.string(bodyKey)

        guard let name, let slug else { return nil }
        let service = ServiceStandard(
            slug: slug, unit: unit, name: name, summary: fields.string("ringkasan"),
            description: description?.isEmpty == true ? nil : description,
            enactment: enactment, order: fields.int("urutan", within: Limits.order), components: components)

        // Completeness (PermenPANRB 15/2014): each missing component is named.
        for component in service.missingComponents where !unreadable.contains(component) {
            context.warning("service.missing-component", fields.node,
                            "the standard does not state the component `\(component.key)` (\(component.title))",
                            hint: "add `\(component.key):` with the \(component.part == .delivery ? "service-delivery" : "service-management") component as the regulation requires; until then the standard is shown as incomplete")
        }
        if enactment == nil && fields.value("ditetapkan") == nil {
            context.warning("service.not-enacted", fields.node, "the standard does not say which decree enacted it",
                            hint: "add `ditetapkan:` with `nomor` and `tanggal` of the SK or Perwali that enacted the standard")
        }
        return service
    }

    static func readList(_ node: Node, key: String, context: FileContext) -> [ListItem]? {
        let nodes: [Node]
        if case .sequence(let sequence) = node { nodes = Array(sequence) } else { nodes = [node] }
        var items: [ListItem] = []
        for item in nodes {
            switch item {
            case .scalar(let scalar):
                let text = scalar.string.trimmed()
                if !text.isEmpty { items.append(.text(text)) }
            case .mapping:
                guard let group = Fields(item, context: context, what: "a group in `\(key)`", set: ContentKinds.listGroup),
                      let title = group.string("kelompok", what: "the group") else { continue }
                let lines = (group.list("butir") ?? []).compactMap { line -> String? in
                    guard let text = line.scalar?.string else {
                        context.error("content.expected-text", line, "an item of `butir` must be a line of text")
                        return nil
                    }
                    return text.trimmed()
                }
                if lines.isEmpty && group.isRequired("butir") { group.missing("butir", what: "the group `\(title)`") }
                items.append(.group(title: title, items: lines))
            default:
                context.error("content.expected-list", item, "an item of `\(key)` must be a line of text or a group (`kelompok`, `butir`)",
                              hint: "write each item on its own line starting with `- `")
            }
        }
        return items
    }

    static func readDuration(_ node: Node, context: FileContext) -> CompletionTime? {
        let text: String
        var durationNode = node
        let reading: DurationReading
        if case .mapping = node {
            guard let fields = Fields(node, context: context, what: "`jangka_waktu`", set: ContentKinds.completionTime),
                  let published = fields.string("teks", what: "`jangka_waktu`") else { return nil }
            text = published
            if let stated = fields.string("durasi") {
                durationNode = fields.value("durasi")!
                reading = Duration.read(stated)
                if reading == .unreadable {
                    context.error("service.invalid-duration", durationNode, "`durasi` must be a number and a unit, not `\(stated)`",
                                  hint: "for example `durasi: 30 menit`, `durasi: 2 jam` or `durasi: 5 hari kerja`")
                    return CompletionTime(text: text, duration: nil)
                }
            } else {
                reading = Duration.read(published)
            }
        } else if let scalar = node.scalar?.string {
            text = scalar.trimmed()
            reading = Duration.read(text)
        } else {
            context.error("content.expected-text", node, "`jangka_waktu` must be a text or `teks` and `durasi`",
                          hint: "for example `jangka_waktu: 30 menit`")
            return nil
        }
        switch reading {
        case .duration(let duration):
            return CompletionTime(text: text, duration: duration)
        case .outOfRange:
            context.error("service.duration-out-of-range", durationNode, "the completion time \(reading.problem ?? "")",
                          hint: "write how long the service takes at most, as a positive number and a unit, e.g. `5 hari kerja`")
            return nil
        case .unreadable:
            context.warning("service.duration-unreadable", durationNode, "no duration can be read from `\(text)`",
                            hint: "write the time as a number and a unit (`30 menit`, `5 hari kerja`), or give `teks:` and `durasi:` separately; the service is left out of the time figures")
            return CompletionTime(text: text, duration: nil)
        }
    }

    static func readCost(_ node: Node, context: FileContext) -> Cost? {
        if let text = node.scalar?.string {
            if Cost.meansFree(text) { return .free }
            context.error("service.invalid-cost", node, "`biaya` is neither free nor a list of tariffs: `\(text.trimmed())`",
                          hint: "write `biaya: Gratis` for a free service, or `biaya:` with `tarif:` (each `uraian` and `jumlah` in Rupiah) and `dasar_hukum:`")
            return nil
        }
        guard let fields = Fields(node, context: context, what: "`biaya`", set: ContentKinds.cost) else { return nil }
        var fees: [Fee] = []
        var unreadable = false
        for entry in fields.list("tarif") ?? [] {
            guard let fee = Fields(entry, context: context, what: "a `tarif` entry", set: ContentKinds.fee),
                  let description = fee.string("uraian", what: "the `tarif` entry") else { unreadable = true; continue }
            guard let amountNode = fee.value("jumlah") else { fee.missing("jumlah", what: "the `tarif` entry"); unreadable = true; continue }
            guard let amount = RupiahField.read(amountNode, context: context) else { unreadable = true; continue }
            fees.append(Fee(description: description, amount: amount))
        }
        if fees.isEmpty {
            if !unreadable {
                context.error("service.invalid-cost", node, "`biaya` lists no tariff",
                              hint: "add `tarif:` entries, or write `biaya: Gratis` for a free service")
            }
            return nil
        }
        // A tariff with an amount that could not be read is reported; publishing the
        // others alone would understate the cost.
        if unreadable { return nil }
        let legalBasis = fields.string("dasar_hukum")
        let cost = Cost.fees(fees, legalBasis: legalBasis)
        if legalBasis == nil && !cost.isFree {
            context.warning("service.fee-without-legal-basis", node, "the tariff has no legal basis",
                            hint: "add `dasar_hukum:` naming the regulation that sets the tariff (UU 25/2009 Pasal 31)")
        }
        return cost
    }

    static func readDecree(_ fields: Fields?) -> Decree? {
        guard let fields, let number = fields.string("nomor", what: "`ditetapkan`") else { return nil }
        return Decree(number: number, date: fields.date("tanggal"), about: fields.string("tentang"), url: fields.url("url", schemes: LinkScheme.web))
    }
}
