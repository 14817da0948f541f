import LenteraDomain
import LenteraTemplate

extension SiteModel {
    /// The letters of the jump list, in order; `#` (a keyword that starts with a digit or
    /// another sign) comes last, and only when a service is filed there.
    static let jumpLetters = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) }

    /// The services index of the whole portal or, given one, of an instansi: every service
    /// A–Z under the first letter of its keyword (`IndexKeyword`), and the units with their
    /// number of services.
    func servicesIndexView(route: String, instansi: String? = nil) -> ServicesIndexView {
        let t = texts, lang = t.language
        let heading = instansi.map { t["servicesIndexTitle"] + " — " + (instansiBySlug[$0]?.name ?? $0) } ?? t["servicesIndexTitle"]
        let searchHref = link(route, to: Routes.search), unitsHref = link(route, to: Routes.home) + "#unit-kerja"
        if instansi == nil && splitsServicesIndex {
            let links = content.portal.instansi.compactMap { agency -> ServiceCountLinkView? in
                guard let count = servicesOfInstansi[agency.slug] else { return nil }
                return ServiceCountLinkView(name: agency.name, href: link(route, to: Routes.servicesIndex(instansi: agency.slug)),
                                        count: t.count("servicesCount", count))
            }
            return ServicesIndexView(heading: heading, total: t.format("servicesIndexTotal", ["n": Formatting.integer(content.services.count, lang)]),
                                     split: true, instansi: links, byUnit: [], jumpList: [], letters: [], searchHref: searchHref, unitsHref: unitsHref)
        }
        let units = instansi.map { slug in unitsInOrder.filter { tree.instansiOf[$0.slug] == slug } } ?? unitsInOrder
        let byUnit = units.compactMap { unit -> ServiceCountLinkView? in
            guard let services = servicesByUnit[unit.slug], !services.isEmpty else { return nil }
            return ServiceCountLinkView(name: unit.name, href: link(route, to: Routes.unit(unit.slug)),
                                    count: t.count("servicesCount", services.count))
        }
        let all = units.flatMap { servicesByUnit[$0.slug] ?? [] }
        let letters = indexLetters(all, route: route)
        let filed = Set(letters.map(\.letter))
        let jumpList = (Self.jumpLetters + (filed.contains("#") ? ["#"] : [])).map { letter in
            JumpLetterView(letter: letter, href: filed.contains(letter) ? "#" + Self.letterAnchor(letter) : nil)
        }
        return ServicesIndexView(heading: heading, total: t.format("servicesIndexTotal", ["n": Formatting.integer(all.count, lang)]),
                                 split: false, instansi: [], byUnit: byUnit, jumpList: jumpList, letters: letters,
                                 searchHref: searchHref, unitsHref: unitsHref)
    }

    /// The services grouped by the letter of their keyword, A–Z then `#`; within a letter
    /// by keyword (from its first letter or digit), then name, unit and address.
    func indexLetters(_ services: [ServiceStandard], route: String) -> [LetterView] {
        let entries = services.map { service -> (letter: String, key: [String], entry: IndexEntryView) in
            let keyword = IndexKeyword.keyword(name: service.name, shortName: service.shortName)
            let parts = IndexKeyword.split(service.name)
            // A short name the name does not already show is written after it.
            let shortName = service.shortName.flatMap { service.name.localizedCaseInsensitiveContains($0) ? nil : $0 }
            let entry = IndexEntryView(generic: parts.generic.isEmpty ? nil : parts.generic, rest: parts.rest, shortName: shortName,
                                       href: link(route, to: Routes.service(unit: service.unit, slug: service.slug)), unitName: unitName(service.unit))
            return (IndexKeyword.letter(of: keyword), [IndexKeyword.filed(keyword).lowercased(), service.name.lowercased(), unitName(service.unit), service.slug], entry)
        }
        var groups: [String: [(key: [String], entry: IndexEntryView)]] = [:]
        for entry in entries { groups[entry.letter, default: []].append((entry.key, entry.entry)) }
        return (Self.jumpLetters + ["#"]).compactMap { letter in
            guard let group = groups[letter] else { return nil }
            let sorted = group.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.entry)
            return LetterView(letter: letter, anchor: Self.letterAnchor(letter), services: sorted)
        }
    }

    static func letterAnchor(_ letter: String) -> String { "huruf-" + (letter == "#" ? "lain" : letter.lowercased()) }
}

struct ServicesIndexView {
    var heading: String
    /// `12 standar pelayanan.`
    var total: String
    /// A large portal's index: one link per instansi, the services on each instansi's page.
    var split: Bool
    var instansi: [ServiceCountLinkView]
    /// The units that have services, each with its count (its page lists them).
    var byUnit: [ServiceCountLinkView]
    /// Every letter A–Z, a link where a service is filed.
    var jumpList: [JumpLetterView]
    /// The letters that have services, with them.
    var letters: [LetterView]
    /// The search page, and the unit tree of the home page.
    var searchHref: String
    var unitsHref: String
}

extension ServicesIndexView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "heading": TemplateValue(heading)
        case "total": TemplateValue(total)
        case "split": TemplateValue(split)
        case "instansi": TemplateValue(instansi)
        case "byUnit": TemplateValue(byUnit)
        case "jumpList": TemplateValue(jumpList)
        case "letters": TemplateValue(letters)
        case "searchHref": TemplateValue(searchHref)
        case "unitsHref": TemplateValue(unitsHref)
        default: .missing
        }
    }
}

/// A link to a list of services with their count: an instansi's part of the index, or a
/// unit's services.
struct ServiceCountLinkView {
    var name: String
    var href: String
    /// `12 layanan`.
    var count: String
}

extension ServiceCountLinkView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "name": TemplateValue(name)
        case "href": TemplateValue(href)
        case "count": TemplateValue(count)
        default: .missing
        }
    }
}

/// A letter of the jump list: a link to its group, or plain text when no service is filed
/// under it.
struct JumpLetterView {
    var letter: String
    var href: String?
}

extension JumpLetterView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "letter": TemplateValue(letter)
        case "href": TemplateValue(href)
        default: .missing
        }
    }
}

struct LetterView {
    var letter: String
    var anchor: String
    var services: [IndexEntryView]
}

extension LetterView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "letter": TemplateValue(letter)
        case "anchor": TemplateValue(anchor)
        case "services": TemplateValue(services)
        default: .missing
        }
    }
}

/// A service in the A–Z index: its whole name, the generic words in front set apart from
/// the keyword, and its short name when the name does not show it.
struct IndexEntryView {
    /// `Penerbitan` of `Penerbitan Kartu Keluarga`; nil when the name starts with its keyword.
    var generic: String?
    var rest: String
    var shortName: String?
    var href: String
    var unitName: String
}

extension IndexEntryView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "generic": TemplateValue(generic)
        case "rest": TemplateValue(rest)
        case "shortName": TemplateValue(shortName)
        case "href": TemplateValue(href)
        case "unitName": TemplateValue(unitName)
        default: .missing
        }
    }
}
