import Foundation
import LenteraDomain
import LenteraTemplate
import LenteraMarkdown

extension SiteModel {
    func serviceView(_ service: ServiceStandard, unit: WorkUnit, route: String) -> ServiceView {
        let folder = serviceFolder(unit: service.unit, slug: service.slug)
        let links = destinations(from: folder, route: route)
        let numbered = ServiceComponent.allCases.enumerated().map { index, component in
            var view = componentView(component, number: index + 1, of: service, links: links)
            // Where to complain, in full, beside how complaints are handled; the summary links here.
            if component == .pengaduan { view.channels = complaintChannelsView(unit: unit) }
            return (component, view)
        }
        let missing = service.missingComponents
        return ServiceView(
            name: service.name,
            unitName: unit.name,
            unitHref: link(route, to: Routes.unit(unit.slug)),
            summary: service.summary,
            descriptionHtml: service.description.map { markdown.html($0, resolve: links) },
            answers: serviceAnswers(service, unit: unit, links: links),
            completeness: texts.format("serviceCompleteness", ["n": Formatting.integer(service.presentComponents.count, texts.language),
                                                               "total": Formatting.integer(ServiceComponent.allCases.count, texts.language)]),
            complete: service.isComplete,
            missingTitles: missing.isEmpty ? nil : missing.map(\.title).joined(separator: "; "),
            delivery: numbered.filter { $0.0.part == .delivery }.map(\.1),
            management: numbered.filter { $0.0.part == .management }.map(\.1),
            decree: service.enactment.map { decree in
                DecreeView(number: decree.number, date: decree.date.map { Formatting.date($0, texts.language) }, about: decree.about, href: Self.externalHref(decree.url),
                           document: decree.document.flatMap { attachment($0.written, from: folder) }.map { fileLinkView($0, route: route) })
            },
            notYetEnacted: service.notYetEnacted,
            poster: service.poster.flatMap { attachment($0.written, from: folder) }.flatMap { $0.kind.isImage ? $0 : nil }.map { file in
                ImageView(src: link(route, to: Routes.attachment(file, encoded: true)), alt: texts.format("servicePosterAlt", ["name": service.name]), width: file.width, height: file.height)
            })
    }

