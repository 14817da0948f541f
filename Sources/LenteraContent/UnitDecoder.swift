import LenteraDiagnostics
import LenteraDomain
import Yams

/// Reads `units/<slug>/unit.md` (or `unit.json`).
enum UnitDecoder {
    /// In JSON and YAML files the profile is a field; in Markdown it is the body.
    static let bodyKey = "profil"

    static func decode(_ document: Document, folderSlug: String) -> WorkUnit? {
        let context = document.context
        guard let fields = Fields(document.root, context: context, what: Message("thing.unit"), set: ContentKinds.unit.fields, markdown: document.body != nil) else { return nil }
        let name = fields.string("nama", what: Message("thing.unit"))
        let slug = SlugField.read(fields, fallback: folderSlug)

        var kind: UnitKind?
        if let text = fields.string("jenis", what: Message("thing.unit")) {
            kind = UnitKind(rawValue: text.lowercased())
            if kind == nil {
                let names = UnitKind.allCases.map(\.rawValue)
                context.error("unit.unknown-kind", fields.value("jenis"), Message("unit.unknown-kind", ["value": .text(text)]),
                              advice: Suggestion.advice(for: text, among: names, then: Message("unit.unknown-kind.hint", ["kinds": .text(names.joined(separator: ", "))])))
            }
        }
        let parent = fields.string("induk")
        let instansi = fields.string("instansi")
        if parent == nil && instansi == nil && fields.value("induk") == nil {
            context.error("unit.missing-parent", fields.node, Message("unit.missing-parent"), advice: Message("unit.missing-parent.hint"))
        }

        var hours: [ServiceHours] = []
        for node in fields.list("jam_layanan") ?? [] {
            guard let entry = Fields(node, context: context, what: Message("thing.opening-hours"), set: ContentKinds.serviceHours),
                  let days = entry.string("hari", what: Message("thing.opening-hours")),
                  let time = entry.string("jam", what: Message("thing.opening-hours")) else { continue }
            hours.append(ServiceHours(days: days, hours: time))
        }

        let head = OfficialDecoder.decode(fields.fields("kepala", what: Message("thing.field", ["field": "kepala"])), key: "kepala")
        let profile = document.body ?? fields.string(bodyKey) ?? ""

        guard let name, let slug, let kind else { return nil }
        return WorkUnit(
            slug: slug, name: name, shortName: fields.string("singkatan"), kind: kind, parent: parent, instansi: instansi,
            contact: Contact(address: fields.string("alamat"), phone: fields.string("telepon"),
                             email: EmailCheck.checked(fields, "email"), website: fields.url("situs", schemes: LinkScheme.web)),
            serviceHours: hours, head: head, profile: profile, order: fields.int("urutan", within: Limits.order))
    }
}

/// Officials (a head of unit, a signatory) are written the same way wherever they appear.
enum OfficialDecoder {
    static var keys: [String] { ContentKinds.official.keys }

    /// The official written under `key` (`kepala`, `penandatangan`); a starter's placeholder
    /// left in its name or position is a warning.
    static func decode(_ fields: Fields?, key: String) -> Official? {
        guard let fields, let name = fields.string("nama", what: Message("thing.field", ["field": .text(key)])) else { return nil }
        Placeholder.check(fields, "nama", Placeholder.officialName, field: key + ".nama", instead: .officialName)
        Placeholder.check(fields, "jabatan", Placeholder.officialPosition, field: key + ".jabatan", instead: .officialPosition)
        let nip = fields.string("nip")
        if let nip, !Official.isWellFormedNIP(nip) {
            fields.context.warning("official.invalid-nip", fields.value("nip"), Message("official.invalid-nip", ["nip": .text(nip)]),
                                   advice: Message("official.invalid-nip.hint"))
        }
        return Official(name: name, position: fields.string("jabatan"), nip: nip)
    }
}

/// The `slug` field that may override the file or folder name.
enum SlugField {
    static func read(_ fields: Fields, fallback: String) -> String? {
        if let slug = fields.string("slug") {
            guard Slug.isValid(slug) else {
                fields.context.error("slug.invalid", fields.value("slug"), Slug.message(slug), advice: Slug.hint)
                return nil
            }
            return slug
        }
        guard Slug.isValid(fallback) else {
            let suggestion = Slug.suggestion(for: fallback)
            fields.context.add(.error("slug.invalid", at: fields.context.fileLocation,
                                      Message("slug.invalid.name", ["name": .text(fallback)]),
                                      advice: Message("slug.invalid.name.hint", ["suggestion": .text(suggestion.isEmpty ? "nama-layanan" : suggestion),
                                                                                 "rule": .message(Slug.hint)])))
            return nil
        }
        return fallback
    }
}
