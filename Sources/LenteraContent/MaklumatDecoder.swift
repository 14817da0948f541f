import LenteraDomain

/// Reads `units/<slug>/maklumat.md`.
enum MaklumatDecoder {
    static let keys = ["judul", "tanggal", "tempat", "penandatangan"]
    static let bodyKey = "teks"

    static func decode(_ document: Document, unit: String) -> Maklumat? {
        let context = document.context
        let allowed = document.body == nil ? keys + [bodyKey] : keys
        guard let fields = Fields(document.root, context: context, what: "the maklumat", allowed: allowed) else { return nil }
        let date = fields.date("tanggal", required: true, what: "the maklumat")
        let signatory = OfficialDecoder.decode(
            fields.fields("penandatangan", what: "`penandatangan`", allowed: OfficialDecoder.keys), what: "`penandatangan`")
        if fields.value("penandatangan") == nil { fields.missing("penandatangan", what: "the maklumat") }
        let text = document.body ?? fields.string(bodyKey) ?? ""
        if text.isEmpty {
            context.error("maklumat.empty", fields.node, "the maklumat has no text",
                          hint: "write the pledge below the front matter: the promise to serve per the standard, to improve, and to accept sanctions or give compensation")
        }
        guard let date, let signatory, !text.isEmpty else { return nil }
        return Maklumat(unit: unit, title: fields.string("judul") ?? "Maklumat Pelayanan", text: text, date: date,
                        place: fields.string("tempat"), signatory: signatory)
    }
}

/// Reads `pages/<slug>.md`.
enum PageDecoder {
    static let keys = ["judul", "ringkasan", "urutan", "slug"]
    static let bodyKey = "isi"

    static func decode(_ document: Document, fileSlug: String) -> Page? {
        let allowed = document.body == nil ? keys + [bodyKey] : keys
        guard let fields = Fields(document.root, context: document.context, what: "the page", allowed: allowed) else { return nil }
        let title = fields.string("judul", required: true, what: "the page")
        let slug = SlugField.read(fields, fallback: fileSlug)
        guard let title, let slug else { return nil }
        return Page(slug: slug, title: title, summary: fields.string("ringkasan"), order: fields.int("urutan", within: Limits.order),
                    body: document.body ?? fields.string(bodyKey) ?? "")
    }
}