    func componentView(_ component: ServiceComponent, number: Int, of service: ServiceStandard, links: DestinationResolver? = nil) -> ComponentView {
        var view = ComponentView(key: Self.componentElementKeys[component]!, number: number, title: component.title,
                                 missing: service.components[component] == nil, inSummary: false, ordered: false, bullets: false,
                                 items: [], text: nil, time: nil, cost: nil, channels: nil)
        switch service.components[component] {
        case .list(let items)?:
            view.items = items.map { itemView($0, links: links) }
            // The requirements are the summary's first answer (a checklist); the component points there.
            view.inSummary = component == .persyaratan
            view.ordered = component == .prosedur
            view.bullets = !view.inSummary && !view.ordered
        case .duration(let time)?:
            view.time = TimeView(text: time.text, normalised: time.duration.map { Formatting.duration($0, texts.language) })
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
        return view
    }

    /// Each component's element id (`k-jangka-waktu`): `k-` and its key with `-` for `_`,
    /// readable and valid; made once, not for every component of every page.
    static let componentElementKeys: [ServiceComponent: String] = Dictionary(uniqueKeysWithValues: ServiceComponent.allCases.map { component in
        (component, "k-" + String(component.key.map { $0 == "_" ? "-" : $0 }))
    })

    /// The four questions a citizen brings to a service page — how long, how much, where to
    /// complain, what to bring — and what the service yields, answered on a phone's first
    /// screen (a summary list, as GOV.UK's design system calls it): the short answers one
    /// line each, then the requirements as a checklist. A missing answer stays nil and the
    /// page says that the standard does not give it.
    func serviceAnswers(_ service: ServiceStandard, unit: WorkUnit, links: DestinationResolver? = nil) -> ServiceAnswersView {
        let requirements = service.list(.persyaratan).map { itemView($0, links: links) }
        let product = service.list(.produk).compactMap { item -> String? in
            if case .text(let text) = item { return text }
            return nil
        }
        return ServiceAnswersView(
            requirements: requirements,
            hasRequirements: !requirements.isEmpty,
            time: service.completionTime?.text,
            cost: service.cost.map { Formatting.cost($0, texts.language) },
            hasFees: service.cost.map { !$0.isFree } ?? false,
            product: product.isEmpty ? nil : product.joined(separator: "; "),
            phone: unit.contact.phone.map { FactView(label: texts["serviceTelephone"], value: $0, href: Self.telephoneHref($0)) },
            nationalChannel: complaintChannels.first.map { ChannelView(name: $0.name, href: $0.href, note: nil) })
    }

    /// Every way to complain about the unit's services: its telephone and e-mail, for a
    /// complaint at the counter, and the portal's channels by name (their notes are in the footer).
    func complaintChannelsView(unit: WorkUnit) -> ComplaintChannelsView {
        var contacts: [FactView] = []
        if let phone = unit.contact.phone { contacts.append(FactView(label: texts["serviceTelephone"], value: phone, href: Self.telephoneHref(phone))) }
        if let email = unit.contact.email { contacts.append(FactView(label: texts["serviceEmail"], value: email, href: "mailto:" + email)) }
        return ComplaintChannelsView(unitContacts: contacts,
                                     portalChannels: complaintChannels.map { ChannelView(name: $0.name, href: $0.href, note: nil) })
    }

    func itemView(_ item: ListItem, links: DestinationResolver? = nil) -> ItemView {
        switch item {
        case .text(let text):
            ItemView(html: markdown.inlineHTML(text, resolve: links), isGroup: false, items: [])
        case .group(let title, let items):
            ItemView(html: markdown.inlineHTML(title, resolve: links), isGroup: true,
                     items: items.map { ItemView(html: markdown.inlineHTML($0, resolve: links), isGroup: false, items: []) })
        }
    }

    /// schema.org `GovernmentService`, so that search engines can show the service's
    /// provider, area, output, time and cost. `description` is the page's own
    /// (`serviceDescription`), made once for the meta tags and this.
    func governmentServiceJSONLD(_ service: ServiceStandard, unit: WorkUnit, route: String, description: String) -> String {
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
        object["description"] = .text(description)
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

/// The summary at the top of a service page (see `SiteModel.serviceAnswers`).
struct ServiceAnswersView {
    var requirements: [ItemView]
    var hasRequirements: Bool
    var time: String?
    var cost: String?
    /// The cost has fees: the summary links to the fee table.
    var hasFees: Bool
    var product: String?
    /// The unit's telephone: a complaint is one tap away.
    var phone: FactView?
    /// The national channel (SP4N-LAPOR!, always the portal's first); the others are a link away.
    var nationalChannel: ChannelView?
}

extension ServiceAnswersView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "requirements": TemplateValue(requirements)
        case "hasRequirements": TemplateValue(hasRequirements)
        case "time": TemplateValue(time)
        case "cost": TemplateValue(cost)
        case "hasFees": TemplateValue(hasFees)
        case "product": TemplateValue(product)
        case "phone": TemplateValue(phone)
        case "nationalChannel": TemplateValue(nationalChannel)
        default: .missing
        }
    }
}

/// The complaint channels listed in the service's complaint component (`#saluran-pengaduan`).
struct ComplaintChannelsView {
    /// The unit's telephone and e-mail.
    var unitContacts: [FactView]
    /// The portal's channels, SP4N-LAPOR! first.
    var portalChannels: [ChannelView]
}

extension ComplaintChannelsView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "unitContacts": TemplateValue(unitContacts)
        case "portalChannels": TemplateValue(portalChannels)
        default: .missing
        }
    }
}
