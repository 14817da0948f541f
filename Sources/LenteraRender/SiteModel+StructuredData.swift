import LenteraDomain
import LenteraMarkdown

/// schema.org data in the pages (JSON-LD): `GovernmentOrganization` for the home page and
/// every unit, `GovernmentService` for every service (`SiteModel+Service.swift`). Only
/// properties schema.org defines on these types; `Tests/e2e/check_structured_data.py`
/// checks every page against the vocabulary.
extension SiteModel {
    /// The home page: each instansi of the portal, with its top-level units.
    func homeJSONLD() -> String {
        let base = content.portal.baseURL
        let organizations: [JSONText] = content.portal.instansi.map { instansi in
            var object = instansiOrganization(instansi)
            let units = (tree.roots[instansi.slug] ?? []).compactMap { tree.unitsBySlug[$0] }
            if !units.isEmpty {
                object["subOrganization"] = .array(units.map { unit in
                    ["@type": "GovernmentOrganization", "name": .text(unit.name), "url": .text(base + Routes.unit(unit.slug))]
                })
            }
            return .object(object)
        }
        let data: JSONText = organizations.count == 1
            ? .object(Self.withContext(organizations[0]))
            : ["@context": "https://schema.org", "@graph": .array(organizations)]
        return data.serialised
    }

    /// A unit's page: the unit with its contacts and the organisation it belongs to.
    func unitJSONLD(_ unit: WorkUnit) -> String {
        JSONText.object(Self.withContext(.object(unitOrganization(unit, detailed: true)))).serialised
    }

    /// A unit as schema.org's `GovernmentOrganization`. `detailed` adds its contacts and its
    /// parent (the unit page); without it, name, address and page (a service's provider).
    func unitOrganization(_ unit: WorkUnit, detailed: Bool) -> [String: JSONText] {
        var object: [String: JSONText] = [
            "@type": "GovernmentOrganization",
            "name": .text(unit.name),
            "url": .text(content.portal.baseURL + Routes.unit(unit.slug)),
        ]
        if let address = unit.contact.address { object["address"] = .text(address) }
        guard detailed else { return object }
        if let short = unit.shortName { object["alternateName"] = .text(short) }
        if let phone = unit.contact.phone { object["telephone"] = .text(phone) }
        if let email = unit.contact.email { object["email"] = .text(email) }
        if let website = unit.contact.website { object["sameAs"] = .text(website) }
        if let description = MarkdownRenderer.leadText(unit.profile) { object["description"] = .text(Self.shortened(description)) }
        if let parent = unit.parent.flatMap({ tree.unitsBySlug[$0] }) {
            object["parentOrganization"] = .object(unitOrganization(parent, detailed: false))
        } else if let instansi = tree.instansiOf[unit.slug].flatMap({ instansiBySlug[$0] }) {
            object["parentOrganization"] = .object(instansiOrganization(instansi))
        }
        return object
    }

    /// An instansi as `GovernmentOrganization`: its name, site and area.
    func instansiOrganization(_ instansi: Instansi) -> [String: JSONText] {
        var object: [String: JSONText] = ["@type": "GovernmentOrganization", "name": .text(instansi.name)]
        if let short = instansi.shortName { object["alternateName"] = .text(short) }
        if let website = instansi.website { object["url"] = .text(website) }
        object["areaServed"] = Self.area(of: instansi)
        return object
    }

    /// The area an instansi serves: the region its name or `wilayah` gives, or else
    /// Indonesia (a ministry or national agency).
    static func area(of instansi: Instansi?) -> JSONText {
        if let region = instansi?.areaServed { return ["@type": "AdministrativeArea", "name": .text(region)] }
        return ["@type": "Country", "name": "Indonesia"]
    }

    static func withContext(_ object: JSONText) -> [String: JSONText] {
        guard case .object(var members) = object else { return [:] }
        members["@context"] = "https://schema.org"
        return members
    }
}
