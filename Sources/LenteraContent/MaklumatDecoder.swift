import LenteraDomain

/// Reads `units/<slug>/maklumat.md`.
enum MaklumatDecoder {
    static let bodyKey = "teks"

    static func decode(_ document: Document, unit: String) -> Maklumat? {
        let context = document.context
        guard let fields = Fields(document.root, context: context, what: "the maklumat", set: ContentKinds.maklumat.fields,
                                  markdown: document.body != nil) else { return nil }
        let date = fields.date("tanggal", what: "the maklumat")
        let signatory = OfficialDecoder.decode(
            fields.fields("penandatangan", what: "`penandatangan`"), what: "`penandatangan`")
        fields.requireIfRequired("penandatangan", what: "the maklumat")
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
    static let bodyKey = "isi"

    static func decode(_ document: Document, fileSlug: String) -> Page? {
        guard let fields = Fields(document.root, context: document.context, what: "the page", set: ContentKinds.halaman.fields,
                                  markdown: document.body != nil) else { return nil }
        let title = fields.string("judul", what: "the page")
        let slug = SlugField.read(fields, fallback: fileSlug)
        guard let title, let slug else { return nil }
        return Page(slug: slug, title: title, summary: fields.string("ringkasan"), order: fields.int("urutan", within: Limits.order),
                    body: document.body ?? fields.string(bodyKey) ?? "")
    }
}
