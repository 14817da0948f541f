import LenteraDomain
import Yams

/// Reads `units/<slug>/unit.md` (or `unit.json`).
enum UnitDecoder {
    /// In JSON and YAML files the profile is a field; in Markdown it is the body.
    static let bodyKey = "profil"

    static func decode(_ document: Document, folderSlug: String) -> WorkUnit? {
        let context = document.context
        guard let fields = Fields(document.root, context: context, what: "the unit", set: ContentKinds.unit.fields,
                                  markdown: document.body != nil) else { return nil }
        let name = fields.string("nama", what: "the unit")
        let slug = SlugField.read(fields, fallback: folderSlug)

        var kind: UnitKind?
        if let text = fields.string("jenis", what: "the unit") {
            kind = UnitKind(rawValue: text.lowercased())
            if kind == nil {
                let names = UnitKind.allCases.map(\.rawValue)
                var hint = "use one of: \(names.joined(separator: ", "))"
                if let guess = Suggestion.closest(to: text, among: names) { hint = "did you mean `\(guess)`? " + hint }
                context.error("unit.unknown-kind", fields.value("jenis"), "unknown kind of unit `\(text)`", hint: hint)
            }
        }
        let parent = fields.string("induk")
        let instansi = fields.string("instansi")
        if parent == nil && instansi == nil && fields.value("induk") == nil {
            context.error("unit.missing-parent", fields.node, "the unit has neither `induk` (its parent unit) nor `instansi` (its agency)",
                          hint: "add `induk: <slug of the parent unit>`, or for a top-level unit `instansi: <slug from portal.yaml>`")
        }

        var hours: [ServiceHours] = []
        for node in fields.list("jam_layanan") ?? [] {
            guard let entry = Fields(node, context: context, what: "an entry of `jam_layanan`", set: ContentKinds.serviceHours),
                  let days = entry.string("hari", what: "the `jam_layanan` entry"),
                  let time = entry.string("jam", what: "the `jam_layanan` entry") else { continue }
            hours.append(ServiceHours(days: days, hours: time))
        }

        let head = OfficialDecoder.decode(fields.fields("kepala", what: "`kepala`"), what: "`kepala`")
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

    static func decode(_ fields: Fields?, what: String) -> Official? {
        guard let fields, let name = fields.string("nama", what: what) else { return nil }
        let nip = fields.string("nip")
        if let nip, !Official.isWellFormedNIP(nip) {
            fields.context.warning("official.invalid-nip", fields.value("nip"), "the NIP `\(nip)` does not have 18 digits",
                                   hint: "a civil servant's NIP has 18 digits (birth date, appointment month, sex, sequence); leave `nip` out if there is none")
        }
        return Official(name: name, position: fields.string("jabatan"), nip: nip)
    }
}

/// The `slug` field that may override the file or folder name.
enum SlugField {
    static func read(_ fields: Fields, fallback: String) -> String? {
        if let slug = fields.string("slug") {
            guard Slug.isValid(slug) else {
                fields.context.error("slug.invalid", fields.value("slug"), Slug.message(slug), hint: Slug.hint)
                return nil
            }
            return slug
        }
        guard Slug.isValid(fallback) else {
            let suggestion = Slug.suggestion(for: fallback)
            fields.context.add(.error("slug.invalid", at: fields.context.fileLocation,
                                      "the name `\(fallback)` cannot be used as an address",
                                      hint: "rename it to `\(suggestion.isEmpty ? "nama-layanan" : suggestion)`, or add a `slug:` field; " + Slug.hint))
            return nil
        }
        return fallback
    }
}
