import Foundation
import LenteraDomain

extension SiteModel {
    func serviceView(_ service: ServiceStandard, unit: WorkUnit, route: String) -> ServiceView {
        let numbered = ServiceComponent.allCases.enumerated().map { index, component in
            (component, componentView(component, number: index + 1, of: service))
        }
        var glance: [FactView] = []
        if let time = service.completionTime { glance.append(FactView(label: "Waktu", value: time.text)) }
        if let cost = service.cost { glance.append(FactView(label: "Biaya", value: Formatting.cost(cost))) }
        let product = service.list(.produk).compactMap { item -> String? in
            if case .text(let text) = item { return text }
            return nil
        }
        if !product.isEmpty { glance.append(FactView(label: "Produk", value: product.joined(separator: "; "))) }
        let missing = service.missingComponents
        return ServiceView(
            name: service.name,
            unitName: unit.name,
            unitHref: link(route, to: Routes.unit(unit.slug)),
            summary: service.summary,
            descriptionHtml: service.description.map { markdown.html($0) },
            glance: glance,
            hasGlance: !glance.isEmpty,
            completeness: "Memuat \(service.presentComponents.count) dari \(ServiceComponent.allCases.count) komponen standar pelayanan",
            complete: service.isComplete,
            missingTitles: missing.isEmpty ? nil : missing.map(\.title).joined(separator: "; "),
            delivery: numbered.filter { $0.0.part == .delivery }.map(\.1),
            management: numbered.filter { $0.0.part == .management }.map(\.1),
            decree: service.enactment.map { decree in
                DecreeView(number: decree.number, date: decree.date.map { Formatting.date($0) }, about: decree.about, href: Self.externalHref(decree.url))
            },
            notYetEnacted: service.notYetEnacted,
            channels: complaintChannels)
    }

    func componentView(_ component: ServiceComponent, number: Int, of service: ServiceStandard) -> ComponentView {
        var view = ComponentView(key: String(component.key.map { $0 == "_" ? "-" : $0 }), number: number, title: component.title,
                                 missing: service.components[component] == nil, checklist: false, ordered: false, bullets: false,
                                 items: [], text: nil, time: nil, cost: nil)
        switch service.components[component] {
        case .list(let items)?:
            view.items = items.map(itemView)
            view.checklist = component == .persyaratan
            view.ordered = component == .prosedur
            view.bullets = !view.checklist && !view.ordered
        case .duration(let time)?:
            view.time = TimeView(text: time.text, normalised: time.duration.map { Formatting.duration($0) })
        case .cost(let cost)?:
            switch cost {
            case .free:
                view.cost = CostView(free: true, fees: [], legalBasis: nil)
            case .fees(let fees, let basis):
                view.cost = CostView(free: cost.isFree, fees: fees.map { FeeView(description: $0.description, amount: $0.amount.formatted) }, legalBasis: basis)
            }
        case .text(let text)?:
            view.text = text
        case nil:
            break
        }
        // The key is used in element ids; keep them readable and valid.
        view.key = "k-" + view.key
        return view
    }

    func itemView(_ item: ListItem) -> ItemView {
        switch item {
        case .text(let text):
            ItemView(html: markdown.inlineHTML(text), isGroup: false, items: [])
        case .group(let title, let items):
            ItemView(html: markdown.inlineHTML(title), isGroup: true,
                     items: items.map { ItemView(html: markdown.inlineHTML($0), isGroup: false, items: []) })
        }
    }

    /// schema.org `GovernmentService`, so that search engines can show the service's
    /// provider, area, output, time and cost.
    func governmentServiceJSONLD(_ service: ServiceStandard, unit: WorkUnit, route: String) -> String {
        let base = content.portal.baseURL
        var object: [String: JSONText] = [
            "@context": "https://schema.org",
            "@type": "GovernmentService",
            "name": .text(service.name),
            "serviceType": .text(service.name),
            "url": .text(base + route),
            "provider": .object(unitOrganization(unit, detailed: false)),
            "areaServed": Self.area(of: tree.instansiOf[unit.slug].flatMap { instansiBySlug[$0] }),
        ]
        let products = service.list(.produk).compactMap { item -> String? in
            if case .text(let text) = item { return text }
            return nil
        }
        if !products.isEmpty { object["serviceOutput"] = .text(products.joined(separator: "; ")) }
        object["description"] = .text(serviceDescription(service, unitName: unit.name))
        if let decree = service.enactment {
            // The decree that enacted the standard: the terms the service is delivered on.
            object["termsOfService"] = .text(Self.externalHref(decree.url) ?? decree.number)
        }
        if let cost = service.cost {
            switch cost {
            case .free:
                object["offers"] = ["@type": "Offer", "price": 0, "priceCurrency": "IDR"]
            case .fees(let fees, let basis):
                object["offers"] = .array(fees.map { fee in
                    var offer: [String: JSONText] = ["@type": "Offer", "name": .text(fee.description), "price": .int(fee.amount.amount), "priceCurrency": "IDR"]
                    if let basis { offer["description"] = .text(basis) }
                    return .object(offer)
                })
            }
        }
        if let time = service.completionTime, let duration = time.duration {
            let iso: String = switch duration {
            case .minutes(let minutes): "PT\(Formatting.decimal(minutes, digits: 0))M"
            case .workingDays(let days): "P\(Formatting.decimal(days, digits: 0))D"
            }
            object["availableChannel"] = ["@type": "ServiceChannel", "processingTime": .text(iso), "name": .text(unit.name)]
        }
        // `<` is written `\u003c` (see `JSONText.quote`): the text stands inside <script>.
        return JSONText.object(object).serialised
    }
}
